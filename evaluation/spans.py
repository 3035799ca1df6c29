"""Score extracted mentions against hand-annotated gold: span precision/recall/F1 and value accuracy.

Used by `make eval` (scripts/evaluate.py) and by the golden-file tests. Spans match exactly (same type,
same start and end); a matched mention's value is right when every field agrees (floats to 1e-9 relative).
"""

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SpanScore:
    """Counts for one mention type."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    values_right: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.values_right / self.true_positives if self.true_positives else 1.0


def values_agree(expected, actual) -> bool:
    """Field-by-field equality of two value dicts, floats compared with a relative tolerance."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(values_agree(expected[k], actual[k]) for k in expected)
    if isinstance(expected, float | int) and isinstance(actual, float | int) and not isinstance(expected, bool):
        return math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-12)
    return expected == actual


def score_article(
    article_id: str, gold: Iterable[dict], predicted: Iterable[dict], types: Iterable[str], scores: dict
) -> None:
    """Add one article's comparison to `scores` (type -> SpanScore). Mentions are dicts of the contract."""
    types = set(types)
    gold_by_span = {(m["type"], m["start"], m["end"]): m for m in gold if m["type"] in types}
    found_by_span = {(m["type"], m["start"], m["end"]): m for m in predicted if m["type"] in types}
    for key, mention in gold_by_span.items():
        score = scores.setdefault(key[0], SpanScore())
        found = found_by_span.get(key)
        if found is None:
            score.false_negatives += 1
            score.misses.append(f"{article_id}: {mention['text']!r} @{key[1]}")
        else:
            score.true_positives += 1
            if values_agree(mention["value"], found["value"]):
                score.values_right += 1
            else:
                score.wrong_values.append(
                    f"{article_id}: {mention['text']!r} expected {mention['value']} got {found['value']}"
                )
    for key, mention in found_by_span.items():
        if key not in gold_by_span:
            score = scores.setdefault(key[0], SpanScore())
            score.false_positives += 1
            score.spurious.append(f"{article_id}: {mention['text']!r} @{key[1]}")


@dataclass
class MergeScore:
    """Pairwise agreement on which organization mentions are one organization (alias merging), counted
    over the mentions whose spans both sides found."""

    both_same: int = 0
    predicted_same: int = 0
    gold_same: int = 0
    pairs: int = 0
    agreeing_pairs: int = 0
    wrong_merges: list[str] = field(default_factory=list)
    missed_merges: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.both_same / self.predicted_same if self.predicted_same else 1.0

    @property
    def recall(self) -> float:
        return self.both_same / self.gold_same if self.gold_same else 1.0

    @property
    def accuracy(self) -> float:
        return self.agreeing_pairs / self.pairs if self.pairs else 1.0


def score_merges(article_id: str, gold: Iterable[dict], predicted: Iterable[dict], score: MergeScore) -> None:
    """Add one article's org_id grouping to `score`: for every pair of org mentions found by both, do gold
    and prediction agree that they are (or are not) the same organization?"""
    gold_ids = {(m["start"], m["end"]): m["value"]["org_id"] for m in gold if m["type"] == "org"}
    found_ids = {(m["start"], m["end"]): m["value"]["org_id"] for m in predicted if m["type"] == "org"}
    spans = sorted(set(gold_ids) & set(found_ids))
    for i, first in enumerate(spans):
        for second in spans[i + 1 :]:
            gold_same = gold_ids[first] == gold_ids[second]
            found_same = found_ids[first] == found_ids[second]
            score.pairs += 1
            score.agreeing_pairs += gold_same == found_same
            score.gold_same += gold_same
            score.predicted_same += found_same
            score.both_same += gold_same and found_same
            if gold_same != found_same:
                rows = score.wrong_merges if found_same else score.missed_merges
                rows.append(f"{article_id}: @{first[0]} / @{second[0]} ({gold_ids[first]} / {gold_ids[second]})")


def load_gold(corpus: Path) -> dict[str, list[dict]]:
    """Article id -> gold mentions, from `corpus/expected/<id>.jsonl`."""
    return {
        path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for path in sorted((corpus / "expected").glob("*.jsonl"))
    }
