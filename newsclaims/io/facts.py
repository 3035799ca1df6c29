"""A desk's table of verified figures, read as it is written: one row per figure, with its line number.

`--facts FILE` takes CSV with a header row (`subject`, `attribute`, `value` required; `date` and `source`
optional; other columns are ignored) or JSONL with the same keys, one object a line. Blank lines and CSV
lines starting with `#` are skipped. This module only reads the rows; the values are read as news figures
("$500 billion", "13%", "March 2027") by `newsclaims.facts`, which knows the project's normalizers.
"""

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from newsclaims.io.jsonl_input import json_problem

REQUIRED = ("subject", "attribute", "value")
OPTIONAL = ("date", "source")


class FactsFileError(ValueError):
    """A facts file that cannot be read as a table of verified figures; the message names the line."""


@dataclass(frozen=True)
class FactRow:
    """One row of the table as written (stripped), with where it came from."""

    line: int
    subject: str
    attribute: str
    value: str
    date: str | None = None
    source: str | None = None


def read_fact_rows(path: Path) -> list[FactRow]:
    """The rows of a facts file, in file order. Raises `FactsFileError` naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise FactsFileError(f"{path}: cannot read the facts file: {error}") from error
    rows = _jsonl_rows(path, text) if path.suffix.lower() in (".jsonl", ".json") else _csv_rows(path, text)
    if not rows:
        raise FactsFileError(f"{path}: no facts in the file")
    return rows


def _csv_rows(path: Path, text: str) -> list[FactRow]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows = []
    try:
        for cells in reader:
            line = reader.line_num
            if not cells or not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [c.strip().lower() for c in cells]
                missing = [name for name in REQUIRED if name not in header]
                if missing:
                    raise FactsFileError(
                        f"{path}:{line}: the header row needs the columns {', '.join(REQUIRED)} "
                        f"(missing: {', '.join(missing)}); found: {', '.join(header) or 'nothing'}"
                    )
                continue
            if len(cells) > len(header):
                raise FactsFileError(
                    f"{path}:{line}: {len(cells)} cells but the header names {len(header)} columns "
                    '(quote a value that holds a comma: "$1,250 million")'
                )
            record = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)}
            rows.append(_row(path, line, record))
    except csv.Error as error:
        raise FactsFileError(f"{path}:{reader.line_num}: not valid CSV: {error}") from error
    if header is None:
        raise FactsFileError(f"{path}: no header row (subject,attribute,value[,date,source])")
    return rows


def _jsonl_rows(path: Path, text: str) -> list[FactRow]:
    rows = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            raise FactsFileError(f"{path}:{line}: not valid JSON: {json_problem(error)}") from error
        if not isinstance(record, dict):
            raise FactsFileError(f"{path}:{line}: expected an object with subject, attribute and value")
        for key in (*REQUIRED, *OPTIONAL):
            value = record.get(key)
            if value is not None and not isinstance(value, str | int | float):
                raise FactsFileError(f"{path}:{line}: {key} must be text, not {type(value).__name__}")
        rows.append(_row(path, line, {k: "" if v is None else str(v) for k, v in record.items()}))
    return rows


def _row(path: Path, line: int, record: dict[str, str]) -> FactRow:
    empty = [name for name in REQUIRED if not record.get(name, "").strip()]
    if empty:
        raise FactsFileError(f"{path}:{line}: {' and '.join(empty)} must not be empty")
    optional = {name: (record.get(name) or "").strip() or None for name in OPTIONAL}
    return FactRow(
        line=line,
        subject=record["subject"].strip(),
        attribute=record["attribute"].strip(),
        value=record["value"].strip(),
        date=optional["date"],
        source=optional["source"],
    )
