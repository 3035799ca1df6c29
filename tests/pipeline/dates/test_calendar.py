"""`depends_on_tense`: which readings need their clause's tense, the test `parse_needs` relies on (issue 21).

A reading for which it says False must fall on the same days whatever the tense; one for which it says True
must move with it for some anchor. Checked against `resolve_date` itself over anchors through a year."""

import datetime as dt

import pytest

from newsclaims.pipeline.dates.calendar import depends_on_tense, resolve_date
from newsclaims.pipeline.dates.reading import read_date

ANCHORS = [dt.date(2026, month, day) for month in range(1, 13) for day in (1, 15, 28)]

PHRASES = [
    # (phrase, depends on the tense)
    ("March 3", True),
    ("in March", True),
    ("on Tuesday", True),
    ("Tuesday and Wednesday", True),
    ("this summer", False),
    ("the third quarter", True),
    ("the first half", True),
    ("from March to June", True),
    ("next March", False),
    ("last Tuesday", False),
    ("March 2027", False),
    ("the third quarter of 2026", False),
    ("2026", False),
    ("last year", False),
    ("next week", False),
    ("two years", False),
    ("the past two years", False),
    ("the 1980s", False),
    ("a year earlier", False),
    ("recent months", False),
]


def _moves_with_tense(reading) -> bool:
    for anchor in ANCHORS:
        values = {resolve_date(reading, anchor, tense).model_dump_json() for tense in (None, "past", "future")}
        if len(values) > 1:
            return True
    return False


@pytest.mark.parametrize(("phrase", "expected"), PHRASES, ids=[p for p, _ in PHRASES])
def test_depends_on_tense_says_when_the_tense_moves_a_date(phrase, expected):
    reading = read_date(phrase)
    assert reading is not None, phrase
    assert _moves_with_tense(reading) == expected, "the table is wrong"
    assert depends_on_tense(reading) == expected
