"""One event on two dates: 'The transaction was completed on March 14' ... 'the deal closed on March 21'.

Reads the record's `events` (pipeline/events): two events are one when they are of one kind (a completion,
a meeting, a listing...), of one thing (the same key: a deal, transaction, acquisition or takeover is 'deal';
'the meeting' is not 'the board meeting'; a later 'the plant' is 'the Kessel plant'; a later 'the merger of
its two units' is not an earlier 'the merger'), in two sentences, of the same organizations where both name
them, and told the same way.
They contradict each other when their dates cannot overlap ('March 14' and 'March 21'; not 'March' and
'March 14').

What is never compared: a plan and what happened ('expected to close in June', 'closed in March'); a
schedule and what happened; a date moved on purpose ('postponed to', 'originally'); a hedge; another of the
kind ('a previous acquisition', 'the rival bid'; a later 'a meeting' is a new one; of a kind that recurs,
a meeting or a payment, a later mention must point back: 'the meeting', not 'will meet in June'); dates of
different years (a previous year's event) or only as precise as a year; events without a thing. A finding
cites both dates (every copy of each): `error` when both are days and neither is a plan, else `warning`.
"""

import re
from collections.abc import Iterator

from newsclaims.check.flag import Flag
from newsclaims.check.view import ArticleView
from newsclaims.check.words import pattern, phrase_lists
from newsclaims.models import DateMention, Event

_OTHER = pattern("other_event")
# words a later mention adds that say what the thing is without making it another one ('the special meeting'
# for the holders' vote told before; not 'the board meeting')
_SAYS_NO_OTHER = frozenset(phrase_lists()["same_event_modifiers"])  # the event keys drop 'general' already
_PRECISE = ("day", "week", "month", "season", "quarter")
_INDEFINITE = ("a ", "an ", "another ")
_DEFINITE = ("the ", "this ", "that ", "its ", "their ")
# Kinds that recur (a group meets again, a dividend is paid every quarter): a later mention is the same one
# only when it points back to it ('the meeting', 'the 21 May meeting', 'its dividend'), not a bare verb
# ('will meet in June') or an adjective ('payable April 15').
_RECURRING = ("meeting", "payment", "record", "filing", "hearing")
_DETERMINERS = ("the", "a", "an", "its", "their", "this", "that")

_NAMED_BY_KEY = ("deal", "meeting", "dividend", "listing")  # keys that name the thing better than its words
_KIND_NOUNS = {
    "completion": "completion",
    "agreement": "signing",
    "meeting": "date",
    "listing": "listing",
    "opening": "opening",
    "launch": "launch",
    "payment": "payment",
    "record": "record date",
    "filing": "filing",
    "expiry": "expiry",
    "hearing": "hearing",
    "start": "start",
    "closure": "closure",
    "maturity": "maturity",
}


def event_date_conflicts(article: ArticleView) -> Iterator[Flag]:
    """One finding per event stated on two dates that cannot both hold."""
    result = article.result
    if not result.events:
        return
    dates = {m.id: m for m in result.mentions if m.type == "date"}
    names = {m.value.org_id: m.value.name for m in result.mentions if m.type == "org"}
    events = [(e, dates[e.date]) for e in result.events if e.date in dates and _comparable(e, dates[e.date])]
    reported: set[tuple[str, str]] = set()
    for i, (a, date_a) in enumerate(events):
        for b, date_b in events[i + 1 :]:
            if _overlap(date_a, date_b) or _years_differ(date_a, date_b) or not _same_event(a, b):
                continue
            pair = (
                min(date_a.value.iso or "", date_b.value.iso or ""),
                max(date_a.value.iso or "", date_b.value.iso or ""),
            )
            if pair in reported:
                continue
            reported.add(pair)
            yield _flag(a, date_a, b, date_b, events, names)


def _comparable(event: Event, date: DateMention) -> bool:
    value = date.value
    return (
        event.thing_key is not None
        and event.status != "revised"
        and value.kind == "point"
        and value.granularity in _PRECISE
        and value.start is not None
        and value.end is not None
        and not value.fiscal
        and not (
            event.thing
            and _OTHER.search(_LAST_OF_A_CLOSURE.sub("", event.thing) if event.kind == "closure" else event.thing)
        )
    )


# 'the last shift', 'the final flight': for a closure, 'last' says the end, not an earlier one ('the last meeting')
_LAST_OF_A_CLOSURE = re.compile(r"\b(?:last|final)\b", re.IGNORECASE)


def _overlap(a: DateMention, b: DateMention) -> bool:
    """Whether the days the two dates cover overlap (both resolved: `_comparable`)."""
    return (a.value.start or "") <= (b.value.end or "") and (b.value.start or "") <= (a.value.end or "")


def _same_event(a: Event, b: Event) -> bool:
    """Whether two events (b later in the text) are one: see the module's docstring."""
    if a.kind != b.kind or not _same_thing(a, b):
        return False
    if a.sentence_text == b.sentence_text:  # 'paid on May 16 to holders of record on May 2': two things
        return False
    if not _agree(a.subject, b.subject) or not _agree(a.object, b.object):
        return False
    if b.thing and b.thing.lower().startswith(_INDEFINITE):  # a later 'a meeting' is another one
        return False
    if b.kind in _RECURRING and not _points_back(b):
        return False
    if _says_more(b, a):  # 'The merger ...', then 'The merger of its two German units ...': another merger
        return False
    return not _told_apart(a, b)


def _says_more(later: Event, earlier: Event) -> bool:
    """A later mention that names what its thing is of when the earlier did not ('the merger of its two units')."""
    more = " of " in (later.thing or "") and " of " not in (earlier.thing or "")
    return more and not (later.object is not None and later.object == earlier.object)


def _points_back(event: Event) -> bool:
    thing = (event.thing or "").lower()
    return thing.startswith(_DEFINITE) or "'s " in thing


def _same_thing(a: Event, b: Event) -> bool:
    """'deal' and 'deal' (a transaction, the acquisition); 'the Kessel plant' and a later 'the plant' (a name
    says which one, and 'the' points back to it); not 'meeting' and 'board_meeting', nor 'annual_meeting' and
    'board_meeting' (a common word says what kind of thing)."""
    *words_a, base_a = (a.thing_key or "").split("_")
    *words_b, base_b = (b.thing_key or "").split("_")
    if a.kind not in _RECURRING and any(_names_itself(e) and _points_back(e) for e in (a, b)):
        # 'signed the contract on Tuesday' ... 'at the 4 June signing': an event named by its own word, with
        # 'the', is the one of its kind the article told of (a meeting or a payment comes again: not those)
        return True
    if base_a != base_b:
        return False
    if set(words_a) == set(words_b):
        return True
    if (
        not words_a
        and set(words_b) <= _SAYS_NO_OTHER
        and _points_back(b)
        and not (a.thing or "").lower().startswith(_INDEFINITE)
    ):
        return True  # 'holders will vote next Wednesday' ... 'at the June 19 special meeting': that vote's meeting
    if set(words_b) < set(words_a) and _points_back(b):
        # 'a special meeting June 18' ... 'the June 25 meeting': what the later one leaves out says no other
        # thing, or is a name the earlier gave ('the Kessel plant' ... 'the plant')
        # of a kind that happens once to a thing (a closure, a completion), 'the plant' after 'its assembly plant'
        # points back to it whatever word it leaves out; a meeting or a payment comes again ('the board meeting')
        return a.kind not in _RECURRING or all(
            word in _SAYS_NO_OTHER or _named_in(word, a.thing) for word in set(words_a) - set(words_b)
        )
    return False


def _names_itself(event: Event) -> bool:
    """Whether the event's thing is its own word ('the 4 June signing', 'the completion'): it says no more
    than what happened."""
    return event.thing_key is not None and event.thing_key == event.trigger.lower()


def _named_in(word: str, thing: str | None) -> bool:
    """Whether the key's word is a capitalized word of the thing as written (a name: 'Kessel')."""
    return any(w.lower() == word and w[:1].isupper() for w in (thing or "").split()[1:])


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _told_apart(a: Event, b: Event) -> bool:
    """A plan and what happened, a schedule and what happened: two dates of one event that may both hold."""
    statuses = {a.status, b.status} - {None}
    return len(statuses) > 1 or ("planned" in statuses and (a.status is None or b.status is None))


def _years_differ(a: DateMention, b: DateMention) -> bool:
    """Dates of two years are two events (a previous year's), unless both are the same day of consecutive
    years: 'completed on March 14, 2025' and 'closed on March 14, 2024' is one date with a slipped year."""
    start_a, start_b = a.value.start or "", b.value.start or ""
    if start_a[:4] == start_b[:4]:
        return False
    days = a.value.granularity == b.value.granularity == "day"
    return not (days and start_a[5:] == start_b[5:] and abs(int(start_a[:4]) - int(start_b[:4])) == 1)


def _flag(a: Event, date_a: DateMention, b: Event, date_b: DateMention, events, names: dict[str, str]) -> Flag:
    both_days = date_a.value.granularity == "day" and date_b.value.granularity == "day"
    exact = both_days and "planned" not in (a.status, b.status)
    copies = [
        date
        for event, date in events
        if date.value.iso in (date_a.value.iso, date_b.value.iso) and event.kind == a.kind and _same_event(a, event)
    ]
    cited = {m.id: m for m in (date_a, date_b, *copies)}
    return Flag(
        check="event_date_conflict",
        severity="error" if exact else "warning",
        cites=(),
        message=(
            f'{_what(a, names)} is dated "{date_a.text}" in one place ({_quote(a, date_a)}) and "{date_b.text}" in '
            f"another ({_quote(b, date_b)}); the article tells of one {_one(a)}, so both cannot be right."
        ),
        observed=None,
        expected=None,
        confidence=0.8 if exact else 0.6,
        dates=tuple(sorted(cited.values(), key=lambda m: m.start)),
    )


def _noun(event: Event) -> tuple[str, bool]:
    """What the event is of, in words, and whether the words are the key's: 'deal', 'board meeting', 'final
    dividend' from the key; a thing the key does not name a family of, as written ('Riverside Bakery')."""
    key = event.thing_key or ""
    if key.split("_")[-1] in _NAMED_BY_KEY or not event.thing:
        return key.replace("_", " "), True
    first, _, rest = event.thing.partition(" ")
    return (rest if rest and first.lower() in _DETERMINERS else event.thing), False


def _one(event: Event) -> str:
    """'deal', 'meeting'; else the kind of event: 'opening'."""
    noun, from_key = _noun(event)
    return noun if from_key else _KIND_NOUNS[event.kind]


def _what(event: Event, names: dict[str, str]) -> str:
    """'The completion of the deal', "Corvane Systems's listing", 'The opening of Riverside Bakery'."""
    noun, from_key = _noun(event)
    owner = event.subject if event.subject and names.get(event.subject, "") not in noun else None
    had_article = from_key or noun != event.thing  # 'the new Sandwell plant'; not 'the Riverside Bakery'
    named = f"{owner}'s {noun}" if owner else f"the {noun}" if had_article else noun
    if noun.split()[-1] == _KIND_NOUNS[event.kind] or (event.kind == "meeting" and noun.endswith("meeting")):
        return named if owner else named[0].upper() + named[1:]  # "Corvane's listing", 'The meeting'
    return f"The {_KIND_NOUNS[event.kind]} of {named}"


def _quote(event: Event, date: DateMention) -> str:
    """The words that say it: '"The transaction was completed on March 14"', '"the 21 May meeting"', else the
    trigger and the date."""
    sentence = event.sentence_text
    if event.thing and date.text in event.thing:
        return f'"{event.thing}"'
    at_date = sentence.find(date.text)
    at_thing = sentence.find(event.thing) if event.thing else -1
    at_trigger = sentence.find(event.trigger)
    if 0 <= at_thing < at_date and at_date - at_thing <= 80 and at_thing <= max(at_trigger, 0):
        return f'"{sentence[at_thing : at_date + len(date.text)]}"'
    if 0 <= at_trigger < at_date and at_date - at_trigger <= 60:
        return f'"{sentence[at_trigger : at_date + len(date.text)]}"'
    return f'"{event.trigger}"'
