"""Dates of money: a maturity that falls before the article announces it, and a term that does not reach
the stated maturity ('a five-year bond issued in 2026, maturing in 2029').

The checks read the claims' `time_role` and the date mentions of the sentence; they need the article's
publication date (`article.published`) and say nothing without it.
"""

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from newsclaims.check.flag import Flag, quote
from newsclaims.check.pairs import keyed_pairs
from newsclaims.check.quantities import Quantity
from newsclaims.check.view import ArticleView
from newsclaims.check.words import pattern
from newsclaims.models import DateMention

_FUTURE_MATURITY = pattern("future_maturity")
_PAST = pattern("past_maturity")
_TERM = re.compile(r"^P(\d+)Y$")
_SECURITY_WORDS = (
    r"(?:[a-z-]+\s+){0,2}?(?:bonds?|notes?|loans?|facility|facilities|securities|debentures|eurobonds?|paper|credit|"
    r"debt|issue|borrowing|financing|tranche)\b"
)
_SECURITY = re.compile(r"\s*" + _SECURITY_WORDS)
# 'a three-year, 200 mln dlr revolving credit': a hyphenated term, then the amount, then the security
_SECURITY_AFTER_AMOUNT = re.compile(r",\s*(?:[\w.$£€¥-]+\s+){1,4}?" + _SECURITY_WORDS)
_SECURITY_NAMED = re.compile(r"\b(?:bonds?|notes?|loans?|facility|securities|debentures|eurobonds?)\b")
_OLDER = re.compile(r"\b(?:existing|outstanding|older|old|earlier|previous|buy\s*back|bought\s+back|repurchase|redeem)")
_REVISED = re.compile(r"\b(?:originally|initially|was\s+extended|were\s+extended|rescheduled|pushed\s+back|deferred)\b")
# the figure is the debt a new one pays off ('to refinance a HK$6.5bn loan due in November')
_PAID_OFF = re.compile(
    r"\b(?:refinanc\w*|replac\w*|repay\w*|pay\s+off|paying\s+off)\s+(?:(?:part|some|most|all|half)\s+of\s+)?"
    r"(?:an?|the|its|their)?\s*(?:(?:current|existing|outstanding)\s+)?$"
)
# the figure is debt already there ('replace the current 4.8 billion guilders of advances expiring Monday'), or a
# payment that fell due ('withheld a payment of 1.5 mln dlrs due Jan 15'): its date is history, not a new loan's
_OLD_FIGURE = re.compile(r"\b(?:current|existing|outstanding|old)\s+$")
_PAYMENT_KEYS = ("payment", "interest", "instalment", "installment", "coupon", "dividend")


def maturity_dates(article: ArticleView) -> Iterator[Flag]:
    """Maturities before publication, and issue date plus term against the stated maturity."""
    result, quantities = article.result, article.quantities
    published = result.article.published
    dates = {m.id: m for m in result.mentions if m.type == "date"}
    by_sentence: dict[int, list[DateMention]] = {}
    for mention in dates.values():
        by_sentence.setdefault(mention.sentence, []).append(mention)
    seen: set[str] = set()
    signings = frozenset(e.date for e in result.events if e.kind == "agreement")
    scheduled = frozenset(e.date for e in result.events if e.kind == "maturity" and e.status == "scheduled")
    told_terms = frozenset(e.date for e in result.events if e.kind == "term")
    # what a sentence says depends on its dates and its text alone: read once per sentence, not per figure
    # (issue 18: a sentence listing thousands of dated amounts)
    said: dict[tuple[int, str], tuple[DateMention | None, list[DateMention]]] = {}

    def sentence_says(q: Quantity) -> tuple[DateMention | None, list[DateMention]]:
        key = (q.sentence, q.claim.sentence_text)
        if key not in said:
            sentence_dates = by_sentence.get(q.sentence, [])
            text = _without_causal_due(q.claim.sentence_text.lower())
            said[key] = (_stated_maturity(text, sentence_dates), _security_terms(sentence_dates, text))
        return said[key]

    article_terms = {d.id: d for q in quantities for d in sentence_says(q)[1]}
    # whose the term is: 'The GMAC seven-year notes' says nothing of Philadelphia Electric's 'bonds due 2017'
    term_holders = {q.claim.subject for q in quantities if sentence_says(q)[1]}
    # the amounts the terms are told with: 'a companion 150 mln dlr offering of 30-year bonds' is that term,
    # not the '250 mln dlr issue of bonds due 1997' (two tranches)
    term_amounts = {q.value for q in quantities if q.type == "money" and sentence_says(q)[1]}
    article_term = _term(list(article_terms.values()))
    stated = {
        m.value.iso[:4]
        for q in quantities
        if (m := sentence_says(q)[0]) is not None and m.value.iso and not _OLDER.search(q.claim.sentence_text.lower())
    }  # an issue being redeemed or bought back is not a second new one ('to redeem its notes due 2027')
    if len(stated) > 1:
        article_term = None  # 'notes due 1997' and 'debentures due 2017': two issues, a term is one's
    for q in quantities:
        maturity = dates.get(q.claim.time) if q.claim.time_role == "maturity" else None
        if maturity is None or maturity.value.kind != "point" or maturity.value.end is None:
            maturity = sentence_says(q)[0]
        if maturity is None or maturity.id in seen:
            continue
        seen.add(maturity.id)
        sentence = _without_causal_due(q.claim.sentence_text.lower())
        if re.search(r"\bbetween\s*$", sentence[: max(0, sentence.find(maturity.text.lower()))]):
            continue  # 'debt due between September 1986 and end 1987': a range of maturities
        if _PAST.search(sentence) or _REVISED.search(sentence):
            continue  # 'originally due in 2024, was extended last year to 2028': a date moved, history
        end = dt.date.fromisoformat(maturity.value.end)
        # a maturity the claims took from a later sentence ('The loan, which matures in April 2023, ...')
        stated_apart = q.claim.time_role == "maturity" and maturity.sentence != q.sentence
        # 'since 2018, when it took out a ¥15bn loan.' 'That loan was repaid in 2023.': an old loan, dated
        # before its maturity in its own sentence (not one that 'will mature on': a maturity still to come)
        # ... or in the figure's own sentence ('since 1979, when it sold 100 mln dlrs of notes due 1984')
        old_loan = maturity.id not in scheduled and any(
            d.value.kind == "point" and d.value.end is not None and d.value.end < maturity.value.end
            for d in by_sentence.get(q.sentence, [])
        )
        # the figure is old debt or a payment, or the maturity is of old debt named between the two
        old_figure = _old_figure(q) or any(
            o.sentence == q.sentence and q.mention.end <= o.mention.start < maturity.start and _old_figure(o)
            for o in quantities
        )
        if (
            published is not None
            and end < published
            and (_FUTURE_MATURITY.search(sentence) or stated_apart)
            and not old_loan
            and not old_figure
        ):
            yield Flag(
                check="maturity_before_announcement",
                severity="warning",
                cites=(q,),
                message=(
                    f'{_what_falls_due(q)} is said to fall due "{maturity.text}", which is before the article\'s '
                    f"own date ({published.isoformat()})."
                ),
                observed=None,
                expected=None,
                confidence=0.6,
                dates=(maturity, *_signed_after(maturity, q, dates.values(), published, signings)),
            )
            continue
        term_mentions = list(sentence_says(q)[1])
        if not term_mentions and stated_apart:
            # 'The bonds have a tenor of seven years and a final maturity in 2029': the one term of the
            # sentence the claims took the maturity from is the bonds'
            # a duration the pipeline read as a term ('a tenor of seven years'), not any ('a grace period of three
            # years', 'interest only for the first two years')
            durations = _terms(by_sentence.get(maturity.sentence, []))
            apart = durations if all(d.id in told_terms for d in durations) else []  # 'two one-year extension options'
            if not apart:
                # 'Amount: €600 million' / 'Tenor: five years' / 'Final maturity: June 2034': the one term told
                # between the figure and its maturity
                between = [d for n in range(q.sentence + 1, maturity.sentence) for d in _terms(by_sentence.get(n, []))]
                apart = between if all(d.id in told_terms for d in between) else []
            term_mentions = apart if len(apart) == 1 else []
        term = _term(term_mentions)
        if _OLDER.search(sentence):
            continue  # 'decided to redeem six years early a 12-year bond due 1993': an old issue's term ran from then
        if (
            term is None
            and _SECURITY_NAMED.search(sentence)
            and not _OLDER.search(sentence)
            and not _PAID_OFF.search(q.before)
            and (q.claim.subject is None or None in term_holders or q.claim.subject in term_holders)
            and (q.type != "money" or not term_amounts or q.value in term_amounts)
        ):
            term = article_term  # 'a five-year green bond' in the lead, 'mature on 25 June 2032' below
            term_mentions = list(article_terms.values())
        if (
            term is None
            or published is None
            or maturity.value.granularity not in ("year", "half", "quarter", "month", "day")
        ):
            continue
        expected_year = published.year + term
        year = int(maturity.value.iso[:4])
        # 'the seven-year loan starts when the hotel is finished in 2027' (... 'matures in 2034'): a term may run
        # from a later start the sentences of the figure, its term or its maturity name
        told_in = {q.sentence, maturity.sentence, *(d.sentence for d in term_mentions)}
        starts = {
            int(d.value.start[:4])
            for n in told_in
            for d in by_sentence.get(n, [])
            if d.value.kind == "point" and d.value.start and d.id != maturity.id
        }
        if any(published.year < start and abs(year - (start + term)) <= 1 for start in starts):
            continue
        if abs(year - expected_year) > 1:
            yield Flag(
                check="maturity_term",
                severity="warning",
                cites=(q,),
                message=(
                    f"A {term}-year term from {published.year} ends in {expected_year}, not in "
                    f'"{maturity.text}" as the article says of {quote(q)}.'
                ),
                observed=float(year),
                expected=float(expected_year),
                confidence=0.55,
                # every copy of the term ('Seven-Year' in the headline, 'seven-year securities' below)
                dates=(maturity, *{d.id: d for d in [*term_mentions, *_copies(term, dates.values())]}.values()),
            )


def figure_maturities(article: ArticleView) -> set[str]:
    """Ids of the date mentions `maturity_dates` reads as a figure's maturity (the claim's maturity, else one
    the figure's sentence says it falls due on): a check of maturities told apart leaves these to it."""
    dates = {m.id: m for m in article.result.mentions if m.type == "date"}
    by_sentence: dict[int, list[DateMention]] = {}
    for mention in dates.values():
        by_sentence.setdefault(mention.sentence, []).append(mention)
    found = {q.claim.time for q in article.quantities if q.claim.time_role == "maturity" and q.claim.time}
    for sentence in {(q.sentence, q.claim.sentence_text) for q in article.quantities}:
        stated = _stated_maturity(_without_causal_due(sentence[1].lower()), by_sentence.get(sentence[0], []))
        if stated is not None:
            found.add(stated.id)
    return found


def _old_figure(q: Quantity) -> bool:
    """Whether the figure is debt already there ('the current 4.8 billion guilders', 'to refinance a loan') or a
    payment ('an interest payment of 2.3 mln dlrs due Feb 15'): a date it fell due on is history."""
    # a rate is no payment ('a coupon of 7.35 percent ... will mature on': the bond's terms)
    payment = q.type == "money" and (q.claim.attribute_key or "").split("_")[-1] in _PAYMENT_KEYS
    return payment or bool(_PAID_OFF.search(q.before) or _OLD_FIGURE.search(q.before))


def _copies(term: int, dates: Iterable[DateMention]) -> list[DateMention]:
    return [d for d in dates if d.value.kind == "duration" and d.value.iso == f"P{term}Y"]


def _what_falls_due(q: Quantity) -> str:
    """The figure that falls due in words: the amount itself, or the loan a rate is of ('the loan at "1.25
    percentage points"')."""
    if q.type == "percent":
        return f"The {q.claim.attribute or 'debt'} at {quote(q)}"
    return quote(q)


def _signed_after(
    maturity: DateMention,
    q: Quantity,
    dates: Iterable[DateMention],
    published: dt.date,
    signings: frozenset[str] = frozenset(),
) -> list[DateMention]:
    """The date of the maturity's sentence, or else the one nearest the figure, that falls after the maturity
    and no later than publication: when the loan was signed or announced ('signed on 11 June 2025', the
    dateline's 'April 2'), cited beside the maturity it contradicts."""
    end = dt.date.fromisoformat(maturity.value.end)
    later = [
        d
        for d in dates
        if d.id != maturity.id
        and d.value.kind == "point"
        and d.value.granularity == "day"
        and d.value.start is not None
        and end < dt.date.fromisoformat(d.value.start) <= published
    ]
    # a date in the maturity's own sentence first ('The loan, agreed on Thursday, is due in March 2024'), then
    # the nearest to the figure
    # the date the article says the loan was signed on ('The loan, signed on Wednesday, ...': an agreement
    # event), else one in the maturity's own sentence, else the nearest to the figure
    return sorted(
        later,
        key=lambda d: (d.id not in signings, d.sentence != maturity.sentence, abs(d.sentence - q.sentence), d.start),
    )[:1]


def date_conflicts(article: ArticleView) -> Iterator[Flag]:
    """One figure of one quantity, repeated, with two different dates of the same precision: 'notes due 2029'
    and 'the $800 million notes due 2031'; 'the bond sale priced on March 3' and 'priced on March 5'.
    Periods are left out (revenue of two years is two quantities), except a single day, which is when a
    deal, sale or loan happened rather than a span it covers."""
    result, quantities = article.result, article.quantities
    dates = {m.id: m for m in result.mentions if m.type == "date"}
    dated = [
        (q, dates[q.claim.time])
        for q in quantities
        if q.value and q.claim.time in dates and q.claim.attribute_key and _event_date(q, dates[q.claim.time])
    ]
    # one figure of one quantity (equal keys) with two dates (different iso values): bucketed, not every pair
    for (a, date_a), (b, date_b) in keyed_pairs(dated, key=_figure_and_precision, differ=lambda d: d[1].value.iso):
        if a.sentence == b.sentence and a.id != b.id:
            # 'raise 125 mln dlrs through first priority certificates due 1992, 125 mln dlrs through second priority
            # certificates due 1995': one sentence listing two figures with their own dates lists two instruments
            continue
        role = {"maturity": "falls due", "as_of": "holds"}.get(a.claim.time_role or "", "is dated")
        yield Flag(
            check="date_conflict",
            severity="warning",
            cites=(a, b),
            message=(
                f'The same {quote(a)} {a.claim.attribute or ""} {role} "{date_a.text}" in one place and '
                f'"{date_b.text}" in another.'
            ).replace("  ", " "),
            observed=None,
            expected=None,
            confidence=0.55,
            dates=(date_a, date_b),
        )


def _figure_and_precision(dated: tuple[Quantity, DateMention]) -> tuple:
    q, date = dated
    return (
        q.value,
        q.currency,
        q.per,
        q.claim.attribute_key,
        q.claim.subject,
        date.value.granularity,
        q.claim.time_role,
    )


def _event_date(q: Quantity, date: DateMention) -> bool:
    """Whether the claim's date is one the quantity can have only one of: a maturity, or the day a transaction
    happened. A level holds at many dates (an index up 0.8 pct in January and 0.8 pct in December; 20 cents a
    share in two quarters), and prices and rates recur from issue to issue (two notes redeemed at 100.5 pct
    on different days), so those are left out (dev-news: all three such findings on 1,500 stories were
    false)."""
    value = date.value
    if value.kind != "point" or not value.iso or q.claim.kind in ("price", "rate"):
        return False
    if q.claim.time_role == "maturity":
        return True
    return q.claim.time_role != "as_of" and value.granularity == "day"


def _stated_maturity(sentence: str, sentence_dates: list[DateMention]) -> DateMention | None:
    """A year or day the sentence (lower case) says the quantity falls due in ('notes due 2031', 'maturing in
    May 2029'). A text repeated by several dates is looked for once."""
    due_after: dict[str, bool] = {}
    for mention in sentence_dates:
        value = mention.value
        if value.kind != "point" or value.end is None or value.iso is None:
            continue
        text = mention.text.lower()
        if text not in due_after:
            at = sentence.find(text)
            # 'due 2031', 'repayable in a single bullet in June 2024': the cue within a few words, same clause
            before = re.split(r"[,;]", sentence[max(0, at - 40) : at])[-1] if at > 0 else ""
            # 'debt due between September 1986 and end 1987': the start of a range of maturities is none
            due_after[text] = _FUTURE_MATURITY.search(before) is not None and not re.search(r"\bbetween\s*$", before)
        if due_after[text]:
            return mention
    return None


def _terms(sentence_dates: list[DateMention]) -> list[DateMention]:
    return [d for d in sentence_dates if d.value.kind == "duration" and _TERM.match(d.value.iso or "")]


def _security_terms(sentence_dates: list[DateMention], sentence: str) -> list[DateMention]:
    """The terms of a security or loan: a duration right before what it is the term of ('a five-year green
    bond', 'seven-year securities', 'a 10-year loan'); not 'a 10-year plan' or 'over 10 years'."""
    found = []
    for mention in _terms(sentence_dates):
        at = sentence.find(mention.text.lower())
        after = sentence[at + len(mention.text) :]
        hyphenated = mention.text.lower().endswith("-year")
        if at >= 0 and (_SECURITY.match(after) or (hyphenated and _SECURITY_AFTER_AMOUNT.match(after))):
            found.append(mention)
    return found


def _term(terms: list[DateMention]) -> int | None:
    """The one term stated (in years), or None when none or several different ones are."""
    years = {int(_TERM.match(d.value.iso).group(1)) for d in terms}
    return years.pop() if len(years) == 1 else None


# 'due to the February sale' gives a cause, not a date a debt falls due; 'due to mature in 2027' is a maturity
_CAUSAL_DUE = re.compile(r"\bdue to (?!(?:mature|expire|be|fall|run|end|close|redeem|repay)\b)")


def _without_causal_due(sentence: str) -> str:
    """The sentence (lower case) with a causal 'due to' ('a charge due to the June 1986 write-off') written
    'owing to', so that only a 'due' of a maturity reads as one."""
    return _CAUSAL_DUE.sub("owing to ", sentence)
