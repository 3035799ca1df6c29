"""Cutting the text into runs: a mention is highlighted only where its record's offsets fit the text."""

import pytest

from newsclaims.report.highlight import highlight
from tests.report.records import TEXT, loan_record, money


def _shown(text, mentions):
    result = highlight(text, mentions)
    return [(run.text, run.mention.id if run.mention else None) for run in result.runs], [m.id for m in result.unplaced]


def test_runs_rebuild_the_text_exactly():
    record = loan_record()
    runs = highlight(TEXT, record.mentions).runs
    assert "".join(run.text for run in runs) == TEXT
    assert [run.mention.id for run in runs if run.mention] == ["m1", "m2", "m3", "m4"]


SHIFTED = "Note: " + TEXT  # the file was edited after extraction: every offset is 6 characters off
CASES = [
    # (why, text, mentions, runs, unplaced)
    ("offsets fit", "Paid $5 million.", [money("m1", "$5 million", 5e6, "Paid $5 million.")],
     [("Paid ", None), ("$5 million", "m1"), (".", None)], []),
    ("text edited since", SHIFTED, [money("m1", "$40 billion", 4e10, TEXT)], [(SHIFTED, None)], ["m1"]),
    ("past the end", "Paid.", [money("m1", "$5 million", 5e6, "Paid $5 million.")], [("Paid.", None)], ["m1"]),
    ("overlap keeps the first", "$5 million", [money("m1", "$5 million", 5e6, "$5 million"),
                                               money("m2", "5 million", 5e6, "$5 million")],
     [("$5 million", "m1")], ["m2"]),
    ("no mentions", "Nothing here.", [], [("Nothing here.", None)], []),
    ("empty text", "", [money("m1", "$5", 5.0, "$5")], [], ["m1"]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "mentions", "runs", "unplaced"), CASES, ids=[c[0] for c in CASES])
def test_highlight(why, text, mentions, runs, unplaced):
    assert _shown(text, mentions) == (runs, unplaced)
