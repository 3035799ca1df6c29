"""`--resume`: find what an existing output already holds, repair it, and say which articles to skip.

JSONL: a record counts as done when its line is complete (ends with a newline, parses) and its status is
`ok`; its (id, sha256) is then skipped on the rerun, neither reprocessed nor rewritten. A torn last line
(a kill mid-write) is cut off. Error and skipped records are *retried*: their lines are removed and the
articles read again, so fixing a bad file and rerunning helps and every article still has one record.
Removing lines from the middle of the file rewrites it through a temporary file and an atomic rename; the
common case (only a torn tail) is a truncation.

SQLite: each record is one transaction; `ok` articles are done, the others are deleted and read again.

CSV: rows carry (article_id, article_sha256) but an article without items has no row, so those articles
are processed again (adding no rows, so nothing is duplicated). The rows of the last article in the file
are cut off and redone, since a kill may have left it with only some of its rows.
"""

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclaims.io.csv_writer import Table, columns

ArticleKey = tuple[str, str]  # (article id, sha256 of its text)


class ResumeError(ValueError):
    """An existing output that cannot be resumed into (another format or table)."""


@dataclass(frozen=True)
class ResumeState:
    """What the existing output holds after repair."""

    done: frozenset[ArticleKey]
    kept: int  # records (JSONL lines, CSV rows) kept
    removed: int  # records removed: torn, unparsable, or to retry
    has_header: bool = False


def resume_jsonl(path: Path) -> ResumeState:
    """Repair a JSONL output for appending; the keys of its `ok` records."""
    if not path.exists():
        return ResumeState(frozenset(), 0, 0)
    done: set[ArticleKey] = set()
    removed: list[tuple[int, int]] = []  # byte ranges of lines to drop
    kept_end = 0
    for start, line in _lines(path):
        key = _done_key(line)
        if key is None:
            removed.append((start, start + len(line)))
        else:
            done.add(key)
            kept_end = start + len(line)
    _drop(path, removed, kept_end)
    return ResumeState(frozenset(done), len(done), len(removed))


def resume_database(path: Path) -> ResumeState:
    """A results database: its `ok` articles are done; the others' rows are removed, to be read again.
    (Each record is one transaction, so a kill leaves no partial record to repair.)"""
    from newsclaims.io.sqlite_writer import open_database  # sqlite-utils imports numpy: only for a database

    if not path.exists():
        return ResumeState(frozenset(), 0, 0)
    database = open_database(path)
    try:
        removed = database.retry()
        done = database.done()
    finally:
        database.close()
    return ResumeState(done, len(done), removed)


def resume_csv(path: Path, table: Table) -> ResumeState:
    """Repair a CSV output for appending (the last article's rows redone); the keys of its articles."""
    if not path.exists() or path.stat().st_size == 0:
        return ResumeState(frozenset(), 0, 0)
    expected = columns(table)
    groups: list[tuple[ArticleKey, int]] = []  # (key, byte offset of its first row), in file order
    rows = 0
    header_end = None
    for start, end, row in _csv_rows(path):
        if header_end is None:
            if row != expected:
                raise ResumeError(f"{path} is not a CSV of the {table} table (its header differs); use another -o")
            header_end = end
            continue
        if len(row) != len(expected):
            break  # a torn row: it and everything after go
        key = (row[0], row[1])
        if not groups or groups[-1][0] != key:
            groups.append((key, start))
        rows += 1
    if header_end is None:  # not even a whole header: start afresh
        _truncate(path, 0)
        return ResumeState(frozenset(), 0, 0)
    cut = groups[-1][1] if groups else header_end
    total = path.stat().st_size
    _truncate(path, cut)
    done = frozenset(key for key, _ in groups[:-1])
    return ResumeState(done, rows, int(total > cut), has_header=True)


def _done_key(line: bytes) -> ArticleKey | None:
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
        article = record["article"]
    except (ValueError, KeyError, TypeError):
        return None
    if record.get("status") != "ok" or not article.get("sha256") or article.get("id") is None:
        return None
    return (str(article["id"]), article["sha256"])


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as stream:
        offset = 0
        for line in stream:
            yield offset, line
            offset += len(line)


def _csv_rows(path: Path) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, cells) of each CSV row; a quoted newline keeps a row across lines."""
    with path.open("rb") as stream:
        offsets = {"end": 0}

        def lines() -> Iterator[str]:
            for line in stream:
                offsets["end"] += len(line)
                if not line.endswith(b"\n"):
                    return  # a torn last line is no row
                yield line.decode("utf-8", errors="replace")

        start = 0
        try:
            for row in csv.reader(lines()):
                yield start, offsets["end"], row
                start = offsets["end"]
        except csv.Error:
            return  # a quoted field left open by a torn write: the rows before it stand


def _drop(path: Path, removed: list[tuple[int, int]], kept_end: int) -> None:
    if not removed:
        return
    if removed[0][0] >= kept_end:  # only a tail to drop (the usual torn last line): cut it off
        _truncate(path, removed[0][0])
        return
    drop = iter(removed)
    skip = next(drop)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".resume")
    try:
        with os.fdopen(handle, "wb") as out:
            for start, line in _lines(path):
                if skip is not None and start == skip[0]:
                    skip = next(drop, None)
                    continue
                out.write(line)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as stream:
        stream.truncate(size)


__all__ = ["ArticleKey", "ResumeError", "ResumeState", "resume_csv", "resume_jsonl"]
