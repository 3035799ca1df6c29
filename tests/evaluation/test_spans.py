"""The scorer behind make eval and the golden tests: exact spans, field-wise values."""

import pytest

from evaluation.spans import score_article, values_agree


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
