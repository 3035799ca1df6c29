"""Every rule table loads through its pydantic model, documents itself, and names only files that exist."""

import json
import re
from pathlib import Path

import pytest

from newsclaims.tables import TABLES, Table, TableError, load_table, table_path, validated_table

ROOT = Path(__file__).resolve().parent.parent
# A file named in a table's _doc: 'pipeline/dates/find.py', 'rules/claims.json', 'numbers/scales.json'.
DOC = "Scale words after a number, for the test."
_FILE_NAME = re.compile(r"[\w./]+\.(?:py|json|jsonl)\b")


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_validates_and_loads_without_its_doc(name):
    assert isinstance(validated_table(name), Table)
    table = load_table(name)
    assert table and "_doc" not in table


@pytest.mark.parametrize("name", sorted(TABLES))
def test_files_named_in_a_tables_doc_exist(name):
    doc = json.loads(table_path(name).read_text(encoding="utf-8"))["_doc"]
    package_dir = ROOT / TABLES[name][0].replace(".", "/")
    missing = []
    for file in _FILE_NAME.findall(doc):
        candidates = [ROOT / file, ROOT / "newsclaims" / file, package_dir / file, package_dir / "rules" / file]
        if not any(path.exists() for path in candidates):
            missing.append(file)
    assert missing == []


def test_every_json_file_beside_the_code_is_a_registered_table():
    registered = {str(table_path(name)) for name in TABLES}
    found = {str(p) for p in (ROOT / "newsclaims").rglob("*.json") if p.name != "schema.json"}
    assert found == registered


@pytest.mark.parametrize(
    ("table", "text", "problem"),
    [
        # from the kinds of slips a contributor makes when adding a row
        ("scales", json.dumps({"_doc": DOC, "words": {"bn": "1e9"}, "attached_only": {}}), "words -> bn"),
        ("scales", json.dumps({"_doc": DOC, "words": {}, "atached_only": {}}), "atached_only"),
        ("dates", '{"_doc": "x"', "not JSON"),
    ],
)  # fmt: skip
def test_a_broken_table_is_a_clear_error(monkeypatch, tmp_path, table, text, problem):
    path = tmp_path / "table.json"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr("newsclaims.tables.table_path", lambda name: path)
    validated_table.cache_clear()
    try:
        with pytest.raises(TableError, match=re.escape(problem)):
            validated_table(table)
    finally:
        validated_table.cache_clear()
