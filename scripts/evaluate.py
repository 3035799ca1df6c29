"""`make eval`: how well newsclaims extracts money, percent, date and organization mentions.

1. The project's corpus (corpus/articles + hand-annotated corpus/expected): span precision, recall, F1 and
   exact-value accuracy per type (dates resolved against MANIFEST.tsv's publication date), for the
   development and the held-out articles; for organizations, pairwise alias-merge agreement.
2. Where ../shared/dev-corpus exists: the same on 40 real published articles annotated in eval/dev-corpus-gold,
   with the stock model's own MONEY/PERCENT/DATE/ORG entities scored beside it.
3. Money and percent values as a peer's test suite expects them (scripts/evaluate_values.py): the project's
   table of peer-suite shapes and, where ../shared/dev-data exists, Duckling's money corpus (value and
   currency; disagreements written to out/eval/duckling_disagreements.jsonl) and its numerals inside money
   and percent expressions.
"""

import argparse
import json
import re
import sys
from pathlib import Path

import evaluate_checks
import evaluate_values

import newsclaims
from evaluation.claims import ClaimScore, load_gold_claims, score_claims
from evaluation.spans import MergeScore, load_gold, score_article, score_merges
from newsclaims.pipeline.article import build_result

ROOT = Path(__file__).resolve().parent.parent
DEV_DATA = ROOT.parent / "shared" / "dev-data"
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"
OUT = ROOT / "out" / "eval"
# Duckling reads coin names and slang as money; in news 'a quarter' is a period and 'grand' an adjective.
TYPES = ("money", "percent", "date", "org")
COINS_AND_SLANG = re.compile(r"\b(?:grand|nickels?|dimes?|quarters?|pennies|penny)\b", re.IGNORECASE)


def held_out_ids(corpus: Path) -> set[str]:
    """Articles written after the rules, to measure them (MANIFEST.tsv notes starting 'held-out:')."""
    rows = (line.split("\t") for line in (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:])
    return {row[0] for row in rows if len(row) > 3 and row[3].startswith("held-out:")}


def published_dates(corpus: Path) -> dict[str, str]:
    """Article id -> publication date (ISO) from MANIFEST.tsv."""
    rows = (line.split("\t") for line in (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:])
    return {row[0]: row[1] for row in rows if len(row) > 1}


def evaluate_corpus(corpus: Path, show: int) -> None:
    gold = load_gold(corpus)
    held_out = held_out_ids(corpus)
    published = published_dates(corpus)
    nlp = newsclaims.load_pipeline()
    scores: dict[str, dict] = {"all": {}, "held-out": {}, "development": {}}
    merges = MergeScore()
    gold_claims = load_gold_claims(corpus)
    claim_scores = {"all": ClaimScore(), "held-out": ClaimScore(), "development": ClaimScore()}
    for article_id, mentions in gold.items():
        text = (corpus / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
        result = newsclaims.extract(text, published.get(article_id), article_id=article_id, nlp=nlp)
        predicted = _without_article([m.model_dump(mode="json") for m in result.mentions])
        for mention in predicted:  # org values are scored as a grouping (alias merge), not as strings
            if mention["type"] == "org":
                mention["value"] = _org_value(mention)
        mentions = [{**m, "value": _org_value(m)} if m["type"] == "org" else m for m in mentions]
        split = "held-out" if article_id in held_out else "development"
        for name in ("all", split):
            score_article(article_id, mentions, predicted, _annotated_types(mentions), scores[name])
        score_merges(article_id, mentions, predicted, merges)
        if article_id in gold_claims:
            record = result.model_dump(mode="json")
            for name in ("all", split):
                score_claims(article_id, gold_claims[article_id], mentions, record, claim_scores[name])
    print(f"corpus: {len(gold)} articles ({len(held_out)} held out) in {corpus}")
    _print_scores(scores, show)
    _print_merges(merges, show)
    _print_claims(claim_scores, show)


def _print_claims(scores: dict[str, ClaimScore], show: int) -> None:
    print("\nclaims (corpus/claims, aligned by quantity mention)")
    print(
        f"  {'set':<12} {'gold':>5} {'subject':>13} {'object':>13} {'attr_key':>13} {'kind':>13}   "
        f"{'subj acc':>8} {'time':>6} {'role':>6} {'certain':>7} {'attrib':>6} {'key agr':>7} {'subj agr':>8}"
    )
    for name, score in scores.items():
        fields = "".join(
            f" {score.fields[f].precision:>6.3f}/{score.fields[f].recall:<6.3f}"
            for f in ("subject", "object", "attribute_key", "kind")
        )
        shares = " ".join(
            f"{score.accuracy(f):>{w}.3f}"
            for f, w in (("subject", 8), ("time", 6), ("time_role", 6), ("certainty", 7), ("attribution", 6))
        )
        print(
            f"  {name:<12} {score.gold_claims:>5}{fields}   {shares} {score.key_agreement:>7.3f} "
            f"{score.subject_agreement:>8.3f}"
        )
    print(
        "  (field columns are precision/recall; subj acc, time, role, certain, attrib: share of gold claims agreeing)"
    )
    errors = scores["all"].errors
    for name in ("subject", "attribute_key", "kind", "time", "certainty", "key_agreement"):
        for line in errors.get(name, [])[:show]:
            print(f"    {name}: {line}")


def _annotated_types(mentions: list[dict]) -> tuple[str, ...]:
    """Types scored on an article: money and percent always, dates and orgs where the gold has them (an
    article annotated before dates and orgs were would count every date found as spurious)."""
    present = {m["type"] for m in mentions}
    return tuple(t for t in TYPES if t in ("money", "percent") or t in present)


def _without_article(mentions: list[dict]) -> list[dict]:
    """Org spans compared without a leading 'the': the project's gold leaves it out, while newsclaims keeps
    it where the model (OntoNotes) puts it inside ('the European Central Bank'). Both sides, model baseline
    included, are scored on the name."""
    trimmed = []
    for mention in mentions:
        text = mention.get("text") or ""
        if mention["type"] == "org" and text[:4].lower() == "the " and len(text) > 4:
            shift = len(text) - len(text[4:].lstrip())
            mention = {**mention, "start": mention["start"] + shift, "text": text[shift:]}
        trimmed.append(mention)
    return trimmed


def _org_value(mention: dict) -> dict:
    return {"org_id": mention["value"]["org_id"]}


def _print_merges(merges: MergeScore, show: int) -> None:
    print(
        f"  org alias merge: {merges.pairs} pairs of found org mentions, agreement {merges.accuracy:.3f}; "
        f"same-org links precision {merges.precision:.3f} recall {merges.recall:.3f} "
        f"({merges.gold_same} gold links)"
    )
    for label, rows in (("wrong merge", merges.wrong_merges), ("missed merge", merges.missed_merges)):
        for row in rows[:show]:
            print(f"    org {label}: {row}")


def _print_scores(scores: dict[str, dict], show: int, values: tuple[str, ...] | None = None) -> None:
    print(f"  {'':12} {'type':8} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'value acc':>9}")
    for split, by_type in scores.items():
        for kind in TYPES:
            s = by_type.get(kind)
            if s is None:
                continue
            shown = (values is None or split in values) and kind != "org"
            value = f"{s.value_accuracy:9.3f}" if shown else f"{'-':>9}"
            print(
                f"  {split:12} {kind:8} {s.true_positives + s.false_negatives:5d} "
                f"{s.true_positives + s.false_positives:5d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {value}"
            )
    for kind, s in next(iter(scores.values())).items():
        for label, rows in (("missed", s.misses), ("spurious", s.spurious), ("wrong value", s.wrong_values)):
            for row in rows[:show]:
                print(f"    {kind} {label}: {row}")


def evaluate_gold(gold_dir: Path, texts: Path, show: int) -> None:
    """Span and value scores on gold for articles kept outside the repository (e.g. real published news),
    with the stock statistical model's own MONEY/PERCENT entities scored beside it."""
    nlp = newsclaims.load_pipeline()
    scores: dict = {}
    baseline: dict = {}
    merges = MergeScore()
    paths = sorted(gold_dir.glob("*.jsonl"))
    for path in paths:
        text = (texts / f"{path.stem}.txt").read_text(encoding="utf-8")
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for mention in gold:  # gold kept as offsets only: the text is the article's
            mention.setdefault("text", text[mention["start"] : mention["end"]])
        doc = nlp(text)
        predicted = _without_article(
            [m.model_dump(mode="json") for m in build_result(doc, article_id=path.stem).mentions]
        )
        # Outside gold may leave out the fields this project adds (currency_basis, per): compare the rest.
        for mention in predicted:
            mention["value"] = {k: v for k, v in mention["value"].items() if k in _gold_keys(gold, mention["type"])}
        types = _annotated_types(gold)
        score_article(path.stem, gold, predicted, types, scores)
        score_merges(path.stem, gold, predicted, merges)
        entities = [
            {"type": e.label_.lower(), "start": e.start_char, "end": e.end_char, "text": e.text, "value": None}
            for e in doc.ents
            if e.label_ in ("MONEY", "PERCENT", "DATE", "ORG")
        ]
        score_article(path.stem, gold, _without_article(entities), types, baseline)
    print(f"real articles: {len(paths)} annotated in {gold_dir.relative_to(ROOT)} (texts in {texts})")
    _print_scores({"newsclaims": scores, "model alone": baseline}, show, values=("newsclaims",))
    _print_merges(merges, show)


def _gold_keys(gold: list[dict], kind: str) -> set[str]:
    keys = {key for mention in gold if mention["type"] == kind for key in mention["value"]}
    return keys or {"amount", "low", "high", "currency", "qualifier", "value", "kind", "org_id"}


def evaluate_org_rules(corpus: Path, gold_dir: Path, texts: Path) -> None:
    """What each organization filter or addition is worth: ORG span F1 with all rules, and with each one
    switched off, on the corpus and the real articles (DESIGN: keep a filter only when it helps)."""
    from newsclaims.pipeline.component import QuantityExtractor
    from newsclaims.pipeline.orgs.find import RULES

    sets = [("corpus", corpus / "expected", corpus / "articles")]
    if texts.is_dir():
        sets.append(("real", gold_dir, texts))
    nlp = newsclaims.load_pipeline()
    articles = {
        name: [
            (nlp(text_dir.joinpath(f"{p.stem}.txt").read_text(encoding="utf-8")), _read_gold(p))
            for p in sorted(gold.glob("*.jsonl"))
        ]
        for name, gold, text_dir in sets
    }
    print("org rules: span F1 with every rule, then with one switched off (delta)")
    print(f"  {'rule':24}" + "".join(f" {name:>14}" for name in articles))
    baseline = {name: _org_f1(docs, nlp.get_pipe("newsclaims")) for name, docs in articles.items()}
    print(f"  {'(all rules)':24}" + "".join(f" {baseline[n]:14.3f}" for n in articles))
    for rule in sorted(RULES):
        component = QuantityExtractor(nlp, org_rules={rule: False})  # the factory's `org_rules` config
        scores = {name: _org_f1(docs, component) for name, docs in articles.items()}
        print(f"  {'without ' + rule:24}" + "".join(f" {scores[n] - baseline[n]:+14.3f}" for n in articles))


def _read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _org_f1(docs, component) -> float:
    scores: dict = {}
    for doc, gold in docs:
        predicted = _without_article(
            [m.model_dump(mode="json") for m in build_result(component(doc.copy()), article_id="a").mentions]
        )
        gold = [{**m, "text": m.get("text") or doc.text[m["start"] : m["end"]]} for m in gold]
        score_article("a", gold, predicted, ("org",), scores)
    return scores["org"].f1 if "org" in scores else 0.0


def evaluate_repeated_amounts(texts: Path) -> None:
    """No gold needed: in real articles an amount written twice with exactly the same value, currency and
    unit is nearly always the same quantity, so its claims should agree. The share that do is how well
    the checker will be able to group repeated quantities."""
    nlp = newsclaims.load_pipeline()
    pairs = keys = kinds = subjects = 0
    for path in sorted(texts.glob("*.txt")):
        result = newsclaims.extract(path.read_text(encoding="utf-8"), nlp=nlp)
        first: dict[str, object] = {}
        for claim in result.claims:
            first.setdefault(claim.mention, claim)
        amounts = [m for m in result.mentions if m.type == "money" and m.value.amount and m.id in first]
        for number, a in enumerate(amounts):
            for b in amounts[number + 1 :]:
                if (a.value.amount, a.value.currency, a.value.per) != (b.value.amount, b.value.currency, b.value.per):
                    continue
                ca, cb = first[a.id], first[b.id]
                pairs += 1
                keys += ca.attribute_key is not None and ca.attribute_key == cb.attribute_key
                kinds += ca.kind != "other" and ca.kind == cb.kind
                subjects += ca.subject == cb.subject
    if pairs:
        print(
            f"claims of repeated amounts in {texts}: {pairs} pairs of amounts written twice with the same value; "
            f"same attribute_key {keys / pairs:.3f}, same kind {kinds / pairs:.3f}, same subject {subjects / pairs:.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=20, help="list this many errors per kind")
    parser.add_argument(
        "--gold",
        type=Path,
        help="score another annotated set instead: a folder of <id>.jsonl in the corpus format, with --texts",
    )
    parser.add_argument("--texts", type=Path, help="folder of the <id>.txt articles that --gold annotates")
    args = parser.parse_args()
    if args.gold:
        evaluate_gold(args.gold, args.texts, args.show)
        return 0
    evaluate_corpus(ROOT / "corpus", args.show)
    if DEV_CORPUS.is_dir():
        evaluate_gold(ROOT / "eval" / "dev-corpus-gold", DEV_CORPUS, args.show)
    else:
        print(f"real articles: skipped ({DEV_CORPUS} not found)")
    evaluate_org_rules(ROOT / "corpus", ROOT / "eval" / "dev-corpus-gold", DEV_CORPUS)
    if DEV_CORPUS.is_dir():
        evaluate_repeated_amounts(DEV_CORPUS)
    evaluate_checks.run(args.show)
    evaluate_values.run(args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
