"""Dated events: a date mention read as the day something happens ('the deal closed on March 21').

A date joins an event when, in the parse, it hangs on a word of `rules/events.json`'s `triggers` (a verb:
'completed', 'closed', 'opens'; a noun: 'completion', 'meeting', 'listing') directly ('the 21 May meeting',
'opens Friday') or through a preposition of `date_prepositions` ('completed on March 14', 'a meeting on 14
May'), or through a verb that only schedules it ('the vote is scheduled for 14 May', 'the completion date is
May 2'). A date that says when someone spoke ('said on Monday') hangs on no trigger, so it is no event.

What the event is of (its thing): for a verb, its object ('completed its acquisition of Stalmet') or else
its subject ('the deal closed', 'the transaction was completed', 'Riverside Bakery, which opens'); for a
noun, what follows 'of' ('completion of the deal'), else the noun itself ('the 21 May meeting'). The key of
a thing is its head noun's family ('deal' for a deal, transaction, acquisition or takeover) with the words
that tell one thing from another ('special dividend', 'annual meeting'). Organizations: the subject of the
verb or the owner of the thing ('Kessler completed', 'its acquisition'), and the organization it is done to
('acquisition of Stalmet').

Status: `planned` (an expectation, plan or hedge governs it: 'expected to close', 'could close'), `scheduled` ('will',
'would', 'due to', 'scheduled'), `happened` (a past verb: 'closed', 'was completed'), `revised` (its sentence
moves a date on purpose: 'postponed', 'originally', 'now'), else null.
"""

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsclaims.pipeline.annotations import children_of, has_annotation, root_of, sentence_at, text_of, verb_above
from newsclaims.pipeline.claims.certainty import stance
from newsclaims.pipeline.claims.references import OrgIndex, OrgToken, refers_to
from newsclaims.pipeline.claims.words import Lemmatize, lemma_in, word_set
from newsclaims.pipeline.dateline import dateline_end
from newsclaims.pipeline.dates.find import DateSpan
from newsclaims.pipeline.orgs.find import OrgSpan
from newsclaims.tables import load_table

Offsets = tuple[int, int]

_VERBS = ("VERB", "AUX")
_NOUNS = ("NOUN", "PROPN")
# (dobj: 'the strike began Sept 8' is parsed as if the date were what began)
_DATE_DEPS = ("npadvmod", "tmod", "nmod", "compound", "appos", "attr", "nummod", "obl", "dobj")
_CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "acomp", "pcomp")  # a status or subject may come from above these
_MODIFIER_DEPS = ("amod", "compound", "nmod")
_MAX_CHAIN = 6
_TERM_LINKS = (":", "of", "is", "was", "will", "be", "a", "period")  # words between a term's noun and its length


@dataclass(frozen=True)
class EventFrame:
    """One dated event, by character offsets into the Doc's text."""

    kind: str
    trigger: Offsets
    date: Offsets  # a date mention
    thing: Offsets | None
    thing_key: str | None
    subject: Offsets | None  # an organization mention (its name, without a leading 'the')
    object: Offsets | None
    status: str | None
    certainty: str
    sentence: Offsets


@cache
def _rules() -> dict:
    return load_table("events")


@cache
def _families() -> dict[str, str]:
    return {word: family for family, words in _rules()["thing_families"].items() for word in words}


def find_events(
    doc: Doc, dates: list[DateSpan], orgs: list[OrgSpan], lemmatize: Lemmatize | None = None
) -> list[EventFrame]:
    """The events that the article's point dates are the dates of, in text order."""
    if not dates:
        return []
    opening = dateline_end(text_of(doc))  # a dateline's date is when the story was filed
    terms = _terms(doc, dates, opening)  # read from the words: no parse needed
    if not has_annotation(doc, "DEP"):
        return terms
    index: OrgIndex | None = None
    linked: dict[int, tuple[Span, DateSpan, Token, str]] = {}  # trigger token -> its date nearest in the text
    for date in dates:
        if date.start < opening or date.reading.kind != "point":
            continue
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        found = _trigger(span, lemmatize)
        if found is None or _when_said(span, lemmatize):
            continue
        trigger, kind = found
        known = linked.get(trigger.i)
        if known is None or _distance(span, trigger) < _distance(known[0], trigger):
            # 'will be paid on May 16 to shareholders on the register on May 2': the parser may hang a second
            # date, of something else, on the same verb; the one nearest the verb is its date
            linked[trigger.i] = (span, date, trigger, kind)
    events = []
    for span, date, trigger, kind in sorted(linked.values(), key=lambda item: item[1].start):
        if index is None:
            index = OrgIndex(doc, orgs, [s.start for s in doc.sents])
        event = _closure(_event(span, date, trigger, kind, index, lemmatize), trigger, lemmatize)
        if _fits(event, trigger, lemmatize):
            events.append(event)
    return sorted([*_doors_named_back(events), *terms], key=lambda e: e.date)


def _doors_named_back(events: list[EventFrame]) -> list[EventFrame]:
    """'Hollow Creek Provisions opens its doors on Oct. 11' ... 'when the doors swing open on Oct. 18': doors with
    no owner of their own are those of the business the article's opening or closure before told of."""
    doors = _rules()["door_words"]
    named: dict[str, str] = {}  # kind -> the key of the last thing that opened or closed
    found = []
    for event in events:
        base = event.thing_key.split("_")[-1] if event.thing_key else None
        if event.kind in ("opening", "closure") and base in doors and event.kind in named:
            event = replace(event, thing_key=named[event.kind])
        elif event.kind in ("opening", "closure") and event.thing_key and base not in doors:
            named[event.kind] = event.thing_key
        found.append(event)
    return found


def _terms(doc: Doc, dates: list[DateSpan], opening: int) -> list[EventFrame]:
    """How long a debt runs, told in whole years: 'Tenor: 7 years', 'a term of five years', 'borrowed over 25
    years', 'a five-year bond' (the words `rules/events.json` lists; read from the words, not the parse)."""
    rules = _rules()
    nouns, stems, debts = rules["term_nouns"], tuple(rules["term_verb_stems"]), rules["debt_nouns"]
    frames = []
    for date in dates:
        length = date.reading.length
        if date.start < opening or date.reading.kind != "duration" or length is None or length[1] != "year":
            continue
        if date.reading.direction is not None or length[0] != int(length[0]):
            continue  # 'the past two years' runs from now; 'two and a half years' is no term a year says
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sentence = sentence_at(doc, span.start)
        before = [t for t in doc[sentence.start : span.start] if not t.is_punct or t.text == ":"]
        while before and before[-1].lower_ in _TERM_LINKS:  # 'Tenor: 7', 'a term of', 'over a period of'
            before.pop()
        trigger = None
        if before and before[-1].lower_ in nouns:
            trigger = before[-1]  # 'Tenor: 7 years', 'a term of five years'
        elif before and before[-1].lower_ == "over" and any(t.lower_.startswith(stems) for t in before[:-1]):
            trigger = before[-1]  # 'will be borrowed over 25 years'
        elif len(before) > 1 and before[-1].lower_ == "for" and before[-2].lower_ in rules["term_run_verbs"]:
            trigger = before[-2]  # 'the loan, which runs for 10 years'
        elif span.text.lower().endswith("year") and span.end < sentence.end and doc[span.end].lower_ in debts:
            trigger = doc[span.end]  # 'a five-year bond'
        if trigger is None:
            continue
        frames.append(
            EventFrame(
                kind="term",
                trigger=(trigger.idx, trigger.idx + len(trigger.text)),
                date=(date.start, date.end),
                thing=None,
                thing_key=None,
                subject=None,
                object=None,
                status=None,
                certainty="asserted",
                sentence=(sentence.start_char, sentence.end_char),
            )
        )
    return frames


def event_sentence_candidates(doc: Doc, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of candidate point dates (character spans, after the dateline), those `find_events` reads the parse
    around: the ones whose sentence holds a word that may be a trigger (`trigger_forms`, found without the
    parse). `parse_needs` asks for their sentences."""
    forms, start_forms, start_things = trigger_forms(), _start_forms(), _start_things()
    other_forms, last_things = forms - start_forms, set(_rules()["last_things"])
    wanted = []
    words_of: dict[int, set[str]] = {}  # sentence start -> its words (a sentence may hold several dates)
    for start, end in dates:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentence = sentence_at(doc, span.start)
        if sentence.start not in words_of:
            words_of[sentence.start] = {t.lower_ for t in sentence}
        words = words_of[sentence.start]
        # a start verb is read only where something that starts is named ('the strike began'): 'began' and
        # 'started' beside a date are common, and the parse they would ask for is most of a sentence's cost
        last = words & _LAST and words & last_things  # 'the last shift ... on Friday'
        if words & other_forms or (words & start_forms and words & start_things) or last:
            wanted.append((start, end))
    return wanted


@cache
def _start_forms() -> frozenset[str]:
    """The forms of the start triggers ('began', 'started', 'commencing')."""
    starts = [word for word, kind in _rules()["triggers"].items() if kind == "start"]
    return frozenset(form for form in trigger_forms() if any(form.startswith(w[:4]) for w in starts)) | {
        "began",
        "begun",
    }


@cache
def _start_things() -> frozenset[str]:
    """The things a start may be of (`trigger_things` of the start verbs), singular and plural, and what a start
    verb may carry (`start_verbs`)."""
    things = {thing for word in ("begin", "start", "commence") for thing in _rules()["trigger_things"].get(word, [])}
    things |= {family_word for thing in list(things) for family_word in _rules()["thing_families"].get(thing, [])}
    things |= set(_rules()["start_verbs"])  # 'will begin trading on the 14th': a listing a start verb carries
    return frozenset(things | {thing + "s" for thing in things})


@cache
def trigger_forms() -> frozenset[str]:
    """Every form a trigger word may take in text: the word, its regular endings (with a final 'e' dropped
    and a final consonant doubled) and the irregular past tenses among them ('paid', 'met', 'began')."""
    forms = {"paid", "met", "began", "begun"}
    for word in _rules()["triggers"]:
        stems = {word, word[:-1] if word.endswith("e") else word, word + word[-1]}
        forms |= {word, word + "s", word + "es", word + "d"} | {stem + end for stem in stems for end in ("ed", "ing")}
    return frozenset(forms)


def _distance(date: Span, trigger: Token) -> int:
    return date.start - trigger.i if date.start > trigger.i else trigger.i - date.end


def _fits(event: EventFrame, trigger: Token, lemmatize: Lemmatize | None) -> bool:
    """Whether the thing is one the trigger can be the event of: 'the deal closed', not 'the stock closed';
    nothing that opens and closes every day."""
    rules = _rules()
    base = event.thing_key.split("_")[-1] if event.thing_key else None
    if base in rules["daily_things"] and event.kind in rules["daily_kinds"]:
        return False
    if event.kind == "closure":
        return True  # a closing word told of something that is no deal (`_closure`)
    limited = rules["trigger_things"]
    word = trigger.lower_ if trigger.lower_ in limited else lemma_in(trigger, limited, lemmatize)
    return word is None or base in limited[word]


def _closure(event: EventFrame, trigger: Token, lemmatize: Lemmatize | None) -> EventFrame:
    """'the bakery closed on 2 June': a word that closes a deal tells, of any other thing, its closure."""
    rules = _rules()
    closing = rules["closure_triggers"]
    word = trigger.lower_ if trigger.lower_ in closing else lemma_in(trigger, closing, lemmatize)
    base = event.thing_key.split("_")[-1] if event.thing_key else None
    if word is None or base is None or base in rules["trigger_things"].get(word, ()):
        return event
    return replace(event, kind="closure")


def _trigger(date: Span, lemmatize: Lemmatize | None) -> tuple[Token, str] | None:
    """The word the date is the date of, and its kind of event."""
    set_off = _set_off(date, lemmatize)
    if set_off is not None:
        return set_off
    token = root_of(date)
    head = token.head
    if head.i == token.i:
        return None
    if token.dep_ == "pobj":  # 'on March 14', 'at the meeting on 14 May'
        if head.lower_ not in _rules()["date_prepositions"] or head.head.i == head.i:
            return None
        head = head.head
    elif token.dep_ not in _DATE_DEPS:
        return None
    if date.start <= head.i < date.end:
        return None
    kind = _kind(head, lemmatize)
    if kind == "start":  # 'will begin trading on the 14th': a start verb carrying another event is that event's
        carried = _carried(head, lemmatize)
        if carried is not None:
            return carried
    if kind is not None:
        return head, kind
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.head.i != head.head.i:
        # 'will list on the Oslo exchange on 5 May', 'a hearing on the plan on 6 October': the parser hangs the
        # date on the noun before it; one step further up is the event
        above = head.head.head
        kind = _kind(above, lemmatize)
        if kind is not None:
            return above, kind
        if _opened(above):  # 'when the doors swing open for the very first time on Oct. 18': the verb's subject opens
            return above, "opening"
    if head.pos_ in _VERBS and lemma_in(head, _rules()["schedule_words"], lemmatize):
        # 'the vote is scheduled for 14 May', 'completion is expected on March 14', 'the record date is May 2'
        objects = [c for c in children_of(head) if c.dep_ == "dobj"]  # 'will hold a hearing on 6 October'
        # 'with its listing on the Main Market slated for 16 July': the noun of a 'with' the verb governs
        objects += [pobj for prep in children_of(head) if prep.lower_ == "with" for pobj in children_of(prep)
                    if pobj.dep_ == "pobj"]  # fmt: skip
        for candidate in (*objects, _subject(head), head.head if head.dep_ in ("acl", "relcl") else None):
            if candidate is not None and candidate.i != head.i:
                kind = _kind(candidate, lemmatize)
                if kind is not None:
                    return candidate, kind
    carried = _carried(head, lemmatize)
    if carried is not None:
        return carried
    if _opened(head):
        return head, "opening"
    if head.pos_ == "NOUN" and head.lower_ in ("date", "day"):  # 'a record date of May 2', 'the closing date'
        for child in children_of(head):
            if child.dep_ in ("compound", "amod", "nmod"):
                kind = _kind(child, lemmatize)
                if kind is not None:
                    return child, kind
    return None


def _carried(head: Token, lemmatize: Lemmatize | None) -> tuple[Token, str] | None:
    """The event a light verb carries: 'shares make their debut on 16 October', 'will begin trading on the 14th'."""
    started = _rules()["start_verbs"].get(head.lower_)
    if started and head.dep_ in ("xcomp", "dobj") and lemma_in(head.head, _rules()["light_verbs"], lemmatize):
        return head, started  # 'its shares would begin trading on the 14th': the date hangs on 'trading'
    if head.pos_ in _VERBS and lemma_in(head, _rules()["light_verbs"], lemmatize):
        for candidate in children_of(head):
            # 'when dealings begin on 19 June': what starts may be the subject of the start verb
            if candidate.dep_ not in ("dobj", "xcomp", "nsubj"):
                continue
            kind = _kind(candidate, lemmatize) or _rules()["start_verbs"].get(candidate.lower_)
            if kind is not None and kind != "start":
                return candidate, kind
    return None


def _opened(verb: Token) -> bool:
    """Whether the verb tells an opening with 'open' as its complement ('the doors swing open', 'throws open its
    doors'): the event is the verb's, its thing the verb's subject or object."""
    return verb.pos_ in _VERBS and any(
        c.dep_ in ("acomp", "prt", "advmod") and c.lower_ == "open" for c in children_of(verb)
    )


def _set_off(date: Span, lemmatize: Lemmatize | None) -> tuple[Token, str] | None:
    """'The float, on 12 May, values the company at ...': a date set off by commas right after the event's
    noun is that event's date, wherever the parser hangs it."""
    doc = date.doc
    at = date.start
    if at < 3 or doc[at - 1].lower_ not in ("on", "in") or doc[at - 2].text != ",":
        return None
    if date.end < len(doc) and doc[date.end].text not in (",", ".", ";"):
        return None
    noun = doc[at - 3]
    kind = _kind(noun, lemmatize) if noun.pos_ in _NOUNS else None
    return (noun, kind) if kind is not None else None


def _when_said(date: Span, lemmatize: Lemmatize | None) -> bool:
    """'said on Monday it had completed ...': the date follows a speech verb and says when someone spoke (the
    parser may hang it on the verb of what was said)."""
    doc = date.doc
    before = date.start - 1
    if before >= 0 and doc[before].lower_ in ("on", "late", "early", "last", "this"):
        before -= 1
    if before < 0 or doc[before].pos_ not in _VERBS:
        return False
    return lemma_in(doc[before], word_set("speech_verbs"), lemmatize) is not None


def _kind(token: Token, lemmatize: Lemmatize | None) -> str | None:
    if token.pos_ not in (*_VERBS, *_NOUNS, "ADJ"):
        return None
    if _is_last(token):
        return "closure"  # 'the last shift at the site will be on Friday 14 November'
    triggers = _rules()["triggers"]
    word = token.lower_ if token.lower_ in triggers else lemma_in(token, triggers, lemmatize)
    if word is None:
        return None
    if token.pos_ in _VERBS and _negated(token):
        return None
    if word == "record" and token.pos_ in _VERBS:  # 'recorded a profit'
        return None
    if triggers[word] == "payment" and any(
        c.dep_ == "prt" and c.lower_ in _rules()["paid_off_particles"] for c in children_of(token)
    ):
        return "maturity"  # 'the loan will be paid off in 2041': the debt's end, not one payment
    return triggers[word]


def _is_last(token: Token) -> bool:
    """'the last shift', 'the final flight': a noun of `last_things` with 'last' or 'final' before it."""
    return (
        token.pos_ in _NOUNS
        and token.lower_ in _rules()["last_things"]
        and any(c.dep_ == "amod" and c.lower_ in _LAST for c in children_of(token))
    )


_LAST = frozenset({"last", "final"})


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in children_of(verb))


def _event(
    date: Span, found: DateSpan, trigger: Token, kind: str, index: OrgIndex, lemmatize: Lemmatize | None
) -> EventFrame:
    thing = _thing(trigger, kind, date)
    subject, obj = _organizations(trigger, thing, index, lemmatize)
    sentence = sentence_at(date.doc, date.start)
    return EventFrame(
        kind=kind,
        trigger=(trigger.idx, trigger.idx + len(trigger.text)),
        date=(found.start, found.end),
        thing=_phrase(thing, date) if thing is not None else None,
        thing_key=_key(thing, kind, date, lemmatize),
        subject=_name_offsets(subject),
        object=_name_offsets(obj),
        status=_status(trigger, sentence, lemmatize),
        certainty=stance(date, index, lemmatize).certainty,
        sentence=(sentence.start_char, sentence.end_char),
    )


def _thing(trigger: Token, kind: str, date: Span) -> Token | None:
    """The head noun of what the event is of."""
    if trigger.pos_ in _VERBS and kind in ("meeting", "listing"):
        # 'shareholders will vote on 14 May', 'the board meets on Tuesday', 'its shares list on 5 May': the vote,
        # the meeting, the listing (of whoever votes, meets or lists)
        return trigger
    # a word the tagger calls a noun but the parse gives a subject, or opens with 'until', 'when' or 'after', is a
    # verb ('until the plant shuts on July 31'); its subject may then be parsed as a compound
    clause = trigger.pos_ in _NOUNS and any(c.dep_ == "mark" for c in children_of(trigger))
    if trigger.pos_ in _VERBS or clause or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(trigger)):
        children = list(children_of(trigger))
        if clause:
            compound = next((c for c in children if c.dep_ == "compound" and c.pos_ in _NOUNS), None)
            if compound is not None:
                return compound
        doors = _rules()["door_words"]  # 'the bakery closed its doors last Friday': the bakery's
        for deps in (("dobj",), ("nsubjpass",), ("nsubj",)):
            found = next(
                (c for c in children if c.dep_ in deps and not date.start <= c.i < date.end and c.lower_ not in doors),
                None,
            )
            if found is not None:
                return _antecedent(found)
        subject = _subject(trigger)
        if subject is None and trigger.dep_ == "acl" and trigger.head.pos_ in _NOUNS:
            return trigger.head  # 'the contract, signed on 6 March, ...': the participle's noun is what was signed
        if subject is not None:
            return _antecedent(subject)
        if trigger.lower_ in _rules()["own_things"] and trigger.tag_ == "VBG":
            return trigger  # 'Since closing on 30 January, ...': the gerund names its own thing (a deal's closing)
        return None
    of = _pobj(trigger, "of")
    if of is not None and _families().get(trigger.lower_) is None:  # 'completion of the deal'
        return of
    return trigger


def _antecedent(token: Token) -> Token:
    """'Riverside Bakery, which opens': the noun a relative pronoun stands for."""
    if token.lower_ in ("which", "that", "who") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs on ('is due to complete', 'agreed ... and is due')."""
    for _ in range(_MAX_CHAIN):
        found = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
        if verb.dep_ not in _CLAUSE_LINKS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _pobj(token: Token, preposition: str) -> Token | None:
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == preposition:
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    return None


def _phrase_tokens(noun: Token, date: Span) -> list[Token]:
    """The noun with the words before it that belong to it (determiner, owner, adjectives, compounds: 'the 21
    May meeting') and, for a deal ('acquisition of Polish rival Stalmet'), what follows 'of'."""
    keep = [noun]
    stack = [c for c in children_of(noun) if c.i < noun.i and c.dep_ not in ("punct", "relcl", "acl", "appos")]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in children_of(token) if c.dep_ not in ("punct", "relcl", "acl", "appos"))
    if noun.dep_ != "nsubj" or noun.head.pos_ not in _VERBS:
        of = _pobj(noun, "of")
        if of is not None and _families().get(noun.lower_) is not None:
            keep += [of.head, *of.subtree]
    keep.sort(key=lambda t: t.i)
    # contiguous around the noun
    at = keep.index(noun)
    start = end = at
    while start > 0 and keep[start - 1].i == keep[start].i - 1:
        start -= 1
    while end < len(keep) - 1 and keep[end + 1].i == keep[end].i + 1:
        end += 1
    return keep[start : end + 1]


def _phrase(noun: Token, date: Span) -> Offsets:
    tokens = _phrase_tokens(noun, date) if noun.pos_ not in _VERBS else [noun]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _thing_key(noun: Token, date: Span, lemmatize: Lemmatize | None) -> str:
    """'deal' for 'the transaction'; 'special_dividend'; 'riverside_bakery'."""
    families = _families()
    generic = frozenset(_rules()["generic_modifiers"])
    base = families.get(noun.lower_) or lemma_in(noun, families, lemmatize)
    base = families[base] if base is not None else noun.lower_
    modifiers = []
    for child in children_of(noun):
        if child.i >= noun.i or child.dep_ not in _MODIFIER_DEPS or date.start <= child.i < date.end:
            continue
        if child.like_num or child.is_punct or child.lower_ in generic or child.lower_ in families:
            continue
        words = [t.lower_ for t in child.subtree if not t.is_punct and not date.start <= t.i < date.end]
        modifiers += [w for w in words if w not in generic]
    return "_".join([*modifiers, base])


def _key(thing: Token | None, kind: str, date: Span, lemmatize: Lemmatize | None) -> str | None:
    if thing is None:
        return None
    if _is_last(thing):
        return thing.lower_  # 'the last shift' and 'the final shift': one shift, whatever the adjective
    own = _rules()["own_things"].get(thing.lower_)
    if own is not None and not any(c.dep_ in _MODIFIER_DEPS for c in children_of(thing)):
        return own  # 'the closing occurred on March 21': the deal's
    if thing.pos_ in _VERBS:  # 'will vote', 'meets': the meeting, of whoever meets ('the board meets')
        if kind == "listing":
            return "listing"
        if kind != "meeting":
            return None
        who = _subject(thing)
        generic = _rules()["generic_modifiers"]
        if who is None or who.pos_ not in _NOUNS or who.lower_ in generic or date.start <= who.i < date.end:
            return "meeting"
        return f"{who.lower_}_meeting"
    return _thing_key(thing, date, lemmatize)


def _organizations(
    trigger: Token, thing: Token | None, index: OrgIndex, lemmatize: Lemmatize | None
) -> tuple[OrgToken | None, OrgToken | None]:
    """(whose event, what it is done to): 'Kessler completed its acquisition of Stalmet' -> Kessler,
    Stalmet; 'Riverside Bakery opens' -> Riverside Bakery."""
    subject = None
    if thing is not None:
        subject = _org(thing, index, lemmatize)
        if subject is None:
            owner = next((c for c in children_of(thing) if c.dep_ == "poss"), None)
            subject = _org(owner, index, lemmatize) if owner is not None else None
    if subject is None and trigger.pos_ in _VERBS:
        agent = _subject(trigger)
        if agent is not None and agent is not thing:
            subject = _org(agent, index, lemmatize)
    obj = None
    if thing is not None:
        of = _pobj(thing, "of")
        obj = _org(of, index, lemmatize) if of is not None else None
    if obj is not None and subject is not None and obj.org == subject.org:
        obj = None
    return subject, obj


def _org(token: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    return index.org_at(token) or refers_to(token, index, lemmatize)


def _name_offsets(item: OrgToken | None) -> Offsets | None:
    if item is None:
        return None
    return (max(item.org.start, item.org.name_start), item.org.end)


def _scheduling_verb(noun: Token, lemmatize: Lemmatize | None) -> Token | None:
    """The verb that tells how a noun event stands: the one it is the subject or object of ('the vote is set
    for', 'will hold a meeting', 'the meeting was held'); not one it only appears beside ('critics plan to
    protest outside the 21 May meeting', 'analysts expect demand for the IPO')."""
    verb = verb_above(noun)
    if verb is None or noun.head.i != verb.i or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return verb


def _revises(token: Token, words: list[str], lemmatize: Lemmatize | None) -> bool:
    """Whether the word moves a date: 'postponed', 'originally'; 'bring', 'pull', 'push' and 'move' only with the
    particle that makes them move one ('brought forward', 'pushed back'), not 'brings the plants into the group'."""
    word = lemma_in(token, words, lemmatize)
    if word is None:
        return False
    if word in _MOVED_WITH_A_PARTICLE:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in _DATE_PARTICLES for c in children_of(token))
    return True


_MOVED_WITH_A_PARTICLE = frozenset({"bring", "pull", "push", "move"})
_DATE_PARTICLES = frozenset({"forward", "back", "up", "ahead", "out"})


def _status(trigger: Token, sentence: Span, lemmatize: Lemmatize | None) -> str | None:
    """revised, planned, scheduled, happened or None (see the module's docstring)."""
    rules = _rules()
    cues = rules["status_cues"]
    if any(_revises(t, rules["revision_words"], lemmatize) for t in sentence if t.pos_ in ("VERB", "ADV", "NOUN")):
        return "revised"
    verb = trigger if trigger.pos_ in _VERBS else _scheduling_verb(trigger, lemmatize)
    chain: list[Token] = []
    while verb is not None and len(chain) < _MAX_CHAIN:
        chain.append(verb)
        if verb.dep_ not in _CLAUSE_LINKS or verb.head.i == verb.i:
            break
        verb = verb.head
    if not chain:
        return None
    hedges = word_set("hedge_modals") - {"can"}  # 'residents can speak at the hearing': no doubt of its date
    hedge_words = word_set("hedge_words")
    for verb in chain:
        children = list(children_of(verb))
        if (
            any(c.dep_ in ("aux", "auxpass") and c.lower_ in hedges for c in children)
            or any(c.dep_ in ("advmod", "amod") and c.lower_ in hedge_words for c in children)
            or lemma_in(verb, cues["planned"], lemmatize)
        ):
            return "planned"
    for verb in chain:
        auxiliaries = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if any(a in cues["scheduled"] for a in auxiliaries) or verb.lower_ in cues["scheduled"]:
            return "scheduled"
        if verb.dep_ == "acomp" and verb.lower_ in cues["scheduled"]:
            return "scheduled"
    first = chain[0]
    auxiliaries = [c.lower_ for c in children_of(first) if c.dep_ in ("aux", "auxpass")]
    if first.tag_ == "VBD" and not auxiliaries:
        return "happened"
    if first.tag_ == "VBN" and any(a in cues["happened_auxiliaries"] for a in auxiliaries):
        return "happened"
    return None
