"""One article per JSONL line (CMS exports): which fields hold the text, id, date and title.

Defaults follow what exports commonly use. When `--text-field` is not given, the first present of `text`,
`body`, `content` is the text; when it is given, only that field counts (a user who names a field means
it). The same holds for `--date-field` (`published`, then `date`) and the title (`title`, then `headline`).
The id is `--id-field` (default `id`) when it is a string or a number, else `<file id>:<line number>`, so
every record can be joined back to its line.
"""

import datetime as dt
import email.utils
import json
from dataclasses import dataclass
from typing import Any

from newsclaims.io.valid_text import without_lone_surrogates

DEFAULT_TEXT_FIELDS = ("text", "body", "content")
DEFAULT_ID_FIELD = "id"
DEFAULT_DATE_FIELDS = ("published", "date")
TITLE_FIELDS = ("title", "headline")


class LineFailure(ValueError):
    """A line that holds no article; `code` is the error record's code (invalid_json, missing_text)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class JsonlFields:
    """Where a JSONL record keeps each part of the article."""

    text: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    id: str = DEFAULT_ID_FIELD
    date: tuple[str, ...] = DEFAULT_DATE_FIELDS
    title: tuple[str, ...] = TITLE_FIELDS


@dataclass(frozen=True)
class JsonArticle:
    """The parts of one JSONL record; `id` is None when the record has no usable id."""

    text: str
    id: str | None
    title: str | None
    published: dt.date | None


def parse_line(line: bytes, fields: JsonlFields) -> JsonArticle:
    """The article of one JSONL line, or a `LineFailure` saying why the line holds none.

    >>> parse_line(b'{"id": 7, "body": "Acme rose 4%.", "date": "2026-11-26T09:00:00Z"}', JsonlFields())
    JsonArticle(text='Acme rose 4%.', id='7', title=None, published=datetime.date(2026, 11, 26))
    """
    try:
        record = json.loads(line.removeprefix(b"\xef\xbb\xbf"))
    except UnicodeDecodeError as error:
        raise LineFailure("invalid_json", f"not UTF-8 (byte {error.start}: {error.reason})") from error
    except json.JSONDecodeError as error:
        raise LineFailure("invalid_json", f"not JSON ({json_problem(error)})") from error
    if not isinstance(record, dict):
        raise LineFailure("invalid_json", f"a JSON {type(record).__name__}, not an object")
    text = _first(record, fields.text)
    if not isinstance(text, str):
        names = " or ".join(repr(name) for name in fields.text)
        raise LineFailure("missing_text", f"no text: the object has no string field {names}")
    title = _first(record, fields.title)
    identifier = _identifier(record.get(fields.id))
    return JsonArticle(
        text=without_lone_surrogates(text),
        id=without_lone_surrogates(identifier) if identifier is not None else None,
        title=without_lone_surrogates(title) if isinstance(title, str) and title.strip() else None,
        published=parse_date(_first(record, fields.date)),
    )


def json_problem(error: json.JSONDecodeError) -> str:
    r"""What is wrong with a line of JSON and where, as one phrase (some of json's messages end in 'at').

    >>> for error in _errors('{"a": 1 "b": 2}', '{"a": "x\ty"}', '{"a": "open'):
    ...     print(json_problem(error))
    Expecting ',' delimiter at column 9
    Invalid control character at column 9
    Unterminated string starting at column 7
    """
    where = f"column {error.colno}" if error.lineno == 1 else f"line {error.lineno}, column {error.colno}"
    return f"{error.msg} {where}" if error.msg.endswith(" at") else f"{error.msg} at {where}"


def _errors(*lines: str) -> list[json.JSONDecodeError]:
    found = []
    for line in lines:
        try:
            json.loads(line)
        except json.JSONDecodeError as error:
            found.append(error)
    return found


def parse_date(value: Any) -> dt.date | None:
    """An ISO 8601 date or date-time, or an RFC 2822 date (RSS feeds and e-mail: 'Wed, 26 Nov 2026 09:00:00
    GMT'), as the date it names where it was written; None for anything else (then --published applies).

    >>> parse_date("2026-11-26"), parse_date("2026-11-26T23:10:00+01:00"), parse_date("last week")
    (datetime.date(2026, 11, 26), datetime.date(2026, 11, 26), None)
    >>> parse_date("Wed, 26 Nov 2026 23:30:00 -0500"), parse_date("26 Nov 2026 09:00 GMT")
    (datetime.date(2026, 11, 26), datetime.date(2026, 11, 26))
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None


def _first(record: dict, names: tuple[str, ...]) -> Any:
    for name in names:
        if record.get(name) is not None:
            return record[name]
    return None


def _identifier(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value) if str(value).strip() else None
