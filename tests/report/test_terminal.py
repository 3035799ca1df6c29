"""`show`'s summary: findings before claims, figures quoted, and plain text when not on a terminal."""

import io
import re

from newsclaims.models import ErrorRecord
from newsclaims.report import console_for, show_result
from tests.report.records import loan_record

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _shown(record, color=None, width=160):
    stream = io.StringIO()
    show_result(record, console_for(stream, color=color, width=width))
    return stream.getvalue()


def test_findings_come_first_then_the_claims_table():
    text = _shown(loan_record())
    assert text.index("Findings") < text.index("magnitude_slip") < text.index("Claims") < text.index("c1 !")
    assert "✖ ERROR" in text and "confidence 0.90" in text
    assert "m2 “up to $400 billion”  at most 400,000,000,000 USD" in text
    claims = text[text.index("Claims") :]
    assert re.search(r"c1 !\s+up to \$400 billion\s+≤400 billion USD\s+bridge loan \(loan\)\s+Corran Metals", claims)
    assert re.search(r"c2 !\s+\$40 billion\s+40 billion USD.*March 2027 \(maturity\)", claims)
    assert "reported, bankers" in claims


def test_no_colour_unless_asked_or_on_a_terminal():
    assert not ANSI.search(_shown(loan_record()))
    assert ANSI.search(_shown(loan_record(), color=True))


def test_a_record_without_findings_or_claims_says_so():
    record = loan_record()
    record.findings, record.claims = [], []
    text = _shown(record)
    assert "none: nothing in this article's numbers contradicts itself" in text
    assert "0 claims, 0 findings (0 errors" in text


def test_a_narrow_terminal_still_shows_every_claim():
    text = _shown(loan_record(), width=60)
    assert "c1" in text and "c2" in text and max(len(line) for line in text.splitlines()) <= 60


def test_an_unprocessed_article_shows_its_error_and_no_empty_sections():
    record = loan_record()
    record.status, record.mentions, record.claims, record.findings = "error", [], [], []
    record.errors = [ErrorRecord(code="binary", message="a.txt: looks like a binary file")]
    text = _shown(record)
    assert "binary: a.txt: looks like a binary file" in text and "status error" in text
    assert "Findings" not in text and "Claims" not in text


WORDS = re.compile(r"[\w$.,≤%-]+")


def test_the_claims_fit_the_terminal_without_cutting_a_word():
    """At any width, no line runs past the terminal and every word of every claim cell is printed whole."""
    record = loan_record()
    whole = _shown(record, width=200)
    cells = whole[whole.index("Claims") :].splitlines()[3:]
    words = {w for line in cells for w in WORDS.findall(line) if len(w) > 2 and w != "!"}
    assert {"Corran", "Metals", "bridge", "loan", "maturity", "reported,", "bankers"} <= words
    for width in (50, 60, 80, 100, 120):
        text = _shown(record, width=width)
        assert max(len(line) for line in text.splitlines()) <= width, width
        claims = text[text.index("Claims") :]
        assert words <= set(WORDS.findall(claims)), (width, words - set(WORDS.findall(claims)))
