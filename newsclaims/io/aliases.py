"""The user's alias table: organization names that are one organization across articles.

`--aliases FILE` takes JSON (an object `{"Google": "Alphabet", ...}` or a list of `{"name": ...,
"canonical": ...}` records) or CSV (two columns, name then canonical; a header row `name,canonical` is
optional). This module only reads the file; `pipeline.org_identity.alias_table` keys the names as
organization names are compared ('Google Inc.' = 'Google'), with every canonical name standing for itself.
"""

import csv
import io
import json
from pathlib import Path


class AliasFileError(ValueError):
    """An alias file that cannot be read as a name -> canonical table."""


def read_aliases(path: Path) -> list[tuple[str, str]]:
    """(name, canonical) pairs from a JSON or CSV file, in file order; `org_identity.alias_table` keys them."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AliasFileError(f"{path}: cannot read the alias file: {error}") from error
    return _json_pairs(path, text) if path.suffix.lower() == ".json" else _csv_pairs(path, text)


def _json_pairs(path: Path, text: str) -> list[tuple[str, str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AliasFileError(f"{path}: not valid JSON: {error}") from error
    if isinstance(data, dict):
        items = list(data.items())
    elif isinstance(data, list) and all(isinstance(r, dict) and {"name", "canonical"} <= r.keys() for r in data):
        items = [(r["name"], r["canonical"]) for r in data]
    else:
        raise AliasFileError(f'{path}: expected {{"name": "canonical", ...}} or [{{"name": ..., "canonical": ...}}]')
    for name, canonical in items:
        if not (isinstance(name, str) and isinstance(canonical, str) and name.strip() and canonical.strip()):
            raise AliasFileError(f"{path}: names must be non-empty strings: {name!r} -> {canonical!r}")
    return [(name.strip(), canonical.strip()) for name, canonical in items]


def _csv_pairs(path: Path, text: str) -> list[tuple[str, str]]:
    pairs = []
    reader = csv.reader(io.StringIO(text, newline=""))
    for row in reader:
        number = reader.line_num
        if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if not pairs and [cell.strip().lower() for cell in row[:2]] == ["name", "canonical"]:
            continue  # the header, on the first row that is not a comment
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise AliasFileError(f"{path}:{number}: expected two columns, name and canonical: {row!r}")
        pairs.append((row[0].strip(), row[1].strip()))
    return pairs
