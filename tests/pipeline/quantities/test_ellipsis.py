"""Elliptical amounts: a scaled number that takes the currency of an amount just before it. Sentences are
written for the project in the shape of 1980s wire copy, where the pattern is everywhere."""

import pytest

import newsclaims
from tests.conftest import quantities

# text, [(span, currency)] of the mentions found
ELLIPTICAL = [
    ("The average rose to 946 mln dlrs from 148 mln a week earlier.", [("946 mln dlrs", "USD"), ("148 mln", "USD")]),
    (
        "The deficit narrowed to 567 mln dlrs from 738 mln, revised from 742 mln.",
        [("567 mln dlrs", "USD"), ("738 mln", "USD"), ("742 mln", "USD")],
    ),
    (
        "Capital rises to 677.6 mln Swiss francs from the present 242 mln.",
        [("677.6 mln Swiss francs", "CHF"), ("242 mln", "CHF")],
    ),
    (
        "Spending totalled 23.18 billion francs against 22.88 billion in 1985.",
        [("23.18 billion francs", None), ("22.88 billion", None)],
    ),
    (
        "Exports were 2.3 billion stg.\nImports were 2.6 billion against 2.4 billion.",
        [("2.3 billion stg", "GBP"), ("2.6 billion", "GBP"), ("2.4 billion", "GBP")],
    ),
]

NOT_ELLIPTICAL = [
    # a count after the number
    ("It earned 5 mln dlrs and now has 3 million customers.", ["5 mln dlrs"]),
    # a share count on a results-table line
    ("Net 12.6 mln dlrs vs 9.9 mln dlrs\nAvg shrs 16.0 mln vs 9.8 mln", ["12.6 mln dlrs", "9.9 mln dlrs"]),
    # no amount with a currency before it (and no results-table label: 'Sales ... vs' is a table line,
    # read by quantities/results_tables.py)
    ("Output 2.67 billion vs 1.65 billion", []),
    # a bare number without a scale word is never money
    ("It earned 5 mln dlrs, against 4 in 1985.", ["5 mln dlrs"]),
    # nothing ties the number to the amount: another scale, no comparing word
    ("It earned 5 mln dlrs. Output reached 2 billion in 1985.", ["5 mln dlrs"]),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPTICAL)
def test_elliptical_amount_takes_the_currency(blank_nlp, text, expected):
    mentions = quantities(newsclaims.extract(text, nlp=blank_nlp))
    assert [(m.text, m.value.currency) for m in mentions] == expected
    for mention in mentions[1:]:
        if mention.value.currency:
            assert mention.value.currency_basis == "context" or mention.text == expected[0][0]


@pytest.mark.parametrize(("text", "expected"), NOT_ELLIPTICAL)
def test_not_elliptical(blank_nlp, text, expected):
    assert [m.text for m in quantities(newsclaims.extract(text, nlp=blank_nlp))] == expected
