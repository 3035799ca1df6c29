"""Which characters of a text are already taken by a mention, so that mentions never overlap.

Overlap checks against a list of spans cost a pass over the list for every candidate: quadratic on a long
article (minutes for a 300 KB page of names and dates). A mask of the text's characters answers in the
length of the candidate instead.

>>> taken = Coverage(20, [(0, 5)])
>>> taken.overlaps(3, 8), taken.overlaps(5, 8)
(True, False)
"""

from collections.abc import Callable, Iterable
from typing import TypeVar

Item = TypeVar("Item")


class Coverage:
    """The characters of a text of `length` characters that spans have claimed."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._mask = bytearray(length)
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any character of [start, end) is taken."""
        return self._mask.find(1, start, end) != -1

    def merge(self, other: "Coverage") -> None:
        """Claim every character `other` has claimed."""
        size = max(len(self._mask), len(other._mask))
        mine = int.from_bytes(self._mask.ljust(size, b"\x00"), "big")
        theirs = int.from_bytes(other._mask.ljust(size, b"\x00"), "big")
        self._mask = bytearray((mine | theirs).to_bytes(size, "big"))

    def add(self, start: int, end: int) -> None:
        """Claim [start, end)."""
        if end > len(self._mask):
            self._mask.extend(bytes(end - len(self._mask)))
        self._mask[start:end] = b"\x01" * (end - start)


def longest_without_overlap(items: Iterable[Item], span: Callable[[Item], tuple[int, int]]) -> list[Item]:
    """The items that survive when longer spans win over shorter ones they overlap (ties: the earlier),
    in text order.

    >>> longest_without_overlap([(0, 4), (2, 9), (9, 12)], span=lambda s: s)
    [(2, 9), (9, 12)]
    """
    items = list(items)
    taken = Coverage(max((span(item)[1] for item in items), default=0))
    chosen = []
    for item in sorted(items, key=lambda i: (span(i)[1] - span(i)[0], -span(i)[0]), reverse=True):
        start, end = span(item)
        if not taken.overlaps(start, end):
            chosen.append(item)
            taken.add(start, end)
    return sorted(chosen, key=lambda i: span(i)[0])
