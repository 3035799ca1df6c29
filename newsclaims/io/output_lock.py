"""One run at a time per output file: a lock beside it, taken before the output is checked or touched.

Two runs writing the same `-o` would both pass the "exists?" check and then interleave or truncate each
other's records; two `--resume` runs would both take the same articles as not done and write them twice.
So a run first takes an exclusive lock on `.NAME.lock` beside the output (not the output itself: `--resume`
repairs a file by writing a new one and renaming it over the old, which would leave a lock on the old file
behind) and a second run that finds it taken is refused at once, with the first run's process id.

The lock is `flock` on an open file: the kernel drops it when its process ends, however it ends (SIGKILL
included), so a crashed run never leaves a stale lock. The holder deletes the file when it is done; a run
that opened the file just before it was deleted sees that the lock it got is on a file no longer at that
path, and tries again. Where there is no `flock` (Windows), the lock file is created exclusively instead and
is stale after a crash: the refusal names it so that it can be removed.
"""

import os
import stat
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows)
    fcntl = None  # type: ignore[assignment]

_ATTEMPTS = 5


class OutputLocked(Exception):
    """Another run holds the lock of this output."""


def lock_path(output: Path) -> Path:
    """The lock file of `output`: hidden (folder walks skip it), beside the file itself (symlinks resolved,
    so two runs that name one file by different paths take one lock)."""
    real = output.resolve()
    return real.with_name(f".{real.name}.lock")


class OutputLock:
    """`with OutputLock(path):` holds the output for this run, or raises `OutputLocked` at once.

    Outputs that are not regular files (stdout, /dev/null, a FIFO) are not locked: nothing can be lost in
    them that a lock would save, and their folder may not take a lock file."""

    def __init__(self, output: Path | None) -> None:
        self.output = output
        self._fd: int | None = None
        self._path: Path | None = None

    def __enter__(self) -> "OutputLock":
        if self.output is None or not _lockable(self.output):
            return self
        path = lock_path(self.output)
        path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(_ATTEMPTS):
            fd = _take(path, self.output)
            if fd is not None:
                self._fd, self._path = fd, path
                os.write(fd, f"{os.getpid()}\n".encode())
                return self
        raise OutputLocked(f"{self.output}: its lock {path} keeps changing hands; try again")

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._fd is None or self._path is None:
            return
        try:
            self._path.unlink(missing_ok=True)  # while still holding the lock: see the module docstring
        finally:
            os.close(self._fd)
            self._fd = None


def _lockable(output: Path) -> bool:
    try:
        return stat.S_ISREG(output.stat().st_mode)
    except FileNotFoundError:
        return True  # a new file: the case two runs race on


def _take(path: Path, output: Path) -> int | None:
    """The locked descriptor of `path`, None when the file changed under us (try again); `OutputLocked`
    when another run holds it."""
    if fcntl is None:  # pragma: no cover (Windows)
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            raise OutputLocked(
                f"another newsclaims run is writing {output} (or one crashed: then delete {path})"
            ) from None
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode("ascii", "replace").strip()
        os.close(fd)
        who = f" (process {holder})" if holder.isdigit() else ""
        raise OutputLocked(
            f"another newsclaims run{who} is writing {output}; wait for it to end, or write elsewhere"
        ) from None
    try:
        same = os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        same = False
    if not same:
        os.close(fd)
        return None
    os.ftruncate(fd, 0)
    return fd
