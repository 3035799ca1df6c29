"""When a claim holds: the date mention of its sentence closest to the quantity in the parse, and its role.

The date in the quantity's own phrase or clause wins ('maturing in March 2027', 'third-quarter revenue',
'for the quarter'); a date that only says when someone spoke ('said on Tuesday') is not the claim's time
while the quantity sits in what was said. Roles: `maturity` (maturing, due, a tenor on a loan or bond),
`as_of` (as of, at the end of, or any date of a level: a stake, a price, a valuation), `period` (the span
a flow covers: revenue, spending, a rate move), null when none of them is clear.
"""

from itertools import islice

from spacy.tokens import Span, Token

from newsclaims.pipeline.annotations import sentence_at, verb_above
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
    """(date, role) for the quantity, among `dates` of its sentence (each with its token span)."""
    best = None
    for date, span in dates:
        if span.start <= quantity.root.i < span.end:
            continue
        distance = _tree_distance(quantity.root, span.root, _MAX_DISTANCE)
        if distance is None or distance > _MAX_DISTANCE:
            continue
        said_when = speech_verb is not None and (
            _attached_to(span.root, speech_verb) or _right_after(span, speech_verb)
        )
        if said_when and not _attached_to(quantity.root, speech_verb):
            continue  # 'said on Tuesday' when the quantity is in what was said
        if kind in ("loan", "debt") and _role(quantity, date, span, kind, lemmatize) == "maturity":
            distance -= 3  # a loan's or bond's maturity is what its date says first
        closeness = (distance, abs(span.start - quantity.start))
        if best is None or closeness < best[0]:
            best = (closeness, date, span)
    if best is None:
        return None, None
    _, date, span = best
    return date, _role(quantity, date, span, kind, lemmatize)


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


def _role(quantity: Span, date: DateSpan, span: Span, kind: str, lemmatize: Lemmatize | None) -> str | None:
    words = table()
    maturity = word_set("maturity_words")
    context = [span.root.head, *islice(span.root.ancestors, 2)]
    before = span.doc[max(sentence_at(span.doc, span.start).start, span.start - 4) : span.start].text.lower()
    if any(t.lower_ in maturity or lemma_in(t, maturity, lemmatize) for t in context) or before.endswith(
        tuple(f"{w}" for w in ("due", "maturing in", "matures in", "due in", "expiring in", "repayable in"))
    ):
        return "maturity"
    if date.reading.kind == "duration" and kind in ("loan", "debt") and span.root.head.pos_ == "NOUN":
        return "maturity"  # 'a five-year loan', 'a 10-year bond': the tenor
    if before.endswith(("as of", "as at", "at the end of", "end of")) or span.text.lower().startswith("the end of"):
        return "as_of"
    if kind in words["level_kinds"]:
        return "as_of"
    if kind in words["flow_kinds"]:
        return "period"
    return None
