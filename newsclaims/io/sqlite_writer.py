"""A SQLite database of results for SQL tools and Datasette: `extract --format sqlite -o results.db`.

Tables, each item keyed by its article and its own id, every `article_id` a declared foreign key to
`articles(id)`:
- `articles` (primary key `id`): the record's status, its error codes and messages, and `article` metadata;
- `mentions` (`article_id`, `id`): the span and its value as columns (`amount`, `low`, `high`, `currency`,
  `qualifier`, `currency_basis`, `per`; `value`, `kind`; `iso`, `date_start`, `date_end`, `granularity`,
  `relative`, `fiscal`; `name`, `org_id`, `aliases`): a value field named like a span field (a date's
  `start`, `end`) takes its type as prefix, and a mention type leaves the others' columns null;
- `claims` (`article_id`, `id`), with `mention` and `time` foreign keys to `mentions`;
- `findings` (`article_id`, `id`), and `finding_mentions` (`article_id`, `finding_id`, `mention_id`,
  `position`) so a finding joins its mentions without parsing the JSON list;
- the view `claim_values`: each claim with its mention's text and value, its date, and the names of its
  holder and counterpart.
Indexes on what people filter by: mention `type`, `currency`, `org_id`; claim `subject`, `kind`,
`attribute_key`; finding `check`, `severity`. Columns come from the contract's models, so a field added
there appears here. Lists are JSON text, booleans 0/1.

It holds what the JSONL holds, one row set per record, each record written in one transaction (a kill
loses at most the record being written). An article id met again (a resumed run over a changed text, an
input giving one id twice) replaces the earlier record, as the later JSONL line is the current one.
sqlite-utils (Simon Willison's library behind Datasette's tooling) creates the tables from typed column
maps with composite keys and foreign keys, the indexes and the view, and runs each record's transaction;
rows go in through one prepared statement per table (its insert_all checks the schema on every call, which
cost five times the writing for records this small).
"""

import errno
import json
import sqlite3
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Literal

import sqlite_utils
from pydantic import BaseModel

from newsclaims.io.writers import OutputError
from newsclaims.models import ArticleMeta, ArticleResult, Claim, Finding, Mention

ArticleKey = tuple[str, str]
_SPAN_FIELDS = ("id", "type", "text", "start", "end", "sentence")
_INDEXES = {
    "mentions": (["type"], ["currency"], ["org_id"]),
    "claims": (["subject"], ["kind"], ["attribute_key"]),
    "findings": (["check"], ["severity"]),
}
CLAIM_VIEW = """
SELECT c.article_id, c.id AS claim_id, c.mention AS mention_id, m.type, m.text, m.amount, m.low, m.high,
       m.currency, m.qualifier, m.value, m.kind AS value_kind, m.per,
       c.subject, (SELECT o.name FROM mentions o WHERE o.article_id = c.article_id AND o.org_id = c.subject
                   ORDER BY length(o.name) DESC, o.start LIMIT 1) AS subject_name,
       c.object, (SELECT o.name FROM mentions o WHERE o.article_id = c.article_id AND o.org_id = c.object
                  ORDER BY length(o.name) DESC, o.start LIMIT 1) AS object_name,
       c.attribute, c.attribute_key, c.kind, t.text AS time_text, t.iso AS time_iso, c.time_role, c.certainty,
       c.attribution, c.sentence_text
FROM claims c
JOIN mentions m ON m.article_id = c.article_id AND m.id = c.mention
LEFT JOIN mentions t ON t.article_id = c.article_id AND t.id = c.time
"""


class DatabaseError(ValueError):
    """A file that is not a newsclaims results database."""


def mention_models() -> tuple[type[BaseModel], ...]:
    """The concrete mention classes of the `Mention` union (money, percent, date, org)."""
    return typing.get_args(typing.get_args(Mention)[0])


def mention_columns() -> dict[str, type]:
    """Column -> Python type of the mentions table: the span's fields, then every type's value fields.

    >>> columns = mention_columns()
    >>> [name for name in columns][:9]
    ['id', 'type', 'text', 'start', 'end', 'sentence', 'amount', 'low', 'high']
    >>> columns["date_start"], columns["relative"], columns["aliases"]
    (<class 'str'>, <class 'int'>, <class 'str'>)
    """
    found: dict[str, type] = {}
    for model in mention_models():
        for name, info in model.model_fields.items():
            if name == "value":
                value_model = info.annotation
                assert isinstance(value_model, type) and issubclass(value_model, BaseModel)
                kind = model.model_fields["type"].annotation
                prefix = typing.get_args(kind)[0]
                for field, value_info in value_model.model_fields.items():
                    column = f"{prefix}_{field}" if field in _SPAN_FIELDS else field
                    found.setdefault(column, _sql_type(value_info.annotation))
            else:
                found.setdefault(name, _sql_type(info.annotation))
    return found


def model_columns(model: type[BaseModel], *, skip: tuple[str, ...] = ()) -> dict[str, type]:
    return {name: _sql_type(info.annotation) for name, info in model.model_fields.items() if name not in skip}


def _sql_type(annotation: Any) -> type:
    """The Python type sqlite-utils maps to a column type: str, int, float (bool as int, lists as JSON text)."""
    options = [a for a in typing.get_args(annotation) if a is not NoneType]
    if typing.get_origin(annotation) in (typing.Union, UnionType) and options:
        return _sql_type(options[0])
    if typing.get_origin(annotation) is Literal:
        return type(typing.get_args(annotation)[0])
    if annotation is bool:
        return int
    if annotation in (int, float, str):
        return annotation
    return str  # lists, dates: text


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


class ResultsDatabase:
    """A results database, created with its schema on first open; one transaction per record written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size and not _is_database(path):
            raise DatabaseError(f"{path} is not a SQLite database; give another -o or pass --force")
        self._statements: dict[str, tuple[str, list[str]]] = {}
        self.db = sqlite_utils.Database(path)
        self.db.execute("PRAGMA foreign_keys = ON")
        # A write-ahead log without a sync per commit: a killed run keeps every record committed (the
        # database is never left half-written), and writing is not bound by one disk sync per article.
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        if "articles" not in self.db.table_names():
            self._create()
        elif not {"mentions", "claims", "findings"} <= set(self.db.table_names()):
            raise DatabaseError(f"{path} is a SQLite database without newsclaims' tables; give another -o")

    def _create(self) -> None:
        article = {
            "id": str, "schema_version": str, "status": str, "error_codes": str, "errors": str,
            **model_columns(ArticleMeta, skip=("id",)),
        }  # fmt: skip
        with self.db.atomic():
            self.db.table("articles").create(article, pk="id")
            keyed = {"article_id": str}
            self.db.table("mentions").create(
                keyed | mention_columns(), pk=("article_id", "id"), foreign_keys=[("article_id", "articles", "id")]
            )
            self.db.table("claims").create(
                keyed | model_columns(Claim),
                pk=("article_id", "id"),
                foreign_keys=[
                    ("article_id", "articles", "id"),
                    (("article_id", "mention"), "mentions", ("article_id", "id")),
                    (("article_id", "time"), "mentions", ("article_id", "id")),
                ],
            )
            self.db.table("findings").create(
                keyed | model_columns(Finding), pk=("article_id", "id"), foreign_keys=[("article_id", "articles", "id")]
            )
            self.db.table("finding_mentions").create(
                {"article_id": str, "finding_id": str, "mention_id": str, "position": int},
                pk=("article_id", "finding_id", "position"),
                foreign_keys=[
                    ("article_id", "articles", "id"),
                    (("article_id", "finding_id"), "findings", ("article_id", "id")),
                    (("article_id", "mention_id"), "mentions", ("article_id", "id")),
                ],
            )
            for table, indexes in _INDEXES.items():
                for columns in indexes:
                    self.db.table(table).create_index(columns)
            self.db.table("finding_mentions").create_index(["article_id", "mention_id"])
            self.db.create_view("claim_values", CLAIM_VIEW)

    def write(self, result: ArticleResult) -> None:
        """Write one record in one transaction, replacing an earlier record of the same article id."""
        article_id = result.article.id
        meta = result.article.model_dump(mode="json")
        article = {
            "id": article_id,
            "schema_version": result.schema_version,
            "status": result.status,
            "error_codes": _cell([e.code for e in result.errors]),
            "errors": _cell([e.model_dump(mode="json") for e in result.errors]),
            **{k: _cell(v) for k, v in meta.items() if k != "id"},
        }
        links = (
            {"article_id": article_id, "finding_id": f.id, "mention_id": m, "position": i}
            for f in result.findings
            for i, m in enumerate(f.mentions)
        )
        with self.db.atomic():
            self._delete(article_id)
            self._insert("articles", [article])
            self._insert("mentions", _mention_rows(result))
            self._insert("claims", _item_rows(article_id, result.claims))
            self._insert("findings", _item_rows(article_id, result.findings))
            self._insert("finding_mentions", links)

    def _insert(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Rows into `table` with one prepared statement (sqlite-utils made the tables; its per-call checks of
        the schema cost more than the writing for records this small)."""
        if table not in self._statements:
            columns = list(self.db.table(table).columns_dict)
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in columns)
            self._statements[table] = (f"INSERT INTO [{table}] ({names}) VALUES ({marks})", columns)
        statement, columns = self._statements[table]
        self.db.conn.executemany(statement, [tuple(row.get(c) for c in columns) for row in rows])

    def _delete(self, article_id: str) -> None:
        for table in ("finding_mentions", "findings", "claims", "mentions", "articles"):
            column = "id" if table == "articles" else "article_id"
            self.db.execute(f"DELETE FROM [{table}] WHERE [{column}] = ?", [article_id])

    def done(self) -> frozenset[ArticleKey]:
        """(id, sha256) of every article written with status ok: what `--resume` skips."""
        rows = self.db.execute("SELECT id, sha256 FROM articles WHERE status = 'ok' AND sha256 IS NOT NULL")
        return frozenset((row[0], row[1]) for row in rows.fetchall())

    def retry(self) -> int:
        """Remove the records that were not ok (errors, skipped), so a resumed run reads them again."""
        ids = [row[0] for row in self.db.execute("SELECT id FROM articles WHERE status != 'ok'").fetchall()]
        with self.db.atomic():
            for article_id in ids:
                self._delete(article_id)
        return len(ids)

    def close(self) -> None:
        self.db.close()


def _is_database(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(16) == b"SQLite format 3\x00"


def _mention_rows(result: ArticleResult) -> Iterator[dict[str, Any]]:
    for mention in result.mentions:
        row = {"article_id": result.article.id}
        for name, value in mention.model_dump(mode="json").items():
            if name == "value":
                for field, inner in value.items():
                    row[f"{mention.type}_{field}" if field in _SPAN_FIELDS else field] = _cell(inner)
            else:
                row[name] = value
        yield row


def _item_rows(article_id: str, items: list[Claim] | list[Finding]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield {"article_id": article_id, **{k: _cell(v) for k, v in item.model_dump(mode="json").items()}}


def open_database(path: Path) -> ResultsDatabase:
    """The results database at `path` (created when missing); `DatabaseError` for another kind of file."""
    try:
        return ResultsDatabase(path)
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path}: not a usable SQLite database: {error}") from error


class DatabaseSink:
    """`RecordSink`'s counterpart for a database: takes the JSONL text of records and writes each record in
    its own transaction. Without `append` an existing file is replaced; what is not a regular file (a
    device such as /dev/null, a FIFO) is refused, never removed. A database that cannot be created or
    written (a full disk) raises `OutputError`, as `RecordSink` does; the records committed stay whole."""

    def __init__(self, path: Path, *, append: bool = False) -> None:
        if path.exists() and not path.is_file():
            raise DatabaseError(f"{path} is not a regular file: a database is written to a file")
        self.path = path
        with self._writing():
            if not append:
                for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    stale.unlink(missing_ok=True)
            self.database = open_database(path)

    def write(self, text: str) -> None:
        with self._writing():
            for line in text.splitlines():
                if line.strip():
                    self.database.write(ArticleResult.model_validate_json(line))

    def close(self) -> None:
        with self._writing():
            self.database.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            raise OutputError(self.path, error) from error
        except sqlite3.OperationalError as error:  # 'database or disk is full', 'unable to open database file'
            raise OutputError(self.path, OSError(errno.EIO, str(error))) from error
