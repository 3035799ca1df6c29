"""Numbers in digits and words; the property that reading never raises on arbitrary text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.numbers.numerals import parse_number
from newsclaims.pipeline.quantities.money import parse_money
from newsclaims.pipeline.quantities.percent import parse_percent

NUMBERS = [
    ("16,189", 16189),
    ("13 009", 13009),
    ("1.5", 1.5),
    (".5", 0.5),
    ("1,234,567.89", 1234567.89),
    ("forty", 40),
    ("twenty-five", 25),
    ("one hundred", 100),
    ("one hundred and five", 105),
    ("two hundred thousand", None),  # 'thousand' is a scale word, read by the money grammar, not here
    ("one and a half", 1.5),
    ("half a", 0.5),
    ("a", 1),
    ("Seventy", 70),
    # a decimal read aloud (peer suites: 'fifteen point five percent' was read as 5)
    ("fifteen point five", 15.5),
    ("one point three five", 1.35),
    ("two point", None),
    ("two point ten", None),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_parse_number(text, value):
    assert parse_number(text) == (pytest.approx(value) if value is not None else None)


@given(st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_normalizers_never_raise(text):
    parse_number(text)
    parse_money(text)
    parse_percent(text)


QUANTITY_ALPHABET = st.sampled_from(
    [
        *"0123456789.,-$€£¥₹% ",
        "billion",
        "bn",
        "m",
        "K",
        "crore",
        "lakh",
        "pct",
        "percent",
        "between",
        "and",
        "to",
        "up to",
        "about",
        "US$",
        "dlrs",
        "cents",
        "a",
        "half",
    ]
)


@given(st.lists(QUANTITY_ALPHABET, max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
def test_normalizers_never_raise_on_quantity_like_text(text):
    money = parse_money(text)
    if money is not None:
        assert money.qualifier != "range" or money.low <= money.high
    parse_percent(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
@settings(max_examples=150, deadline=None)
def test_extraction_offsets_always_hold(blank_nlp, text):
    import newsclaims

    for mention in newsclaims.extract(text, nlp=blank_nlp).mentions:
        assert text[mention.start : mention.end] == mention.text
