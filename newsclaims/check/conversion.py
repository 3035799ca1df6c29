"""Conversions: an amount restated in another currency at a rate that cannot be right.

"Pledged 102.16bn rupees ($2.3bn)", "£820m ($1.04bn)", "18.5 billion yen, or 120 mln dlrs": news gives a
foreign amount with its conversion right after it. Each such pair implies an exchange rate, and that rate
is checkable twice over, without knowing the article's date:
- against the article's other conversions between the same currencies: one rate ten times the others is a
  slipped digit or scale word on one side of that pair;
- against the band the two currencies have moved in since 1971 (`rules/exchange_rates.json`): a rupee worth a
  quarter of a dollar, or a pound worth twelve, was never true.
A slip on one side of a conversion is invisible to the magnitude check (the two figures never share digits),
which is why conversions get their own check.
"""

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from newsclaims.check.flag import Flag, quote
from newsclaims.check.phrasing import number_in_words
from newsclaims.check.quantities import Quantity
from newsclaims.check.view import ArticleView
from newsclaims.tables import load_table

# What may stand between an amount and its conversion: "(", ", or", "(about", ", equivalent to", ", worth".
_LINK = re.compile(r"\s*(?:\(|,?\s*or\b|,?\s*(?:equivalent|equal)\s+to\b|,?\s*worth\b)\s*")
_LINK_FILLER = re.compile(r"(?:about|around|roughly|some|approximately|nearly|almost|just|or|\(|\s)*")
# How far outside its currencies' band a rate must be to be flagged: the band is history's extremes, so a
# rate outside it by this factor is no rounding or old article.
BAND_MARGIN = 1.5
# How close to a power of ten (in log10) two of an article's rates must be apart to call one a slip.
SLIP_LOG_TOLERANCE = 0.25


@dataclass(frozen=True)
class Conversion:
    """An amount (`source`) and its restatement in another currency right after it (`target`)."""

    source: Quantity
    target: Quantity

    @property
    def pair(self) -> tuple[str, str]:
        return tuple(sorted((self.source.currency, self.target.currency)))

    @property
    def rate(self) -> float:
        """Units of the pair's second currency per unit of its first (direction-free)."""
        first, second = (self.source, self.target)
        if first.currency != self.pair[0]:
            first, second = second, first
        return second.value / first.value


def conversion_rates(article: ArticleView) -> Iterator[Flag]:
    """A flag per conversion whose rate is a power of ten off the article's other conversions between the
    same currencies, or far outside what the two currencies have ever been worth."""
    quantities = article.quantities
    conversions = list(article_conversions(quantities))
    by_pair: dict[tuple[str, str], list[Conversion]] = defaultdict(list)
    for conversion in conversions:
        by_pair[conversion.pair].append(conversion)
    flagged: set[tuple[str, str]] = set()
    for group in by_pair.values():
        for flag in _against_article(group):
            flagged.update((q.id for q in flag.cites[i : i + 2]) for i in range(0, len(flag.cites), 2))
            yield flag
    for conversion in conversions:
        if (conversion.source.id, conversion.target.id) not in flagged:
            flag = _against_history(conversion)
            if flag is not None:
                yield flag


def article_conversions(quantities: list[Quantity]) -> Iterator[Conversion]:
    """Pairs of money figures in two currencies where the second restates the first."""
    money = [q for q in quantities if q.type == "money" and q.value and q.currency]
    for a, b in pairwise(money):
        if a.currency == b.currency or a.sentence != b.sentence or a.per != b.per:
            continue
        at = a.after.find(b.mention.text.lower())
        if at < 0 or at > 30:
            continue
        gap = a.after[:at]
        if re.search(r"\beither\s+(?:for\s+)?$", a.before):
            continue  # 'for either 182.50 marks or 149.50 yen': two alternatives, not one amount restated
        link = _LINK.match(gap)
        if link and _LINK_FILLER.fullmatch(gap[link.end() :]):
            yield Conversion(a, b)


def _median_without(rates: list[float], rate: float) -> float:
    """`statistics.median` of the sorted `rates` with one copy of `rate` left out, in constant time (issue 18:
    a list of the others for every conversion of a long table was quadratic).

    >>> _median_without([1.0, 2.0, 3.0, 10.0], 10.0), _median_without([1.0, 2.0, 3.0, 10.0], 1.0)
    (2.0, 3.0)
    """
    gone = bisect_left(rates, rate)
    count = len(rates) - 1

    def at(position: int) -> float:
        return rates[position if position < gone else position + 1]

    if count % 2:
        return at(count // 2)
    return (at(count // 2 - 1) + at(count // 2)) / 2


def _against_article(group: list[Conversion]) -> Iterator[Flag]:
    """With two conversions a power of ten apart, one flag citing both (which one slipped, the text cannot
    tell); with three or more, a flag for each that is a power of ten off the rate the others agree on."""
    if len(group) < 2:
        return
    rates = sorted(c.rate for c in group)
    for conversion in group[1:] if len(group) == 2 else group:
        usual = _median_without(rates, conversion.rate)  # the others' median, without a list per conversion
        power = math.log10(conversion.rate / usual)
        if abs(round(power)) < 1 or abs(power - round(power)) > SLIP_LOG_TOLERANCE:
            continue
        others = [c for c in group if c is not conversion]
        majority = len(others) >= 2 and all(_near(c.rate, usual) for c in others)
        source, target = conversion.source, conversion.target
        expected = _convert(source, usual, conversion)
        message = (
            f"{quote(source)} is given as {quote(target)}, a rate {10 ** abs(round(power)):,} times "
            f"{'higher' if power > 0 else 'lower'} than "
        )
        if majority:
            message += (
                f"the article's {len(others)} other {' to '.join(conversion.pair)} conversions; at their rate "
                f"{quote(target)} would be about {number_in_words(expected)}"
            )
            cites = (source, target)
        else:
            other = others[0]
            message += f"{quote(other.source)} given as {quote(other.target)}: one of the figures looks slipped"
            cites = tuple(sorted((source, target, other.source, other.target), key=lambda q: q.mention.start))
        yield Flag(
            check="conversion_rate",
            severity="error" if majority else "warning",
            cites=cites,
            message=message + ".",
            observed=target.value if majority else None,
            expected=expected if majority else None,
            confidence=0.85 if majority else 0.65,
        )


def _against_history(conversion: Conversion) -> Flag | None:
    bands = usd_bands()
    first, second = conversion.pair
    if first not in bands or second not in bands:
        return None
    (low1, high1), (low2, high2) = bands[first], bands[second]
    low, high = low1 / high2, high1 / low2  # units of `second` per unit of `first`
    rate = conversion.rate
    if low / BAND_MARGIN <= rate <= high * BAND_MARGIN:
        return None
    # a rate that a power of ten puts back inside the band is a slipped figure; anything else is still a
    # conversion no market ever quoted, but the reason is less clear (a misread currency, a wrong pairing)
    power = round(math.log10(math.sqrt(low * high) / rate))
    slip = power != 0 and low <= rate * 10.0**power <= high
    confidence = 0.8 if slip else 0.6
    source, target = conversion.source, conversion.target
    message = (
        f"{quote(source)} is given as {quote(target)}, which values one {first} at {number_in_words(rate)} "
        f"{second}; since 1971 it has been worth between {number_in_words(low)} and {number_in_words(high)} {second}"
    )
    if slip:
        message += f": one of the two figures looks {10 ** abs(power):,} times too {'small' if power > 0 else 'big'}"
    return Flag(
        check="conversion_rate",
        severity="error" if slip else "warning",
        cites=(source, target),
        message=message + ".",
        observed=None,
        expected=None,
        confidence=confidence,
    )


def _near(rate: float, usual: float) -> bool:
    return abs(math.log10(rate / usual)) < SLIP_LOG_TOLERANCE


def _convert(source: Quantity, rate: float, conversion: Conversion) -> float:
    """`source`'s value in the other currency of the conversion at `rate` (a rate of the pair's direction)."""
    return source.value * rate if source.currency == conversion.pair[0] else source.value / rate


@cache
def usd_bands() -> dict[str, tuple[float, float]]:
    """Currency -> (lowest, highest) US dollars per unit since 1971."""
    data = load_table("exchange_rates")
    return {code: (low, high) for code, (low, high) in data["usd_per_unit"].items()}
