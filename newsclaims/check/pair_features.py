"""What two claims say about whether they are one quantity, as numbers a scorer weighs (`check/identity.py`).

Every feature is read from the claims and their sentences, never from the two values: the scorer is trained
(`scripts/train_pair_scorer.py`) on pairs of figures in published stories, those with one amount (the same
quantity stated twice) against those with clearly different amounts (two quantities), so that it can then
judge a pair whose values disagree, such as a figure and its slip of a power of ten.
"""

import math
import re

from newsclaims.check.quantities import STOP_WORDS, Quantity
from newsclaims.check.words import pattern, phrase_lists, phrases

# Claim kinds that never measure one quantity together (a deal's price and the valuation it implies).
KIND_FAMILIES = {
    "deal": "transaction", "spending": "transaction", "investment": "transaction", "funding": "transaction",
    "price": "transaction", "loan": "debt", "debt": "debt", "valuation": "value", "market_cap": "value",
    "revenue": "revenue", "profit": "profit", "fine": "fine", "stake": "stake",
}  # fmt: skip
VAGUE_KINDS = frozenset({"other", "deal"})
_OTHER_INSTANCE = pattern("other_instance")
_OTHER_ONE = frozenset(phrase_lists()["another_one"])
_COMPARISON = pattern("comparison")
_FIGURE = re.compile(r"[$€£¥₹]\s?\d|\d[\d,.]*\s*(?:%|pct|per cent|percent|mln|bln|million|billion|bn|m\b|dlrs)")
_WORD = re.compile(r"[a-z][a-z'-]+")
_BOUNDS = frozenset({"at_most", "at_least", "more_than", "less_than", "range"})
_NEAR_WORDS = 8
_EARLIER_FIGURE_END = re.compile(phrases("earlier_figure") + r"\s*$", re.IGNORECASE)
_VERSUS = re.compile(r"\bvs\b\.?", re.IGNORECASE)
_TABLE_LINE_WORDS = 12

# The order of the scorer's weights (`rules/pair_scorer.json` lists the same names; a test compares them).
FEATURES = (
    "same_attribute",
    "different_attribute",
    "same_kind",
    "kind_families_differ",
    "kinds_differ_in_family",
    "same_subject",
    "different_subjects",
    "different_objects",
    "same_time",
    "different_times",
    "different_time_roles",
    "same_sentence",
    "sentence_gap",
    "headline",
    "sentence_overlap",
    "nearby_overlap",
    "names_other_instances",
    "one_says_another",
    "different_certainty",
    "one_rounded",
    "one_bound",
    "compared_side_by_side",
    "percent",
    "one_an_earlier_figure",
    "one_in_results_table",
    "both_in_results_tables",
)


def pair_features(a: Quantity, b: Quantity) -> dict[str, float]:
    """The features of the pair (a, b), each 0..1, by the names of `FEATURES`."""
    ca, cb = a.claim, b.claim
    family_a, family_b = KIND_FAMILIES.get(ca.kind), KIND_FAMILIES.get(cb.kind)
    named_a, named_b = instance_words(a), instance_words(b)
    distance = abs(a.sentence - b.sentence)
    return {
        "same_attribute": float(bool(ca.attribute_key) and ca.attribute_key == cb.attribute_key),
        "different_attribute": float(
            bool(ca.attribute_key and cb.attribute_key) and ca.attribute_key != cb.attribute_key
        ),
        "same_kind": float(ca.kind == cb.kind and ca.kind not in VAGUE_KINDS),
        "kind_families_differ": float(bool(family_a and family_b) and family_a != family_b),
        "kinds_differ_in_family": float(ca.kind != cb.kind and family_a is not None and family_a == family_b),
        "same_subject": float(bool(ca.subject) and ca.subject == cb.subject),
        "different_subjects": float(bool(ca.subject and cb.subject) and ca.subject != cb.subject),
        "different_objects": float(bool(ca.object and cb.object) and ca.object != cb.object),
        "same_time": float(bool(a.time) and a.time == b.time),
        "different_times": float(bool(a.time and b.time) and a.time != b.time),
        "different_time_roles": float(bool(ca.time_role and cb.time_role) and ca.time_role != cb.time_role),
        "same_sentence": float(distance == 0),
        "sentence_gap": min(math.log1p(distance) / math.log(30), 1.0),
        "headline": float(in_headline(a) or in_headline(b)),
        "sentence_overlap": _jaccard(a.words, b.words),
        "nearby_overlap": _jaccard(nearby_words(a), nearby_words(b)),
        "names_other_instances": float(bool(named_a and named_b) and not (named_a & named_b)),
        "one_says_another": float(bool((named_a ^ named_b) & _OTHER_ONE)),
        "different_certainty": float(ca.certainty != cb.certainty),
        "one_rounded": float((a.qualifier == "approx") != (b.qualifier == "approx")),
        "one_bound": float((a.qualifier in _BOUNDS) != (b.qualifier in _BOUNDS)),
        "compared_side_by_side": float(distance == 0 and compared(a, b)),
        "percent": float(a.type == "percent"),
        "one_an_earlier_figure": float(earlier_figure(a) != earlier_figure(b)),
        "one_in_results_table": float(in_results_table(a) != in_results_table(b)),
        "both_in_results_tables": float(in_results_table(a) and in_results_table(b)),
    }


def in_headline(q: Quantity) -> bool:
    """Whether the figure is in a headline: the first sentence, with no full stop at its end (a lead sentence
    after a dateline has one)."""
    return q.sentence == 0 and not q.claim.sentence_text.rstrip().endswith((".", '"', "”", "'"))


def earlier_figure(q: Quantity) -> bool:
    """Whether the words right before the figure set it up as the earlier one of a move or a comparison
    ('up from 4.2 mln', 'vs 11.0 mln', 'compared with $3bn')."""
    return bool(_EARLIER_FIGURE_END.search(q.before[-25:]))


def in_results_table(q: Quantity) -> bool:
    """Whether the figure is on a line of a results table: a short line that sets figures side by side with
    'vs' ('Revs 14.7 mln vs 11.0 mln'). Tables restate a value for another period or measure more often
    than prose restates one quantity."""
    text = q.claim.sentence_text
    return len(text.split()) <= _TABLE_LINE_WORDS and bool(_VERSUS.search(text))


def nearby_words(q: Quantity) -> frozenset[str]:
    """The words within a few of the figure, not past another figure of its sentence."""
    before = _FIGURE.split(q.before)[-1]
    after = _FIGURE.split(q.after)[0]
    words = _WORD.findall(before)[-_NEAR_WORDS:] + _WORD.findall(after)[:_NEAR_WORDS]
    return frozenset(words) - STOP_WORDS


def instance_words(q: Quantity) -> frozenset[str]:
    """The `other_instance` words within a few words of the figure ('Series B', 'a separate', 'last year')."""
    before = _FIGURE.split(q.before)[-1]
    after = _FIGURE.split(q.after)[0]
    near = " ".join(before.split()[-6:] + after.split()[:5])
    return frozenset(m.group().lower() for m in _OTHER_INSTANCE.finditer(near))


def compared(a: Quantity, b: Quantity) -> bool:
    """'rose to $50 million from $5 million', '$5 million, against $50 million a year earlier'."""
    first, second = sorted((a, b), key=lambda q: q.mention.start)
    between = second.before[len(first.before) + len(first.mention.text) :]
    return len(between) <= 40 and bool(_COMPARISON.search(f"{first.before[-12:]} {between}"))


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0
