"""Read articles from files, folders and stdin; every bad input becomes a clear error record.

Each input article yields exactly one `ArticleInput`: with `text` when it could be read, with `error`
(code and message) when not. Nothing is dropped silently.
"""

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclaims.models import ErrorRecord

TEXT_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_CHARS = 2_000_000
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class ArticleInput:
    """One article as read: its id and source, and either its text or the error that stopped it."""

    id: str
    source: str | None
    text: str | None = None
    error: ErrorRecord | None = None
    status: str = "ok"  # 'ok', 'error' or 'skipped'


def iter_articles(paths: Iterable[str], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[ArticleInput]:
    """Articles from files, folders (recursive, .txt and .md, hidden files skipped) and '-' (stdin)."""
    for raw in paths:
        if raw == "-":
            yield _decode("stdin", None, sys.stdin.buffer.read(), max_chars)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield read_article(file, _article_id(file, path), max_chars)
        elif path.exists():
            yield read_article(path, path.stem, max_chars)
        else:
            yield _failure(path.stem or raw, raw, "not_found", f"{raw}: no such file or directory")


def read_article(path: Path, article_id: str, max_chars: int = DEFAULT_MAX_CHARS) -> ArticleInput:
    """One article file, decoded; an error record when it cannot be read."""
    try:
        with path.open("rb") as stream:
            # Read one byte past the limit in UTF-8's worst case, so an oversized file is never loaded whole.
            data = stream.read(max_chars * 4 + 1)
    except OSError as error:
        return _failure(article_id, str(path), "unreadable", f"{path}: {error.strerror or error}")
    return _decode(article_id, str(path), data, max_chars)


def _decode(article_id: str, source: str | None, data: bytes, max_chars: int) -> ArticleInput:
    label = source or article_id
    if len(data) > max_chars * 4:  # more bytes than max_chars characters can take in any encoding read here
        return _failure(article_id, source, "too_large", f"{label}: longer than --max-chars {max_chars:,}")
    utf16 = data.startswith(UTF16_BOMS)
    if b"\x00" in data[:8192] and not utf16:
        return _failure(article_id, source, "binary", f"{label}: looks like a binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as error:
        return _failure(
            article_id, source, "decode_error", f"{label}: not valid UTF-8 (byte {error.start}: {error.reason})"
        )
    if len(text) > max_chars:
        return _failure(article_id, source, "too_large", f"{label}: longer than --max-chars {max_chars:,}")
    if not text.strip():
        return ArticleInput(
            article_id, source, error=ErrorRecord(code="empty", message=f"{label}: empty"), status="skipped"
        )
    return ArticleInput(article_id, source, text=text)


def _failure(article_id: str, source: str | None, code: str, message: str) -> ArticleInput:
    return ArticleInput(article_id, source, error=ErrorRecord(code=code, message=message), status="error")


def _walk(folder: Path) -> Iterator[Path]:
    """Article files below `folder` in a stable order; hidden entries skipped, symlink loops survived."""
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES):
                yield Path(root) / name


def _article_id(file: Path, folder: Path) -> str:
    return file.relative_to(folder).with_suffix("").as_posix()
