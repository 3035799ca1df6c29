"""Which pairs of an article's quantities a pairwise check looks at: only those that can pass its first tests.

A check that compares every pair of figures is quadratic: an article that is a long table of amounts (4,000
mentions) meant 8 million comparisons (issue 18). Each pairwise check says what two quantities must share to
be worth comparing (their currency, their claim's attribute and holder...) and, where it wants them to
differ in something (two currencies of one amount, two dates of one figure), what; the pairs come out of
buckets of that key, in exactly the order of the nested loop `for i, a in enumerate(items): for b in
items[i + 1:]`, so the findings and their order do not change. The work is the number of pairs that share
a key, not the square of the article's quantities.
"""

from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def keyed_pairs(
    items: Sequence[T],
    key: Callable[[T], Hashable | None],
    differ: Callable[[T], Hashable] | None = None,
) -> Iterator[tuple[T, T]]:
    """Every pair (items[i], items[j]), i < j, with equal `key`s (an item whose key is None pairs with none)
    and, when `differ` is given, unequal `differ` values; ordered by i, then j.

    >>> [(a, b) for a, b in keyed_pairs([1, 2, 3, 4, 5, 6], key=lambda n: n % 2)]
    [(1, 3), (1, 5), (2, 4), (2, 6), (3, 5), (4, 6)]
    >>> list(keyed_pairs(["a1", "b1", "a1"], key=lambda s: s[1], differ=lambda s: s[0]))
    [('a1', 'b1'), ('b1', 'a1')]
    """
    keys = [key(item) for item in items]
    sides = [differ(item) if differ is not None else None for item in items]
    # key -> side -> positions, ascending
    buckets: dict[Hashable, dict[Hashable, list[int]]] = {}
    for position, (item_key, side) in enumerate(zip(keys, sides, strict=True)):
        if item_key is not None:
            buckets.setdefault(item_key, {}).setdefault(side, []).append(position)
    for i, item_key in enumerate(keys):
        if item_key is None:
            continue
        later: list[int] = []
        groups = 0
        for side, positions in buckets[item_key].items():
            if differ is not None and side == sides[i]:
                continue
            first = bisect_right(positions, i)
            if first < len(positions):
                later.extend(positions[first:])
                groups += 1
        if groups > 1:
            later.sort()
        for j in later:
            yield items[i], items[j]
