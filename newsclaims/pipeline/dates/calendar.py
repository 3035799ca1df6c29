"""Where a date reading falls on the calendar, against the publication date.

`resolve_date` gives the contract's `DateValue` for a `DateReading`: ISO form as precise as the text, the
first and last day, granularity. A relative reading needs an anchor (the publication date); without one it
keeps `relative: true` and no resolved value, never a guess. A weekday or a month without a year falls
before or after the anchor as the clause's tense says.

>>> from newsclaims.pipeline.dates.reading import read_date
>>> resolve_date(read_date("the third quarter of 2026"), None).iso
'2026-Q3'
>>> value = resolve_date(read_date("last year"), dt.date(2026, 3, 4))
>>> value.iso, value.start, value.relative
('2025', '2025-01-01', True)
>>> resolve_date(read_date("a one-year"), None).iso
'P1Y'
"""

import calendar
import datetime as dt
from dataclasses import replace
from functools import cache

from dateutil.relativedelta import relativedelta

from newsclaims.models import DateValue
from newsclaims.pipeline.dates.reading import DateReading
from newsclaims.tables import load_table

Tense = str | None  # "past", "future" or None (unknown)


def resolve_date(reading: DateReading, anchor: dt.date | None, tense: Tense = None) -> DateValue:
    """The contract value of `reading`, placed on the calendar against `anchor` (the publication date).

    A reading the calendar cannot hold ('3,000 years ago', 'Feb. 29' with no leap year near the anchor)
    keeps its kind and granularity with no resolved value, as an unanchored one would.
    """
    try:
        return _resolve(reading, anchor, tense)
    except (ValueError, OverflowError):
        if reading.kind == "duration" and reading.length is not None:
            length_only = _resolve_duration(replace(reading, direction=None, until=None), None)
            return length_only.model_copy(update={"relative": reading.needs_anchor})
        return _unresolved(reading)


def depends_on_tense(reading: DateReading) -> bool:
    """Whether where `reading` falls depends on its clause's tense: a weekday or a period without its year
    and without 'next', 'last' or 'this' ('on Tuesday', 'in March', 'March 3'), or a range ending in one.

    >>> from newsclaims.pipeline.dates.reading import read_date
    >>> depends_on_tense(read_date("March 3")), depends_on_tense(read_date("last March"))
    (True, False)
    """
    if reading.until is not None and depends_on_tense(reading.until):
        return True
    if reading.kind != "point" or reading.anaphoric or reading.shift is not None or reading.order is not None:
        return False
    if reading.granularity == "day" and reading.weekday is not None and reading.month is None:
        return True
    return reading.year is None and reading.decade is None


def _resolve(reading: DateReading, anchor: dt.date | None, tense: Tense) -> DateValue:
    if reading.kind == "vague":
        return DateValue(kind="vague", iso=None, start=None, end=None, granularity=None, relative=reading.looks_back)
    if reading.anaphoric:
        return _unresolved(reading)
    if reading.kind == "duration":
        return _resolve_duration(reading, anchor, tense)
    relative = reading.needs_anchor
    if relative and anchor is None:
        return _unresolved(reading)
    first, last, iso = _period(reading, anchor, tense)
    if reading.until is not None:
        end_value = resolve_date(reading.until, anchor, tense)
        if end_value.iso is None:
            return _unresolved(reading)
        iso = f"{iso}/{end_value.iso}"
        if end_value.end is None:  # 'fiscal 2025-26': the end is a fiscal year, whose days are not known
            reading = replace(reading, fiscal=reading.fiscal or end_value.fiscal, split_year=True)
        else:
            last = dt.date.fromisoformat(end_value.end)
            if last < first:  # 'June to March 2026', 'Sales fell in 2021 and 2019': not a period
                return _unresolved(reading)
    known_days = not (reading.fiscal or reading.split_year)
    return DateValue(
        kind="point",
        iso=iso,
        start=first.isoformat() if known_days else None,
        end=last.isoformat() if known_days else None,
        granularity=reading.granularity,
        relative=relative,
        fiscal=reading.fiscal,
    )


def _unresolved(reading: DateReading) -> DateValue:
    return DateValue(
        kind=reading.kind,
        iso=None,
        start=None,
        end=None,
        granularity=reading.granularity,
        relative=True,
        fiscal=reading.fiscal,
    )


def _resolve_duration(reading: DateReading, anchor: dt.date | None, tense: Tense = None) -> DateValue:
    if reading.length is None:
        return DateValue(
            kind="duration", iso=None, start=None, end=None, granularity=reading.granularity, relative=False
        )
    count, unit = reading.length
    iso = _iso_duration(count, unit)
    start = end = None
    if reading.until is not None:
        closing = resolve_date(reading.until, anchor, tense)
        if closing.end is not None:
            end = dt.date.fromisoformat(closing.end)
            start = end - _delta(count, unit) + dt.timedelta(days=1)
    elif reading.direction is not None and anchor is not None:
        delta = _delta(count, unit)
        if reading.direction < 0:
            start, end = anchor - delta, anchor
        else:
            start, end = anchor, anchor + delta
    relative = reading.needs_anchor
    return DateValue(
        kind="duration",
        iso=iso,
        start=start.isoformat() if start else None,
        end=end.isoformat() if end else None,
        granularity="year" if unit == "century" else unit,
        relative=relative,
        fiscal=reading.fiscal,
    )


def _iso_duration(count: float, unit: str) -> str:
    number = int(count) if float(count).is_integer() else count
    designator = {"day": "D", "week": "W", "month": "M", "year": "Y"}
    if unit == "quarter":
        return _iso_duration(count * 3, "month")
    if unit == "decade":
        return _iso_duration(count * 10, "year")
    if unit == "century":
        return _iso_duration(count * 100, "year")
    return f"P{number}{designator[unit]}"


def _delta(count: float, unit: str) -> relativedelta:
    whole = int(count)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
    if unit == "day":
        return relativedelta(days=whole)
    if unit == "week":
        return relativedelta(weeks=whole)
    return relativedelta(months=round(count * months[unit]))


def _period(reading: DateReading, anchor: dt.date | None, tense: Tense) -> tuple[dt.date, dt.date, str]:
    """First day, last day and ISO form of a point reading."""
    unit = reading.granularity
    if reading.shift is not None:
        return _shifted(unit, reading.shift, anchor)
    year = reading.year
    if unit == "decade":
        return _decade(reading.decade)
    if unit == "day" and reading.weekday is not None and reading.month is None:
        day = _weekday(anchor, reading.weekday, reading.order, tense)
        return day, day, day.isoformat()
    if unit == "day" and reading.month is None and reading.day is not None:
        day = _day_of_month(anchor, reading.day, tense)
        return day, day, day.isoformat()
    if year is None:
        year = _year_for(reading, anchor, tense)
    if unit == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year:04d}"
    if unit == "half":
        first = dt.date(year, 6 * reading.half - 5, 1)
        return first, _month_end(year, 6 * reading.half), f"{year:04d}-H{reading.half}"
    if unit == "quarter":
        first = dt.date(year, 3 * reading.quarter - 2, 1)
        return first, _month_end(year, 3 * reading.quarter), f"{year:04d}-Q{reading.quarter}"
    if unit == "season":
        low, high = _season_months()[reading.season]
        end_year, end_month = year + (high - 1) // 12, (high - 1) % 12 + 1
        return dt.date(year, low, 1), _month_end(end_year, end_month), f"{year:04d}-{reading.season}"
    if unit == "month":
        return dt.date(year, reading.month, 1), _month_end(year, reading.month), f"{year:04d}-{reading.month:02d}"
    day = dt.date(year, reading.month, reading.day)
    return day, day, day.isoformat()


def _shifted(unit: str, shift: int, anchor: dt.date) -> tuple[dt.date, dt.date, str]:
    if unit == "day":
        day = anchor + dt.timedelta(days=shift)
        return day, day, day.isoformat()
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        year, week, _ = monday.isocalendar()
        return monday, monday + dt.timedelta(days=6), f"{year:04d}-W{week:02d}"
    if unit == "decade":
        return _decade(anchor.year // 10 * 10 + 10 * shift)
    if unit == "year":
        year = anchor.year + shift
        return dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year:04d}"
    size = {"month": 1, "quarter": 3, "half": 6}[unit]
    index = (anchor.year * 12 + anchor.month - 1) // size + shift
    year, first_month = divmod(index * size, 12)
    first_month += 1
    first = dt.date(year, first_month, 1)
    last = _month_end(year, first_month + size - 1)
    if unit == "month":
        return first, last, f"{year:04d}-{first_month:02d}"
    number = (first_month - 1) // size + 1
    return first, last, f"{year:04d}-{'Q' if unit == 'quarter' else 'H'}{number}"


def _decade(decade: int) -> tuple[dt.date, dt.date, str]:
    return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), f"{decade // 10:03d}X"


def _year_for(reading: DateReading, anchor: dt.date, tense: Tense) -> int:
    """The year of a period written without one ('March', 'March 3', 'this summer'), from the anchor: the
    nearest such period, or the next one ahead / the last one back when the sentence looks that way."""
    if reading.order == "this":
        return anchor.year
    if reading.order in ("last-year", "next-year"):
        return anchor.year + (1 if reading.order == "next-year" else -1)
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    periods = []
    for year in candidates:
        try:
            first, last, _ = _period(replace(reading, year=year, order=None), anchor, tense)
        except ValueError:  # February 29 in a common year
            continue
        if reading.weekday is not None and reading.day is not None and first.weekday() != reading.weekday:
            continue  # 'Tuesday, March 3': the year in which March 3 is a Tuesday
        periods.append((year, first, last))
    if not periods:
        raise ValueError(f"no year near {anchor} has this day")
    if reading.order == "next" or (reading.order is None and tense == "future"):
        ahead = [p for p in periods if (p[1] > anchor if reading.order else p[2] >= anchor)]
        if ahead:
            return ahead[0][0]
    if reading.order == "last" or (reading.order is None and tense == "past"):
        back = [p for p in periods if (p[2] < anchor if reading.order else p[1] <= anchor)]
        if back:
            return back[-1][0]
    return min(periods, key=lambda p: min(abs((p[1] - anchor).days), abs((p[2] - anchor).days)))[0]


def _day_of_month(anchor: dt.date, day: int, tense: Tense) -> dt.date:
    """'the 14th' near the anchor: this month's or the next one's in a future sentence, this month's or the
    last one's in a past one, else the nearest; months without that day are passed over."""
    months = [(anchor.year * 12 + anchor.month - 1 + shift) for shift in (-1, 0, 1)]
    days = []
    for index in months:
        try:
            days.append(dt.date(index // 12, index % 12 + 1, day))
        except ValueError:  # the 31st of a 30-day month
            continue
    if not days:
        raise ValueError(f"no month near {anchor} has a day {day}")
    if tense == "future":
        ahead = [d for d in days if d >= anchor]
        if ahead:
            return ahead[0]
    if tense == "past":
        back = [d for d in days if d <= anchor]
        if back:
            return back[-1]
    return min(days, key=lambda d: abs((d - anchor).days))


def _weekday(anchor: dt.date, weekday: int, order: str | None, tense: Tense) -> dt.date:
    """A weekday near the anchor: on or before it in a past sentence, after it in a future one."""
    back = (anchor.weekday() - weekday) % 7
    if order == "last" and back == 0:
        back = 7
    ahead = (weekday - anchor.weekday()) % 7 or 7
    if order == "next" or (order is None and tense == "future"):
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _month_end(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@cache
def _season_months() -> dict[str, list[int]]:
    return load_table("dates")["season_months"]
