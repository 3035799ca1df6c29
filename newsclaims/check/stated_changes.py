"""A change told in words against the two figures of its move: 'first-quarter net income more than doubled'
... 'net income of P3.1 billion, against P1.9 billion a year earlier' (a rise of 63%).

Reads the record's `changes` (pipeline/changes: the words give a range of new/old). The move is the nearest
pair of a new and an old figure (`arithmetic.moves`: 'to A from B', 'A against B', 'A vs B', 'A (2024: B)') within a few
sentences, of the same measure (the kind agrees, or the keys share a word: 'earnings' and a results table's
'Net' are both profit) and of the same organization where both name one. Only that one move is judged, and
only a change with a measure. The figures' own rounding is allowed ('P3.1 billion' may be 3.05 to 3.15).
The finding cites the two figures and quotes the words.
"""

from collections.abc import Iterator

from newsclaims.check.arithmetic import moves
from newsclaims.check.flag import Flag, quote
from newsclaims.check.quantities import Quantity
from newsclaims.check.view import ArticleView
from newsclaims.models import StatedChange

_AROUND = 4  # sentences apart that the words and their move may sit
_SLACK = 0.01  # the words' range widened by this share at each end


def stated_changes(article: ArticleView) -> Iterator[Flag]:
    """One finding per change told in words that its move's figures contradict."""
    changes = article.result.changes
    if not changes:
        return
    by_sentence: dict[int, list[Quantity]] = {}
    for q in article.quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    for change in changes:
        if change.measure_key is None or (change.factor_low is None and change.factor_high is None):
            continue
        move = _nearest_move(change, by_sentence)
        if move is None:
            continue
        new, old = move
        if not (new.low and new.high and old.low and old.high and new.value and old.value):
            continue
        lowest, highest = new.low / old.high, new.high / old.low
        low = change.factor_low * (1 - _SLACK) if change.factor_low is not None else 0.0
        high = change.factor_high * (1 + _SLACK) if change.factor_high is not None else float("inf")
        if highest >= low and lowest <= high:
            continue
        actual = new.value / old.value
        yield Flag(
            check="percent_change",
            severity="warning",
            cites=(old, new),
            message=(
                f"A move from {quote(old)} to {quote(new)} is {(actual - 1) * 100:+.0f}% ({actual:.2f} times), "
                f'which is not what "{change.text}" says of the {change.measure or "measure"}.'
            ),
            observed=round(actual, 4),
            expected=change.factor_low if change.factor_low is not None else change.factor_high,
            confidence=0.6,
        )


def _nearest_move(change: StatedChange, by_sentence: dict[int, list[Quantity]]) -> tuple[Quantity, Quantity] | None:
    """The move of the change's measure nearest to it: its own sentence first, then the sentences around,
    the nearer first (the later of two as near: a lead's change, the figures below)."""
    around = [change.sentence] + [
        n for step in range(1, _AROUND + 1) for n in (change.sentence + step, change.sentence - step)
    ]
    for number in around:
        money = [q for q in by_sentence.get(number, []) if q.type == "money" and q.value and q.per is None]
        for move in moves(money):
            if _same_measure(change, move[0]):  # the old figure is what the new one is set against
                return move
    return None


def _same_measure(change: StatedChange, q: Quantity) -> bool:
    if change.subject and q.claim.subject and change.subject != q.claim.subject:
        return False
    if change.kind != "other" and q.claim.kind == change.kind:
        return True
    key = q.claim.attribute_key or ""
    return bool(key) and bool(set(key.split("_")) & set((change.measure_key or "").split("_")))
