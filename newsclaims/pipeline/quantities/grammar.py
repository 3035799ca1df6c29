"""The shape of a quantity phrase: [qualifier] amount [connector amount] [suffix qualifier].

Reads the pieces from `lexicon.lex` and returns the amounts with what each one carries (number, scale,
currency or percent unit). It knows nothing of money or percent values: `money.py` and `percent.py` turn
a `Phrase` into their values.
"""

import math
import re
from dataclasses import dataclass, field

from newsclaims.pipeline.quantities.lexicon import Piece, lex

RANGE_CONNECTORS = {"-", "–", "—", "to", "through"}


@dataclass
class Amount:
    """One number with its scale and unit, e.g. '$3 billion' or '15%'."""

    number: float
    scale: float | None = None
    currency: str | None = None  # ISO code, or '$' for the dollar family
    minor: float | None = None  # factor of a minor unit: 'cents' -> 0.01
    percent_kind: str | None = None  # 'percent' or 'points'
    percent_factor: float | None = None

    @property
    def has_unit(self) -> bool:
        return self.currency is not None or self.percent_kind is not None


@dataclass
class Phrase:
    """A parsed quantity phrase."""

    qualifier: str | None
    amounts: list[Amount] = field(default_factory=list)

    @property
    def is_range(self) -> bool:
        return len(self.amounts) == 2


def parse_phrase(text: str) -> Phrase | None:
    """The structure of a quantity phrase, or None when `text` is not one.

    >>> phrase = parse_phrase("$3-5 billion")
    >>> [(a.number, a.scale, a.currency) for a in phrase.amounts]
    [(3.0, 1000000000.0, '$'), (5.0, 1000000000.0, '$')]
    >>> parse_phrase("2012").amounts[0].has_unit
    False
    >>> parse_phrase("2012-13") is None  # a range never runs downwards
    True
    >>> parse_phrase("20 dollars and 43 cents").amounts[0].number
    20.43
    """
    pieces = lex(text)
    if not pieces:
        return None
    pieces = _drop_leading_determiners(pieces)
    qualifier = None
    if pieces and pieces[0].kind == "qualifier":
        qualifier = pieces[0].value
        pieces = _drop_leading_determiners(pieces[1:])  # 'around a two pct'

    suffix_qualifier = None
    if pieces and pieces[-1].kind == "plus":
        suffix_qualifier = pieces[-1].value
        pieces = pieces[:-1]
    first, rest = _read_amount(pieces)
    if first is None:
        return None
    if qualifier != "range":  # 'between $20 and 43' is no $20.43
        first, rest = _add_minor_part(first, rest)
    amounts = [first]
    if rest:
        connector = rest[0]
        if connector.kind != "connector":
            return None
        if qualifier == "range" and connector.value not in ("and", "-", "–", "—"):
            return None  # 'between $3 billion and $5 billion', 'between £40m-£50m'; never 'between 3 to 5'
        if qualifier != "range" and connector.value not in RANGE_CONNECTORS | {"or"}:
            return None
        second, rest = _read_amount(rest[1:])
        if second is None or rest:
            return None
        if connector.value == "or" and first.has_unit:
            return None  # '14 or 15 billion marks' is a range; '$5 million or 50 cents' restates an amount
        amounts.append(second)
        if not _share_units(first, second):
            return None
        qualifier = "range"
    elif qualifier == "range":  # 'between $3 billion' with no second bound
        return None
    if suffix_qualifier and qualifier is None:
        qualifier = suffix_qualifier
    return Phrase(qualifier, amounts)


def descending_pair(text: str) -> tuple[Amount, tuple[int, int], Amount, tuple[int, int]] | None:
    """A pair written as a range that runs downwards ('1500 mln to 200 mln dlrs', 'between 700 bln and one billion
    dlrs', '260-28 billion dlrs'): no range, but two amounts, each with the unit written once ('dlrs', and the
    scale where the first has none). Only amounts with a scale word: 'between 3 and 1 dollars' is nothing.
    (first, its span, second, its span), spans as offsets into `text`; None for anything else, and for a pair
    with no unit at all ('2012-13').

    >>> first, span, second, _ = descending_pair("1500 mln to 200 mln dlrs")
    >>> (first.number * first.scale, first.currency, span)
    (1500000000.0, '$', (0, 8))
    """
    pieces = _drop_leading_determiners(lex(text) or [])
    if pieces and pieces[0].kind == "qualifier":
        if pieces[0].value != "range":
            return None
        pieces = pieces[1:]
    if not pieces:
        return None
    first_start = pieces[0].start
    first, rest = _read_amount(pieces)
    if first is None or len(rest) < 2 or rest[0].kind != "connector":
        return None
    if rest[0].value not in RANGE_CONNECTORS | {"and"}:
        return None
    if "/" in rest[1].text:
        return None  # '2.88-1/4 dlrs': a price with its fraction, no pair
    if first.currency is None and rest[1].kind == "currency":
        return None  # 'rose in 2025 to $5 billion': a sign written before the second only is the second's
    first_end = len(text[: rest[0].start].rstrip())
    second_start = rest[1].start
    second, left = _read_amount(rest[1:])
    if second is None or left or not second.has_unit or second.percent_kind is not None:
        return None
    if first.scale is None and second.scale is None:
        return None  # 'between 3 and 1 dollars' is no amount at all; a slip worth telling has a scale word
    if first.has_unit and (first.currency, first.percent_kind) != (second.currency, second.percent_kind):
        return None
    if first.scale is None and second.scale is not None:
        if rest[0].value not in ("-", "–", "—"):
            return None  # only a hyphenated pair shares a scale written once: '260-28 billion dlrs'
        first.scale = second.scale
    if first.number * (first.scale or 1) * (first.minor or 1) <= second.number * (second.scale or 1) * (
        second.minor or 1
    ):
        return None  # it runs upwards: a range, read by `parse_phrase`
    for name in ("currency", "minor"):
        if getattr(first, name) is None:
            setattr(first, name, getattr(second, name))
    return first, (first_start, first_end), second, (second_start, len(text.rstrip()))


def bounds(phrase: Phrase, values: list[float]) -> tuple[float | None, float | None, float | None, str]:
    """(value, low, high, qualifier) of a phrase whose amounts are `values`, as the output contract has them:
    'up to X' -> (X, None, X, 'at_most'); 'X-Y' -> (None, X, Y, 'range'). A number past what a float holds
    (309 digits and more) has no value: the mention stays, with every number null."""
    if not all(math.isfinite(value) for value in values):
        return None, None, None, "range" if phrase.is_range else phrase.qualifier or "exact"
    if phrase.is_range:
        low, high = sorted(values)
        return None, low, high, "range"
    (value,) = values
    qualifier = phrase.qualifier or "exact"
    low = value if qualifier in ("at_least", "more_than") else None
    high = value if qualifier in ("at_most", "less_than") else None
    return value, low, high, qualifier


def _drop_leading_determiners(pieces: list[Piece]) -> list[Piece]:
    # 'a $40 billion loan': the article is not part of the amount. But 'a billion dollars' keeps its 'a'.
    while (
        len(pieces) > 1
        and pieces[0].text.lower() in ("a", "an", "the")
        and pieces[1].kind
        in (
            "currency",
            "number",
            "qualifier",
        )
    ):
        pieces = pieces[1:]
    return pieces


def _read_amount(pieces: list[Piece]) -> tuple[Amount | None, list[Piece]]:
    """Read `[currency] number [-] [scale...] [currency|minor|percent]` from the front of `pieces`."""
    index = 0
    currency = None
    negative = bool(pieces) and pieces[0].kind == "sign"
    if negative:
        index += 1
    if index < len(pieces) and pieces[index].kind == "currency":
        currency = pieces[index].value
        index += 1
    if index >= len(pieces) or pieces[index].kind != "number" or (negative and currency is None):
        return None, pieces
    amount = Amount(number=float(pieces[index].value) * (-1 if negative else 1), currency=currency)
    index += 1
    # '$40-billion': a hyphen between the number and its scale word.
    if (
        index + 1 < len(pieces)
        and pieces[index].kind == "connector"
        and pieces[index].value == "-"
        and pieces[index + 1].kind == "scale"
    ):
        index += 1
    while index < len(pieces) and pieces[index].kind == "scale":
        amount.scale = (amount.scale or 1.0) * float(pieces[index].value)
        index += 1
    # '10-billion-euro', '4-percent', '25-basis-point', '50-cent': a hyphen before the unit word.
    if (
        index + 1 < len(pieces)
        and pieces[index].kind == "connector"
        and pieces[index].value == "-"
        and pieces[index + 1].kind in ("currency", "percent", "minor")
        and pieces[index + 1].text[0].isalpha()
    ):
        index += 1
    if index < len(pieces):
        piece = pieces[index]
        if piece.kind == "currency" and currency is None:
            amount.currency = piece.value
            index += 1
        elif piece.kind == "minor" and currency is None:
            amount.currency = piece.value
            amount.minor = piece.extra
            index += 1
        elif piece.kind == "percent" and currency is None:
            amount.percent_kind = piece.value
            amount.percent_factor = piece.extra
            index += 1
    return amount, pieces[index:]


def _add_minor_part(amount: Amount, rest: list[Piece]) -> tuple[Amount, list[Piece]]:
    """'20 dollars 43 cents', '$20 and 43c', 'one dollar and forty-two cents': a major amount and a minor
    one of the same currency make one amount."""
    if amount.currency is None or amount.minor is not None or amount.scale is not None:
        return amount, rest
    index = 1 if rest and rest[0].kind == "connector" and rest[0].value == "and" else 0
    if len(rest) == index + 1 and rest[index].kind == "number" and _bare_minor(rest[index]):
        # '2 dollars 50', 'thirteen dollars forty five': cents with no unit, ending the phrase
        amount.number += rest[index].value * 0.01
        return amount, []
    if len(rest) != index + 2 or rest[index].kind != "number" or rest[index + 1].kind != "minor":
        return amount, rest
    minor = rest[index + 1]
    if minor.value not in (amount.currency, "$") or not 0 < rest[index].value < 100:
        return amount, rest
    amount.number += rest[index].value * minor.extra
    return amount, []


def _bare_minor(number: Piece) -> bool:
    """A number of cents written without a unit: two digits ('$20 43') or words ('forty five')."""
    value = number.value
    if not (isinstance(value, float) and value.is_integer() and 0 < value < 100):
        return False
    return bool(re.fullmatch(r"\d\d", number.text)) or number.text[:1].isalpha()


def _share_units(first: Amount, second: Amount) -> bool:
    """'$3-5 billion': the bounds share the scale and unit written once. False when they cannot be one
    range: a unit written after the first number but not the second ('0.5 pct to 1,234' is a move to an
    index level), or different units ('5% to $3 billion')."""
    unit_after_first = first.percent_kind is not None or first.minor is not None
    if unit_after_first and not second.has_unit:
        return False
    if (
        first.has_unit
        and second.has_unit
        and (first.currency, first.percent_kind)
        != (
            second.currency,
            second.percent_kind,
        )
    ):
        return False
    if first.scale is None and second.scale is not None:
        if first.number > second.number:
            return False  # '260-28 billion dlrs' runs downwards: `descending_pair`
        first.scale = second.scale
    if first.number * (first.scale or 1) * (first.minor or 1) > second.number * (second.scale or 1) * (
        second.minor or 1
    ):
        return False  # 'between 3 and 1 dollars' is no range
    for name in ("currency", "minor", "percent_kind", "percent_factor"):
        if getattr(first, name) is None:
            setattr(first, name, getattr(second, name))
        if getattr(second, name) is None:
            setattr(second, name, getattr(first, name))
    return True
