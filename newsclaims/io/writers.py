"""Write results: JSONL lines (the contract) or CSV rows, each record with one write call.

A record is rendered to text first (in the worker that made it) and then written whole by `RecordSink`:
one `write` system call per record on an unbuffered file, so a clean exit or a Ctrl-C never leaves half a
line, and a SIGKILL can at worst tear the last line, which `--resume` repairs. An output that cannot be
created or written (a read-only folder, a full disk) raises `OutputError`, one sentence for the user; what
was written before stays whole records, bar a torn last line, so `--resume` can carry on.
"""

import os
import sys
from pathlib import Path
from typing import IO, BinaryIO

from newsclaims.models import ArticleResult


def jsonl_line(result: ArticleResult) -> str:
    """One compact JSON line with its newline; UTF-8 kept as text, not escaped."""
    return result.model_dump_json() + "\n"


class OutputError(OSError):
    """The output cannot be created or written; the message names it and says why, in one line."""

    def __init__(self, path: Path | None, error: OSError) -> None:
        where = str(path) if path is not None else "standard output"
        super().__init__(error.errno, f"cannot write {where}: {error.strerror or error}")


class RecordSink:
    """Writes whole records to a file (created, or appended to for --resume) or to stdout."""

    def __init__(self, path: Path | None, *, append: bool = False) -> None:
        self.path = path
        self.records = 0
        if path is None:
            self._stream: BinaryIO = sys.stdout.buffer
            self._fd = None
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._stream = open(path, "ab" if append else "wb", buffering=0)  # noqa: SIM115 (closed in close())
            except OSError as error:
                raise OutputError(path, error) from error
            self._fd = self._stream.fileno()

    def write(self, text: str) -> None:
        """Write `text` (one or more complete lines) at once."""
        if not text:
            return
        data = text.encode("utf-8")
        try:
            if self._fd is None:
                self._stream.write(data)
                self._stream.flush()
            else:
                view = memoryview(data)
                while view:  # a regular file takes it in one call; the loop only guards a short write
                    view = view[os.write(self._fd, view) :]
        except BrokenPipeError:
            raise  # the reader went away (`| head`): not a failure to report, the command line ends quietly
        except OSError as error:
            raise OutputError(self.path, error) from error
        self.records += 1

    def close(self) -> None:
        try:
            if self._fd is not None:
                self._stream.close()
            else:
                self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(self.path, error) from error


class JsonlWriter:
    """Writes `ArticleResult`s as JSONL to a text stream, one line per write, flushed (library use)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, result: ArticleResult) -> None:
        self._stream.write(jsonl_line(result))
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()
