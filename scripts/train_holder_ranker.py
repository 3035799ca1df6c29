"""Fit the holder ranker (`newsclaims/pipeline/claims/holder_ranking.py`) and compare it with the rules.

Reads the figures of three gold sets with their candidate holders (through `holder_ranking.tap`): the blind
gold's tune half (dev-news stories and written stories, `eval/gold/*/tune`) and the corpus claims
(`corpus/claims`). A candidate is right when its mentions stand for the gold holder (by span overlap, as
`evaluation.blind` maps organizations). Cross-validation by article (5 folds over all three sets) says, per
set, how often the rules and the ranker name the gold holder (accuracy over gold claims with an organization
holder, among the figures ranked) and how often a named holder is right (precision). `--write` fits on
everything and writes the weights to `rules/holder_ranker.json` (switched on only with `--enable`).

Needs scikit-learn (`pip install -e '.[train]'`). The sealed halves are never read.

Example: PYTHONPATH=. python scripts/train_holder_ranker.py --cache out/holder_ranker.json
"""

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import newsclaims
from evaluation.blind import news_articles, written_articles
from newsclaims.pipeline.claims import holder_ranking

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "dev-news" / "reuters-1987.jsonl"
TABLE = ROOT / "newsclaims" / "pipeline" / "claims" / "rules" / "holder_ranker.json"
SETS = ("dev-news", "written", "corpus")


def _articles():
    """(set, id, text, published, gold orgs [(start, end, org_id)], gold claims [(start, end, holder or None)])."""
    for name, found in (
        ("dev-news", news_articles(ROOT / "eval" / "gold" / "news", NEWS, "tune")),
        ("written", written_articles(ROOT / "eval" / "gold" / "written", "tune")),
    ):
        for article in found:
            orgs = [(g["start"], g["end"], g["org_id"]) for g in article.gold if g["type"] == "org"]
            claims = [
                (g["start"], g["end"], g["subject"] if g.get("holder", "org") == "org" else None)
                for g in article.gold
                if g["type"] == "claim"
            ]
            yield name, article.id, article.text, article.published, orgs, claims
    corpus = ROOT / "corpus"
    published = {}
    for line in (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        row = line.split("\t")
        if len(row) > 1:
            published[row[0]] = row[1]
    for path in sorted((corpus / "claims").glob("*.jsonl")):
        expected = corpus / "expected" / path.name
        mentions = [json.loads(line) for line in expected.read_text(encoding="utf-8").splitlines() if line.strip()]
        orgs = [(m["start"], m["end"], m["value"]["org_id"]) for m in mentions if m["type"] == "org"]
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        claims = [(g["start"], g["end"], g.get("subject")) for g in gold]
        text = (corpus / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
        yield "corpus", path.stem, text, published.get(path.stem), orgs, claims


def collect() -> list[dict]:
    """One row per ranked figure that has a gold claim: its candidates' features and labels."""
    rows: list[dict] = []
    nlp = newsclaims.load_pipeline()
    for name, article_id, text, published, orgs, claims in _articles():
        seen: list[tuple] = []

        def record(quantity, found, proposals, seen=seen):
            seen.append((quantity, found, proposals))

        holder_ranking.tap = record
        try:
            newsclaims.extract(text, published=published, nlp=nlp)
        finally:
            holder_ranking.tap = None
        ranked = {}
        for quantity, found, proposals in seen:
            ranked.setdefault(quantity, (found, proposals))
        for start, end, holder in claims:
            match = [q for q in ranked if q[0] < end and start < q[1]]
            if not match:
                continue
            found, proposals = ranked[match[0]]
            candidates = []
            for candidate in found:
                votes: Counter = Counter()
                for mention in candidate.mentions:
                    for g_start, g_end, org_id in orgs:
                        if g_start < mention.org.end and mention.org.start < g_end:
                            votes[org_id] += 1
                gold_org = votes.most_common(1)[0][0] if votes else None
                candidates.append(
                    {"features": candidate.features, "right": gold_org is not None and gold_org == holder}
                )
            rule = [c for c in candidates if c["features"].get("by_rule")]
            rows.append(
                {
                    "set": name,
                    "article": article_id,
                    "quantity": list(match[0]),
                    "holder": holder,
                    "candidates": candidates,
                    "rule_right": bool(rule and rule[0]["right"]),
                    "rule_named": bool(rule) or proposals.rule is not None,
                }
            )
    return rows


def _score(rows: list[dict], choice) -> dict[str, tuple[int, int, int, int]]:
    """Per set: (right, gold with an org holder, named right, named)."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row, chosen in zip(rows, choice, strict=True):
        score = out[row["set"]]
        right = chosen is not None and row["candidates"][chosen]["right"]
        score[1] += row["holder"] is not None
        score[0] += bool(right)
        score[3] += chosen is not None
        score[2] += bool(right)
    return {k: tuple(v) for k, v in out.items()}


def _rule_choice(row: dict) -> int | None:
    return next((n for n, c in enumerate(row["candidates"]) if c["features"].get("by_rule")), None)


def _fit(rows: list[dict], names: list[str], c: float):
    from sklearn.linear_model import LogisticRegression

    x = [[cand["features"][n] for n in names] for row in rows for cand in row["candidates"]]
    y = [int(cand["right"]) for row in rows for cand in row["candidates"]]
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return model


def _probabilities(model, row: dict, names: list[str]) -> list[float]:
    if not row["candidates"]:
        return []
    return list(model.predict_proba([[c["features"][n] for n in names] for c in row["candidates"]])[:, 1])


def _decide(p: list[float], row: dict, veto: float, fill: float, swap: float) -> int | None:
    """As `holder_ranking.choose`: the rules' holder unless its probability is below `veto` or another's is
    higher by more than `swap`; the best candidate where the rules name none (or were vetoed) when its
    probability reaches `fill`."""
    rule = _rule_choice(row)
    if not p:
        return rule
    best = max(range(len(p)), key=lambda n: p[n])
    if rule is not None and p[rule] >= veto:
        return best if p[best] - p[rule] > swap else rule
    if rule is None and row["candidates"][0]["features"]["blocked"]:
        return None
    return best if p[best] >= fill else None


def cross_validate(rows: list[dict], folds: int, c: float, grid: list[tuple[float, float, float]]) -> None:
    names = sorted({n for row in rows for cand in row["candidates"] for n in cand["features"]})
    articles = sorted({(r["set"], r["article"]) for r in rows})
    fold_of = {a: n % folds for n, a in enumerate(articles)}
    probabilities: list[list[float]] = [[] for _ in rows]
    for fold in range(folds):
        train = [r for r in rows if fold_of[(r["set"], r["article"])] != fold]
        model = _fit(train, names, c)
        for n, row in enumerate(rows):
            if fold_of[(row["set"], row["article"])] == fold:
                probabilities[n] = _probabilities(model, row, names)
    _print("rules", _score(rows, [_rule_choice(r) for r in rows]))
    oracle = [next((n for n, cand in enumerate(r["candidates"]) if cand["right"]), None) for r in rows]
    _print("oracle", _score(rows, oracle))
    _print(
        "ranker alone (0.5)",
        _score(rows, [_decide(p, r, 1.1, 0.5, 1.0) if p else None for p, r in zip(probabilities, rows, strict=True)]),
    )
    for veto, fill, swap in grid:
        choice = [_decide(p, r, veto, fill, swap) for p, r in zip(probabilities, rows, strict=True)]
        _print(f"veto {veto:.2f} fill {fill:.2f} swap {swap:.2f}", _score(rows, choice))


def _print(label: str, scores: dict) -> None:
    parts = []
    for name in SETS:
        right, gold, named_right, named = scores.get(name, (0, 0, 0, 0))
        parts.append(
            f"{name} acc {right / max(gold, 1):.3f} P {named_right / max(named, 1):.3f} ({named_right}/{named})"
        )
    print(f"  {label:18} " + "  ".join(parts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="Read the figures from here if it exists, else write them.")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=0.3, help="Inverse regularization strength.")
    parser.add_argument("--veto", type=float, default=0.3, help="Below this the rules' holder is dropped.")
    parser.add_argument("--fill", type=float, default=0.7, help="From this the best candidate fills an empty holder.")
    parser.add_argument("--swap", type=float, default=0.3, help="Another candidate this much likelier wins.")
    parser.add_argument("--write", action="store_true", help="Fit on everything and write the table.")
    parser.add_argument("--enable", action="store_true", help="Switch the written ranker on.")
    args = parser.parse_args()
    if args.cache is not None and args.cache.exists():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = collect()
        if args.cache is not None:
            args.cache.parent.mkdir(parents=True, exist_ok=True)
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    counts = Counter(r["set"] for r in rows)
    print(f"figures with gold and candidates: {dict(counts)}")
    grid = {(args.veto, args.fill, args.swap), (0.0, 0.7, 1.0), (0.2, 0.7, 0.3), (0.2, 0.8, 0.3), (0.3, 0.6, 0.3)}
    grid |= {(0.3, 0.8, 0.3), (0.3, 0.7, 0.1), (0.3, 0.7, 1.0), (0.0, 1.1, 0.3)}
    cross_validate(rows, args.folds, args.c, sorted(grid))
    if args.write:
        names = sorted({n for row in rows for cand in row["candidates"] for n in cand["features"]})
        model = _fit(rows, names, args.c)
        table = json.loads(TABLE.read_text(encoding="utf-8"))
        table.update(
            enabled=args.enable,
            intercept=round(float(model.intercept_[0]), 4),
            weights={n: round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)},
            veto=args.veto,
            fill=args.fill,
            swap=args.swap,
            trained={f"figures_{k}": v for k, v in counts.items()} | {"c": args.c},
        )
        TABLE.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
