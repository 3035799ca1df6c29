"""Magnitude slips: one quantity written ten or a thousand times too big or too small.

"$40 billion" in one paragraph and "up to $400 billion" in another; "$646 million" for "$64.6 million";
"4.5 million" for "4.5 billion". What makes a pair a likely slip, measured on real articles with injected
slips (`make eval`): the same significant digits ("646" and "64.6") and a ratio of exactly ten, or of a
thousand with the scale words swapped. Chance rarely gives both. The claims' identity (`identity`) raises
the confidence; it is too noisy on real articles to veto a pair, so the counter-evidence that does is
structural:
- a series: three or more amounts with the same digits at different powers of ten and no one of them
  repeated ('10-franc', '100-franc' and '1,000-franc' shares) is a list, not a slip;
- a comparison: two figures in one sentence, one of them a bound ('80 mln punts, against bids higher than
  800 mln') are set side by side on purpose.
Those pairs, and tenfold pairs whose digits differ, are reported as `info` at most.
"""

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from newsclaims.check.flag import SEVERITY_RANK, Flag, how_often, odd_one_out, quote, severity_for
from newsclaims.check.identity import identity, thresholds
from newsclaims.check.pair_features import KIND_FAMILIES, compared, in_results_table, instance_words
from newsclaims.check.phrasing import kinds_differ
from newsclaims.check.quantities import Quantity, significant_digits
from newsclaims.check.view import ArticleView
from newsclaims.check.words import pattern, phrase_lists
from newsclaims.numbers.scales import scale_name, scale_pattern, scale_ratio

_STATED_RATIO = pattern("stated_ratio")
_OTHER_ONE = frozenset(phrase_lists()["another_one"])
_LOWER_OR_UPPER_BOUND = frozenset({"more_than", "at_least", "less_than", "range"})
_SAME_SIZE = 3.0  # a comparison within a factor of three pins a figure's size (`_each_pinned_by_a_comparison`)
_SLACK = 1e-9  # rounding of the logarithms: the window errs wide, `tenfold_power` decides


def magnitude_slips(article: ArticleView) -> Iterator[Flag]:
    """A flag per pair of money figures, or of percentages, that are a slip of a power of ten apart."""
    quantities = article.quantities
    money = [q for q in quantities if q.value and q.type in ("money", "percent")]
    money += [end for q in quantities if q.type in ("money", "percent") for end in range_ends(q)]
    money.sort(key=lambda q: q.mention.start)
    pairs = [(a, b) for a, b in tenfold_pairs(money) if a.id != b.id]
    flags = [flag for a, b in pairs if (flag := _slip(a, b, money)) is not None]
    yield from _one_per_slip(flags, _named_apart(pairs))
    yield from _ranges_running_down(quantities)


# how a range is joined when it runs downwards: 'between 7000 mln and one billion', '260-28 billion', and 'X to Y'
# after words that state an amount ('a loss of', 'estimated at', 'sees'), not after a move ('fell 25 dlrs to 3 dlrs')
_BETWEEN = re.compile(r"\bbetween\s+$")
_STATED = re.compile(
    r"\b(?:of|at|is|are|was|were|be|been|estimated|estimates?|sees?|expects?|forecasts?|projects?|predicts?|"
    r"about|around|roughly|some|range|ranging)\s+$"
)


_RANGE_SPAN = 100  # 'between 1.1 million and 1.25 billion dlrs': no range of one amount spans a hundredfold


def _two_scales(text: str) -> bool:
    """Whether a range names two scale words ('1.1 million and 1.25 billion'): a slipped scale word shows so; a
    range of permitted sizes ('between 25 and 5,000 stg') names none."""
    lowered = text.lower()
    match = scale_pattern().search(lowered)
    if match is None:
        return False
    second = scale_name(lowered[match.end() :])
    return second is not None and second != scale_name(lowered)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[a-z]+\s+)?$")


def _ranges_running_down(quantities: list[Quantity]) -> Iterator[Flag]:
    """Two amounts written as a range whose first end is the larger ('between 7000 mln and one billion dlrs',
    '1500-200 mln dlr', 'a loss of 25 dlrs to three dlrs a share'): no range runs downwards, so one end is
    slipped. (The value readers give such a pair as two amounts, the unit written once shared.)"""
    for q in quantities:
        if (
            q.type == "money"
            and q.qualifier == "range"
            and q.low
            and q.high
            and q.high / q.low >= _RANGE_SPAN
            and _two_scales(q.mention.text)
        ):
            yield Flag(
                check="magnitude_slip",
                severity="warning",
                cites=(q,),
                message=(
                    f"The range {quote(q)} spans {q.high / q.low:,.0f} times from one end to the other, so one end "
                    "looks slipped (a scale word or a zero)."
                ),
                observed=q.high,
                expected=q.low,
                confidence=0.55,
            )
    money = [q for q in quantities if q.type == "money" and q.value and q.qualifier == "exact"]
    for first, second in pairwise(money):
        if first.sentence != second.sentence or first.currency != second.currency or first.value <= second.value:
            continue
        gap = second.before[len(first.before) + len(first.mention.text) :]
        joined = (
            (gap.strip() == "and" and _BETWEEN.search(first.before))
            or gap in ("-", "\u2013", "\u2014")
            or (gap.strip() == "to" and _STATED.search(first.before))
        )
        if not joined or _FROM_BEFORE.search(first.before) or second.value == 1:
            continue  # 'slumping from around 800 mln dlrs to 200 mln': a move; 'pegged at 7.80 to one dollar': a rate
        yield Flag(
            check="magnitude_slip",
            severity="warning",
            cites=(first, second),
            message=(
                f"The range from {quote(first)} to {quote(second)} runs downwards: {quote(first)} is "
                f"{first.value / second.value:.3g} times {quote(second)}, so one end looks slipped (a zero, a decimal "
                "point or a scale word)."
            ),
            observed=first.value,
            expected=second.value,
            confidence=0.6,
        )


_RANGE_END_SCORE = 0.5  # the pair score a range's end needs to be taken as a copy of a figure


def range_ends(q: Quantity) -> list[Quantity]:
    """The two ends of a range ('100 to 250 mln dlrs') as figures of their own, each a copy a slip can hit
    ('250 bln dlrs' elsewhere); none for a point or a bound."""
    if q.value is not None or q.qualifier != "range" or not (0 < q.low < q.high < math.inf):
        return []
    return [replace(q, value=end, digits=significant_digits(f"{end:.12g}".split("e")[0])) for end in (q.low, q.high)]


def _one_range(a: Quantity, b: Quantity) -> bool:
    """Two ranges whose both ends are the same power of ten apart ('150-200 mln dlrs' and '150-200 bln dlrs'):
    one range written twice, one copy slipped."""
    if a.qualifier != "range" or b.qualifier != "range" or not (a.low and a.high and b.low and b.high):
        return False
    return math.isclose(a.low / b.low, a.high / b.high) and not math.isclose(a.low, b.low)


def _named_apart(pairs: list[tuple[Quantity, Quantity]]) -> set[str]:
    """The mention ids of figures the words around them name as another instance than a figure of the pair
    ('$4.5 million' of a 'seed round' against the '$45 million' of a 'Series B'): a slip of such a figure
    would have to be a slip against every copy of the other figure, and one copy already says it is another."""
    return {q.id for a, b in pairs if slip_power(a, b) and _instances_differ(a, b) for q in (a, b)}


def _one_per_slip(flags: list[Flag], named_apart: set[str] = frozenset()) -> list[Flag]:
    """One problem, one finding: the pairs of one slipped figure with each copy of the figure the article
    repeats ('$2.3 billion' twice against '$230 million') become one flag citing all of them, at the
    strongest pair's severity; or at the weakest, when the words around one copy name it as another instance
    than the slipped figure (`_named_apart`): the headline's '$45 million' then does not make the seed
    round's '$4.5 million' a slip of the Series B."""
    merged: dict[str, Flag] = {}
    rest: list[Flag] = []
    for flag in flags:
        odd = _odd_one(flag)
        if odd is None:
            rest.append(flag)
            continue
        first = merged.get(odd)
        if first is None:
            merged[odd] = flag
            continue
        cites = {q.id: q for q in (*first.cites, *flag.cites)}
        rank = (lambda f: (SEVERITY_RANK[f.severity], -f.confidence)) if odd in named_apart else (
            lambda f: (-SEVERITY_RANK[f.severity], f.confidence)
        )  # fmt: skip
        chosen = max((first, flag), key=rank)
        merged[odd] = replace(chosen, cites=tuple(sorted(cites.values(), key=lambda q: q.mention.start)))
    return [*rest, *merged.values()]


def _odd_one(flag: Flag) -> str | None:
    """The mention id of the figure a flag calls the likely slip (the side stated fewer times), if any."""
    if flag.observed is None or flag.expected is None:
        return None
    sides = [q for q in flag.cites if q.value == flag.observed]
    return sides[0].id if len(sides) == 1 else None


def tenfold_pairs(figures: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The pairs (a, b), a before b, that can be a slip: one type, currency and unit, and values a power of
    ten apart as `tenfold_power` reads them; ordered as the nested loop over `figures` would meet them.

    Each figure looks its partners up by the logarithm of their value in a sorted list of its bucket (one per
    type, currency and unit), within the tolerance its own precision and the bucket's largest allow, instead
    of trying every pair (issue 18: 8 million slip tests for 4,000 mentions). The window is a little wider
    than the test, which `_slip` then makes exactly, so no pair is lost or gained."""
    buckets: dict[tuple, list[tuple[float, int]]] = {}
    for position, q in enumerate(figures):
        buckets.setdefault((q.type, q.currency, q.per, q.percent_kind), []).append((math.log10(abs(q.value)), position))
    found: list[tuple[int, int]] = []
    for members in buckets.values():
        members.sort()
        logs = [log for log, _ in members]
        loosest = max(figures[position].precision for _, position in members)
        for log_a, i in members:
            tolerance = figures[i].precision + loosest
            for power in (-3, -2, -1, 1, 2, 3):
                # a/b = 10**power * (1 +- tolerance), and log10(a/b) rounds to power
                low = power + max(math.log10(1 - tolerance) if tolerance < 1 else -math.inf, -0.5) - _SLACK
                high = power + min(math.log10(1 + tolerance), 0.5) + _SLACK
                first, last = bisect_left(logs, log_a - high), bisect_right(logs, log_a - low)
                found.extend((i, j) for _, j in members[first:last] if j > i)
    found.sort()
    return [(figures[i], figures[j]) for i, j in found]


def tenfold_power(a: Quantity, b: Quantity, *, tolerance: float | None = None) -> int:
    """k when a/b is 10**k (|k| <= 3) within both figures' written precision, else 0."""
    return power_of_ten(a.value / b.value, a.precision + b.precision if tolerance is None else tolerance)


def power_of_ten(ratio: float, tolerance: float) -> int:
    """k when `ratio` is 10**k (|k| <= 3) within `tolerance`, else 0.

    >>> power_of_ten(10.0, 0.001), power_of_ten(-0.001, 0.001), power_of_ten(9.0, 0.01), power_of_ten(1e4, 0.01)
    (1, -3, 0, 0)
    """
    ratio = abs(ratio)
    power = round(math.log10(ratio))
    if power == 0 or abs(power) > 3:
        return 0
    return power if abs(ratio / 10.0**power - 1) <= tolerance else 0


def slip_power(a: Quantity, b: Quantity) -> int:
    """k when `b` looks like `a` with a slip of 10**k: the same digits and a ratio of exactly ten (a digit or a
    point slipped), or of the two scale words' ratio ('billion' for 'million'); else 0."""
    if a.currency != b.currency:
        return 0
    power = tenfold_power(a, b)
    if not power or not a.digits or a.digits != b.digits:
        return 0
    swapped_scale = bool(a.scale and b.scale and a.scale != b.scale)
    # a swapped scale word moves the figure by exactly the two words' ratio (million/billion 1000, lakh/crore 100)
    ratio = scale_ratio(a.scale, b.scale)
    scale_slip = swapped_scale and ratio is not None and round(math.log10(ratio)) == power
    # a figure in words slips by its scale word ('seven million' for 'seven billion'), not by a digit; but its
    # copy in digits can have its point slipped ('thirty-eight million pounds' and '£3.8m'), where the digits
    # are more than one ('ten' and '1' meet by chance)
    one_in_digits = not (a.spelled and b.spelled) and len(a.digits) >= 2
    digit_slip = abs(power) == 1 and (not (a.spelled or b.spelled) or one_in_digits)
    return power if digit_slip or scale_slip else 0


def slip_context(a: Quantity, b: Quantity, money: list[Quantity]) -> tuple[bool, bool]:
    """(series, compared): whether the pair sits in a list of powers of ten, or side by side in one
    sentence as a comparison or a bound."""
    # a list of powers of ten spans a few of them, written together ('10-franc, 100-franc and 1,000-franc
    # shares', within two sentences of a copy of either figure): a bond's 1,000-dollar denominations say
    # nothing of its 100 million issue size, nor does a figure paragraphs away
    low, high = min(abs(a.value), abs(b.value)) / 100, max(abs(a.value), abs(b.value)) * 100
    copies = [q for q in money if q.currency == a.currency and q.per == a.per and q.value in (a.value, b.value)]
    near = {n for q in copies for n in range(q.sentence - 2, q.sentence + 3)}
    members = [
        q
        for q in money
        if q.digits == a.digits
        and q.currency == a.currency
        and q.per == a.per
        and low <= abs(q.value) <= high
        and (q.sentence in near or q.value in (a.value, b.value))
    ]
    values = Counter(q.value for q in members)
    # a list is written together, two of its sizes in one sentence ('10-franc, 100-franc and 1,000-franc shares'),
    # or climbs by tens; a headline's 100 mln, the lead's 1,000 mln and a one mln denomination are no list
    by_sentence: dict[int, set[float]] = {}
    for q in members:
        by_sentence.setdefault(q.sentence, set()).add(q.value)
    listed = any(len(sizes) >= 2 for sizes in by_sentence.values())
    # or a ladder, each size ten times the one before ('1,000-franc bonds' ... '100-franc shares' ... '10-franc')
    sizes = sorted(abs(v) for v in values)
    ladder = any(
        math.isclose(sizes[i + 1], 10 * sizes[i]) and math.isclose(sizes[i + 2], 10 * sizes[i + 1])
        for i in range(len(sizes) - 2)
    )
    series = len(values) >= 3 and sum(1 for count in values.values() if count >= 2) != 1 and (listed or ladder)
    side_by_side = a.sentence == b.sentence and (
        a.qualifier in _LOWER_OR_UPPER_BOUND or b.qualifier in _LOWER_OR_UPPER_BOUND or compared(a, b)
    )
    return series, side_by_side or _ratio_stated(a, b, copies)


def _ratio_stated(a: Quantity, b: Quantity, money: list[Quantity]) -> bool:
    """Whether the text says the two are a power of ten apart on purpose: in their one sentence ('spent £31m,
    ten times the £3.1m of a year ago'), right before either figure ('a tenth of the $45 million'), or after
    either figure or a copy of it as what that figure is ('a $360m buyback, about a tenth of its market
    value'): a figure stated as a tenth of another is no slip of it, wherever the article repeats it."""
    if a.sentence == b.sentence and _STATED_RATIO.search(a.claim.sentence_text):
        return True
    copies = [q for q in money if q.currency == a.currency and q.per == a.per and q.value in (a.value, b.value)]
    return any(_STATED_RATIO.search(q.before[-30:]) or _STATED_RATIO.search(q.after) for q in (a, b, *copies))


def _slip(a: Quantity, b: Quantity, money: list[Quantity]) -> Flag | None:
    if a.currency != b.currency:
        return None
    power = tenfold_power(a, b)
    if not power:
        return None
    same = identity(a, b)
    if not same.comparable:
        return None
    if (a.qualifier == "range" or b.qualifier == "range") and same.score < _RANGE_END_SCORE and not _one_range(a, b):
        return None  # a range's end ('five to 10 dlrs') meets a figure of its own size only as one quantity
    same_digits = bool(a.digits) and a.digits == b.digits
    swapped_scale = bool(a.scale and b.scale and a.scale != b.scale)
    if slip_power(a, b):
        confidence = 0.6 + 0.4 * same.score + (0.05 if len(a.digits) >= 3 else 0.0)
        partner = _shared_partner(a, b, money)
        caveat = _caveat(a, b, money) or (None if partner else _two_quantities(a, b))
        if caveat:
            confidence = min(confidence, 0.45)
        elif partner:
            # 'Revs 98.7 mln vs 67.9 mln' and 'revenues of 98.7 mln dlrs, up from 679 mln': each told beside the
            # same other figure, so one comparison told twice, whatever kinds the claims gave the two
            confidence = max(confidence, 0.7)
    elif (a.qualifier == "approx") != (b.qualifier == "approx"):
        # a rounded restatement of a slipped figure ('about $65 billion' vs '$646 million'): only when the
        # claims clearly say one quantity
        confidence = 0.6 if same.score >= thresholds()["error"] else same.score - 0.5
        caveat = None
    else:
        return None
    observed, expected = odd_one_out(a, b, money)
    if a.type == "percent" and not _same_claim(a, b, expected):
        # '1%' and '10%', '13%' and '1.3%' turn up side by side by chance in most economic stories: a
        # percent is only called a slip when both claims name one attribute of one holder and the article
        # repeats one side
        confidence = min(confidence, 0.45)
        caveat = caveat or "percentages a power of ten apart are common by chance"
    if a.qualifier == "range" or b.qualifier == "range":
        confidence = min(confidence, 0.7)  # a range's end is a weaker copy than a figure stated on its own: no error
    confidence = round(min(confidence, 0.99), 2)
    severity = severity_for(confidence, error=0.75, warning=0.55, info=0.3)
    if severity is None:
        return None
    message = _how(a, b, power, same_digits, swapped_scale)
    reasons = "; ".join(same.reasons)
    if reasons:
        message += f"; {reasons}"
    if caveat and caveat not in same.reasons:
        message += f"; {caveat}"
    if expected is not None and observed is not None:
        message += f"; {how_often(observed, expected, money)}, so {quote(observed)} is the likely slip"
    return Flag(
        check="magnitude_slip",
        severity=severity,
        cites=(a, b),
        message=message + ".",
        observed=observed.value if observed else None,
        expected=expected.value if expected else None,
        confidence=confidence,
    )


def _same_claim(a: Quantity, b: Quantity, expected: Quantity | None) -> bool:
    ca, cb = a.claim, b.claim
    return bool(
        expected is not None and ca.attribute_key and ca.attribute_key == cb.attribute_key
        and ca.subject and ca.subject == cb.subject
    )  # fmt: skip


def _how(a: Quantity, b: Quantity, power: int, same_digits: bool, swapped_scale: bool) -> str:
    factor = f"{10 ** abs(power):,}"
    big, small = (a, b) if power > 0 else (b, a)
    times = f"{quote(big)} is {factor} times {quote(small)}"
    if same_digits and swapped_scale:
        return f"{times} with the same digits: '{big.scale}' and '{small.scale}' look swapped"
    if same_digits:
        return f"{times} with the same digits: a decimal point or a zero looks slipped"
    return f"{quote(big)} is about {factor} times {quote(small)}"


def _caveat(a: Quantity, b: Quantity, money: list[Quantity]) -> str | None:
    """Why a slip-shaped pair is more likely meant: a series of powers of ten, or a comparison."""
    series, compared = slip_context(a, b, money)
    if series:
        return "the article has several amounts with these digits, which reads as a list"
    if compared:
        if _ratio_stated(a, b, money):
            return "the text states the ratio between them"
        if a.qualifier in _LOWER_OR_UPPER_BOUND or b.qualifier in _LOWER_OR_UPPER_BOUND:
            return "one sentence sets them side by side as bounds"
        # a comparison of the same digits exactly ten times apart ('Qtly div 300 cts vs 30 cts prior', 'Net 14 mln
        # vs 1.4 mln') is no caveat: not one such pair in 3,600 published wire stories (tune half), and the
        # shape a slipped copy of a repeated figure takes in a results line
    if _scaled_together(a, b):
        return "their sentences scale another figure by the same factor, which reads as two sizes of one thing"
    if _percent_gives_the_ratio(a, b, money):
        return "a percentage in their sentences is their ratio ('a 10% stake for $12m' of a company valued at $120m)"
    if _each_pinned_by_a_comparison(a, b, money):
        return "each is compared with a figure of its own size in its sentence, so neither reads as out of scale"
    return None


def _percent_gives_the_ratio(a: Quantity, b: Quantity, money: list[Quantity]) -> bool:
    """Whether a percentage stated in either figure's sentence is the two figures' ratio: 'bought a further 10%
    of Caddo for $12 million' and 'the price values Caddo at $120 million' are a part and its whole, not a
    slip. Only a stake or a share bought counts: a bond's '10 pct' coupon says nothing of its size."""
    ratio = min(abs(a.value), abs(b.value)) / max(abs(a.value), abs(b.value)) * 100
    return any(
        q.type == "percent"
        and q.claim.kind in ("stake", "deal")
        and q.value
        and q.sentence in (a.sentence, b.sentence)
        and abs(q.value / ratio - 1) < 0.01
        for q in money
    )


def _each_pinned_by_a_comparison(a: Quantity, b: Quantity, money: list[Quantity]) -> bool:
    """Whether each figure is set against another of about its own size in its sentence, and neither against
    one of the other's size: 'health products profits rose to 6.5 mln from 5.4 mln' and 'a cash surplus higher
    at 54 mln stg, compared to 26 mln'. A comparison pins a figure's size (a slip would make the move ten
    times too steep), so two figures that each agree with what they are compared with are two quantities
    that share digits by chance. (Measured on dev-news tuning stories 1,501-3,638: 4 of 17 slip alarms on
    published stories met this, and none of 1,668 injected slips found.)"""
    return (
        _compared_with_size(a, a.value, money)
        and _compared_with_size(b, b.value, money)
        and not _compared_with_size(a, b.value, money)
        and not _compared_with_size(b, a.value, money)
    )


def _compared_with_size(q: Quantity, value: float, money: list[Quantity]) -> bool:
    """Whether the figure's sentence compares it (`compared`: 'to X from Y', 'X vs Y', 'X, against Y') with
    another figure of its type, currency and unit within a factor of `_SAME_SIZE` of `value` (the figure's
    own value, or its partner's). Not on a results-table line: a quarter against the year before moves
    tenfold often enough ('Revs 40.9 mln vs 4,794,000' for a company in its first year) to pin nothing."""
    if in_results_table(q):
        return False
    return any(
        other.sentence == q.sentence
        and other.value != q.value
        and (other.type, other.currency, other.per) == (q.type, q.currency, q.per)
        and 1 / _SAME_SIZE <= abs(other.value / value) <= _SAME_SIZE
        and compared(q, other)
        for other in money
    )


_PLAIN_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w.]\d)")


def _scaled_together(a: Quantity, b: Quantity) -> bool:
    """Whether each figure's sentence has another number, the one a power of ten of the other by the same
    factor as the figures: 'Each 1,000 mark bond carries warrants worth 500 dlrs' and 'each 10,000 mark
    bond carries warrants worth 5,000 dlrs' are two sizes of one thing, not a slip."""
    if a.sentence == b.sentence:
        return False
    ratio = b.value / a.value
    others_a = _other_numbers(a)
    return any(x and abs(y / x / ratio - 1) < 0.001 for y in _other_numbers(b) for x in others_a)


def _other_numbers(q: Quantity) -> list[float]:
    """The numbers of the figure's sentence other than its own (years left out)."""
    text, at = q.claim.sentence_text, q.at
    if at >= 0:
        text = text[:at] + " " + text[at + len(q.mention.text) :]
    numbers = []
    for match in _PLAIN_NUMBER.finditer(text):
        value = float(match.group().replace(",", ""))
        if not (1900 <= value <= 2100 and "." not in match.group()):
            numbers.append(value)
    return numbers


def _shared_partner(a: Quantity, b: Quantity, money: list[Quantity]) -> bool:
    """Whether the two figures, in two sentences, each sit beside a copy of one other figure of theirs (the new
    figure of a move and its earlier one, in a results table and in the text): one comparison told twice."""
    if a.sentence == b.sentence:
        return False
    beside_a = {(q.value, q.currency, q.per) for q in money if q.sentence == a.sentence and q.id != a.id}
    beside_b = {(q.value, q.currency, q.per) for q in money if q.sentence == b.sentence and q.id != b.id}
    shared = {key for key in beside_a & beside_b if key[0] not in (a.value, b.value) and key[1] == a.currency}
    return len(shared) == 1


def _two_quantities(a: Quantity, b: Quantity) -> str | None:
    """Why two slip-shaped figures are two quantities, on evidence that holds up when one figure of a
    repeated amount is changed (the injection benchmark): kinds that never measure one thing together (a
    price and a valuation, a revenue and a profit); words around each naming different instances of a
    thing (a 'term loan' and a 'letter of credit', a 'Series B' and a 'seed' round); or words around one
    saying it is another one ('a separate
    EUR80m facility', 'a year earlier', 'rival TripStack'). A different holder or date is not enough: the
    claims of two copies of one figure disagree on those often (measured on dev-news: recall on injected x10
    slips fell by six points with different dates as a reason, and stopped no trap of the planted suite)."""
    family_a, family_b = KIND_FAMILIES.get(a.claim.kind), KIND_FAMILIES.get(b.claim.kind)
    same_attribute = bool(a.claim.attribute_key) and a.claim.attribute_key == b.claim.attribute_key
    headline = min(a.sentence, b.sentence) == 0  # a headline's verb says less of what its figure is
    if family_a and family_b and family_a != family_b and not same_attribute and not headline:
        return kinds_differ(a.claim.kind, b.claim.kind)
    named_a, named_b = instance_words(a), instance_words(b)
    if named_a and named_b and not (named_a & named_b):
        words = sorted(named_a | named_b)
        return f"the words around them name different ones ({', '.join(repr(w) for w in words[:3])})"
    other = (named_a ^ named_b) & _OTHER_ONE
    if other:
        return f"the words around one of them say it is another one ({', '.join(repr(w) for w in sorted(other)[:3])})"
    if _per_item(a) != _per_item(b):
        return "one of them is what each one gets, the other a whole"
    if bool(_SEPARATELY_NEW.search(a.before[-80:])) != bool(_SEPARATELY_NEW.search(b.before[-80:])):
        return "one of them was arranged separately"
    return None


# 'The carrier has separately arranged 5 billion rupees of working capital lines'; 'Separately, the company
# arranged a $200 million bridge facility': another instrument. ('Separately' alone only changes the subject, and
# a story may restate a figure after it: measured on the corpus injections.)
_SEPARATELY_NEW = re.compile(
    r"\bseparately,?\s+(?:[\w'-]+\s+){0,3}?(?:arranged|agreed|signed|raised|secured|borrowed|took\s+out|obtained|"
    r"set\s+up|launched|issued|sold|bought|won|received)\b[^.]*$",
    re.IGNORECASE,
)


_AT_A_PRICE = re.compile(r"\b(?:at|for|of)\s*$")
_PER_ITEM_AFTER = re.compile(r"^\s*(?:each|apiece|a piece)\b")
_PER_ITEM_BEFORE = re.compile(
    r"\beach(?:\s+of\s+(?:the|them|its|their))?(?:\s+[a-z-]+){0,3}?\s+(?:to\s+|will\s+|would\s+|is\s+to\s+)?"
    r"(?:receiv|get|gets|getting|got|tak|paid|pays|paying|contribut|invest|put|puts|putting|gave|given|giv)\w*"
    r"(?:\s+(?:up\s+to|about|around|roughly|some|nearly|almost))?\s*$"
)


def _per_item(q: Quantity) -> bool:
    """Whether the figure is what each of several gets or gives: '$240,000 each', 'with each school receiving
    $240,000', 'each of the partners will put in $5m'. Such a share of an even split is a tenth of its whole
    as often as not, so the pair is a share and its whole. ('for each 1,000 dlrs' and 'warrants at 1.55 dlrs
    each' are units and prices, not shares: the pattern wants the one who gets or gives.)"""
    unit_price = _AT_A_PRICE.search(q.before[-12:])  # 'warrants at 1.55 dlrs each' is a price per unit
    return bool((_PER_ITEM_AFTER.search(q.after) and not unit_price) or _PER_ITEM_BEFORE.search(q.before[-60:]))


def _instances_differ(a: Quantity, b: Quantity) -> bool:
    """Whether the words around the two name different instances, or around one that it is another one."""
    named_a, named_b = instance_words(a), instance_words(b)
    return bool(named_a and named_b and not (named_a & named_b)) or bool((named_a ^ named_b) & _OTHER_ONE)
