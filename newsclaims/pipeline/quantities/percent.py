"""Normalize a percent phrase: 'about 13%' -> 13, approx; '50 basis points' -> 0.5 percentage points."""

from newsclaims.models import PercentValue
from newsclaims.pipeline.quantities.grammar import bounds, parse_phrase


def parse_percent(text: str, kind: str = "level") -> PercentValue | None:
    """The normalized value of a percent phrase, or None when `text` is not a percentage.

    `kind` ('level' or 'change') comes from the context (`percent_kind.classify_percent`); a phrase in
    percentage or basis points is always 'points'.

    >>> parse_percent("10-15%").model_dump()
    {'value': None, 'low': 10.0, 'high': 15.0, 'qualifier': 'range', 'kind': 'level'}
    >>> parse_percent("50 basis points").value
    0.5
    """
    phrase = parse_phrase(text)
    if phrase is None:
        return None
    amounts = phrase.amounts
    if any(a.percent_kind is None or a.currency is not None or a.scale is not None for a in amounts):
        return None
    values = [round(a.number * a.percent_factor, 9) for a in amounts]
    if amounts[0].percent_kind == "points":
        kind = "points"
    number, low, high, qualifier = bounds(phrase, values)
    return PercentValue(value=number, low=low, high=high, qualifier=qualifier, kind=kind)
