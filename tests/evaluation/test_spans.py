"""The scorer behind make eval and the golden tests: exact spans, field-wise values."""

import pytest

from evaluation.spans import core_span, score_article, score_cores, values_agree


@pytest.mark.parametrize(
    ("expected", "actual", "agree"),
    [
        ({"amount": 1e9, "currency": "USD"}, {"amount": 1000000000.0, "currency": "USD"}, True),
        ({"amount": 0.3}, {"amount": 0.1 + 0.2}, True),
        ({"amount": 1e9}, {"amount": 1e8}, False),
        ({"amount": None}, {"amount": 0.0}, False),
        ({"kind": "level"}, {"kind": "change"}, False),
        ({"amount": 1.0}, {"amount": 1.0, "per": None}, False),
    ],
)
def test_values_agree(expected, actual, agree):
    assert values_agree(expected, actual) is agree


def test_score_article_counts_spans_and_values():
    gold = [
        {"type": "money", "text": "$5", "start": 0, "end": 2, "value": {"amount": 5.0}},
        {"type": "percent", "text": "3%", "start": 10, "end": 12, "value": {"value": 3.0}},
    ]
    found = [
        {"type": "money", "text": "$5", "start": 0, "end": 2, "value": {"amount": 6.0}},
        {"type": "percent", "text": "13%", "start": 9, "end": 12, "value": {"value": 13.0}},
    ]
    scores: dict = {}
    score_article("a", gold, found, ("money", "percent"), scores)
    money, percent = scores["money"], scores["percent"]
    assert (money.precision, money.recall, money.value_accuracy) == (1.0, 1.0, 0.0)
    assert (percent.true_positives, percent.false_positives, percent.false_negatives) == (0, 1, 1)
    assert percent.f1 == 0.0


# Core spans (issue 17): what is set aside at a mention's edges before two spans are compared.
CORE_EXAMPLES = [
    # (text, kind, core)
    ("about $5 billion", "money", "5 billion"),
    ("up to US$400 million", "money", "400 million"),
    ("more than 300 to 500 mln dlrs", "money", "300 to 500 mln dlrs"),
    ("C$ 300 million", "money", "300 million"),
    ("USD 12 million", "money", "12 million"),
    ("some 15 pct", "percent", "15 pct"),
    ("at least 15%", "percent", "15%"),
    ("the third quarter", "date", "third quarter"),
    ("the past three years", "date", "past three years"),
    ("between Jan 2 and March 4", "date", "Jan 2 and March 4"),
    ("JAN 31", "date", "JAN 31"),  # a month is no currency code: codes are set aside on money only
    ("The White House", "org", "White House"),
    ("USAir's", "org", "USAir"),
    ("(IMF)", "org", "IMF"),
    ("Haighton en Ruth B.V.", "org", "Haighton en Ruth B.V"),
    ("Nearly Me Ltd", "org", "Nearly Me Ltd"),  # qualifiers are set aside on amounts and dates only
    ("years'", "date", "years"),
]


@pytest.mark.parametrize(("text", "kind", "core"), CORE_EXAMPLES)
def test_core_span(text, kind, core):
    start, end = core_span(text, 0, len(text), kind)
    assert text[start:end] == core


def test_score_cores_matches_on_cores_and_skips_wire_furniture():
    text = "ACME <ACM> SAID about 5 mln dlrs were paid by Acme Corp's unit on March 3. REUTER"
    gold = [
        {"type": "org", "start": 0, "end": 4},
        {"type": "money", "start": 16, "end": 32},  # 'about 5 mln dlrs'
        {"type": "org", "start": 46, "end": 55},  # 'Acme Corp'
        {"type": "date", "start": 67, "end": 74},  # 'March 3'
    ]
    found = [
        {"type": "org", "start": 0, "end": 4},
        {"type": "org", "start": 6, "end": 9},  # the ticker: furniture, not counted
        {"type": "money", "start": 22, "end": 32},  # '5 mln dlrs': the same core
        {"type": "org", "start": 46, "end": 57},  # "Acme Corp's": the same core
        {"type": "date", "start": 64, "end": 74},  # 'on March 3': another core
        {"type": "org", "start": 76, "end": 82},  # the closing REUTER: furniture
    ]
    scores: dict = {}
    score_cores("a", text, gold, found, ("money", "date", "org"), scores)
    assert (scores["org"].true_positives, scores["org"].false_positives, scores["org"].false_negatives) == (2, 0, 0)
    assert scores["money"].f1 == 1.0
    assert (scores["date"].false_positives, scores["date"].false_negatives) == (1, 1)


def test_score_cores_leaves_out_types_not_asked_for():
    scores: dict = {}
    score_cores("a", "On March 3", [], [{"type": "date", "start": 3, "end": 10}], ("money",), scores)
    assert scores == {}
