"""Do two claims speak of the same quantity? A probability from what the claims say, with its reasons.

Repeated quantities are how an article's numbers can contradict each other, but most pairs of figures in an
article are different quantities: last year's revenue and this year's, a loan and the part of it drawn, the
price before and after a move. The evidence (`pair_features`: the same attribute, kind, holder, time, the
same words around the figures, one of them in a headline; or names of different instances, kinds that never
measure one thing, a comparison in one sentence, one figure set up as the earlier side of a comparison, lines
of a results table) is weighed by a logistic regression fitted on published
wire stories (`scripts/train_pair_scorer.py`, weights in `rules/pair_scorer.json`), so that the weights come
from data, not from the sentences the rules were written from. The reasons say in words why a finding
paired two figures.
"""

import math
from dataclasses import dataclass
from functools import cache

from newsclaims.check.pair_features import FEATURES, pair_features
from newsclaims.check.phrasing import kind_word, kinds_differ, measure
from newsclaims.check.quantities import Quantity
from newsclaims.tables import load_table

# Kinds so broad that agreeing on them says little.
_VAGUE_KINDS = frozenset({"other", "deal"})


@dataclass(frozen=True)
class Identity:
    """How likely two quantities are one, 0..1, and the reasons in words."""

    score: float
    reasons: tuple[str, ...]
    comparable: bool = True  # False when they cannot be one quantity at all (per share vs total)


NOT_COMPARABLE = Identity(0.0, ("not comparable",), comparable=False)


def identity(a: Quantity, b: Quantity) -> Identity:
    """The evidence that `a` and `b` state the same quantity."""
    if a.type != b.type or a.per != b.per or a.percent_kind != b.percent_kind:
        return NOT_COMPARABLE
    reasons = []
    ca, cb = a.claim, b.claim
    if ca.attribute_key and ca.attribute_key == cb.attribute_key:
        reasons.append(f"both are the {measure(ca)}")
    if ca.kind == cb.kind and ca.kind not in _VAGUE_KINDS:
        if not reasons:  # 'both are the bridge loan' says it already
            reasons.append(f"both are {kind_word(ca.kind, both=True)}")
    elif ca.kind != cb.kind and ca.kind not in _VAGUE_KINDS and cb.kind not in _VAGUE_KINDS:
        reasons.append(kinds_differ(ca.kind, cb.kind))
    if ca.subject and ca.subject == cb.subject:
        reasons.append(f"both are {ca.subject}'s")
    elif ca.subject and cb.subject:
        reasons.append(f"one is {ca.subject}'s, the other {cb.subject}'s")
    if a.time and b.time and a.time != b.time:
        reasons.append("their dates differ")
    if a.sentence == b.sentence:
        reasons.append("one sentence gives both")
    return Identity(round(same_quantity(a, b), 3), tuple(reasons))


def same_quantity(a: Quantity, b: Quantity) -> float:
    """The scorer's probability that `a` and `b` are one quantity (an even prior: 0.5 says nothing)."""
    scorer = _scorer()
    features = pair_features(a, b)
    logit = scorer["intercept"] + sum(scorer["weights"][name] * features[name] for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-logit))


def thresholds() -> dict[str, float]:
    """The probabilities at which held-out pairs were one quantity 95% ('error') and 75% ('warning') of the time."""
    return dict(_scorer()["thresholds"])


@cache
def _scorer() -> dict:
    return load_table("pair_scorer")
