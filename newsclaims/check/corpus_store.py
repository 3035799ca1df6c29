"""What the comparison across articles keeps of each record, and where: in memory up to a bound, then in a
SQLite file, so that `newsclaims check` over any number of records runs in flat memory.

A record is read, checked and let go; of its claims only the `Statement`s the corpus comparison needs stay
(a few numbers and ids each, never the record, its sentences or its mentions' values), grouped by their
`corpus.corpus_key`. Past `SPILL_AFTER` statements they all move to a temporary SQLite database (deleted when
the store is closed) and every later one goes there; the groups come back in the order their keys were
first seen either way, so the findings and their numbers do not depend on where the statements were kept.
"""

import json
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, fields
from itertools import groupby
from operator import attrgetter
from pathlib import Path

from newsclaims.check.quantities import Quantity

# ~700 bytes a statement in memory (slots, its strings included; measured on 2,000 dev-news records, 2026-12:
# 375 before the message words, what and title, were kept): 25,000 of them (18 MB) before it moves to disk.
SPILL_AFTER = 25_000
_INSERT_BATCH = 5_000


@dataclass(frozen=True, slots=True)
class Statement:
    """One article's figure for a quantity: what the comparison across articles needs of it, and no more."""

    article: str
    mention: str  # the mention's id
    claim: str  # the claim's id
    text: str  # the mention as written, for the message
    start: int
    value: float | None
    low: float
    high: float
    digits: str
    what: str = ""  # what the figure is of, in the article's names ('SoftBank's bridge loan from Mizuho Bank')
    title: str | None = None  # the article's title as `short_title` cuts it: where a reader finds the figure
    sentence: int = 0  # the mention's sentence index (from 0)

    @classmethod
    def of(cls, article: str, quantity: Quantity, what: str = "", title: str | None = None) -> "Statement":
        """`title` as `short_title` gives it, once per article (one string shared by its statements)."""
        mention = quantity.mention
        return cls(article, mention.id, quantity.claim.id, mention.text, mention.start, quantity.value,
                   quantity.low, quantity.high, quantity.digits, what, title, mention.sentence)  # fmt: skip

    @property
    def quoted(self) -> str:
        """The figure as a message quotes it: '"$40 billion"' (as `flag.quote`)."""
        return f'"{self.text}"'


_COLUMNS = [field.name for field in fields(Statement)]
# A statement's fields as a row, without `dataclasses.astuple`'s deep copy of each value.
_row = attrgetter(*_COLUMNS)
TITLE_CHARS = 60


def short_title(title: str | None) -> str | None:
    """A title as a message quotes it: one line, at most `TITLE_CHARS` characters, cut at a word.

    >>> short_title("  WORLD BANK  LOANS TO CHINA "), short_title(""), short_title("word " * 20)[-10:]
    ('WORLD BANK LOANS TO CHINA', None, 'word word…')
    """
    if not title or not title.strip():
        return None
    line = " ".join(title.split())
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


class StatementStore:
    """Statements grouped by key; `groups()` gives each key's statements in the order the keys came."""

    def __init__(self, spill_after: int = SPILL_AFTER) -> None:
        self.spill_after = spill_after
        self.count = 0
        self._memory: dict[tuple, list[Statement]] = defaultdict(list)
        self._pending: list[tuple] = []
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._db: sqlite3.Connection | None = None

    @property
    def spilled(self) -> bool:
        return self._db is not None

    def add(self, key: tuple, statement: Statement) -> None:
        self.count += 1
        if self._db is None:
            self._memory[key].append(statement)
            if self.count > self.spill_after:
                self._spill()
            return
        self._pending.append((json.dumps(key), *_row(statement)))
        if len(self._pending) >= _INSERT_BATCH:
            self._flush()

    def groups(self) -> Iterator[tuple[tuple, list[Statement]]]:
        """Each key with its statements, keys in first-seen order, statements in the order they came."""
        if self._db is None:
            yield from self._memory.items()
            return
        self._flush()
        # Keys in first-seen order, each key's statements by the index on key (which keeps them in rowid
        # order): index lookups and an ordered scan, no join of the table with itself.
        self._db.executescript(
            """CREATE INDEX IF NOT EXISTS by_key ON statements (key);
               DROP TABLE IF EXISTS firsts;
               CREATE TABLE firsts AS SELECT key, MIN(rowid) AS first FROM statements GROUP BY key;
               CREATE INDEX by_first ON firsts (first);"""
        )
        rows = self._db.execute(
            f"""SELECT s.key, {", ".join(f"s.{c}" for c in _COLUMNS)} FROM firsts f
                JOIN statements s INDEXED BY by_key ON s.key = f.key ORDER BY f.first, s.rowid"""
        )
        for key, group in groupby(rows, key=lambda row: row[0]):
            yield tuple(json.loads(key)), [Statement(*row[1:]) for row in group]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def _spill(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="newsclaims-check-")
        self._db = sqlite3.connect(Path(self._folder.name) / "statements.sqlite")
        self._db.execute("PRAGMA journal_mode = OFF")  # a scratch file: nothing to recover after a crash
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute(
            "CREATE TABLE statements (key TEXT NOT NULL, article TEXT, mention TEXT, claim TEXT, text TEXT, "
            "start INTEGER, value REAL, low REAL, high REAL, digits TEXT, what TEXT, title TEXT, sentence INTEGER)"
        )
        for key, statements in self._memory.items():
            self._pending += [(json.dumps(key), *_row(statement)) for statement in statements]
        self._memory.clear()
        self._flush()

    def _flush(self) -> None:
        if self._db is None or not self._pending:
            return
        marks = ", ".join("?" * (len(_COLUMNS) + 1))
        with self._db:
            self._db.executemany(f"INSERT INTO statements VALUES ({marks})", self._pending)
        self._pending.clear()
