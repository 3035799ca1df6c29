"""Normalize a percent phrase: 'about 13%' -> 13, approx; '50 basis points' -> 0.5 percentage points."""

import re

from newsclaims.models import PercentValue
from newsclaims.pipeline.quantities.grammar import bounds, parse_phrase

# A percent written before its number, as recognizer suites have it ('per cent of twenty-two' is 22%).
UNIT_FIRST = re.compile(r"(?i:percents?|per\s?cent)\s+of\s+(\S.*)")


def parse_percent(text: str, kind: str = "level") -> PercentValue | None:
    """The normalized value of a percent phrase, or None when `text` is not a percentage.

    `kind` ('level' or 'change') comes from the context (`percent_kind.classify_percent`); a phrase in
    percentage or basis points is always 'points'.

    >>> parse_percent("10-15%").model_dump()
    {'value': None, 'low': 10.0, 'high': 15.0, 'qualifier': 'range', 'kind': 'level'}
    >>> parse_percent("50 basis points").value
    0.5
    >>> parse_percent("per cent of twenty-two").value
    22.0
    """
    unit_first = UNIT_FIRST.fullmatch(text)
    if unit_first:  # 'percent of 12', 'per cent of thirty': the unit before its number
        text = f"{unit_first.group(1)} percent"
    phrase = parse_phrase(text)
    if phrase is None:
        return None
    amounts = phrase.amounts
    if unit_first and (phrase.qualifier or len(amounts) != 1 or amounts[0].percent_factor != 1):
        return None
    if any(a.percent_kind is None or a.currency is not None for a in amounts):
        return None
    # 'a thousand percent', '3 million percent': hyperbole, but a value all the same
    values = [round(a.number * (a.scale or 1.0) * a.percent_factor, 9) for a in amounts]
    if amounts[0].percent_kind == "points":
        kind = "points"
    number, low, high, qualifier = bounds(phrase, values)
    return PercentValue(value=number, low=low, high=high, qualifier=qualifier, kind=kind)
