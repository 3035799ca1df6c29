"""JSONL records: which fields are read, and which lines are refused with which code."""

import datetime as dt
import json

import pytest

from newsclaims.io.jsonl_input import JsonlFields, LineFailure, parse_line

DEFAULT = JsonlFields()
CUSTOM = JsonlFields(text=("story",), id="guid", date=("pubDate",))

# line, fields, (text, id, title, published)
RECORDS = [
    pytest.param(
        b'{"id": "a1", "text": "Acme rose 4%."}', DEFAULT, ("Acme rose 4%.", "a1", None, None), id="id-and-text"
    ),
    pytest.param(b'{"id": 17, "body": "B"}', DEFAULT, ("B", "17", None, None), id="numeric-id-body-field"),
    pytest.param(b'{"content": "C", "id": null}', DEFAULT, ("C", None, None, None), id="content-field-null-id"),
    pytest.param(b'{"text": "T", "body": "B"}', DEFAULT, ("T", None, None, None), id="text-wins-over-body"),
    pytest.param(
        b'{"text": "T", "title": "Headline", "published": "2026-11-26"}',
        DEFAULT,
        ("T", None, "Headline", dt.date(2026, 11, 26)),
        id="title-and-date",
    ),
    pytest.param(
        b'{"text": "T", "date": "2026-11-26T09:30:00Z"}',
        DEFAULT,
        ("T", None, None, dt.date(2026, 11, 26)),
        id="datetime-field",
    ),
    pytest.param(
        b'{"text": "T", "published": "Tuesday"}', DEFAULT, ("T", None, None, None), id="unparsable-date-ignored"
    ),
    pytest.param(b'{"text": "T", "id": true}', DEFAULT, ("T", None, None, None), id="boolean-id-ignored"),
    pytest.param(
        b'{"story": "S", "guid": "g-9", "pubDate": "2026-01-02", "text": "not me"}',
        CUSTOM,
        ("S", "g-9", None, dt.date(2026, 1, 2)),
        id="custom-fields",
    ),
    pytest.param(b'\xef\xbb\xbf{"text": "T"}', DEFAULT, ("T", None, None, None), id="bom-on-first-line"),
]

# line, fields, code, words of the message
REFUSED = [
    pytest.param(b'{"id": "a1", "text": "Acme', DEFAULT, "invalid_json", "not JSON", id="truncated-object"),
    pytest.param(b"not json at all", DEFAULT, "invalid_json", "not JSON", id="plain-text"),
    pytest.param(b'["a", "b"]', DEFAULT, "invalid_json", "list, not an object", id="array"),
    pytest.param(b'"just a string"', DEFAULT, "invalid_json", "str, not an object", id="string"),
    pytest.param(b'{"text": "caf\xe9"}', DEFAULT, "invalid_json", "not UTF-8", id="latin-1-bytes"),
    pytest.param(b'{"id": "a1"}', DEFAULT, "missing_text", "'text' or 'body' or 'content'", id="no-text-field"),
    pytest.param(b'{"text": 42}', DEFAULT, "missing_text", "no text", id="text-not-a-string"),
    pytest.param(b'{"text": "T"}', CUSTOM, "missing_text", "'story'", id="custom-field-absent"),
]


@pytest.mark.parametrize(("line", "fields", "expected"), RECORDS)
def test_reads_the_record(line, fields, expected):
    record = parse_line(line, fields)
    assert (record.text, record.id, record.title, record.published) == expected


@pytest.mark.parametrize(("line", "fields", "code", "words"), REFUSED)
def test_refuses_the_line(line, fields, code, words):
    with pytest.raises(LineFailure) as failure:
        parse_line(line, fields)
    assert failure.value.code == code
    assert words in str(failure.value)


# Messages about a broken line, proofread: json's own phrases that end in 'at' are not doubled.
BROKEN_LINES = [
    (b'{"id": 1, "text": "a\tb"}', "not JSON (Invalid control character at column 21)"),
    (b'{"id": 1, "text": "open', "not JSON (Unterminated string starting at column 19)"),
    (b'{"id": 1 "text": "x"}', "not JSON (Expecting ',' delimiter at column 10)"),
]


@pytest.mark.parametrize(("line", "message"), BROKEN_LINES)
def test_a_broken_line_says_what_and_where_once(line, message):
    with pytest.raises(LineFailure) as failure:
        parse_line(line, JsonlFields())
    assert str(failure.value) == message and " at at " not in message


# Publication dates as exports write them: ISO 8601 and RFC 2822 (RSS, e-mail); anything else is None.
DATES = [
    ("2026-11-26", dt.date(2026, 11, 26)),
    ("2026-11-26T09:00:00Z", dt.date(2026, 11, 26)),
    ("Wed, 26 Nov 2026 09:00:00 GMT", dt.date(2026, 11, 26)),
    ("Wed, 26 Nov 2026 23:30:00 -0500", dt.date(2026, 11, 26)),
    ("26 Nov 2026 09:00:00 +0100", dt.date(2026, 11, 26)),
    ("Thu, 27 Nov 2026 00:15:00 +0900", dt.date(2026, 11, 27)),
    ("last week", None),
    ("Wed, 31 Feb 2026 09:00:00 GMT", None),
    ("", None),
]


@pytest.mark.parametrize(("written", "date"), DATES)
def test_publication_dates_in_iso_and_rfc_2822(written, date):
    line = json.dumps({"id": 1, "text": "Acme rose 4%.", "published": written}).encode()
    assert parse_line(line, JsonlFields()).published == date
