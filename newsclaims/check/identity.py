"""Do two claims speak of the same quantity? A score from what the claims say, with its reasons.

Repeated quantities are how an article's numbers can contradict each other, but most pairs of figures in an
article are different quantities: last year's revenue and this year's, a loan and the part of it drawn, the
price before and after a move. The score weighs the evidence for one quantity (the same attribute, kind,
holder, time, the same words around it) against the evidence for two (a different time or holder, both in
one sentence, as "to $5 billion from $4 billion" is), so every finding can say why it paired two figures.
"""

from dataclasses import dataclass

from newsclaims.check.phrasing import kind_word, kinds_differ, measure
from newsclaims.check.quantities import Quantity

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
    score, reasons = 0.2, []
    ca, cb = a.claim, b.claim
    if ca.attribute_key and ca.attribute_key == cb.attribute_key:
        score += 0.35
        reasons.append(f"both are the {measure(ca)}")
    if ca.kind == cb.kind and ca.kind not in _VAGUE_KINDS:
        score += 0.15
        if not reasons:  # 'both are the bridge loan' says it already
            reasons.append(f"both are {kind_word(ca.kind, both=True)}")
    elif ca.kind != cb.kind and ca.kind not in _VAGUE_KINDS and cb.kind not in _VAGUE_KINDS:
        score -= 0.3
        reasons.append(kinds_differ(ca.kind, cb.kind))
    if ca.subject and ca.subject == cb.subject:
        score += 0.15
        reasons.append(f"both are {ca.subject}'s")
    elif ca.subject and cb.subject:
        score -= 0.3
        reasons.append(f"one is {ca.subject}'s, the other {cb.subject}'s")
    if ca.object and cb.object and ca.object != cb.object:
        score -= 0.2
    if a.time and b.time and a.time != b.time:
        score -= 0.4
        reasons.append("their dates differ")
    if a.sentence == b.sentence:
        score -= 0.3
        reasons.append("one sentence gives both")
    overlap = _jaccard(a.words, b.words)
    score += 0.3 * overlap
    return Identity(max(0.0, min(1.0, score)), tuple(reasons))


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0
