"""The checker's error-injection benchmark (part of `make eval`; run alone: `python scripts/evaluate_checks.py`).

For each corpus article and each article of ../shared/dev-corpus (skipped when absent): extract, make
perturbed copies that change one occurrence of a repeated amount (x10, /10, million<->billion, a moved
decimal point, a changed currency), re-extract each copy and count how often an error or warning finding
cites the changed mention; on the unchanged articles, count error and warning findings (false alarms). The
naive baseline (any two amounts exactly ten times apart) is scored on the same copies. A second table
changes either side of an amount given with its conversion into another currency.

Extraction results are cached in out/eval/check-cache, keyed by the text and a fingerprint of the pipeline's
code and rules, so rerunning after a checker-only change takes seconds.
"""

import argparse
import hashlib
from pathlib import Path

import newsclaims
from evaluation.checks import (
    ALARMS,
    CONVERSION_FAMILIES,
    FindingScore,
    InjectionScore,
    conversion_copies,
    injected_copies,
    load_gold_findings,
    naive_tenfold,
)
from evaluation.injection import FAMILIES
from newsclaims.check import check_article
from newsclaims.models import ArticleResult
from newsclaims.pipeline.article import build_result

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"
CACHE = ROOT / "out" / "eval" / "check-cache"


def pipeline_fingerprint() -> str:
    """A hash of everything that decides extraction output: pipeline code, rules, model name."""
    digest = hashlib.sha256()
    package = ROOT / "newsclaims"
    for path in sorted([*package.glob("pipeline/**/*"), *package.glob("numbers/*"), package / "tables.py"]):
        if path.is_file():
            digest.update(path.read_bytes())
    digest.update(newsclaims.load_pipeline().meta["name"].encode())
    return digest.hexdigest()[:16]


class CachedExtractor:
    """`extract` many texts through nlp.pipe, remembering results on disk by text and pipeline."""

    def __init__(self) -> None:
        self.nlp = newsclaims.load_pipeline()
        self.folder = CACHE / pipeline_fingerprint()
        self.folder.mkdir(parents=True, exist_ok=True)

    def extract_all(self, items: list[tuple[str, str, str | None]]) -> list[ArticleResult]:
        """(article id, text, published) -> results, in order."""
        keys = [hashlib.sha256(f"{published}\n{text}".encode()).hexdigest() for _, text, published in items]
        results: dict[int, ArticleResult] = {}
        todo = []
        for index, key in enumerate(keys):
            path = self.folder / f"{key}.json"
            if path.exists():
                results[index] = ArticleResult.model_validate_json(path.read_text(encoding="utf-8"))
            else:
                todo.append(index)
        docs = self.nlp.pipe((items[i][1] for i in todo), batch_size=16)
        for index, doc in zip(todo, docs, strict=True):
            article_id, _, published = items[index]
            result = build_result(doc, article_id=article_id, published=_date(published))
            (self.folder / f"{keys[index]}.json").write_text(result.model_dump_json(), encoding="utf-8")
            results[index] = result
        return [results[i] for i in range(len(items))]


def inconsistent_on_purpose() -> set[str]:
    """Corpus articles whose MANIFEST.tsv notes say they are inconsistent on purpose."""
    rows = (line.split("\t") for line in (ROOT / "corpus" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines())
    return {row[0] for row in rows if len(row) > 3 and row[3].startswith("INCONSISTENT")}


def load_articles() -> list[tuple[str, str, str | None]]:
    """(id, text, published) for the corpus and, where present, the real dev corpus."""
    corpus = ROOT / "corpus"
    rows = (line.split("\t") for line in (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:])
    published = {row[0]: row[1] for row in rows if len(row) > 1}
    articles = [
        (f"corpus/{path.stem}", path.read_text(encoding="utf-8"), published.get(path.stem))
        for path in sorted((corpus / "articles").glob("*.txt"))
    ]
    if DEV_CORPUS.is_dir():
        articles += [
            (f"dev/{path.stem}", path.read_text(encoding="utf-8"), None) for path in sorted(DEV_CORPUS.glob("*.txt"))
        ]
    return articles


def run(show: int, source: str = "all") -> dict[str, InjectionScore]:
    extractor = CachedExtractor()
    articles = [a for a in load_articles() if source == "all" or a[0].startswith(source)]
    clean = extractor.extract_all(articles)
    copies = [
        c
        for (article_id, text, _), r in zip(articles, clean, strict=True)
        for c in injected_copies(article_id, text, r)
    ]
    published = {a[0]: a[2] for a in articles}
    perturbed = extractor.extract_all([(c.article_id, c.text, published[c.article_id]) for c in copies])
    gold = {f"corpus/{k}": v for k, v in load_gold_findings(ROOT / "corpus" / "findings").items()}
    _print_golden(articles, clean, gold)
    # articles inconsistent on purpose are not clean: their alarms are scored against the golden findings
    planted = {article_id for article_id, findings in gold.items() if any(f.severity in ALARMS for f in findings)}
    planted |= {f"corpus/{article_id}" for article_id in inconsistent_on_purpose()}
    scores = {"newsclaims": InjectionScore(), "naive x10": InjectionScore()}
    checkers = {"newsclaims": check_article, "naive x10": naive_tenfold}
    for name, checker in checkers.items():
        score = scores[name]
        for (article_id, _, _), result in zip(articles, clean, strict=True):
            if article_id not in planted:
                score.add_clean(article_id, checker(result))
        for copy, result in zip(copies, perturbed, strict=True):
            score.add_injection(copy, result, checker(result))
    _print(scores, len(articles) - len(planted))
    _show(scores["newsclaims"], show)
    _conversions(extractor, articles, clean, published, show)
    return scores


def _conversions(extractor, articles, clean, published, show: int) -> None:
    """Recall on slips of amounts given with a conversion (most stated once, so no repeat to compare)."""
    copies = [
        c
        for (article_id, text, _), r in zip(articles, clean, strict=True)
        for c in conversion_copies(article_id, text, r)
    ]
    results = extractor.extract_all([(c.article_id, c.text, published[c.article_id]) for c in copies])
    scores = {"newsclaims": InjectionScore(), "naive x10": InjectionScore()}
    for name, checker in (("newsclaims", check_article), ("naive x10", naive_tenfold)):
        for copy, result in zip(copies, results, strict=True):
            scores[name].add_injection(copy, result, checker(result))
    pairs = len({(c.article_id, c.before) for c in copies})
    print(f"\nconversions (an amount and its conversion, either side changed; {pairs} figures in conversions)")
    print(f"{'checker':<12}" + "".join(f"{f:>15}" for f in CONVERSION_FAMILIES))
    for name, score in scores.items():
        print(f"{name:<12}" + "".join(f"{score.recall(f):>8.3f} /{score.total[f]:>5}" for f in CONVERSION_FAMILIES))
    for family, missed in scores["newsclaims"].missed.items():
        for injection in missed[:show]:
            print(f"  missed {family} {injection.article_id}: {injection.before!r} -> {injection.after!r}")


def _print_golden(articles, results, gold) -> None:
    if not gold:
        print("golden findings: skipped (corpus/findings not found)")
        return
    score = FindingScore()
    for (article_id, _, _), result in zip(articles, results, strict=True):
        if article_id in gold:
            result.findings = check_article(result)
            score.add(article_id, result, gold[article_id])
    print(f"\ngolden findings ({len(gold)} corpus articles; alarms = error and warning findings)")
    print(f"  alarm precision {score.precision:.3f} ({score.true_positives}/{score.predicted})")
    print(f"  golden alarms found {score.recall:.3f} ({score.found}/{score.gold})")
    for check, total in sorted(score.by_check.items()):
        print(f"    {check:<30} {total - score.missed_by_check[check]}/{total}")
    for article_id, finding in score.false_alarms:
        print(f"  false alarm {article_id}: [{finding.severity} {finding.check}] {finding.message}")


def _print(scores: dict[str, InjectionScore], articles: int) -> None:
    print("\nchecker, error injection (recall = an error/warning finding cites the changed mention; alarms per")
    print(f"clean article = error/warning findings on the {articles} unchanged articles not inconsistent on purpose)")
    print(f"{'checker':<12}" + "".join(f"{f:>15}" for f in FAMILIES) + f"{'alarms/clean':>14}")
    for name, score in scores.items():
        cells = "".join(f"{score.recall(f):>8.3f} /{score.total[f]:>5}" for f in FAMILIES)
        print(f"{name:<12}{cells}{score.alarms_per_article:>14.3f}")
    any_cells = "".join(f"{scores['newsclaims'].recall(f, any_severity=True):>8.3f}       " for f in FAMILIES)
    print(f"{'+ info':<12}{any_cells}   (recall when info findings count too)")


def _show(score: InjectionScore, show: int) -> None:
    if not show:
        return
    print(f"\nalarms on clean articles ({len(score.clean_alarms)}):")
    for article_id, finding in score.clean_alarms[:show]:
        print(f"  {article_id}: [{finding.severity} {finding.check} {finding.confidence:.2f}] {finding.message}")
    for family, missed in score.missed.items():
        print(f"\nmissed {family} ({len(missed)}), first {show}:")
        for injection in missed[:show]:
            context = injection.text[max(0, injection.start - 60) : injection.end + 40].replace("\n", " ")
            print(f"  {injection.article_id}: {injection.before!r} -> {injection.after!r}: ...{context}...")


def _date(published: str | None):
    import datetime as dt

    return dt.date.fromisoformat(published) if published else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many alarms and misses")
    parser.add_argument("--source", default="all", choices=["all", "corpus", "dev"])
    args = parser.parse_args()
    run(args.show, args.source)


if __name__ == "__main__":
    main()
