"""What a date phrase says: the grammar of date expressions in news.

`read_date` turns the text of a DATE span into a `DateReading`: a period written in full ('March 2027'),
a period that needs the publication date ('last year', 'Tuesday', 'next March'), a duration ('a one-year
loan'), a range ('2024-2026'), something anaphoric ('the previous year': relative to another date of the
text) or vague ('recent months'). `date_calendar.resolve_date` places a reading on the calendar.

The words come from `rules/dates.json`. Standard forms that the grammar here does not cover ('11/26/2025',
'10.03.2026') go to dateparser, English only, with guards (`_dateparser_reading`): it also reads '100M' or
'of 629' as dates.

>>> read_date("the third quarter of 2026").quarter
3
>>> read_date("a one-year").length
(1.0, 'year')
>>> read_date("100M") is None
True
"""

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from newsclaims.numbers.numerals import parse_number
from newsclaims.tables import load_table

# A year as news writes it, 1800-2199: one pattern for every date form that names a year.
YEAR = r"(?:1[89]|2[01])\d\d"


@dataclass(frozen=True)
class DateReading:
    """A date phrase, read but not yet placed on the calendar.

    A point names one period: `granularity` says which unit, and the fields say what the text fixed
    (`year`, `month`, `day`, `quarter`, `half`, `season`, `week`, `weekday`). A point the text does not
    fix on its own carries `shift` (units from the anchor's period: 'last year' -1) or lacks its year
    ('March 3'), and so needs an anchor. A duration has `length` (count, unit) and `direction` when it
    runs from the anchor ('the past two years' -1). A range has `until`, the reading of its end.
    """

    kind: str  # point | duration | vague
    granularity: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    weekday: int | None = None
    shift: int | None = None
    order: str | None = None  # 'next'/'last' of a named month or weekday: strictly after/before the anchor
    length: tuple[float, str] | None = None
    direction: int | None = None
    fiscal: bool = False
    until: "DateReading | None" = None
    anaphoric: bool = False  # 'that year', 'the previous quarter', 'a year earlier': relative to another date
    looks_back: bool = False  # a vague time counted back from now: 'recent months', 'a few weeks ago'
    split_year: bool = False  # '1987/88', '2025-26': a season or fiscal year across two calendar years

    @property
    def needs_anchor(self) -> bool:
        if self.until is not None and self.until.needs_anchor:
            return True
        if self.anaphoric:
            return True
        if self.kind == "duration":
            return self.direction is not None or (self.until is not None and self.until.needs_anchor)
        if self.kind != "point":
            return False
        return self.shift is not None or (self.year is None and self.decade is None)


def read_date(text: str) -> DateReading | None:
    """What `text` says as a date, or None when it says nothing a calendar knows.

    >>> read_date("Nov. 26, 2025")
    DateReading(kind='point', granularity='day', year=2025, month=11, day=26, ...)
    """
    if len(text) > MAX_PHRASE_CHARS:
        return None  # a date phrase is short; a longer span is the model running on ('March 1 and March 2 and ...')
    return _read_date(text)


MAX_PHRASE_CHARS = 80


@lru_cache(maxsize=8192)
def _read_date(text: str) -> DateReading | None:
    phrase = _normalize(text)
    if not phrase:
        return None
    edge = re.fullmatch(
        r"(?:the )?(?:end|beginning|start|middle|rest|remainder|close) of the (year|month|quarter|week)", phrase
    )
    if edge:  # 'by the end of the year': the current one, as news uses it
        return DateReading("point", edge.group(1), shift=0)
    candidates = _forms(phrase)
    for reader in (*_READERS, _read_range):
        for form in candidates:
            reading = reader(form)
            if reading is not None:
                return reading
    table = _table()
    if any(form in table["vague"] or form in table["frequencies"] for form in candidates):
        return vague(phrase)
    if re.search(r"\b(?:in a row|consecutive|straight|successive|running)\b", phrase):
        return vague(phrase)  # 'the fifth year in a row': a count of periods, not one of them
    if any(form in table["anaphoric_periods"] for form in candidates):
        units = [table["units"][w] for w in re.findall(r"[a-z]+", phrase) if w in table["units"]]
        return DateReading("point", units[0], anaphoric=True) if units else vague(phrase)
    return _dateparser_reading(candidates[-1])


def vague(phrase: str) -> DateReading:
    """A time the calendar cannot place, noting whether it counts back from now ('recent months')."""
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    return DateReading("vague", looks_back=bool(words & set(_table()["looking_back"])))


def _forms(phrase: str) -> list[str]:
    """The phrase, without a leading 'the', and without the modifiers around its period ('early', 'the end
    of', 'mid-'), most literal first."""
    forms = [phrase]
    without_the = phrase[4:] if phrase.startswith("the ") else phrase
    for form in (without_the, _strip_modifiers(phrase), _strip_modifiers(without_the)):
        for candidate in (form, form[4:] if form.startswith("the ") else form):
            if candidate and candidate not in forms:
                forms.append(candidate)
    return forms


@cache
def _table() -> dict:
    return load_table("dates")


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _parts() -> dict[str, str]:
    table = _table()
    return {
        "MONTH": rf"(?P<month>{_alternation(table['months'])})\.?",
        "WEEKDAY": rf"(?P<weekday>{_alternation(table['weekdays'])})\.?",
        "SEASON": rf"(?P<season>{_alternation(table['seasons'])})",
        "ORD": rf"(?P<ord>{_alternation(table['ordinals'])})",
        "SHIFT": rf"(?P<shift>{_alternation(table['shifts'])})",
        "UNIT": rf"(?P<unit>{_alternation(table['units'])})",
    }


@cache
def _rx(template: str) -> re.Pattern[str]:
    pattern = template
    for name, part in _parts().items():
        pattern = pattern.replace(name, part)
    return re.compile(rf"^(?:{pattern})$")


def _normalize(text: str) -> str:
    phrase = " ".join(text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").split()).lower()
    return re.sub(r"(?:'s|s')$", "", phrase).strip(" ,.;:()[]\"'")


def _strip_modifiers(phrase: str) -> str:
    changed = True
    while changed:
        changed = False
        for opening in _modifier_openings():
            if phrase.startswith(opening) and len(phrase) > len(opening):
                phrase = phrase[len(opening) :].strip()
                changed = True
    return phrase


@cache
def _modifier_openings() -> tuple[str, ...]:
    """Each modifier with what joins it to the date ('early ', 'mid-'), longest modifier first."""
    modifiers = sorted(_table()["modifiers"], key=len, reverse=True)
    return tuple(modifier + ("" if modifier.endswith("-") else " ") for modifier in modifiers)


def _is_frequency(phrase: str) -> bool:
    return phrase in _table()["frequencies"]


def _month(name: str) -> int:
    return _table()["months"][name.rstrip(".")]


def _year(text: str) -> int:
    """A written year: '2027', "'27" and '27' (two digits: 1950-2049)."""
    digits = text.lstrip("'")
    value = int(digits)
    if len(digits) == 2:
        value += 1900 if value >= 50 else 2000
    return value


def _count(text: str) -> float | None:
    if text in ("a", "an", "one"):
        return 1.0
    if text in ("half a", "half an"):
        return 0.5
    return parse_number(text)


def _read_iso_day(phrase: str) -> DateReading | None:
    match = re.match(rf"^({YEAR})-([01]\d)-([0-3]\d)$", phrase)
    if not match:
        return None
    return _day_reading(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _day_reading(year: int | None, month: int, day: int, weekday: int | None = None) -> DateReading | None:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: February 29 without a year reads
    except ValueError:
        return None
    return DateReading("point", "day", year=year, month=month, day=day, weekday=weekday)


_YEAR_SUFFIX = rf"(?:,? (?:of )?(?P<y>{YEAR}|'\d\d))?"


def _read_month_day(phrase: str) -> DateReading | None:
    forms = [
        rf"(?:WEEKDAY,? )?MONTH (?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_YEAR_SUFFIX}",
        rf"(?:WEEKDAY,? )?(?:the )?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? MONTH{_YEAR_SUFFIX}",
    ]
    for form in forms:
        found = _rx(form).match(phrase)
        if found:
            year = _year(found.group("y")) if found.group("y") else None
            weekday = _table()["weekdays"][found.group("weekday").rstrip(".")] if found.group("weekday") else None
            return _day_reading(year, _month(found.group("month")), int(found.group("day")), weekday)
    return None


def _read_day_of_month(phrase: str) -> DateReading | None:
    """'the 14th': a day of the month the reader is in, placed from the anchor by the clause's tense."""
    found = re.match(r"^the ([12]?\d|3[01])(?:st|nd|rd|th)$", phrase)
    if not found or int(found.group(1)) == 0:
        return None
    return DateReading("point", "day", day=int(found.group(1)))


def _read_month(phrase: str) -> DateReading | None:
    in_year = _rx(r"(?:the month of )?MONTH,? (?:of )?(?P<which>this|last|next) year").match(phrase)
    if in_year:  # 'October last year', 'April of last year', 'January this year'
        order = {"this": "this", "last": "last-year", "next": "next-year"}[in_year.group("which")]
        return DateReading("point", "month", month=_month(in_year.group("month")), order=order)
    phrase = re.sub(r"^the month of ", "", phrase)
    found = _rx(rf"(?:(?P<order>next|last|this|past|coming) )?MONTH(?:,? (?:of )?(?P<y>{YEAR}|'\d\d))?").match(phrase)
    if not found:
        return None
    order = {"past": "last", "coming": "next"}.get(found.group("order"), found.group("order"))
    year = _year(found.group("y")) if found.group("y") else None
    return DateReading("point", "month", year=year, month=_month(found.group("month")), order=order)


def _read_weekday(phrase: str) -> DateReading | None:
    found = _rx(r"(?:(?P<order>next|last|this|past|coming) )?WEEKDAY").match(phrase)
    if not found:
        return None
    order = {"past": "last", "coming": "next"}.get(found.group("order"), found.group("order"))
    return DateReading("point", "day", weekday=_table()["weekdays"][found.group("weekday")], order=order)


def _read_holiday(phrase: str) -> DateReading | None:
    found = re.match(rf"^(?:(?P<order>next|last|this) )?(?P<name>.+?)(?: (?P<y>{YEAR}))?$", phrase)
    holiday = _table()["holidays"].get(found.group("name")) if found else None
    if holiday is None:
        return None
    year = int(found.group("y")) if found.group("y") else None
    return replace(_day_reading(year, *holiday), order=found.group("order"))


def _read_quarter(phrase: str) -> DateReading | None:
    short = re.match(
        r"^(?P<fy>fiscal |fy ?)?(?:q(?P<q>[1-4])|(?P<q2>[1-4])q)"
        r"(?:(?: of)? ?(?:fy|fiscal)? ?(?P<y>(?:19|20)\d\d|'?\d\d))?$",
        phrase,
    )
    if short:
        quarter = int(short.group("q") or short.group("q2"))
        year = _year(short.group("y")) if short.group("y") else None
        fiscal = bool(short.group("fy")) or "fy" in phrase or "fiscal" in phrase
        return DateReading("point", "quarter", year=year, quarter=quarter, fiscal=fiscal, shift=None)
    ending = re.match(r"^(?P<head>.+? (?:quarter|qtr)) (?:ended|ending|ended on|ending on) (?P<until>.+)$", phrase)
    if ending:
        head, closing = _read_quarter(ending.group("head")), read_date(ending.group("until"))
        if head is not None and closing is not None and closing.kind == "point" and closing.month:
            bounded = _quarter_ending(closing)
            if bounded.fiscal:
                return replace(head, fiscal=True, year=head.year or closing.year, anaphoric=head.year is None)
            return bounded
    fiscal_year_first = re.match(rf"^(?:the )?fiscal (?P<y>{YEAR}) (?P<rest>.+ quarter)$", phrase)
    if fiscal_year_first:
        head = _read_quarter(fiscal_year_first.group("rest"))
        if head is not None:
            return replace(head, year=int(fiscal_year_first.group("y")), fiscal=True, order=None)
    found = _rx(
        r"(?P<fy1>fiscal )?ORD(?P<fy2> fiscal)?[ -](?:quarter|qtr)(?:s)?"
        r"(?: (?:of |in )?(?:(?P<fy3>fiscal |fy ?)(?:year )?)?"
        rf"(?:(?P<y>{YEAR}|'\d\d)|(?:the |this )?(?P<this>year|current year)|(?P<last>last year|"
        r"the previous year)|(?P<next>next year)))?"
    ).match(phrase)
    if found:
        number = _table()["ordinals"][found.group("ord")]
        quarter = 4 if number == -1 else number
        fiscal = bool(found.group("fy1") or found.group("fy2") or found.group("fy3"))
        reading = DateReading("point", "quarter", quarter=quarter, fiscal=fiscal)
        if found.group("y"):
            return replace(reading, year=_year(found.group("y")))
        if found.group("last"):
            return replace(reading, order="last-year")
        if found.group("next"):
            return replace(reading, order="next-year")
        return replace(reading, order="this" if found.group("this") else None)
    return None


def _read_half(phrase: str) -> DateReading | None:
    short = re.match(r"^(?:h(?P<h>[12])|(?P<h2>[12])h)(?: ?(?P<fy>fy|fiscal)? ?(?P<y>(?:19|20)\d\d|'?\d\d))?$", phrase)
    if short:
        year = _year(short.group("y")) if short.group("y") else None
        half = int(short.group("h") or short.group("h2"))
        return DateReading("point", "half", year=year, half=half, fiscal=bool(short.group("fy")))
    found = re.match(
        r"^(?P<fy1>fiscal )?(?P<ord>first|second|1st|2nd|latter|last)(?P<fy2> fiscal)?[ -]half(?:[ -]year)?"
        r"(?: of (?:the )?"
        rf"(?:(?P<fy3>fiscal |fy ?)(?:year )?)?(?:(?P<y>{YEAR}|'\d\d)|(?P<this>year|current year)|"
        r"(?P<last>last year)|(?P<next>next year)))?$",
        phrase,
    )
    if not found:
        found = re.match(rf"^(?P<ord>first|last) six months(?: of (?P<y>{YEAR}))?$", phrase)
        if not found:
            return None
        half = 1 if found.group("ord") == "first" else 2
        year = int(found.group("y")) if found.group("y") else None
        return DateReading("point", "half", year=year, half=half) if year else None
    half = 1 if found.group("ord") in ("first", "1st") else 2
    groups = found.groupdict()
    fiscal = bool(groups.get("fy1") or groups.get("fy2") or groups.get("fy3"))
    reading = DateReading("point", "half", half=half, fiscal=fiscal)
    if groups.get("y"):
        return replace(reading, year=_year(groups["y"]))
    if groups.get("last"):
        return replace(reading, order="last-year")
    if groups.get("next"):
        return replace(reading, order="next-year")
    return replace(reading, order="this" if groups.get("this") else None)


def _read_months_of_year(phrase: str) -> DateReading | None:
    """'the first nine months of 1986', 'the last three months of 2004', 'the first six months of this year':
    the months counted from the start or the end of a year (a quarter or half when they make one)."""
    found = re.match(
        rf"^(?:the )?(?P<end>first|last|final) (?P<n>[\w-]+) months of (?:the )?(?:(?P<y>{YEAR})|"
        r"(?P<which>this|last|next|current) year|(?P<the>year))$",
        phrase,
    )
    count = _count(found.group("n")) if found else None
    if count is None or not float(count).is_integer() or not 1 <= count <= 12:
        return None
    count = int(count)
    first_month = 1 if found.group("end") == "first" else 13 - count
    last_month = first_month + count - 1
    order = {"this": "this", "current": "this", "last": "last-year", "next": "next-year"}.get(found.group("which"))
    year = int(found.group("y")) if found.group("y") else None
    base = DateReading("point", "month", year=year, order=order, anaphoric=bool(found.group("the")))
    if count == 3 and first_month in (1, 4, 7, 10):
        return replace(base, granularity="quarter", month=None, quarter=(first_month + 2) // 3)
    if count == 6 and first_month in (1, 7):
        return replace(base, granularity="half", month=None, half=1 if first_month == 1 else 2)
    return replace(base, month=first_month, until=replace(base, month=last_month))


def _read_month_quarter(phrase: str) -> DateReading | None:
    """'the December quarter', 'the 1985 December quarter', 'the December 1986 quarter': the calendar quarter
    that ends in that month (Australian and Indian usage)."""
    found = _rx(
        rf"(?:(?P<y1>{YEAR}) )?MONTH (?:(?P<y2>{YEAR}) )?quarter"
        rf"(?: of (?P<y3>{YEAR}))?"
    ).match(phrase)
    if not found or _month(found.group("month")) % 3:
        return None
    year = next((int(found.group(g)) for g in ("y1", "y2", "y3") if found.group(g)), None)
    return DateReading("point", "quarter", year=year, quarter=_month(found.group("month")) // 3)


def _read_two_quarters(phrase: str) -> DateReading | None:
    """'the third and fourth quarters of 1987': a range from one quarter to the other."""
    found = _rx(rf"ORD and (?P<second>first|second|third|fourth) quarters(?: of (?P<y>{YEAR}))?")
    found = found.match(phrase)
    if not found:
        return None
    ordinals = _table()["ordinals"]
    year = int(found.group("y")) if found.group("y") else None
    first = DateReading("point", "quarter", year=year, quarter=ordinals[found.group("ord")] % 5)
    return replace(first, until=replace(first, quarter=ordinals[found.group("second")]))


def _read_year(phrase: str) -> DateReading | None:
    named = re.match(rf"^(?:the )?(?:calendar |full |fiscal )?year (?P<y>{YEAR})$", phrase)
    if named:  # 'the year 2050', 'the full year 1986'
        return DateReading("point", "year", year=int(named.group("y")), fiscal="fiscal" in phrase)
    plain = re.match(rf"^(?:(?P<fy>fiscal(?: year)?|fy|financial year) ?)?(?P<y>{YEAR})$", phrase)
    if plain:
        return DateReading("point", "year", year=int(plain.group("y")), fiscal=bool(plain.group("fy")))
    short = re.match(r"^(?:fiscal(?: year)? ?'?|fy ?'?)(?P<y>\d\d)$", phrase)
    if short:
        return DateReading("point", "year", year=_year(short.group("y")), fiscal=True)
    after = re.match(rf"^(?P<y>{YEAR}) (?:fiscal|financial) year$", phrase)
    if after:
        return DateReading("point", "year", year=int(after.group("y")), fiscal=True)
    return None


def _read_year_range(phrase: str) -> DateReading | None:
    found = re.match(
        rf"^(?:between )?(?P<fy>fiscal |fy ?)?(?P<a>{YEAR}) ?(?:-|/|to|and|through|until) ?"
        r"(?P<b>(?:1[89]|2[01])?\d\d|\d)$",
        phrase,
    )
    if not found:
        return None
    first, second = int(found.group("a")), found.group("b")
    last = int(second) if len(second) == 4 else first // 10 ** len(second) * 10 ** len(second) + int(second)
    if last <= first:
        return None
    fiscal = bool(found.group("fy"))
    split = len(second) <= 2 and last == first + 1 and not phrase.startswith("between")
    end = DateReading("point", "year", year=last, fiscal=fiscal)
    return DateReading("point", "year", year=first, fiscal=fiscal, until=end, split_year=split)


def _read_range(phrase: str) -> DateReading | None:
    """'March to June 2026', 'between March and June', 'Jan-March': both ends read as dates."""
    found = re.match(r"^(?:between )?(?P<a>.+?) ?(?: to |-| and | through | until )(?P<b>.+)$", phrase)
    if not found or phrase.startswith(("the past", "the last", "the next")):
        return None
    end = read_date(found.group("b"))
    if end is None or end.kind != "point" or end.until is not None:
        return None
    first = read_date(found.group("a"))
    if first is None and end.year is not None:
        first = read_date(f"{found.group('a')} {end.year}")
    if first is None or first.kind != "point" or first.until is not None:
        return None
    if first.year is None and end.year is not None and first.granularity in ("month", "day", "quarter", "season"):
        first = replace(first, year=end.year)
    return replace(first, until=end)


def _read_shift(phrase: str) -> DateReading | None:
    day = _table()["single_day_shifts"].get(phrase)
    if day is not None:
        return DateReading("point", "day", shift=day)
    found = _rx(r"SHIFT (?:(?:fiscal|calendar|financial) )?UNIT").match(phrase)
    if found and found.group("unit") in _table()["units"]:
        unit = _table()["units"][found.group("unit")]
        if found.group("unit").endswith("s") or unit == "century":
            return None  # 'the past years': vague, 'last quarters': not one period
        fiscal = "fiscal" in phrase
        if found.group("shift") in _table()["anaphoric_shifts"]:
            return DateReading("point", unit, fiscal=fiscal, anaphoric=True)
        return DateReading("point", unit, shift=_table()["shifts"][found.group("shift")], fiscal=fiscal)
    found = _rx(
        r"(?:that|the same|the|a|one|(?P<n>[\w-]+)) UNIT(?: (?:earlier|later|before|after|previously|on))?"
    ).match(phrase)
    if found and re.search(r"\b(?:that|same|earlier|later|before|after|previously|on)\b", phrase):
        unit = _table()["units"][found.group("unit")]
        if unit != "century" and (found.group("n") is None or _count(found.group("n")) is not None):
            return DateReading("point", unit, anaphoric=True)
    if re.fullmatch(r"(?:the|this|last|next|that) weekend", phrase):
        return DateReading("point", "week", anaphoric=True)
    found = re.match(r"^(?P<n>.+?) (?P<unit>\w+) ago$", phrase)
    if found and found.group("unit") in _table()["units"]:
        count = _count(found.group("n"))
        if count is None or not float(count).is_integer():
            return vague(phrase) if found.group("n") in _table()["vague_counts"] else None
        unit = _table()["units"][found.group("unit")]
        if unit == "century":
            return None
        return DateReading("point", unit, shift=-int(count))
    found = _rx(rf"(?:(?P<order>this|next|last|past|coming) )?SEASON(?:,? (?:of )?(?P<y>{YEAR}|'\d\d))?").match(phrase)
    if found:
        order = {"past": "last", "coming": "next"}.get(found.group("order"), found.group("order"))
        year = _year(found.group("y")) if found.group("y") else None
        return DateReading("point", "season", year=year, season=_table()["seasons"][found.group("season")], order=order)
    return None


def _read_decade(phrase: str) -> DateReading | None:
    found = re.match(r"^(?P<d>(?:1[89]|2[01])\d0)s$|^'(?P<d2>\d0)s$", phrase)
    if found:
        decade = int(found.group("d")) if found.group("d") else _year(found.group("d2"))
        return DateReading("point", "decade", decade=decade)
    found = re.match(r"^(?:(?P<shift>this|the|next|last|past|coming|current) )?decade$", phrase)
    if found and (found.group("shift") or phrase == "decade"):
        shift = _table()["shifts"].get(found.group("shift"), 0) if found.group("shift") != "the" else 0
        return DateReading("point", "decade", shift=shift)
    return None


def _read_duration(phrase: str) -> DateReading | None:
    found = re.match(
        r"^(?:(?P<dir>(?:the )?(?:past|last|previous|next|coming|following|first)|the) )?(?P<n>[\w.,' -]+?)[ -]"
        r"(?P<unit>[a-z]+)(?:[ -](?:old|long))?$",
        phrase,
    )
    if not found or found.group("unit") not in _table()["units"]:
        return None
    unit = _table()["units"][found.group("unit")]
    words = found.group("n").replace("-", " ").strip()
    words = re.sub(r"^(?:a )?couple(?: of)?$", "two", words)
    words = re.sub(r"^an? (\w+) and a half$", r"one \1 and a half", words)
    alternatives = re.fullmatch(r"(?:between )?(\S+) (?:or|to|and) (\S+?)(?: \w+s)?", words)
    if alternatives and _count(alternatives.group(1)) is not None and _count(alternatives.group(2)) is not None:
        unit = _table()["units"][found.group("unit")]
        return DateReading("duration", unit, length=None)  # 'five or six years': a length the text leaves open
    if re.match(r"^an? \S+ ", words + " ") and len(words.split()) > 1:
        words = words.split(" ", 1)[1]  # 'a one-year loan'
    words = re.sub(r" and a half$", ".5", words) if re.match(r"^\d+ and a half$", words) else words
    if words in _table()["vague_counts"] or words.split()[-1] in _table()["vague_counts"]:
        return vague(phrase)
    if set(words.split()) & set(_table()["ordinals"]):
        return None  # 'the first half year' is a period, not a length
    count = _count(words)
    if count is None and words.endswith(" and a half"):
        base = _count(words[: -len(" and a half")])
        count = base + 0.5 if base is not None else None
    if count is None or count <= 0:
        return None
    direction = None
    if found.group("dir"):
        lead = found.group("dir")
        direction = -1 if any(word in lead for word in ("past", "last", "previous")) else 1
        if lead.endswith(("first", "the")):
            direction = None
    return DateReading("duration", unit, length=(count, unit), direction=direction)


def _read_anchored_single(phrase: str) -> DateReading | None:
    """'the past year', 'the next decade', 'the last month': a one-unit duration from the anchor."""
    found = _rx(r"the (?P<dir>past|last|next) UNIT").match(phrase)
    if not found or found.group("unit").endswith("s"):
        return None
    unit = _table()["units"][found.group("unit")]
    direction = -1 if found.group("dir") in ("past", "last") else 1
    return DateReading("duration", unit, length=(1.0, unit), direction=direction)


def _read_period_to(phrase: str) -> DateReading | None:
    """'the three months to December', 'the 12 months through June 2026', 'the year to March': a length
    of time that closes on a date."""
    found = re.match(
        r"^(?:the )?(?:(?P<n>[\w.-]+) )?(?P<unit>months|month|weeks|week|years|year|quarters|quarter) "
        r"(?:to|through|ended|ending|ended on|ending on|up to|until) (?P<until>.+)$",
        phrase,
    )
    if not found or found.group("unit") not in _table()["units"]:
        return None
    count = _count(found.group("n")) if found.group("n") else 1.0
    closing = read_date(found.group("until"))
    if count is None or closing is None or closing.kind != "point" or closing.until is not None:
        return None
    unit = _table()["units"][found.group("unit")]
    if unit == "quarter" and count == 1:
        return _quarter_ending(closing)
    return DateReading("duration", unit, length=(count, unit), until=closing)


def _read_year_starting(phrase: str) -> DateReading | None:
    """'the fiscal year starting April 1', 'the 1987/88 year beginning October 1': a year that does not
    start on January 1 is a fiscal or season year; its days depend on the start, which is often yearless."""
    found = re.match(
        rf"^(?:the )?(?:(?P<fy>fiscal|financial|crop|marketing) )?(?:(?P<y>{YEAR}(?:[/-]\d\d)?) )?"
        r"(?:fiscal |financial )?year (?:starting|beginning|that starts|which starts) (?:on )?(?P<x>.+)$",
        phrase,
    )
    if not found or read_date(found.group("x")) is None:
        return None
    if found.group("y"):
        year = read_date(found.group("y"))
        return replace(year, fiscal=bool(found.group("fy")) or year.fiscal) if year else None
    return DateReading("point", "year", fiscal=True, anaphoric=True)


def _quarter_ending(closing: DateReading) -> DateReading:
    """'the quarter ended Sept. 30, 2025' is a calendar quarter; one that ends on another day is fiscal."""
    calendar_end = closing.month in (3, 6, 9, 12) and closing.day in (None, 30, 31)
    quarter = (closing.month + 2) // 3 if closing.month else None
    if calendar_end and quarter:
        return DateReading("point", "quarter", year=closing.year, quarter=quarter)
    return DateReading("point", "quarter", fiscal=True, anaphoric=True)


_READERS = (
    _read_months_of_year,
    _read_month_quarter,
    _read_two_quarters,
    _read_period_to,
    _read_year_starting,
    _read_iso_day,
    _read_month_day,
    _read_day_of_month,
    _read_month,
    _read_weekday,
    _read_holiday,
    _read_quarter,
    _read_half,
    _read_year,
    _read_year_range,
    _read_decade,
    _read_anchored_single,
    _read_shift,
    _read_duration,
)


def _dateparser_reading(phrase: str) -> DateReading | None:
    """Standard forms the grammar does not list ('11/26/2025', '26.11.2025'), read by dateparser.

    Guarded: the phrase must look like a written date (a month name, or digits in a d/m/y shape), since
    dateparser also reads '100M' or 'of 629' as dates.
    """
    if len(phrase) > 40:
        return None
    has_month = re.search(rf"\b(?:{_alternation(_table()['months'])})\b", phrase)
    numeric = re.fullmatch(r"\d{1,4}[/.]\d{1,2}[/.]\d{2,4}", phrase)
    if not ((has_month and re.search(r"\d", phrase)) or numeric):
        return None  # 'a march' is not March 1
    dotted = re.fullmatch(r"([0-3]?\d)\.([01]?\d)\.((?:19|20)?\d\d)", phrase)
    if dotted:  # '10.03.2026': a dotted date is day first wherever it is written
        year = _year(dotted.group(3)) if len(dotted.group(3)) == 2 else int(dotted.group(3))
        return _day_reading(year, int(dotted.group(2)), int(dotted.group(1)))
    data = _date_data_parser().get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    has_year = bool(re.search(rf"\b{YEAR}\b|\d[/.]\d\d$|'\d\d", phrase)) or bool(numeric)
    period = data.period
    if period == "day":
        return DateReading("point", "day", year=day.year if has_year else None, month=day.month, day=day.day)
    if period == "month":
        return DateReading("point", "month", year=day.year if has_year else None, month=day.month)
    if period == "year" and has_year:
        return DateReading("point", "year", year=day.year)
    return None


@cache
def _date_data_parser():
    from dateparser.date import DateDataParser  # slow to import: only when the grammar falls short

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
