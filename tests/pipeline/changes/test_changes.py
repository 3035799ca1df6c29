"""Changes told in words, as a table of sentences written for these tests: the words found, the range of
new/old they allow, what changed; `None` where a sentence tells no change a figure could be checked against.
Known failures are strict xfails with the reason."""

import pytest

import newsclaims

PUBLISHED = "2025-04-24"

CASES = [
    # (id, passage, expected: (words, factor_low, factor_high, measure_key, direction) or None)
    ("more_than_doubled", "Harwick said first-quarter net income more than doubled.",
     ("more than doubled", 2.0, None, "net_income", "up")),
    ("has_more_than_doubled", "Pre-tax profit has more than doubled since the plant opened.",
     ("more than doubled", 2.0, None, "profit", "up")),  # as a claim reads "pre-tax profit of"
    ("doubled_its_dividend", "Kessler Chemie doubled its dividend after a record year.",
     ("doubled", 1.9, 2.1, "dividend", "up")),
    ("nearly_tripled", "Orders for the new engine nearly tripled in the quarter.",
     ("nearly tripled", 2.6, 3.0, "order", "up")),
    ("halved", "Operating profit halved as fuel costs rose.", ("halved", 0.45, 0.55, "operating_profit", "down")),
    ("rose_by_a_third", "Sales rose by a third in the year to March.", ("rose by a third", 1.3, 1.3667, "sales", "up")),
    ("climbed_by_nearly_half", "Quarterly earnings climbed by nearly half, the company said.",
     ("climbed by nearly half", 1.4, 1.5, "earnings", "up")),
    ("fell_by_about_a_quarter", "Revenue fell by about a quarter after the mine closed.",
     ("fell by about a quarter", 0.7125, 0.7875, "revenue", "down")),
    ("fell_by_two_thirds_hyphen", "Its net loss fell by two-thirds last year.",
     ("fell by two-thirds", 0.2667, 0.4, "net_loss", "down")),
    # no change a figure could be checked against
    ("double_digit_growth", "The chain expects double-digit growth in sales.", None),
    ("doubled_in_size", "Kessler Chemie has doubled in size since 2019.", None),
    ("did_not_double", "Profit did not double, as some had hoped.", None),
    ("rose_by_a_percentage", "Sales rose by 12 percent in the year.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*row[1:], id=row[0]) for row in CASES])
def test_change_told_in_words(model_nlp, text, expected):
    result = newsclaims.extract(text, PUBLISHED, nlp=model_nlp)
    if expected is None:
        assert result.changes == []
        return
    assert len(result.changes) == 1, result.changes
    change = result.changes[0]
    words, low, high, key, direction = expected
    assert change.text == words and text[change.start : change.end] == words
    assert change.measure_key == key and change.direction == direction
    assert change.factor_low == pytest.approx(low, abs=1e-3) if low is not None else change.factor_low is None
    assert change.factor_high == pytest.approx(high, abs=1e-3) if high is not None else change.factor_high is None
