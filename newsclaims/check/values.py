"""Value conflicts: one quantity stated twice with values that cannot both hold.

Only pairs that the claims say are one quantity beyond doubt are compared: the same attribute and kind, the
same holder, no different dates, in different sentences (one sentence setting two figures side by side
means two quantities). Their intervals (rounding, 'about', 'up to') must overlap; a bound that contains the
other figure ('up to $400 billion' and '$250 billion') is consistent and only worth an `info`. Pairs a power
of ten apart are the magnitude check's.
"""

import re
from collections.abc import Iterator

from newsclaims.check.flag import Flag, how_often, odd_one_out, quote
from newsclaims.check.identity import identity, thresholds
from newsclaims.check.magnitude import tenfold_power
from newsclaims.check.pair_features import instance_words
from newsclaims.check.pairs import keyed_pairs
from newsclaims.check.phrasing import REPORTED_PAST_PERFECT, measure
from newsclaims.check.quantities import Quantity
from newsclaims.check.view import ArticleView
from newsclaims.check.words import pattern

_BOUNDED = frozenset({"at_most", "less_than", "at_least", "more_than", "range"})


def value_conflicts(article: ArticleView) -> Iterator[Flag]:
    """A flag per pair of one quantity's statements whose values do not overlap."""
    quantities = article.quantities
    # a unit amount ('for each 1,000 dlrs of the notes', 'per 100 dlrs face amount') is no statement of the whole
    figures = [q for q in quantities if (q.value is not None or q.qualifier == "range") and not _EACH.search(q.before)]
    crowded = _crowded_keys(figures)
    for a, b in keyed_pairs(figures, key=lambda q: _quantity_key(q) if _key(q) not in crowded else None):
        if a.sentence == b.sentence or _said_earlier(a) != _said_earlier(b) or not _one_quantity(a, b):
            continue  # 'Before this round it had raised Rs 1,200 crore': the earlier amount is another one
        if a.value and b.value and tenfold_power(a, b, tolerance=0.05):
            continue
        if a.low <= b.high and b.low <= a.high:
            if (a.qualifier in _BOUNDED) != (b.qualifier in _BOUNDED) and a.value != b.value:
                yield _possible(a, b)
            continue
        observed, expected = odd_one_out(a, b, figures) if a.type == "money" else (None, None)
        # two statements alone may be two quantities the claims could not tell apart (tranches, stakes
        # before and after a sale); a third that sides with one makes the other an error. Rates and
        # stakes differ by tranche and over time too often to call without dates: info only.
        yield Flag(
            check="value_conflict",
            severity="warning" if expected is not None else "info",
            cites=(a, b),
            message=_conflict(a, b, observed, expected, figures),
            observed=observed.value if observed else None,
            expected=expected.value if expected else None,
            confidence=0.55 if expected is not None else 0.35,
        )


def _said_earlier(q: Quantity) -> bool:
    """Whether the words just before the figure say it is an earlier amount ('previously', 'before this round
    it had raised', 'so far'), unless a speech verb put the new one in the past perfect ('said it had raised')."""
    before = q.before[-60:]
    return bool(_PRIOR.search(before)) and not REPORTED_PAST_PERFECT.search(before)


_PRIOR = pattern("prior_amount")
_EACH = re.compile(r"\b(?:each|every|per)\s+$")


def _quantity_key(q: Quantity) -> tuple | None:
    """What two statements of one quantity share (`_one_quantity` and `identity` ask for each of these to be
    equal); a statement without an attribute or a holder is never one (None)."""
    claim = q.claim
    if not (claim.attribute_key and claim.subject):
        return None
    return (
        q.currency,
        q.type,
        q.per,
        q.percent_kind,
        claim.attribute_key,
        claim.kind,
        claim.subject,
        claim.object,
        q.time,
    )


def _key(q: Quantity) -> tuple:
    return (q.claim.subject, q.claim.attribute_key, q.claim.kind, q.currency, q.time)


def _crowded_keys(figures: list[Quantity]) -> set[tuple]:
    """Claim keys with three or more different values: 'losses' of one company in a story listing several
    charges (49, 40, 146 and 181 million) are several quantities under one coarse name, not one quantity
    stated with conflicting values. A conflict is a quantity given two values."""
    values: dict[tuple, set] = {}
    for q in figures:
        values.setdefault(_key(q), set()).add((q.value, q.low, q.high))
    return {key for key, seen in values.items() if len(seen) >= 3}


def _one_quantity(a: Quantity, b: Quantity) -> bool:
    ca, cb = a.claim, b.claim
    if not (ca.attribute_key and ca.attribute_key == cb.attribute_key and ca.kind == cb.kind):
        return False
    if not ca.subject or ca.subject != cb.subject or ca.object != cb.object:
        return False
    if a.time != b.time or ca.kind == "price" or (a.type == "percent" and a.percent_kind == "change"):
        return False  # prices and changes move; a pair without the same date is two moments
    if instance_words(a) != instance_words(b):
        return False  # 'A separate 136.6 mln dlrs contract ... is included in the contract award': another one
    return identity(a, b).score >= thresholds()["error"]


def _possible(a: Quantity, b: Quantity) -> Flag:
    bound, point = (a, b) if a.qualifier in _BOUNDED else (b, a)
    return Flag(
        check="value_range",
        severity="info",
        cites=(a, b),
        message=f"{quote(point)} fits within {quote(bound)}; both may be right, but the article gives two figures.",
        observed=None,
        expected=None,
        confidence=0.3,
    )


def _conflict(a: Quantity, b: Quantity, observed: Quantity | None, expected: Quantity | None, figures) -> str:
    """'"$70 million" and "$90 million" are both given as Orrin's bridge loan and cannot both be right; the
    article gives ...'; without a side stated more often, the two may be two figures the claims could not
    tell apart, and the message says so."""
    what = f"{a.claim.subject}'s {measure(a.claim)}"
    if expected is None or observed is None:
        return (
            f"{quote(a)} and {quote(b)} are both given as {what}: either one is wrong, or they are two "
            "different figures (another period, tranche or holder) that the article does not tell apart."
        )
    often = how_often(observed, expected, figures)
    return f"{quote(a)} and {quote(b)} are both given as {what} and cannot both be right; {often}."
