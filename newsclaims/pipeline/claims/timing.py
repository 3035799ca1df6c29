"""When a claim holds: the date mention of its sentence closest to the quantity in the parse, and its role.

The date in the quantity's own phrase or clause wins ('maturing in March 2027', 'third-quarter revenue',
'for the quarter'); a date that only says when someone spoke ('said on Tuesday') is not the claim's time
while the quantity sits in what was said. Roles: `maturity` (maturing, due, a tenor on a loan or bond),
`as_of` (as of, at the end of, or any date of a level: a stake, a price, a valuation), `period` (the span
a flow covers: revenue, spending, a rate move), null when none of them is clear.
"""

from bisect import bisect_left
from itertools import islice

from spacy.tokens import Span, Token

from newsclaims.pipeline.annotations import per_doc, root_of, sentence_at, verb_above
from newsclaims.pipeline.claims.words import Lemmatize, lemma_in, table, word_set
from newsclaims.pipeline.dates.find import DateSpan

_MAX_DISTANCE = 7


def claim_time(
    quantity: Span,
    dates: list[tuple[DateSpan, Span]],
    speech_verb: int | None,
    kind: str,
    lemmatize: Lemmatize | None,
) -> tuple[DateSpan | None, str | None]:
    """(date, role) for the quantity, among `dates` of its sentence (each with its token span): the nearest in
    the parse (at most `_MAX_DISTANCE` steps through a common ancestor; a loan's maturity counts 3 nearer),
    then the nearest in the text, then the first; skipping a date that only says when someone spoke
    ('said on Tuesday') while the quantity is in what was said."""
    if not dates:
        return None, None
    known: dict[int, _SentenceDates] = per_doc(quantity.doc, "claim_time_dates", lambda doc: {})
    index = known.get(id(dates))
    if index is None or index.dates is not dates:
        index = known[id(dates)] = _SentenceDates(dates)
    best = index.nearest(quantity, speech_verb, kind, lemmatize)
    if best is None:
        return None, None
    date, span = dates[best]
    return date, _role(quantity, date, span, kind, lemmatize)


class _SentenceDates:
    """A sentence's dates by the tokens above them in the parse: (ancestor, steps up to it) -> the dates, in
    text order. A quantity looks only at the ancestors it shares with a date within `_MAX_DISTANCE` steps, and
    in each such group at the dates nearest it in the text, instead of measuring every date of the sentence
    (issue 18: a sentence listing thousands of dated amounts was quadratic). The choice is the one a walk
    over every date makes: the least (distance, text distance, order)."""

    def __init__(self, dates: list[tuple[DateSpan, Span]]) -> None:
        self.dates = dates
        self.starts = [span.start for _, span in dates]
        self.groups: dict[tuple[int, int], list[int]] = {}
        for number, (_, span) in enumerate(dates):
            for steps, token in enumerate([root_of(span), *islice(root_of(span).ancestors, _MAX_DISTANCE)]):
                self.groups.setdefault((token.i, steps), []).append(number)
        for members in self.groups.values():  # by position in the text (dates come in text order already)
            members.sort(key=lambda number: (self.starts[number], number))
        self._maturity: dict[int, bool] = {}
        self._said_when: dict[tuple[int, int], bool] = {}
        self._by_maturity: dict[tuple[int, int], tuple[list[int], list[int]]] = {}

    def nearest(self, quantity: Span, speech_verb: int | None, kind: str, lemmatize: Lemmatize | None) -> int | None:
        root = root_of(quantity)
        loan = kind in ("loan", "debt")
        in_what_was_said = speech_verb is not None and not _attached_to(root, speech_verb)

        def eligible(number: int) -> bool:
            span = self.dates[number][1]
            if span.start <= root.i < span.end:
                return False
            return not (in_what_was_said and self._said(number, speech_verb))

        best: tuple[int, int, int] | None = None
        for up, token in enumerate([root, *islice(root.ancestors, _MAX_DISTANCE)]):
            for steps in range(_MAX_DISTANCE - up + 1):
                members = self.groups.get((token.i, steps))
                if not members:
                    continue
                classes = [(members, 0)]
                if loan:  # a loan's or bond's maturity is what its date says first
                    maturities, others = self._split(token.i, steps, members, lemmatize)
                    classes = [(maturities, 3), (others, 0)]
                for numbers, nearer in classes:
                    found = self._nearest_in(numbers, quantity.start, eligible)
                    if found is not None:
                        key = (up + steps - nearer, abs(self.starts[found] - quantity.start), found)
                        best = key if best is None or key < best else best
        return best[2] if best is not None else None

    def _nearest_in(self, numbers: list[int], start: int, eligible) -> int | None:
        """The eligible date of `numbers` (text order) nearest `start` in the text; the earlier on a tie."""
        at = bisect_left(numbers, start, key=lambda number: self.starts[number])
        left = next((numbers[i] for i in range(at - 1, -1, -1) if eligible(numbers[i])), None)
        right = next((numbers[i] for i in range(at, len(numbers)) if eligible(numbers[i])), None)
        if left is None or right is None:
            return left if right is None else right
        return left if start - self.starts[left] <= self.starts[right] - start else right

    def _split(self, token: int, steps: int, members: list[int], lemmatize) -> tuple[list[int], list[int]]:
        if (token, steps) not in self._by_maturity:
            flags = [self._is_maturity(number, lemmatize) for number in members]
            self._by_maturity[(token, steps)] = (
                [n for n, flag in zip(members, flags, strict=True) if flag],
                [n for n, flag in zip(members, flags, strict=True) if not flag],
            )
        return self._by_maturity[(token, steps)]

    def _is_maturity(self, number: int, lemmatize) -> bool:
        if number not in self._maturity:
            date, span = self.dates[number]
            self._maturity[number] = _role(span, date, span, "loan", lemmatize) == "maturity"
        return self._maturity[number]

    def _said(self, number: int, speech_verb: int) -> bool:
        if (number, speech_verb) not in self._said_when:
            span = self.dates[number][1]
            self._said_when[(number, speech_verb)] = _attached_to(root_of(span), speech_verb) or _right_after(
                span, speech_verb
            )
        return self._said_when[(number, speech_verb)]


def _tree_distance(a: Token, b: Token, limit: int) -> int | None:
    """Steps from `a` to `b` through their lowest common ancestor, when each is at most `limit` steps below
    it (a farther pair is None, as unrelated ones are: only the first `limit` ancestors are walked, so a
    deep parse costs no more than a shallow one)."""
    up_a = [a, *islice(a.ancestors, limit)]
    up_b = [b, *islice(b.ancestors, limit)]
    positions = {token.i: depth for depth, token in enumerate(up_a)}
    for depth_b, token in enumerate(up_b):
        if token.i in positions:
            return positions[token.i] + depth_b
    return None


def _right_after(span: Span, verb: int) -> bool:
    """'said on Tuesday', 'said Tuesday': the date follows the speech verb (the parser may hang it lower)."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in ("on", "late", "early"):
        before -= 1
    return before == verb


def _attached_to(token: Token, verb: int) -> bool:
    """The first verb above the token is `verb`."""
    above = verb_above(token)
    return above is not None and above.i == verb


def _maturity_word(token: Token, maturity: frozenset[str], lemmatize: Lemmatize | None) -> bool:
    """Whether the token says a date is a maturity: 'due', 'maturing', 'redemption'; not the causal 'due to'
    of 'a charge due to the June 1986 write-off' ('due to mature in 2027' is one)."""
    if not (token.lower_ in maturity or lemma_in(token, maturity, lemmatize)):
        return False
    if token.lower_ == "due" and token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "to":
        return token.nbor(2).pos_ in ("VERB", "AUX")
    return True


def _role(quantity: Span, date: DateSpan, span: Span, kind: str, lemmatize: Lemmatize | None) -> str | None:
    words = table()
    maturity = word_set("maturity_words")
    context = [root_of(span).head, *islice(root_of(span).ancestors, 2)]
    before = span.doc[max(sentence_at(span.doc, span.start).start, span.start - 4) : span.start].text.lower()
    if any(_maturity_word(t, maturity, lemmatize) for t in context) or before.endswith(
        tuple(f"{w}" for w in ("due", "maturing in", "matures in", "due in", "expiring in", "repayable in"))
    ):
        return "maturity"
    if date.reading.kind == "duration" and kind in ("loan", "debt") and root_of(span).head.pos_ == "NOUN":
        return "maturity"  # 'a five-year loan', 'a 10-year bond': the tenor
    if before.endswith(("as of", "as at", "at the end of", "end of")) or span.text.lower().startswith("the end of"):
        return "as_of"
    if kind in words["level_kinds"]:
        return "as_of"
    if kind in words["flow_kinds"]:
        return "period"
    return None
