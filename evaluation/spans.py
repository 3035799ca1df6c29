"""Score extracted mentions against hand-annotated gold: span precision/recall/F1 and value accuracy.

Used by `make eval` (scripts/evaluate.py) and by the golden-file tests. Spans match exactly (same type,
same start and end); a matched mention's value is right when every field agrees (floats to 1e-9 relative).
"""

import json
import math
import re
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


# Core spans (issue 17, "on annotated newswire"): annotators and models agree on the heart of a mention and
# differ on its edges, so spans are compared without them. The words are the scorer's own, not newsclaims'
# tables: a gap shared by the system and its scorer would hide itself.
CORE_TYPES = ("money", "percent", "date", "org")
QUALIFIERS = (
    "approximately", "as little as", "as many as", "as much as", "as high as", "as low as", "close to", "about",
    "above", "almost", "an estimated", "around", "at least", "at most", "below", "between", "estimated",
    "fewer than", "greater than", "in excess of", "just", "less than", "more than", "nearly", "no less than",
    "no more than", "not more than", "only", "over", "roughly", "some", "under", "up to", "upwards of",
)  # fmt: skip
_QUALIFIER = re.compile(r"(?:" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+", re.I)
_THE = re.compile(r"the\s+", re.I)
# "$", "US$", "C$", "HK$", "£", "€", "¥", "₹", "Rs", "USD" before a figure (money only: "JAN 31" is a date)
_CURRENCY = re.compile(r"(?:[A-Z]{0,3}[$£€¥₹₩₡₾₭]|Rs\.?|[A-Z]{3}(?=\s*\d))\s*")
_EDGE_PUNCTUATION = ".,;:!?'\"()[]{}‘’“”-–—"
_POSSESSIVES = ("'s", "’s", "'", "’")
# Wire furniture that is no mention: tickers in angle brackets ("<GGLF>", "<BNO.TO>") and the closing "REUTER"
_IGNORED = re.compile(r"<[^<>\s]+>|\bREUTER\b(?=\W*$)")


def core_span(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """The span of a mention without what annotators disagree on: qualifiers ("about", "up to", "more than"),
    "the", a leading currency sign or code (money), a possessive and punctuation at either end.

    >>> t = "about US$5 billion, the company's 3 pct"
    >>> [t[slice(*core_span(t, s, e, k))] for s, e, k in ((0, 18, "money"), (20, 33, "org"), (34, 39, "percent"))]
    ['5 billion', 'company', '3 pct']
    """
    while True:
        span = text[start:end]
        stripped = span.strip().strip(_EDGE_PUNCTUATION).strip()
        if stripped and stripped != span:
            start += span.index(stripped)
            end = start + len(stripped)
            continue
        for suffix in _POSSESSIVES:
            if span.endswith(suffix) and len(span) > len(suffix):
                end -= len(suffix)
                break
        else:
            prefix = _THE.match(span) or (_QUALIFIER.match(span) if kind != "org" else None)
            if prefix is None and kind == "money":
                prefix = _CURRENCY.match(span)
            if prefix is None or prefix.end() >= len(span):
                return start, end
            start += prefix.end()


def ignored_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of wire furniture (tickers, the closing REUTER) where a found mention is not counted."""
    return [match.span() for match in _IGNORED.finditer(text)]


def score_cores(
    article_id: str, text: str, gold: Iterable[dict], predicted: Iterable[dict], types: Iterable[str], scores: dict
) -> None:
    """Add one article's comparison on core spans to `scores` (type -> SpanScore): a found mention is right
    when its type and core equal a gold mention's; one inside wire furniture (`ignored_regions`) is dropped.
    Mentions are dicts with `type`, `start`, `end` (gold without text is fine: it is read from `text`)."""
    types = set(types)
    furniture = ignored_regions(text)

    def cores(mentions: Iterable[dict], drop_furniture: bool) -> set[tuple[str, int, int]]:
        keys = set()
        for m in mentions:
            if m["type"] not in types:
                continue
            if drop_furniture and any(m["start"] < e and s < m["end"] for s, e in furniture):
                continue
            keys.add((m["type"], *core_span(text, m["start"], m["end"], m["type"])))
        return keys

    gold_cores, found_cores = cores(gold, False), cores(predicted, True)
    for key in sorted(gold_cores | found_cores, key=lambda k: (k[1], k[2], k[0])):
        score = scores.setdefault(key[0], SpanScore())
        shown = f"{article_id}: {text[key[1] : key[2]]!r} @{key[1]}"
        if key in gold_cores and key in found_cores:
            score.true_positives += 1
        elif key in gold_cores:
            score.false_negatives += 1
            score.misses.append(shown)
        else:
            score.false_positives += 1
            score.spurious.append(shown)
