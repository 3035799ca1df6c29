"""Read articles from files, folders, JSONL exports and stdin; every bad input becomes a clear error record.

Reading is two steps so that it can be split between processes: `iter_sources` walks the inputs in a stable
order and yields one small `Source` per article (a path, or the raw bytes of a JSONL line or of stdin);
`read_source` turns one into an `ArticleInput`: decoded text (and title, date, encoding) or the error that
stopped it. The main process walks; workers read, so decoding and HTML extraction run in parallel.

Each input article yields exactly one `ArticleInput`; nothing is dropped silently. A JSONL file is one
article per non-blank line (blank lines are not articles); a JSONL file with no article at all gets one
`empty` record of its own.
"""

import datetime as dt
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Literal

from newsclaims.io.encoding import DecodeFailure, decode_text
from newsclaims.io.html import HtmlFailure, declared_charset, extract_html
from newsclaims.io.jsonl_input import JsonlFields, LineFailure, parse_line
from newsclaims.io.valid_text import path_text
from newsclaims.models import ErrorRecord

Format = Literal["text", "html", "jsonl"]
SUFFIX_FORMATS: dict[str, Format] = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
DEFAULT_MAX_CHARS = 2_000_000
# UTF-8 takes at most 4 bytes a character (UTF-16/32 with a BOM too), so more bytes than this can only be
# more characters than max_chars allows.
BYTES_PER_CHAR = 4
# HTML carries markup around the text; allow this many bytes of page per character of article.
HTML_BYTES_PER_CHAR = 20


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the size limit, the JSONL field names, what stdin holds, and the output file.

    `output` is never read as input: a `-o out/results.jsonl` inside a folder being read would otherwise
    be read as a JSONL export while it grows. `base` is the folder that relative paths are read from (the
    current one when None): a worker of a Dask cluster runs elsewhere, yet must read the file the user named,
    and the record must still name it as the user did.
    """

    max_chars: int = DEFAULT_MAX_CHARS
    fields: JsonlFields = field(default_factory=JsonlFields)
    stdin_format: Format = "text"
    output: Path | None = None
    base: Path | None = None


@dataclass(frozen=True)
class Source:
    """One input article before it is read: cheap to make and to send to a worker process.

    `data` holds the bytes of a JSONL line or of stdin; a file is read where it is processed. `problem`
    is an error known while walking (a missing path, an overlong JSONL line). `walked`: found in a folder,
    so read only if it is a regular file (a FIFO named on the command line is read, one in a folder would
    block the run on `open`).
    """

    id: str
    origin: str | None
    format: Format
    data: bytes | None = None
    line: int | None = None
    problem: ErrorRecord | None = None
    walked: bool = False


@dataclass(frozen=True)
class ArticleInput:
    """One article as read: its id and source, and either its text or the error that stopped it."""

    id: str
    source: str | None
    text: str | None = None
    error: ErrorRecord | None = None
    status: str = "ok"  # 'ok', 'error' or 'skipped'
    title: str | None = None
    published: dt.date | None = None  # from the input itself (HTML metadata, a JSONL field)
    encoding: str | None = None  # when not UTF-8


def iter_articles(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[ArticleInput]:
    """Articles from files, folders (recursive, hidden entries skipped) and '-' (stdin), read in order."""
    options = options or ReadOptions()
    return (read_source(source, options) for source in iter_sources(paths, options))


def iter_sources(paths: Iterable[str], options: ReadOptions) -> Iterator[Source]:
    """One `Source` per input article, in a stable order: the paths as given, folders walked by name."""
    for raw in paths:
        if raw == "-":
            yield from _stdin_sources(options)
            continue
        path = Path(raw)
        if path.is_dir():
            for entry in walk_folder(path):
                if isinstance(entry, OSError):
                    yield _unlistable(entry, path)
                else:
                    yield from _file_sources(entry, _article_id(entry, path), options, walked=True)
        elif path.exists():
            yield from _file_sources(path, path.stem, options, walked=False)
        else:
            problem = ErrorRecord(code="not_found", message=f"{raw}: no such file or directory")
            yield Source(path.stem or raw, raw, "text", problem=problem)


def read_source(source: Source, options: ReadOptions) -> ArticleInput:
    """The article of one `Source`: decoded, extracted and checked, or an error record saying why not.
    Its id, source and messages are valid Unicode whatever the file's name (`valid_text`)."""
    article = _read(source, options)
    error = article.error
    return replace(
        article,
        id=path_text(article.id),
        source=path_text(article.source) if article.source is not None else None,
        error=error.model_copy(update={"message": path_text(error.message)}) if error is not None else None,
    )


def _read(source: Source, options: ReadOptions) -> ArticleInput:
    label = _label(source)
    if source.problem is not None:
        return _failure(source, source.problem.code, source.problem.message)
    data = source.data
    if data is None:
        try:
            path = Path(source.origin) if options.base is None else options.base / source.origin
            data = _read_limited(path, _byte_limit(source.format, options.max_chars), regular_only=source.walked)
        except OSError as error:
            return _failure(source, "unreadable", f"{label}: {error.strerror or error}")
    if len(data) > _byte_limit(source.format, options.max_chars) - 1:
        return _too_large(source, options.max_chars)
    try:
        return _parse(source, data, options)
    except (DecodeFailure, HtmlFailure, LineFailure) as failure:
        return _failure(source, failure.code, f"{label}: {failure}")


def walk_folder(folder: Path) -> Iterator[Path | OSError]:
    """Article files below `folder` in a stable order; hidden entries skipped, symlink loops survived.

    Order: a folder's files by name, then its subfolders by name (the same across runs and machines).
    A folder that cannot be listed comes out as its `OSError`, so that it gets an error record instead of
    vanishing (os.walk would skip it silently).
    """
    seen: set[str] = set()
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=errors.append):
        yield from errors
        errors.clear()
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIX_FORMATS:
                yield Path(root) / name
    yield from errors


def file_format(path: Path) -> Format:
    """The format a file is read as, from its suffix; unknown suffixes of files named directly are text."""
    return SUFFIX_FORMATS.get(path.suffix.lower(), "text")


def _parse(source: Source, data: bytes, options: ReadOptions) -> ArticleInput:
    if source.format == "jsonl":
        record = parse_line(data, options.fields)
        article = ArticleInput(
            record.id or source.id, source.origin, record.text, title=record.title, published=record.published
        )
    else:
        decoded = decode_text(data, declared_charset(data) if source.format == "html" else None)
        article = ArticleInput(source.id, source.origin, decoded.text, encoding=decoded.encoding)
        if source.format == "html" and article.text.strip():
            page = extract_html(decoded.text)
            article = ArticleInput(
                source.id,
                source.origin,
                page.text,
                title=page.title,
                published=page.published,
                encoding=decoded.encoding,
            )
    return _checked(article, source, options.max_chars)


def _checked(article: ArticleInput, source: Source, max_chars: int) -> ArticleInput:
    """The too_large and empty rules, the same for every format."""
    if len(article.text) > max_chars:
        return _too_large(source, max_chars, article.id)
    if not article.text.strip():
        error = ErrorRecord(code="empty", message=f"{_label(source)}: empty")
        return ArticleInput(article.id, article.source, error=error, status="skipped")
    return article


def _file_sources(path: Path, article_id: str, options: ReadOptions, *, walked: bool) -> Iterator[Source]:
    if _is_output(path, options.output):
        return
    format_ = file_format(path)
    if format_ == "jsonl":
        try:
            with open_input(path, regular_only=walked) as stream:
                yield from line_sources(stream, article_id, str(path), options.max_chars)
        except OSError as error:
            problem = ErrorRecord(code="unreadable", message=f"{path}: {error.strerror or error}")
            yield Source(article_id, str(path), "jsonl", problem=problem, walked=walked)
    else:
        yield Source(article_id, str(path), format_, walked=walked)


def _stdin_sources(options: ReadOptions) -> Iterator[Source]:
    stream = sys.stdin.buffer
    if options.stdin_format == "jsonl":
        yield from line_sources(stream, "stdin", None, options.max_chars)
    else:
        data = stream.read(_byte_limit(options.stdin_format, options.max_chars))
        yield Source("stdin", None, options.stdin_format, data=data)


def line_sources(stream: BinaryIO, file_id: str, origin: str | None, max_chars: int) -> Iterator[Source]:
    """One Source per non-blank line; a line longer than the limit is not loaded whole."""
    limit = _byte_limit("jsonl", max_chars)
    articles = 0
    for number, line in enumerate(iter(lambda: stream.readline(limit), b""), start=1):
        line_id, where = f"{file_id}:{number}", f"{origin or file_id}:{number}"
        if not line.strip():
            continue
        articles += 1
        if len(line) >= limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the overlong line, a chunk at a time
            problem = ErrorRecord(code="too_large", message=f"{where}: line longer than --max-chars {max_chars:,}")
            yield Source(line_id, origin, "jsonl", line=number, problem=problem)
        else:
            yield Source(line_id, origin, "jsonl", data=line, line=number)
    if not articles:
        problem = ErrorRecord(code="empty", message=f"{origin or file_id}: no articles (no non-blank line)")
        yield Source(file_id, origin, "jsonl", problem=problem)


def _is_output(path: Path, output: Path | None) -> bool:
    # Names first: one cheap comparison per file, a stat only on a name match.
    if output is None or path.name != output.name or not output.exists():
        return False
    return path.samefile(output)


def _unlistable(error: OSError, folder: Path) -> Source:
    where = Path(error.filename or folder)
    article_id = where.relative_to(folder).as_posix() if where.is_relative_to(folder) else where.as_posix()
    problem = ErrorRecord(code="unreadable", message=f"{where}: cannot list the folder: {error.strerror or error}")
    return Source(article_id, str(where), "text", problem=problem)


def _read_limited(path: Path, limit: int, *, regular_only: bool) -> bytes:
    """At most `limit` bytes: an oversized file is never loaded whole."""
    with open_input(path, regular_only=regular_only) as stream:
        return stream.read(limit)


class NotRegularFile(OSError):
    """A FIFO, socket or device found in a folder: reading it could block forever or never end."""


def open_input(path: Path, *, regular_only: bool) -> BinaryIO:
    """`path` opened for reading; with `regular_only`, anything but a regular file is refused. The check is
    made on the open file (no race with a file swapped in between), opened without blocking: opening a
    FIFO for reading would otherwise wait for a writer."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | (getattr(os, "O_NONBLOCK", 0) if regular_only else 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if regular_only and not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
            raise NotRegularFile(0, f"not a regular file ({kind}); name it on the command line to read it")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _byte_limit(format_: Format, max_chars: int) -> int:
    """One byte more than the largest input that can hold max_chars characters of article."""
    per_char = HTML_BYTES_PER_CHAR if format_ == "html" else BYTES_PER_CHAR
    # A JSONL line escapes its text ('\\u20ac' is 6 bytes for one character) and carries other fields.
    if format_ == "jsonl":
        per_char = 6
    return max_chars * per_char + 1


def _too_large(source: Source, max_chars: int, article_id: str | None = None) -> ArticleInput:
    return _failure(source, "too_large", f"{_label(source)}: longer than --max-chars {max_chars:,}", article_id)


def _failure(source: Source, code: str, message: str, article_id: str | None = None) -> ArticleInput:
    error = ErrorRecord(code=code, message=message)
    status = "skipped" if code in ("empty", "no_text") else "error"
    return ArticleInput(article_id or source.id, source.origin, error=error, status=status)


def _label(source: Source) -> str:
    where = source.origin or source.id
    return f"{where}:{source.line}" if source.line is not None else where


def _article_id(file: Path, folder: Path) -> str:
    return file.relative_to(folder).with_suffix("").as_posix()


def count_sources(paths: Iterable[str], options: ReadOptions) -> int | None:
    """How many articles the paths hold (for the progress bar's ETA); None when stdin is among them."""
    paths = list(paths)
    if "-" in paths:
        return None
    return sum(1 for _ in iter_sources(paths, options))
