"""How a run's sources are cut into pieces of work for N worker processes, so that the workers end together.

A worker takes the next piece when it is free (the pool's queue), so in the middle of a run an uneven piece
costs nothing: the other worker takes the next one. What leaves a core idle is the end of the run: whoever
took the last piece works on alone, and with pieces of 32 articles the busier of two workers had 53% of the
words (issue 21). So the plan reads `jobs * batch_size` sources further than it hands out. While the input
goes on, it cuts pieces of `batch_size` sources in input order (as many articles per `nlp.pipe` as before).
Once the input's end is in sight, it cuts what is left longest first, in shrinking pieces (guided
self-scheduling: each piece about 1/(2 * jobs) of the bytes still to hand out, none over `batch_size`
sources), so that the last pieces are single short articles and the workers finish within one of them.

Each piece carries its sources' input positions, and `InputOrder` puts the outcomes back in input order, so
the output is the same whoever took which piece. A source is weighed before it is read, by its bytes (a
file's size, a JSONL line's length): enough to tell a long article from a short one.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from newsclaims.io.readers import ReadOptions, Source

Result = TypeVar("Result")


@dataclass(frozen=True)
class Piece:
    """Sources handed to one worker at once, with their positions in the input."""

    positions: list[int]
    sources: list[Source]


def source_bytes(source: Source, options: ReadOptions) -> int:
    """How much text a source holds, known before reading it: its bytes; 0 when that cannot be told (it will
    be an error record, which costs nothing to make)."""
    if source.problem is not None:
        return 0
    if source.data is not None:
        return len(source.data)
    if source.origin is None:
        return 0
    try:
        return os.stat(Path(source.origin) if options.base is None else options.base / source.origin).st_size
    except OSError:
        return 0


class WorkPlan:
    """Pieces of work from a stream of sources, read only as far as asked (`read`), cut as above.

    >>> plan = WorkPlan([Source(f"a{n}", None, "text", data=b"x" * n) for n in (1, 5, 3)], batch_size=2, jobs=1)
    >>> plan.read(10)
    3
    >>> [piece.positions for piece in plan.pieces()]  # the end is in sight: longest first, shrinking
    [[1], [2], [0]]
    """

    def __init__(
        self,
        sources: Iterable[Source],
        *,
        batch_size: int,
        jobs: int,
        weigh: Callable[[Source], int] | None = None,
    ) -> None:
        self._sources = iter(sources)
        self._batch_size = max(1, batch_size)
        self._jobs = max(1, jobs)
        self._lookahead = self._batch_size * self._jobs
        self._weigh = weigh or (lambda source: len(source.data or b""))
        self._ahead: deque[tuple[int, Source, int]] = deque()  # read, not handed out: position, source, bytes
        self._ahead_bytes = 0
        self.taken = 0  # sources read from the input so far
        self.exhausted = False  # the input's end has been read
        self._tail = False  # the rest is sorted longest first

    @property
    def finished(self) -> bool:
        """Every source has been handed out in a piece."""
        return self.exhausted and not self._ahead

    def read(self, room: int) -> int:
        """Take up to `room` more sources from the input; returns how many were taken."""
        taken = 0
        while taken < room and not self.exhausted:
            source = next(self._sources, None)
            if source is None:
                self.exhausted = True
                break
            weight = max(0, self._weigh(source))
            self._ahead.append((self.taken, source, weight))
            self._ahead_bytes += weight
            self.taken += 1
            taken += 1
        return taken

    def pieces(self) -> Iterator[Piece]:
        """The pieces that can be cut from what has been read: whole batches in input order while the input
        goes on and `jobs` batches more are read; everything once the input's end has been read."""
        while not self.exhausted and len(self._ahead) >= self._batch_size + self._lookahead:
            yield self._cut([self._ahead.popleft() for _ in range(self._batch_size)])
        if not self.exhausted:
            return
        if not self._tail:
            self._ahead = deque(sorted(self._ahead, key=lambda entry: (-entry[2], entry[0])))
            self._tail = True
        while self._ahead:
            share = self._ahead_bytes / (2 * self._jobs)
            entries = [self._ahead.popleft()]
            weight = entries[0][2]
            while self._ahead and len(entries) < self._batch_size and weight + self._ahead[0][2] <= share:
                entries.append(self._ahead.popleft())
                weight += entries[-1][2]
            yield self._cut(entries)

    def _cut(self, entries: list[tuple[int, Source, int]]) -> Piece:
        self._ahead_bytes -= sum(weight for _, _, weight in entries)
        return Piece([position for position, _, _ in entries], [source for _, source, _ in entries])


@dataclass
class InputOrder(Generic[Result]):
    """Results that come back in any order, given out in input order as soon as the next one is there."""

    given: int = 0  # results given out so far: the next position to give
    _waiting: dict[int, Result] = field(default_factory=dict)

    def add(self, positions: Iterable[int], results: Iterable[Result]) -> None:
        for position, result in zip(positions, results, strict=True):
            self._waiting[position] = result

    def ready(self) -> Iterator[Result]:
        """The results from the next position on, as far as they are there without a gap."""
        while self.given in self._waiting:
            yield self._waiting.pop(self.given)
            self.given += 1
