"""Train the pair scorer of `newsclaims/check/identity.py` on published wire stories; write its weights as data.

The question the scorer answers: are two figures of an article one quantity? Its examples come from
../shared/dev-news (tuning half only, after the 1,500 stories `scripts/evaluate_news.py --stories 1500` scores,
so that training and evaluation never share a story; the sealed half is never read here):
- one quantity: two figures of a story with the same amount, currency and unit (a figure stated twice,
  'about' or 'up to' before either or not);
- two quantities: two comparable figures whose amounts differ by at least half and are not a power of ten
  apart (a slip would be).
The features (`check/pair_features.py`) never read the values, so the scorer can then judge a pair whose
values disagree. A logistic regression (scikit-learn, training only: `pip install -e ".[train]"`) with
balanced class weights, fitted on all the stories; the figures printed and the severity thresholds written
come from five-fold cross-validation by story (each pair scored by a model fitted on the other four fifths,
which steadies the thresholds a single 20% split left to 160 pairs of one quantity): `error` at the lowest
probability whose held-out precision is at least 0.95, `warning` at 0.75, both at an even prior (as many
pairs of one quantity as of two).

With --slips it also measures what the probability is worth as a gate for magnitude slips on the same
stories: the slip alarms the checker raises on them (published, so taken as false) against the injected
slips it finds on their repeated amounts (`evaluation.injection`: x10, /10, scale word, decimal point), with
how many of each a veto below each probability would remove. (Measured 2026-12-07 on 2,138 stories: every
threshold that removes a false alarm loses over fifty found slips for each one, so there is no veto.)

    python scripts/train_pair_scorer.py [--stories N] [--skip 1500] [--write] [--slips]
"""

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

from evaluate_checks import CachedExtractor

from evaluation.blind import half_of
from evaluation.checks import injected_copies
from newsclaims.check import check_article
from newsclaims.check.identity import same_quantity
from newsclaims.check.magnitude import power_of_ten
from newsclaims.check.pair_features import FEATURES, pair_features
from newsclaims.check.quantities import Quantity, article_quantities
from newsclaims.models import ArticleResult

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "dev-news" / "reuters-1987.jsonl"
WEIGHTS = ROOT / "newsclaims" / "check" / "rules" / "pair_scorer.json"
NEGATIVES_PER_STORY = 30  # long stories would otherwise outweigh the rest
SEED = 20261207
FOLDS = 5
# evaluate_news.py --stories 1500 scores the first 1,500 stories of each half: keep in sync with it
EVALUATED = 1500
SLIP_FAMILIES = ("times_ten", "tenth", "scale_word", "decimal_point")
VETOES = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def training_stories(skip: int, limit: int | None) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of tuning-half stories after the first `skip` (which evaluate_news.py scores),
    at most `limit` of them (None: all)."""
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


def fold_of(article_id: str) -> int:
    """The story's fold of the cross-validation (`FOLDS`), by its id."""
    return int(hashlib.sha256(f"pairs:{article_id}".encode()).hexdigest(), 16) % FOLDS


def _fit(model_class, rows: list[list[float]], labels: list[int]):
    return model_class(C=1.0, class_weight="balanced", max_iter=2000).fit(rows, labels)


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
    parser.add_argument("--stories", type=int, default=None, help="training stories (default: all after --skip)")
    parser.add_argument("--skip", type=int, default=EVALUATED, help="first tuning stories left to evaluate_news.py")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS.relative_to(ROOT)}")
    parser.add_argument("--slips", action="store_true", help="measure the probability as a veto on slip alarms")
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
    extractor = CachedExtractor()
    results = extractor.extract_all(stories)
    rng = random.Random(SEED)
    rows, labels, folds = [], [], []
    for (article_id, _, _), result in zip(stories, results, strict=True):
        for features, label in labelled_pairs(article_quantities(result), rng):
            rows.append([features[name] for name in FEATURES])
            labels.append(label)
            folds.append(fold_of(article_id))
    print(f"{len(stories)} stories: {sum(labels)} one-quantity / {len(labels) - sum(labels)} two-quantity pairs")
    # every pair scored by a model fitted on the other folds' stories: the figures and thresholds below
    probabilities = [0.0] * len(labels)
    for fold in range(FOLDS):
        fitted = _fit(LogisticRegression, [r for r, f in zip(rows, folds, strict=True) if f != fold],
                      [y for y, f in zip(labels, folds, strict=True) if f != fold])  # fmt: skip
        held = [i for i, f in enumerate(folds) if f == fold]
        for i, p in zip(held, fitted.predict_proba([rows[i] for i in held])[:, 1], strict=True):
            probabilities[i] = float(p)
    auc = roc_auc_score(labels, probabilities)
    error, warning = threshold_for(probabilities, labels, 0.95), threshold_for(probabilities, labels, 0.75)
    for name, threshold in (("error", error), ("warning", warning)):
        kept = [label for p, label in zip(probabilities, labels, strict=True) if p >= threshold]
        print(f"  {name} at p >= {threshold}: recall {sum(kept) / sum(labels):.3f} of held-out one-quantity pairs")
    print(f"  held-out ROC AUC {auc:.3f} ({FOLDS}-fold by story)")
    model = _fit(LogisticRegression, rows, labels)
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
                    "one_quantity_pairs": sum(labels),
                    "two_quantity_pairs": len(labels) - sum(labels),
                    "held_out_roc_auc": round(float(auc), 3),
                },
            }
        )
        WEIGHTS.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    if args.slips:
        slip_vetoes(stories, results, extractor)


def slip_vetoes(stories, results: list[ArticleResult], extractor: CachedExtractor) -> None:
    """Print, for each veto probability, the slip alarms on the clean stories it would remove and the found
    injected slips it would lose (a slip is lost when every alarm citing its changed figure is vetoed).
    Reads the weights in use (those just written with --write)."""
    alarms = [p for result in results for p in _slip_alarms(result)]
    copies = [c for (i, text, _), r in zip(stories, results, strict=True) for c in injected_copies(i, text, r)]
    copies = [c for c in copies if c.family in SLIP_FAMILIES]
    published = {story[0]: story[2] for story in stories}
    perturbed = extractor.extract_all([(c.article_id, c.text, published[c.article_id]) for c in copies])
    found = []
    for copy, result in zip(copies, perturbed, strict=True):
        changed = {m.id for m in result.mentions if m.start < copy.end and copy.start < m.end}
        scores = _slip_alarms(result, changed)
        if scores:
            found.append(max(scores))
    print(f"slip alarms on {len(stories)} stories: {len(alarms)}; injected slips found {len(found)}/{len(copies)}")
    for veto in VETOES:
        removed = sum(1 for p in alarms if p < veto)
        lost = sum(1 for p in found if p < veto)
        print(f"  veto below p {veto:.2f}: removes {removed} alarms, loses {lost} found slips")


def _slip_alarms(result: ArticleResult, citing: set[str] | None = None) -> list[float]:
    """The scorer's probability for each magnitude_slip alarm of the article (its surest pair of figures
    with different values), only those citing a mention of `citing` when given."""
    quantities = {q.id: q for q in article_quantities(result)}
    scores = []
    for finding in check_article(result):
        if finding.check != "magnitude_slip" or finding.severity not in ("error", "warning"):
            continue
        if citing is not None and not citing & set(finding.mentions):
            continue
        cited = [quantities[m] for m in finding.mentions if m in quantities]
        pairs = [same_quantity(a, b) for i, a in enumerate(cited) for b in cited[i + 1 :] if a.value != b.value]
        if pairs:
            scores.append(max(pairs))
    return scores


if __name__ == "__main__":
    main()
