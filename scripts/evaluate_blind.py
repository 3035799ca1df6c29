"""Score newsclaims on the blind gold of eval/: claim holders and org spans on dev-news stories and on
stories written for it, and the planted-contradiction suite; each for the tune half and the sealed half.

Run by `make eval` (after evaluate.py); `--half tune` scores only the half one develops against.
"""

import argparse
import sys
from pathlib import Path

import newsclaims
from evaluation.blind import (
    HALVES,
    HolderScore,
    PlantedScore,
    news_articles,
    planted_articles,
    score_holders,
    score_planted,
    written_articles,
)

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "dev-news" / "reuters-1987.jsonl"


def _record(text: str, published: str | None) -> dict:
    return newsclaims.extract(text, published=published).model_dump(mode="json")


def holders(half: str, show: int) -> None:
    for name, articles in (
        ("dev-news", list(news_articles(ROOT / "eval" / "gold" / "news", NEWS, half))),
        ("written", list(written_articles(ROOT / "eval" / "gold" / "written", half))),
    ):
        if not articles:
            print(f"  {name:9} {half:6}: no gold here (../shared/dev-news absent?)")
            continue
        score = HolderScore()
        for article in articles:
            score_holders(article, _record(article.text, article.published), score)
        print(
            f"  {name:9} {half:6} {len(articles):3} stories  org P {score.org_precision:.3f} R {score.org_recall:.3f} "
            f"F {score.org_f1:.3f} ({score.org_gold} gold)  holder accuracy {score.subject_accuracy:.3f} "
            f"({score.subject_right}/{score.with_subject})  subject precision {score.subject_precision:.3f} "
            f"({score.predicted_right}/{score.predicted_subject})  no-org holders left empty "
            f"{score.null_right}/{score.null_gold}  claims aligned {score.aligned}/{score.claims}"
        )
        for line in score.errors[:show]:
            print(f"      {line}")


def planted(half: str, show: int) -> None:
    score = PlantedScore()
    for gold, text in planted_articles(ROOT / "eval" / "planted", half):
        score_planted(gold, _record(text, gold.get("published")), score)
    found, total = sum(score.found.values()), sum(score.planted.values())
    alarms, traps = sum(score.trap_alarms.values()), sum(score.traps.values())
    print(f"  planted {half:6}: contradictions found {found}/{total} ({found / max(total, 1):.3f}); "
          f"traps with an error/warning {alarms}/{traps}")  # fmt: skip
    for family in sorted(score.planted):
        print(f"    {family:30} {score.found[family]}/{score.planted[family]}")
    for line in score.notes[:show]:
        print(f"      {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=HALVES, action="append", help="Score only this half (repeatable).")
    parser.add_argument("--show", type=int, default=0, help="Print this many errors per part (tune half only).")
    args = parser.parse_args()
    halves = args.half or list(HALVES)
    print("blind gold (eval/): holders and orgs (tune = develop against it; sealed = score when a change is done)")
    for half in halves:
        holders(half, args.show if half == "tune" else 0)
    print("planted contradictions and traps (eval/planted)")
    for half in halves:
        planted(half, args.show if half == "tune" else 0)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
