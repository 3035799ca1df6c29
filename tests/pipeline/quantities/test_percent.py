"""Percent normalization and the level/change/points kind, as tables (see test_money.py for the layout)."""

import pytest

from newsclaims.pipeline.quantities.percent import parse_percent

# text, value, low, high, qualifier, kind (parse_percent's default kind is 'level')
ISSUE_EXAMPLES = [
    ("13%", 13, None, None, "exact", "level"),
    ("13 percent", 13, None, None, "exact", "level"),
    ("13 per cent", 13, None, None, "exact", "level"),
    ("13 pct", 13, None, None, "exact", "level"),
    ("2 percentage points", 2, None, None, "exact", "points"),
    ("50 basis points", 0.5, None, None, "exact", "points"),
    ("about 13%", 13, None, None, "approx", "level"),
    ("up to 15%", 15, None, 15, "at_most", "level"),
    ("more than 40 percent", 40, 40, None, "more_than", "level"),
    ("10-15%", None, 10, 15, "range", "level"),
    ("between 5% and 7%", None, 5, 7, "range", "level"),
]

NEWS_FORMS = [
    ("half a percentage point", 0.5, None, None, "exact", "points"),
    ("0.5 percentage point", 0.5, None, None, "exact", "points"),
    ("25-basis-point", 0.25, None, None, "exact", "points"),
    ("25bps", 0.25, None, None, "exact", "points"),
    ("4-percent", 4, None, None, "exact", "level"),
    ("four pct", 4, None, None, "exact", "level"),
    ("5pc", 5, None, None, "exact", "level"),
    ("10%-15%", None, 10, 15, "range", "level"),
    ("5 to 7 percent", None, 5, 7, "range", "level"),
    ("nearly 40 per cent", 40, None, None, "approx", "level"),
    ("13.5 PCT", 13.5, None, None, "exact", "level"),
    ("a half percentage point", 0.5, None, None, "exact", "points"),
    ("2.6 or 2.7 per cent", None, 2.6, 2.7, "range", "level"),
    ("-0.3%", -0.3, None, None, "exact", "level"),
    # issue 17: a sign written as a word (peer suites of percent expressions)
    ("minus five percent", -5, None, None, "exact", "level"),
    ("fifteen point five percent", 15.5, None, None, "exact", "level"),
    ("2.5 percentage pts", 2.5, None, None, "exact", "points"),
    ("negative 0.5 per cent", -0.5, None, None, "exact", "level"),
    ("between minus 1% and 2%", None, -1, 2, "range", "level"),
]


@pytest.mark.parametrize(("text", "value", "low", "high", "qualifier", "kind"), ISSUE_EXAMPLES + NEWS_FORMS)
def test_parse_percent(text, value, low, high, qualifier, kind):
    parsed = parse_percent(text)
    assert parsed is not None, text
    assert (parsed.value, parsed.low, parsed.high) == pytest.approx((value, low, high))
    assert (parsed.qualifier, parsed.kind) == (qualifier, kind)


@pytest.mark.parametrize(
    "text",
    ["13", "$13", "13 points", "2027", "per cent", "13 percent of $5 million", "0.5 pct to 1,234", "5% or 10%"],
)
def test_not_percent(text):
    assert parse_percent(text) is None
