"""The publication date an article states about itself: a dateline with a full date ('FRANKFURT, March
10, 2026 (Newswire) -') or a date line near the top ('Published: 10 March 2026 09:30 GMT').

Only a full date with its year anchors relative dates: a wire dateline without a year ('LONDON, March 2 -')
says the day but not the year, and a guessed year would be presented as fact.
"""

import datetime as dt
import re

from newsclaims.pipeline.dates.reading import read_date

TOP_LINES = 5
_DATELINE_DATE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,6})?,\s*(?P<date>[A-Za-z0-9][^()/\n]{2,40}?\d{4})\s*"
    r"(?:\(|/|[-–—]{1,2}\s)"
)
_DATE_LINE = re.compile(
    r"^\s*(?:(?:published|updated|posted|date|first published)(?:\s+on)?\s*:?\s*)?(?P<date>[^\n]{6,40}?)"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)


def text_anchor(text: str) -> dt.date | None:
    """The publication date the top of `text` states, or None.

    >>> text_anchor("FRANKFURT, March 10, 2026 (Newswire) - Rates rose.")
    datetime.date(2026, 3, 10)
    >>> text_anchor("Bank sells unit\\nPublished: 10 March 2026 09:30 GMT\\n\\nThe bank said...")
    datetime.date(2026, 3, 10)
    >>> text_anchor("LONDON, March 2 - Rates rose.") is None
    True
    """
    lines = [line for line in text[:2000].splitlines() if line.strip()][:TOP_LINES]
    for line in lines:
        for pattern in (_DATELINE_DATE, _DATE_LINE):
            match = pattern.match(line[:200])
            if match:
                day = _full_day(match.group("date"))
                if day is not None:
                    return day
    return None


def _full_day(phrase: str) -> dt.date | None:
    reading = read_date(phrase.strip(" ,"))
    if reading is None or reading.granularity != "day" or reading.year is None or reading.month is None:
        return None
    try:
        return dt.date(reading.year, reading.month, reading.day)
    except ValueError:
        return None
