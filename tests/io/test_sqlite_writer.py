"""`extract --format sqlite`: the database holds exactly what the JSONL holds, with keys that join."""

import json
import os
import shutil
import sqlite3
import stat

import pytest
from click.testing import CliRunner

from newsclaims.cli import cli
from newsclaims.io.sqlite_writer import DatabaseError, DatabaseSink, ResultsDatabase, mention_columns
from tests.conftest import CORPUS

ARTICLES = CORPUS / "articles"


@pytest.fixture(scope="module")
def corpus_outputs(tmp_path_factory):
    """corpus/articles extracted once to JSONL and once to a database (one process, the model loaded once)."""
    folder = tmp_path_factory.mktemp("sqlite")
    jsonl, database = folder / "corpus.jsonl", folder / "corpus.db"
    for output, extra in ((jsonl, []), (database, ["--format", "sqlite"])):
        result = CliRunner().invoke(cli, ["extract", str(ARTICLES), "-o", str(output), "-j", "1", "-q", *extra])
        assert 0 == result.exit_code, result.output
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    connection = sqlite3.connect(database)
    connection.row_factory = sqlite3.Row
    yield records, connection
    connection.close()


def _rows(connection, sql):
    return [dict(row) for row in connection.execute(sql)]


def test_every_table_has_the_records_of_the_jsonl(corpus_outputs):
    records, db = corpus_outputs
    assert len(records) == 28
    for table in ("mentions", "claims", "findings"):
        expected = sorted((r["article"]["id"], item["id"]) for r in records for item in r[table])
        found = sorted((row["article_id"], row["id"]) for row in _rows(db, f"SELECT article_id, id FROM {table}"))
        assert found == expected, table
    articles = {row["id"]: row for row in _rows(db, "SELECT * FROM articles")}
    assert {r["article"]["id"]: (r["status"], r["article"]["sha256"], r["article"]["title"]) for r in records} == {
        key: (row["status"], row["sha256"], row["title"]) for key, row in articles.items()
    }


def test_values_are_columns_equal_to_the_jsonl(corpus_outputs):
    records, db = corpus_outputs
    rows = {(row["article_id"], row["id"]): row for row in _rows(db, "SELECT * FROM mentions")}
    renamed = {"start": "date_start", "end": "date_end"}
    checked = 0
    for record in records:
        for mention in record["mentions"]:
            row = rows[record["article"]["id"], mention["id"]]
            assert (row["type"], row["text"], row["start"], row["end"]) == (
                mention["type"], mention["text"], mention["start"], mention["end"]
            )  # fmt: skip
            for field, value in mention["value"].items():
                stored = row[renamed.get(field, field) if mention["type"] == "date" else field]
                if isinstance(value, list):
                    stored = json.loads(stored)
                assert stored == value, (mention, field)
                checked += 1
    assert checked > 3000
    claims = {(row["article_id"], row["id"]): row for row in _rows(db, "SELECT * FROM claims")}
    findings = {(row["article_id"], row["id"]): row for row in _rows(db, "SELECT * FROM findings")}
    for record in records:
        key = record["article"]["id"]
        for claim in record["claims"]:
            assert {k: claims[key, claim["id"]][k] for k in claim} == claim
        for finding in record["findings"]:
            row = findings[key, finding["id"]]
            assert {k: json.loads(row[k]) if k in ("mentions", "claims") else row[k] for k in finding} == finding


def test_keys_are_declared_and_clean(corpus_outputs):
    _, db = corpus_outputs
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("mentions", "claims", "findings", "finding_mentions"):
        targets = {row["table"] for row in _rows(db, f"PRAGMA foreign_key_list({table})")}
        assert "articles" in targets, table
    claim_keys = {(row["from"], row["table"]) for row in _rows(db, "PRAGMA foreign_key_list(claims)")}
    assert {("mention", "mentions"), ("time", "mentions")} <= claim_keys
    indexed = {row["name"] for row in _rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    for index in ("mentions_type", "mentions_currency", "mentions_org_id", "findings_check", "findings_severity"):
        assert f"idx_{index}" in indexed


def test_the_claim_view_reads_without_a_join(corpus_outputs):
    records, db = corpus_outputs
    view = _rows(db, "SELECT * FROM claim_values WHERE article_id = 'aozora-bridge-loan' ORDER BY claim_id")
    assert len(view) == len(next(r for r in records if r["article"]["id"] == "aozora-bridge-loan")["claims"])
    loan = next(row for row in view if row["text"] == "up to $400 billion")
    assert (loan["amount"], loan["currency"], loan["qualifier"], loan["kind"]) == (4e11, "USD", "at_most", "loan")
    assert loan["subject_name"] and loan["subject"]
    total = db.execute("SELECT count(*) FROM claim_values").fetchone()[0]
    assert total == sum(len(r["claims"]) for r in records)


def test_mention_columns_come_from_the_models():
    columns = mention_columns()
    for name in ("amount", "low", "high", "currency", "qualifier", "value", "kind", "iso", "org_id", "aliases"):
        assert name in columns
    assert columns["amount"] is float and columns["start"] is int and columns["date_start"] is str


def _extract(paths, database, *extra):
    return CliRunner().invoke(cli, ["extract", *map(str, paths), "--format", "sqlite", "-o", str(database), *extra])


def _count(database, table):
    with sqlite3.connect(database) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_resume_adds_nothing_twice_and_retries_errors(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("aozora-bridge-loan", "kallang-pelican-stake"):
        shutil.copy(ARTICLES / f"{name}.txt", folder / f"{name}.txt")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    database = tmp_path / "out.db"
    first = _extract([folder], database, "-j", "1", "-q")
    assert 0 == first.exit_code, first.output
    counts = {t: _count(database, t) for t in ("articles", "mentions", "claims", "findings")}
    assert counts["articles"] == 3
    shutil.copy(ARTICLES / "orbelle-series-b.txt", folder / "orbelle-series-b.txt")
    (folder / "broken.txt").write_text("Acme raised $5 billion on Monday.", encoding="utf-8")
    second = _extract([folder], database, "-j", "1", "--resume")
    assert 0 == second.exit_code, second.output
    assert "2 already done" in second.stderr
    assert _count(database, "articles") == 4
    with sqlite3.connect(database) as connection:
        statuses = dict(connection.execute("SELECT id, status FROM articles"))
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert statuses == {k: "ok" for k in ("aozora-bridge-loan", "kallang-pelican-stake", "broken", "orbelle-series-b")}
    again = {t: _count(database, t) for t in counts}
    third = _extract([folder], database, "-j", "1", "--resume")
    assert 0 == third.exit_code and "4 already done" in third.stderr
    assert {t: _count(database, t) for t in counts} == again
    assert again["mentions"] > counts["mentions"]


def test_a_database_needs_an_output_file_and_refuses_other_files(tmp_path):
    article = ARTICLES / "aozora-bridge-loan.txt"
    result = CliRunner().invoke(cli, ["extract", str(article), "--format", "sqlite"])
    assert result.exit_code == 2 and "-o/--output" in result.output
    other = tmp_path / "notes.db"
    other.write_text("not a database\n", encoding="utf-8")
    result = _extract([article], other, "--resume", "-q")
    assert result.exit_code == 2 and "not a SQLite database" in result.output and "Traceback" not in result.output


def test_an_output_that_is_not_a_regular_file_is_refused_never_removed(tmp_path):
    """--force replaces a database file, but a FIFO (or a device: /dev/null, which a root run would delete
    and replace with a database) is refused before any work, and stays what it was."""
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    result = _extract([ARTICLES / "aozora-bridge-loan.txt"], fifo, "--force", "-q", "--model", "blank:en", "-j", "1")
    assert result.exit_code == 2 and "is not a regular file" in result.output, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(DatabaseError, match="not a regular file"):
        DatabaseSink(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_database_that_cannot_be_written_ends_the_run_with_one_line(tmp_path, monkeypatch):
    def full(self, result):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ResultsDatabase, "write", full)
    result = _extract([ARTICLES / "aozora-bridge-loan.txt"], tmp_path / "out.db", "-q", "--model", "blank:en")
    assert result.exit_code == 2, result.output
    assert f"cannot write {tmp_path / 'out.db'}: database or disk is full" in result.stderr
    assert "Traceback" not in result.output and "internal error" not in result.output
