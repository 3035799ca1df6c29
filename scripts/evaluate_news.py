"""The checker on real wire stories it was not written from: ../shared/dev-news, tuning half and sealed half.

Part of `make eval` (skipped where ../shared/dev-news is absent). For the first N stories of each half
(split by `evaluation.blind.half_of`, sha256 of the id; N from --stories):
- alarms per clean article: error and warning findings on published stories, which are almost always
  consistent (a sample is printed with --show for reading by hand);
- injection recall per family (x10, /10, scale word, decimal point, currency) on one copy of an amount the
  story states more than once;
- across files: the story and its copy with one repeated amount x10, checked together as a corpus
  (`check_corpus`): found when a `source_disagreement` cites the changed mention; and the story with an
  unchanged copy, where any finding is a false alarm.
Extraction is cached by text and pipeline fingerprint (as in evaluate_checks.py).

    python scripts/evaluate_news.py [--stories 300] [--half tune] [--show 20]
"""

import argparse
import json
from collections import Counter
from pathlib import Path

from evaluate_checks import CachedExtractor

from evaluation.blind import HALVES, half_of
from evaluation.checks import InjectionScore, injected_copies
from evaluation.injection import FAMILIES
from newsclaims.check import check_article
from newsclaims.check.corpus import check_corpus
from newsclaims.models import ArticleResult

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "dev-news" / "reuters-1987.jsonl"
ALARMS = ("error", "warning")


def stories(half: str, limit: int) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of the first `limit` stories of the half."""
    found = []
    with NEWS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if half_of(record["id"]) == half and record.get("text"):
                found.append((record["id"], record["text"], (record.get("published") or "")[:10] or None))
                if len(found) == limit:
                    break
    return found


def _renamed(result: ArticleResult, article_id: str) -> ArticleResult:
    copy = result.model_copy(deep=True)
    copy.article.id = article_id
    return copy


def cross_file(clean: ArticleResult, perturbed: ArticleResult, start: int, end: int) -> bool:
    """Whether checking the story and its changed copy together cites the changed mention."""
    copy = _renamed(perturbed, f"{clean.article.id}~copy")
    changed = {m.id for m in copy.mentions if m.start < end and start < m.end and m.type == "money"}
    for finding in check_corpus([clean, copy]):
        cited = zip(finding.articles or [], finding.mentions, strict=False)
        if finding.severity in ALARMS and any(a == copy.article.id and m in changed for a, m in cited):
            return True
    return False


def run(half: str, limit: int, show: int, extractor: CachedExtractor, skip: int = 0) -> None:
    articles = stories(half, limit)[skip:]
    clean = extractor.extract_all(articles)
    alarms: Counter = Counter()
    examples = []
    for (article_id, _, _), result in zip(articles, clean, strict=True):
        for finding in check_article(result):
            if finding.severity in ALARMS:
                alarms[finding.check] += 1
                examples.append((article_id, finding))
    which = f"stories {skip + 1:,}-{skip + len(articles):,}" if skip else f"{len(articles)} stories"
    print(f"\n  {half}: {which}; alarms per clean article {sum(alarms.values()) / len(articles):.4f}")
    print("    " + ", ".join(f"{check} {count}" for check, count in alarms.most_common()))
    copies = [c for (i, text, _), r in zip(articles, clean, strict=True) for c in injected_copies(i, text, r)]
    published = {a[0]: a[2] for a in articles}
    perturbed = extractor.extract_all([(c.article_id, c.text, published[c.article_id]) for c in copies])
    score = InjectionScore()
    by_id = {a[0]: r for a, r in zip(articles, clean, strict=True)}
    cross_found = cross_total = 0
    for copy, result in zip(copies, perturbed, strict=True):
        score.add_injection(copy, result, check_article(result))
        if copy.family == "times_ten":
            cross_total += 1
            cross_found += cross_file(by_id[copy.article_id], result, copy.start, copy.end)
    print("    injection recall " + ", ".join(f"{f} {score.recall(f):.3f}/{score.total[f]}" for f in FAMILIES))
    unchanged = sum(
        1
        for result in clean
        if any(f.severity in ALARMS for f in check_corpus([result, _renamed(result, f"{result.article.id}~copy")]))
    )
    print(
        f"    across files (story + copy with one repeated amount x10): found {cross_found}/{cross_total} "
        f"({cross_found / max(cross_total, 1):.3f}); story + unchanged copy with an alarm: {unchanged}/{len(clean)}"
    )
    for article_id, finding in examples[:show]:
        print(f"      {article_id}: [{finding.severity} {finding.check}] {finding.message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=300, help="stories per half (the first N of the pool)")
    parser.add_argument("--half", choices=HALVES, action="append")
    parser.add_argument(
        "--skip", type=int, default=0, help="leave out the first N of those stories (score stories N+1 to --stories)"
    )
    parser.add_argument("--show", type=int, default=0, help="print this many alarms per half")
    args = parser.parse_args()
    if not NEWS.exists():
        print(f"dev-news: skipped ({NEWS} not found)")
        return
    print("dev-news (../shared/dev-news; tune = develop against it, sealed = score when a change is done)")
    extractor = CachedExtractor()
    for half in args.half or list(HALVES):
        run(half, args.stories, args.show if half == "tune" else 0, extractor, args.skip)


if __name__ == "__main__":
    main()
