"""Train the pair scorer of `newsclaims/check/identity.py` on published wire stories; write its weights as data.

The question the scorer answers: are two figures of an article one quantity? Its examples come from
../shared/dev-news (tuning half only, after the stories `scripts/evaluate_news.py` scores; the sealed half is
never read here):
- one quantity: two figures of a story with the same amount, currency and unit (a figure stated twice,
  'about' or 'up to' before either or not);
- two quantities: two comparable figures whose amounts differ by at least half and are not a power of ten
  apart (a slip would be).
The features (`check/pair_features.py`) never read the values, so the scorer can then judge a pair whose
values disagree. A logistic regression (scikit-learn, training only: `pip install -e ".[train]"`) with
balanced class weights, fitted on 80% of the stories by id; the other 20% give the figures printed and the
severity thresholds written: `error` at the lowest probability whose held-out precision is at least 0.95,
`warning` at 0.75, both at an even prior (as many pairs of one quantity as of two).

    python scripts/train_pair_scorer.py [--stories 2500] [--skip 300] [--write]
"""

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

from evaluate_checks import CachedExtractor

from evaluation.blind import half_of
from newsclaims.check.magnitude import power_of_ten
from newsclaims.check.pair_features import FEATURES, pair_features
from newsclaims.check.quantities import Quantity, article_quantities

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "dev-news" / "reuters-1987.jsonl"
WEIGHTS = ROOT / "newsclaims" / "check" / "rules" / "pair_scorer.json"
NEGATIVES_PER_STORY = 30  # long stories would otherwise outweigh the rest
SEED = 20261207


def training_stories(skip: int, limit: int) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of tuning-half stories after the first `skip` (which evaluate_news.py scores)."""
    found: list[tuple[str, str, str | None]] = []
    seen = 0
    with NEWS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if half_of(record["id"]) != "tune" or not record.get("text"):
                continue
            seen += 1
            if seen <= skip:
                continue
            found.append((record["id"], record["text"], (record.get("published") or "")[:10] or None))
            if len(found) == limit:
                break
    return found


def labelled_pairs(quantities: list[Quantity], rng: random.Random) -> list[tuple[dict[str, float], int]]:
    """(features, 1 for one quantity / 0 for two) of the story's comparable pairs that are clearly either."""
    figures = [q for q in quantities if q.value]
    same, different = [], []
    for i, a in enumerate(figures):
        for b in figures[i + 1 :]:
            if (a.type, a.currency, a.per, a.percent_kind) != (b.type, b.currency, b.per, b.percent_kind):
                continue
            ratio = max(abs(a.value), abs(b.value)) / min(abs(a.value), abs(b.value))
            if a.value == b.value:
                same.append((a, b))
            elif ratio >= 1.5 and not power_of_ten(ratio, 0.05):
                different.append((a, b))
    if len(different) > NEGATIVES_PER_STORY:
        different = rng.sample(different, NEGATIVES_PER_STORY)
    return [(pair_features(a, b), 1) for a, b in same] + [(pair_features(a, b), 0) for a, b in different]


def held_out(article_id: str) -> bool:
    return int(hashlib.sha256(f"pairs:{article_id}".encode()).hexdigest(), 16) % 5 == 0


def threshold_for(probabilities, labels, precision: float) -> float:
    """The lowest probability at which pairs scored at or above it are one quantity at least `precision` of
    the time, the two classes weighed evenly."""
    positives = sum(labels)
    negatives = len(labels) - positives
    ranked = sorted(zip(probabilities, labels, strict=True), reverse=True)
    true = false = 0.0
    best = 1.0
    for probability, label in ranked:
        if label:
            true += 1 / positives
        else:
            false += 1 / negatives
        if true / (true + false) >= precision:
            best = probability
    return round(best, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2500)
    parser.add_argument("--skip", type=int, default=300, help="first tuning stories left to evaluate_news.py")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS.relative_to(ROOT)}")
    args = parser.parse_args()
    if not NEWS.exists():
        print(f"skipped: {NEWS} not found")
        return
    try:
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import roc_auc_score
    except ImportError:
        sys.exit('scikit-learn is needed for training only: pip install -e ".[train]"')

    stories = training_stories(args.skip, args.stories)
    results = CachedExtractor().extract_all(stories)
    rng = random.Random(SEED)
    split: dict[bool, tuple[list, list]] = {False: ([], []), True: ([], [])}
    for (article_id, _, _), result in zip(stories, results, strict=True):
        rows, labels = split[held_out(article_id)]
        for features, label in labelled_pairs(article_quantities(result), rng):
            rows.append([features[name] for name in FEATURES])
            labels.append(label)
    (x, y), (x_test, y_test) = split[False], split[True]
    print(f"{len(stories)} stories: train {sum(y)} one-quantity / {len(y) - sum(y)} two-quantity pairs; "
          f"held out {sum(y_test)} / {len(y_test) - sum(y_test)}")  # fmt: skip
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(x, y)
    probabilities = model.predict_proba(x_test)[:, 1]
    auc = roc_auc_score(y_test, probabilities)
    error, warning = threshold_for(probabilities, y_test, 0.95), threshold_for(probabilities, y_test, 0.75)
    for name, threshold in (("error", error), ("warning", warning)):
        kept = [label for p, label in zip(probabilities, y_test, strict=True) if p >= threshold]
        print(f"  {name} at p >= {threshold}: recall {sum(kept) / sum(y_test):.3f} of held-out one-quantity pairs")
    print(f"  held-out ROC AUC {auc:.3f}")
    weights = {name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0], strict=True)}
    for name, weight in sorted(weights.items(), key=lambda item: -abs(item[1])):
        print(f"    {weight:+.3f} {name}")
    if args.write:
        table = json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else {}
        table.update(
            {
                "intercept": round(float(model.intercept_[0]), 4),
                "weights": weights,
                "thresholds": {"error": error, "warning": warning},
                "trained": {
                    "stories": len(stories),
                    "skipped": args.skip,
                    "one_quantity_pairs": sum(y) + sum(y_test),
                    "two_quantity_pairs": len(y) + len(y_test) - sum(y) - sum(y_test),
                    "held_out_roc_auc": round(float(auc), 3),
                },
            }
        )
        WEIGHTS.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
