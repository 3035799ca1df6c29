"""Maturities told in a sentence of their own: 'The bonds carry a 7.35 percent coupon and will mature on
August 20, 2024'; 'Redemption date: 20 March 2030'; 'The loan will be paid off in 2041, he added.'

`dates.maturity_dates` reads the maturity of a figure (a claim's `time_role`, or 'due 2031' beside it); a
maturity told where no figure is reaches the record only as an event of kind `maturity` (pipeline/events).
This module checks those events, in the article of one new debt (a bond, note or loan figure that is not old
debt), for the same two contradictions:
- maturity_before_announcement: the debt falls due before the article's own date (or the signing it tells);
- maturity_term: the one term the article states for a new debt (events of kind `term`: 'Tenor: 7 years',
  'borrowed over 25 years', 'a five-year bond') from the year of the article does not reach the maturity's
  year (a year apart is rounding: an issue late in a year).
What is left out: a maturity that happened ('matured', past tense) or was moved ('originally', 'extended'), one
of old debt ('its existing facility, due to mature in October'), one that a figure's check reads as the
figure's ('notes due 2031': `dates.figure_maturities`), maturities and terms told in a sentence with a figure
(the figure's checks read those), and every article without a new debt figure or without a publication date.
"""

import datetime as dt
import re
from collections.abc import Iterator

from newsclaims.check.dates import figure_maturities
from newsclaims.check.flag import Flag
from newsclaims.check.view import ArticleView
from newsclaims.check.words import pattern
from newsclaims.models import DateMention, Event

_PAST = pattern("past_maturity")
_OLD = re.compile(
    r"\b(?:existing|outstanding|older|old|earlier|previous|current|former|refinanc\w*|replac\w*|redeem\w*|"
    r"repurchas\w*|buy\s*back|bought\s+back|originally|initially|extended|rescheduled|deferred)\b",
    re.IGNORECASE,
)
_DEBT_KINDS = ("debt", "loan")
_TERM = re.compile(r"^P(\d+)Y$")


def told_maturities(article: ArticleView) -> Iterator[Flag]:
    """Findings of maturity events told without a figure (see the module's docstring)."""
    result = article.result
    published = result.article.published
    if published is None or not result.events:
        return
    new_debt = [
        q
        for q in article.quantities
        if q.type == "money" and q.claim.kind in _DEBT_KINDS and not _OLD.search(q.claim.sentence_text)
    ]
    if not new_debt:
        return
    dates = {m.id: m for m in result.mentions if m.type == "date"}
    read = figure_maturities(article)  # the figures' maturities: `dates.maturity_dates` checks those
    # a sentence with a figure is the figure's checks' to read ('to pay off its remaining 165 mln SDR arrears for
    # 1986': old debt, which they know); a term beside a figure may be another tranche's ('a 10-year credit')
    with_figures = {q.sentence for q in article.quantities}
    with_money = {q.sentence for q in article.quantities if q.type == "money"}  # 'over 25 years at 5.2 per cent'
    term_dates = [
        dates[e.date]
        for e in result.events
        if e.kind == "term"
        and e.date in dates
        and dates[e.date].sentence not in with_money
        and _TERM.match(dates[e.date].value.iso or "")
    ]
    terms = {int(match.group(1)) for d in term_dates if (match := _TERM.match(d.value.iso or ""))}
    signings = [dates[e.date] for e in result.events if e.kind == "agreement" and e.date in dates]
    for event in result.events:
        maturity = dates.get(event.date)
        if event.kind != "maturity" or maturity is None or maturity.id in read or maturity.sentence in with_figures:
            continue
        if not _new(event, maturity):
            continue
        end = dt.date.fromisoformat(maturity.value.end or "")
        if end < published:
            yield Flag(
                check="maturity_before_announcement",
                severity="warning",
                cites=(),
                message=(
                    f'{_what(event)} is put at "{maturity.text}" ("{_words(event, maturity)}"), which is before '
                    f"the article's own date ({published.isoformat()}): a debt cannot fall due before it is sold."
                ),
                observed=None,
                expected=None,
                confidence=0.6,
                dates=(maturity, *_signed_after(end, signings, published)),
            )
        elif len(terms) == 1 and maturity.value.granularity in ("year", "half", "quarter", "month", "day"):
            (term,) = terms
            expected = published.year + term
            year = int((maturity.value.iso or "0")[:4])
            if abs(year - expected) > 1:
                yield Flag(
                    check="maturity_term",
                    severity="warning",
                    cites=(),
                    message=(
                        f'A {term}-year term from {published.year} ends in {expected}, not in "{maturity.text}" '
                        f'as the article says of {_what(event).lower()} ("{_words(event, maturity)}").'
                    ),
                    observed=float(year),
                    expected=float(expected),
                    confidence=0.55,
                    dates=(maturity, *term_dates),
                )


def _new(event: Event, maturity: DateMention) -> bool:
    """A maturity of the new debt, told as what will be: see the module's docstring."""
    value = maturity.value
    return (
        value.kind == "point"
        and value.end is not None
        and value.iso is not None
        and not value.fiscal
        and event.status not in ("happened", "revised")
        and not _OLD.search(event.sentence_text)
        and not _PAST.search(event.sentence_text)
    )


def _what(event: Event) -> str:
    thing = (event.thing or "").strip()
    if not thing or thing.lower() == event.trigger.lower():
        return "The maturity"
    first, _, rest = thing.partition(" ")
    noun = rest if first.lower() in ("the", "its", "their", "a", "an", "this") and rest else thing
    return f"The maturity of the {noun}"


def _words(event: Event, maturity: DateMention) -> str:
    sentence = event.sentence_text
    at_date = sentence.find(maturity.text)
    at_trigger = sentence.find(event.trigger)
    if 0 <= at_trigger < at_date and at_date - at_trigger <= 60:
        return sentence[at_trigger : at_date + len(maturity.text)]
    return sentence[max(0, at_date - 40) : at_date + len(maturity.text)].lstrip()


def _signed_after(end: dt.date, signings: list[DateMention], published: dt.date) -> list[DateMention]:
    """The signing date the article tells, when it falls after the maturity: cited beside it."""
    return [
        d
        for d in signings
        if d.value.start is not None and end < dt.date.fromisoformat(d.value.start[:10]) <= published
    ][:1]
