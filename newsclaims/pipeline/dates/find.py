"""Find the date mentions of a document: spaCy's DATE entities, cleaned, plus rules for what it misses.

A span is kept when it reads as a date (`date_reading.read_date`) or at least holds a date word (a model DATE
span such as a quote '240.34/44' holds none and is dropped). Rule candidates cover written forms the
small model often misses or splits ('Q3 2026', 'H1 2026', 'FY27', 'fiscal 2027', 'March 3, 2026', a year
after a preposition); where a rule span and a model span overlap, the longer reading wins. Quantities
(money, percent) keep their text: a date never overlaps one.

Each mention records the sentence's tense ('past', 'future', or None), which `resolve_date` needs to
place 'March' or 'Tuesday' before or after the publication date.
"""

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span

from newsclaims.pipeline.annotations import ents_of, parsed, per_doc, tagged, text_of
from newsclaims.pipeline.coverage import Coverage, longest_without_overlap
from newsclaims.pipeline.dateline import dateline_end
from newsclaims.pipeline.dates.calendar import depends_on_tense
from newsclaims.pipeline.dates.reading import YEAR, DateReading, read_date
from newsclaims.tables import load_table

_LEADING_WORDS = re.compile(
    r"(?:(?:in|on|at(?!\s+(?:least|most)\b)|by|since|until|till|from|through|during|for|before|after|as of|of|to|"
    r"within|over|its|their|our|his|her|both|either)\s+)+",  # 'at least 90 days' keeps its qualifier
    re.IGNORECASE,
)
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_AHEAD_PREPOSITIONS = {"until", "till", "into", "by", "through"}
_FUTURE_HEADS = {  # word forms, not lemmas: the lemmatizer is not loaded (pipeline/model.py)
    "due",
    "set",
    "scheduled",
    "expected",
    "slated",
    "poised",
    "plan",
    "plans",
    "aim",
    "aims",
    "intend",
    "intends",
    "going",
    # a term's end told in the present is a scheduled one ('the pact, which expires in October')
    "expires",
    "matures",
    "lapses",
}


@dataclass(frozen=True)
class DateSpan:
    """A date mention found in the text, read but not yet resolved against the publication date."""

    start: int
    end: int
    text: str
    reading: DateReading
    tense: str | None


def find_dates(doc: Doc, taken: list[tuple[int, int]] = ()) -> list[DateSpan]:
    """The date mentions of `doc` in text order, none overlapping each other or a `taken` span."""
    text = text_of(doc)
    candidates = _candidates(doc)
    found: list[DateSpan] = []
    taken_chars = Coverage(len(text), taken)
    for (start, end), origin in candidates.items():
        if start >= end or taken_chars.overlaps(start, end):
            continue
        phrase = text[start:end]
        reading = read_date(phrase)
        if reading is None and origin == "model":
            reading = _age(text, start, end)
        if reading is None:
            if origin == "rule" or not _has_date_word(phrase) or _runs_into_clause(doc, start, end):
                continue
            reading = DateReading("vague")
        if origin == "model" and (_is_name(doc, start, end, reading) or _is_title(doc, start, end)):
            continue
        if _is_frequency_word(text, start, end):
            continue
        if origin == "rule" and _is_a_count(doc, start, end):
            continue
        found.append(DateSpan(start, end, phrase, reading, None))
    chosen = longest_without_overlap(found, span=lambda d: (d.start, d.end))
    chosen = _coordinated(text, [_extended(text, span) for span in chosen])
    chosen = [span for span in chosen if not _is_fraction(text, span)]
    dateline = dateline_end(text)
    # The dateline's day is the day of the report: on or before the publication date, never after it.
    return [replace(span, tense="past") if span.end <= dateline else _with_tense(doc, span) for span in chosen]


def _candidates(doc: Doc) -> dict[tuple[int, int], str]:
    """Candidate date spans -> where they come from: the model's DATE entities ("model"), the rule forms
    ("rule"). Found once per Doc (`parse_needs` asks twice, `find_dates` once; the rule patterns run over
    the whole text); read only."""
    return per_doc(doc, "date_candidates", _find_candidates)


def _find_candidates(doc: Doc) -> dict[tuple[int, int], str]:
    text = text_of(doc)
    candidates: dict[tuple[int, int], str] = {}
    for ent in ents_of(doc):
        if ent.label_ == "DATE":
            start, end = _clean(text, ent.start_char, ent.end_char)
            candidates.setdefault((start, end), "model")
    for pattern in _rule_patterns():
        for match in pattern.finditer(text):
            candidates.setdefault(match.span("date"), "rule")
    return candidates


def point_date_candidates(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of candidate dates after the dateline that read as a point in time (what
    `events.find_events` may read as an event's date), before they are checked."""
    text = text_of(doc)
    opening = dateline_end(text)
    found = []
    for start, end in _candidates(doc):
        if start >= opening and start < end:
            reading = read_date(text[start:end])
            if reading is not None and reading.kind == "point":
                found.append((start, end))
    return found


def dates_needing_parse(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of candidate dates whose reading `find_dates` takes from the tagger or parser
    (a superset: the candidates before they are checked): a model date that does not read (does it hold a
    verb?), a rule date of one word before a word that may be a plural noun ('2000 employees'), and a date
    whose place on the calendar depends on its clause's tense ('March 3', 'on Tuesday')."""
    text = text_of(doc)
    dateline = dateline_end(text)
    wanted = []
    for (start, end), origin in _candidates(doc).items():
        if start >= end:
            continue
        reading = read_date(text[start:end])
        if reading is None:
            needs = origin == "model" and _has_date_word(text[start:end])
        else:
            needs = (origin == "rule" and _may_count(text, end)) or (end > dateline and depends_on_tense(reading))
        if needs:
            wanted.append((start, end))
    return wanted


def _may_count(text: str, end: int) -> bool:
    """Whether the word after a number might be a noun it counts (for `_is_a_count`): any word but those the
    tagger never calls a plural noun."""
    following = re.match(r"\s+([A-Za-z]+)", text[end : end + 40])
    return following is not None and following.group(1).lower() not in _NEVER_PLURAL_NOUNS


_NEVER_PLURAL_NOUNS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "per",
        "than",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "up",
        "was",
        "were",
        "when",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
    }
)


def _extended(text: str, date: DateSpan) -> DateSpan:
    """Take in the words OntoNotes keeps inside a DATE that the model often leaves out: the determiner of a
    bare unit ('the month', 'this week') and a leading modifier ('the end of 2027', 'later in January')."""
    before = text[max(0, date.start - 40) : date.start]
    match = _prefix_pattern().search(before)
    if match is None and date.text.lower() in load_table("dates")["units"]:
        match = re.search(r"(?i)(?<![\w-])(?:the|this|that|next|last|each|every|the same|the following)\s+$", before)
    if match is None:
        return date
    start = date.start - (len(before) - match.start())
    phrase = text[start : date.end]
    reading = read_date(phrase)
    if reading is None:
        return date
    return DateSpan(start, date.end, phrase, reading, date.tense)


@cache
def _prefix_pattern() -> re.Pattern[str]:
    prefixes = sorted(load_table("dates")["span_prefixes"], key=len, reverse=True)
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(re.escape(p) for p in prefixes)})\s*$")


def _coordinated(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """'Tuesday and Wednesday', 'March or April', 'late March or early April': two dates of one kind joined
    by a conjunction are one DATE span (OntoNotes), read as a range from the first to the second."""
    merged: list[DateSpan] = []
    for date in dates:
        previous = merged[-1] if merged else None
        joiner = text[previous.end : date.start] if previous is not None else ""
        if previous is not None and re.fullmatch(
            r"\s+(?:starting|beginning|ending|ended|through|to)\s+(?:on\s+)?", joiner
        ):
            phrase = text[previous.start : date.end]
            reading = read_date(phrase)
            if reading is not None and re.search(r"(?i)\b(?:year|quarter|months?|half)$", previous.text):
                merged[-1] = DateSpan(previous.start, date.end, phrase, reading, previous.tense)
                continue
        between = _between(text, previous, date) if previous is not None else None
        if between is not None:
            merged[-1] = between
            continue
        if (
            previous is not None
            and re.fullmatch(r"\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*", joiner)
            and previous.reading.kind == date.reading.kind == "point"
            and previous.reading.granularity == date.reading.granularity
            and (previous.reading.until is None) == (date.reading.until is None)
            and (previous.reading.until is None or previous.reading.split_year)
            and (joiner.strip() not in ("and", "or") or _consecutive(previous.reading, date.reading))
        ):
            phrase = text[previous.start : date.end]
            # '1986/87 and 1987/88': from the first split year's start to the second's end
            first = replace(previous.reading, until=None) if previous.reading.split_year else previous.reading
            reading = replace(first, until=date.reading.until or date.reading)
            merged[-1] = DateSpan(previous.start, date.end, phrase, reading, previous.tense)
        else:
            merged.append(date)
    return merged


def _between(text: str, first: DateSpan, second: DateSpan) -> DateSpan | None:
    """'between Jan 2 and March 4': two points after 'between', joined by 'and', are one range whatever
    their units, its 'between' inside (OntoNotes)."""
    if first.reading.kind != "point" or second.reading.kind != "point":
        return None
    if not re.fullmatch(r"\s+and\s+", text[first.end : second.start]):
        return None
    found = re.search(r"(?i)(?<![\w-])between\s+$", text[max(0, first.start - 12) : first.start])
    if found is None:
        return None
    start = first.start - len(found.group())
    reading = read_date(text[start : second.end])
    return None if reading is None else DateSpan(start, second.end, text[start : second.end], reading, first.tense)


def _consecutive(first: DateReading, second: DateReading) -> bool:
    """Whether two periods joined by 'and'/'or' follow each other, so that they read as one stretch of
    time ('Tuesday and Wednesday', 'March or April', '1986/87 and 1987/88'); '2019 and 2021' are two."""
    unit = first.granularity
    if unit == "year":
        last_year = first.until.year if first.until is not None else first.year
        return first.year is not None and second.year == last_year + (0 if first.split_year else 1)
    if unit == "month" and first.month and second.month:
        return first.month % 12 + 1 == second.month
    if unit == "quarter" and first.quarter and second.quarter:
        return first.quarter % 4 + 1 == second.quarter
    if unit == "day" and first.month is None and first.weekday is not None and second.weekday is not None:
        return (first.weekday + 1) % 7 == second.weekday
    if unit == "day" and first.month and second.month and first.day and second.day:
        return (first.month, first.day + 1) == (second.month, second.day) or (
            first.month % 12 + 1 == second.month and second.day == 1
        )
    return False


def _is_fraction(text: str, date: DateSpan) -> bool:
    """'nearly a quarter of sales', 'half a year's output': a fraction read as a period."""
    if not re.search(r"(?i)\b(?:a|one|three)\s+quarters?$|\bhalf$", date.text):
        return False
    after = text[date.end : date.end + 4].lower()
    qualified = re.match(r"(?i)(?:nearly|almost|about|around|roughly|more than|less than|over|under|just)\b", date.text)
    return after.startswith(" of") or qualified is not None


def _age(text: str, start: int, end: int) -> DateReading | None:
    """'Roach, 43, was named president', 'aged 43': a bare number the model tags DATE as a person's age
    (OntoNotes tags ages as DATE, as '61 years old'), read as that many years; None for any other number."""
    if not re.fullmatch(r"[1-9]\d?", text[start:end]):
        return None
    before, after = text[max(0, start - 40) : start], text[end : end + 2]
    appositive = re.search(r"[A-Z][\w.'’-]*,\s*$", before) is not None and after.startswith(",")
    if not appositive and re.search(r"(?i)\baged?\s+$", before) is None:
        return None
    return DateReading("duration", "year", length=(float(text[start:end]), "year"))


def _runs_into_clause(doc: Doc, start: int, end: int) -> bool:
    """A model DATE span that does not read and holds a verb ('The 1987/88 season ended in the autumn') is
    the model running on into the sentence; without a tagger, one longer than five words."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or not tagged(span[0]):
        return len(text_of(doc)[start:end].split()) > 5
    return any(token.pos_ in ("VERB", "AUX") for token in span)


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip what OntoNotes leaves outside a DATE: prepositions before it, punctuation, a possessive and a
    dangling conjunction around it, and whatever follows a dateline's dash ('March 2 - The company')."""
    cut = re.search(r"\s[-–—]+\s|\n|\s--", text[start:end])
    if cut:
        end = start + cut.start()
    while start < end and text[start] in " \t\n,;:([\"'-–—":
        start += 1
    tail = re.search(r"(?:\s+(?:and|or|to|through|until|against|from|of|by))+$|['\u2019]s$", text[start:end])
    if tail:
        end = start + tail.start()
    while end > start and text[end - 1] in ' \t\n,;:.)]"-–—':
        if text[end - 1] == "." and re.search(r"\b[A-Z][a-z]{1,3}\.$", text[start:end]):
            break  # 'Nov.' keeps its point
        end -= 1
    lead = _LEADING_WORDS.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return start, end


@cache
def _date_word_pattern() -> re.Pattern[str]:
    table = load_table("dates")
    words = set(table["date_words"]) | set(table["months"]) | set(table["weekdays"]) | set(table["seasons"])
    words |= set(table["units"]) | set(table["frequencies"]) | set(table["single_day_shifts"])
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alternation})\b|\b{YEAR}\b|'\d0s|\b\d0s\b")


def _has_date_word(phrase: str) -> bool:
    return bool(_date_word_pattern().search(phrase))


def _is_a_count(doc: Doc, start: int, end: int) -> bool:
    """'expanded its workforce to 2000 employees': a number right before the noun it counts is no year (in
    the parse, a number modifying a plural noun that is not a time word)."""
    if not text_of(doc)[start:end].isdigit():
        return False  # 'Q3 sales', 'FY27 profits', 'JANUARY SALES': a period, never a count
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.end >= len(doc) or not tagged(doc[span.end]):
        return False
    following = doc[span.end]
    return following.tag_ in ("NNS", "NNPS") and following.lower_ not in load_table("dates")["units"]


def _is_name(doc: Doc, start: int, end: int, reading: DateReading) -> bool:
    """'May' before a capitalised word or after a title is a name, not the month ('Theresa May said')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or reading.granularity != "month" or reading.year is not None:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.is_title and not after.is_sent_start and after.ent_type_ not in ("DATE", ""):
        return True
    # a title before it ('Mrs May'); 'Dr' too, which orgs cannot take as a title ('Dr Pepper' is a company);
    # two first names stay from the corpus this rule was written on
    titles = {*load_table("orgs")["person_titles"], "Dr", "Theresa", "Brian"}
    return before is not None and before.text.rstrip(".") in titles


def _is_frequency_word(text: str, start: int, end: int) -> bool:
    """'daily', 'Annual', 'year-on-year' (or its 'year'): one word that says how often, not when."""
    phrase = text[start:end].lower()
    frequencies = {f for f in load_table("dates")["frequencies"] if " " not in f}
    if phrase in frequencies:
        return True
    around = text[max(0, start - 4) : min(len(text), end + 7)].lower()
    return bool(re.search(r"-(?:on|over)-", around)) and phrase in ("year", "month", "quarter", "week", "day")


def _is_title(doc: Doc, start: int, end: int) -> bool:
    """A day word inside a name: the BBC's 'Today' programme (capitalised mid-sentence), 'the Independent
    on Sunday' and 'the Mail on Sunday' (a capitalised name before 'on')."""
    text = text_of(doc)
    phrase = text[start:end]
    if phrase == "Today":
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and not span[0].is_sent_start and not re.match(r"\s*[,.;:]", text[end : end + 2])
    return phrase in ("Sunday", "Saturday") and bool(
        re.search(r"\bthe [A-Z][a-z]+ on $", text[max(0, start - 30) : start])
    )


@cache
def _rule_patterns() -> tuple[re.Pattern[str], ...]:
    table = load_table("dates")
    # 'March 3' and, in a wire headline's capitals, 'DEC 28'
    months = "|".join(
        sorted((f(m) for m in table["months"] for f in (str.capitalize, str.upper)), key=len, reverse=True)
    )
    # a headline in capitals: the model tags none of its dates; 'MAY' and 'MARCH' are verbs there unless a
    # preposition makes them months ('IN MAY'), as are short forms ('IN JAN')
    weekdays = [w for w in table["weekdays"] if w.endswith("day")]
    named = sorted(w.upper() for w in (*weekdays, *table["months"]) if len(w) > 4 or w in ("june", "july"))
    named.remove("MARCH")
    short = sorted({m.upper() for m in table["months"] if len(m) <= 4 or m in ("may", "march")})
    year = YEAR
    forms = [
        # 'March 3, 2026', 'Nov. 26', 'March 2027', '3 March 2026'
        rf"\b(?P<date>(?:{months})\.?\s+(?:[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+{year})?|{year}))\b",
        rf"\b(?P<date>[0-3]?\d\s+(?:{months})\.?(?:,?\s+{year})?)\b",
        # 'Q3 2026', 'Q3', '3Q26', 'H1 2026', '1H', 'FY27', 'FY 2026', 'fiscal 2027', 'fiscal year 2027'
        rf"\b(?P<date>(?:Q[1-4]|[1-4]Q)(?:\s?(?:FY)?\s?(?:{year}|'?\d\d)|\s+of\s+(?:FY\s?|fiscal\s+)?(?:{year}|\d\d))?)\b",
        # a half needs its year: a bare 'H2' is as often hydrogen as the second half
        rf"\b(?P<date>(?:H[12]|[12]H)(?:\s?(?:FY)?\s?(?:{year}|'\d\d)|\s+of\s+(?:FY\s?|fiscal\s+)?(?:{year}|\d\d)))\b",
        rf"\b(?P<date>FY\s?'?(?:{year}|\d\d)(?:/\d\d)?)\b",
        rf"\b(?P<date>(?:[Ff]iscal|[Cc]alendar|[Ff]inancial)(?:\s+year)?\s+{year}(?:/\d\d)?)\b",
        # a split year of a season or fiscal year: '1985/86', '2025-26'
        rf"(?<![\d.,/-])(?P<date>{year}/\d\d)(?![\d/%])",
        # 'the third quarter of 2026', 'the first half', 'third-quarter'; the wire's '4th qtr', '3RD QTR'
        r"(?P<date>\b(?:[Tt]he\s+)?(?:first|second|third|fourth|(?i:1st|2nd|3rd|4th))[\s-]+(?:fiscal\s+)?"
        r"(?:quarter|half|(?i:qtr))"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:{year}|the\s+year|this\s+year|last\s+year|next\s+year)|\s+{year})?)\b",
        # a day of a month the reader knows: 'begin trading on the 14th', 'by the 3rd.' (not 'the 14th floor')
        r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom)\s+(?P<date>the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))"
        # a lower-case word after it may be a noun it counts ('the 14th floor'), unless a word that starts a clause
        # or a phrase ('on the 3rd following clearance', 'by the 14th at the latest')
        r"(?![\w-]|\s+(?:of\b|(?!(?:following|after|before|when|once|and|or|but|to|at|in|with|as|since|until|"
        r"unless|subject|pending|while|if)\b)[a-z]))",
        rf"(?<![\w'-])(?P<date>(?:{'|'.join(named)}))(?![\w'-])",
        rf"\b(?:IN|FOR|OF|SINCE|BY|UNTIL|THROUGH|FROM|BEFORE|AFTER|END-|MID-)\s*(?P<date>(?:{'|'.join(short)}))\b(?!')",
        # 'year to date', 'year-to-date': the year so far (the small model does not tag it)
        r"\b(?P<date>(?:[Tt]he\s+)?(?:[Yy]ear|YEAR)[\s-](?:to|TO)[\s-](?:date|DATE))\b",
        # a year after a preposition that takes a time: 'in 2027', 'since 2019', 'by 2030'
        rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Tt]o|[Ss]tart of|"
        rf"[Ee]nd of|[Ee]arly|[Ll]ate|[Mm]id-)\s*(?P<date>{year})\b(?![-/]\d|\s*(?:%|percent|per cent|pct))",
    ]
    return tuple(re.compile(form) for form in forms)


def _with_tense(doc: Doc, date: DateSpan) -> DateSpan:
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    tense = _tense(span) if span is not None else None
    return DateSpan(date.start, date.end, date.text, date.reading, tense)


def _tense(span: Span) -> str | None:
    """Whether the clause of a date looks back ('said on Tuesday') or ahead ('will vote on Tuesday'), or
    None when it does not say: the verb the date hangs from, its auxiliaries and morphology. A date that
    hangs from a noun first ('the closing price on Friday', 'payable Jan. 15') takes no tense from the
    verb. 'until', 'into' and 'by' look ahead when the verb does not say ('had fallen by Friday' looks back).
    Without a parse, the words just before the date."""
    doc = span.doc
    before = text_of(doc)[max(0, span.start_char - 60) : span.start_char].lower().split()
    ahead = bool(before) and before[-1] in _AHEAD_PREPOSITIONS
    if parsed(span[0]):
        verb = span.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            if verb.i not in range(span.start, span.end) and verb.pos_ in ("NOUN", "ADJ", "PROPN"):
                return "future" if ahead else None
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            words = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
            if words & _FUTURE_AUX or verb.lower_ in _FUTURE_HEADS:
                return "future"
            if "to" in words:
                return "future"  # an infinitive: 'called on members to march on Saturday'
            tense = verb.morph.get("Tense")
            if "Past" in tense or words & {"has", "have", "had", "did", "was", "were"}:
                return "past"  # 'shares had fallen 3% by Friday'
            return "future" if ahead else None
    if ahead:
        return "future"
    if set(before[-6:]) & (_FUTURE_AUX | {"next"}):
        return "future"
    return None
