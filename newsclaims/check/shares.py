"""Shares of a whole: a stake above 100% or below 0, and holders whose stakes in one company add past 100%.

Only percentages that the claims read as stakes (kind `stake`) or that the sentence calls a share, stake or
holding are checked: a ratio of debt to output of 120% or a rise of 150% is no error.
"""

import re
from collections.abc import Iterator
from itertools import pairwise

from newsclaims.check.flag import Flag, quote
from newsclaims.check.phrasing import listed as in_a_list
from newsclaims.check.quantities import Quantity, company_part
from newsclaims.check.tables import line_cells
from newsclaims.check.view import ArticleView
from newsclaims.check.words import pattern

_SHARE_WORDS = pattern("share_words")
_STAKE_MOVES = pattern("stake_moves")


def share_ranges(article: ArticleView) -> Iterator[Flag]:
    """Stakes outside 0..100%, and stakes of different holders in one company that add past 100%."""
    quantities = article.quantities
    stakes = [q for q in quantities if _is_share(q)]
    for stake in stakes:
        if stake.value is not None and (stake.value > 100 or stake.value < 0):
            yield Flag(
                check="percent_range",
                severity="error",
                cites=(stake,),
                message=f"A stake or share of {quote(stake)} is impossible: a share of one whole is 0 to 100%.",
                observed=stake.value,
                expected=None,
                confidence=0.9,
            )
    listed = list(_listed_over_100(stakes))
    listed += list(_remaining_over_100(stakes))
    if not listed:
        listed = list(_table_over_100(quantities)) + list(_owners_after_the_deal(quantities))
    yield from listed
    if not listed:
        yield from _over_100(stakes)


_REMAINING = re.compile(
    r"\bthe\s+(?:remaining|rest\s+of\s+the|balance\s+of\s+the|other)\s+(?:(?:\d+(?:\.\d+)?\s*(?:%|pct|per\s*cent|percent)\s+)?"
    r"(?:shares|stock|stakes?|equity|capital)\b|\d+(?:\.\d+)?\s*(?:%|pct|per\s*cent|percent)(?!\s+(?:of|in)\b))",
    re.IGNORECASE,
)
_REMAINING_WITHIN = 3  # sentences after the first stake that 'the remaining shares' may follow


def _remaining_over_100(stakes: list[Quantity]) -> Iterator[Flag]:
    """'Fjellhavn said it had bought 31 pct of Nordsjo Drilling.' 'The remaining shares in Nordsjo are held by
    Bergen Line, with 42 pct, and Vestkyst, with 35 pct.': the holders of the rest, listed in one sentence,
    with the stake stated just before in the same company, add past 100%."""
    by_sentence: dict[int, list[Quantity]] = {}
    for stake in stakes:
        if stake.value is not None and 0 < stake.value < 100 and stake.qualifier in ("exact", "approx"):
            by_sentence.setdefault(stake.sentence, []).append(stake)
    for number, rest in by_sentence.items():
        if not _REMAINING.search(rest[0].claim.sentence_text):
            continue
        # what remains is of the stake told last: the nearest sentence before that states one ('Talara owns 70% of
        # the holding company.' 'The holding company owns 55% of the operator.' 'Petrovalle owns the other 45%.')
        nearest = next((n for n in range(number - 1, number - _REMAINING_WITHIN - 1, -1) if n in by_sentence), None)
        earlier = [q for q in by_sentence.get(nearest, []) if q.claim.subject] if nearest is not None else []
        companies = {c for q in earlier for c in (q.claim.subject, q.claim.object) if c}
        for first in earlier:
            shared = [c for c in (first.claim.object, first.claim.subject) if c and all(q.names(c) for q in rest)]
            if not shared and first.stake_target and not any(q.claim.object for q in rest):
                shared = [first.stake_target]  # 'Orla Bank owns the remaining 20%': the rest of the company just named
            if not shared or len(companies) > 2:
                continue
            cited = [first, *sorted(rest, key=lambda q: q.mention.start)]
            if sum(q.value for q in cited) - 0.5 * len(cited) <= 100:
                continue
            total = sum(q.value for q in cited)
            yield Flag(
                check="shares_over_100",
                severity="warning",
                cites=tuple(cited),
                message=(
                    f"{quote(first)} and the remaining stakes {in_a_list([quote(q) for q in rest])} add up to "
                    f"{total:g}%, more than the whole company."
                ),
                observed=total,
                expected=100.0,
                confidence=0.6,
            )
            return


def _listed_over_100(stakes: list[Quantity]) -> Iterator[Flag]:
    """'Dunn kept 55% of the business, her brother holds 30%, and the last 25% belongs to regulars': the
    holders of one company listed in one sentence, side by side (joined by commas and 'and', no move such
    as 'from', 'raising' or 'diluted' between them), whose stakes add past 100%. Holders need not be
    organizations: people and governments hold stakes too."""
    by_sentence: dict[int, list[Quantity]] = {}
    for stake in stakes:
        if stake.value is not None and 0 < stake.value <= 100 and stake.qualifier in ("exact", "approx"):
            by_sentence.setdefault(stake.sentence, []).append(stake)
    for claims in by_sentence.values():
        subjects = {q.claim.subject for q in claims if q.claim.subject}
        listed = list({q.mention.id: q for q in claims}.values())  # 'X and Y own 60% and 45% respectively'
        # a stake is written to its last digit ('60%' is 59.5-60.5%), not rounded to the ten
        if len(listed) < 2 or sum(q.value * holders_each(q) for q in listed) - 0.5 * len(listed) <= 100:
            continue
        if any(q.value >= 100 for q in listed):
            continue  # 'owns 100% of X and 50% of Y': a whole company is its own target
        if len(listed) == 2 and len(subjects) < 2 and all(holders_each(q) == 1 for q in listed):
            continue  # two figures without two named holders may be one holder's before and after
        targets = {q.stake_target for q in listed if q.stake_target}
        if len(targets) > 1:
            continue
        ordered = sorted(listed, key=lambda q: q.mention.start)
        wholes = {match.group(1) for q in ordered if (match := _OF_WHAT.match(q.after))}
        if len(wholes) > 1:
            continue  # '38% of mortgages, 45% of credit-card balances and 27% of deposits': shares of three wholes
        gaps = [b.before[len(a.before) + len(a.mention.text) :] for a, b in pairwise(ordered)]
        if any(_STAKE_MOVES.search(gap) for gap in gaps):
            continue
        total = sum(q.value * holders_each(q) for q in ordered)
        if total - 0.5 * len(ordered) <= 100:
            continue
        yield Flag(
            check="shares_over_100",
            severity="warning",
            cites=tuple(ordered),
            message=(
                f"The stakes {in_a_list([_each(q) for q in ordered])}, listed side by side for different holders, "
                f"add up to {total:g}%, more than the whole company."
            ),
            observed=total,
            expected=100.0,
            confidence=0.6,
        )


_NAME = r"(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*"
# 'with Ikegami and Tosa each holding 32 pct', 'Ikegami, Tosa and Kanda will hold 20 pct each', 'its two partners
# 15% each': several holders, one stake each
_EACH_BEFORE = re.compile(
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?:will\s+|would\s+)?(?:each|both)\s+"
    r"(?:\w+\s+){0,2}$"
    r"|\b(?P<count>two|three|four|five)\s+(?:\w+\s+){0,2}?(?:partners|investors|banks|companies|shareholders|"
    r"families|funds|groups|holders|founders)\s+(?:will\s+)?(?:each|both)\s+(?:\w+\s+){0,2}$"
)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece)\b")
_HOLDERS_BEFORE = re.compile(
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?:will\s+|would\s+)?(?:\w+\s+){{0,2}}$"
    r"|\b(?P<count>two|three|four|five)\s+(?:\w+\s+){0,2}?(?:partners|investors|banks|companies|shareholders|"
    r"families|funds|groups|holders|founders)\s+(?:will\s+)?(?:\w+\s+){0,2}$"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def holders_each(q: Quantity) -> int:
    """How many holders a stake is each of ('Ikegami and Tosa each holding 32 pct': 2), else 1."""
    text = q.claim.sentence_text
    at = q.at
    if at < 0:
        return 1
    before = text[max(0, at - 120) : at]
    match = _EACH_BEFORE.search(before)
    if match is None and _EACH_AFTER.match(text[at + len(q.mention.text) :]):
        match = _HOLDERS_BEFORE.search(before)
    if match is None:
        return 1
    if match.group("count"):
        return _COUNTS[match.group("count").lower()]
    return 2 + match.group("names").count(",") - (1 if ", and" in match.group("names") else 0)


def _each(q: Quantity) -> str:
    times = holders_each(q)
    return quote(q) if times == 1 else f"{quote(q)} ({times} holders each)"


# what a percentage is of, right after it ('of mortgages', 'of the club'): its first word after 'the'/'its'
_OF_WHAT = re.compile(r"^\s+(?:of|in)\s+(?:(?:the|its|their|all)\s+)?([a-z][\w-]*)")
_AFTER_THE_DEAL = re.compile(
    r"\bwill\s+(?:\w+\s+){0,2}?(?:own|hold|keep|retain|have|control|take|be\s+left\s+with|hang\s+on\s+to|be\s+owned)\b"
    r"|\bgiving\s+(?:it|them|him|her)\b|\bleaving\s+(?:it|them|him|her)\s+with\b"
    r"|\bcontinues?\s+to\s+(?:own|hold)\b|\bonce\s+the\s+(?:deal|sale|transaction|merger|takeover)\b",
    re.IGNORECASE,
)
_OTHER_STATE = re.compile(
    r"\b(?:previously|formerly|currently|until\s+now|before\s+the|prior\s+to|used\s+to|had\s+(?:owned|held)|"
    r"up\s+from|down\s+from|from\s+\d|votes?|voting|would|could|might|proposed|option|bid|offer)\b",
    re.IGNORECASE,
)
_AFTER_THE_DEAL_WINDOW = 2  # consecutive sentences that may list the owners after one deal


def _owners_after_the_deal(quantities: list[Quantity]) -> Iterator[Flag]:
    """'Ridgeline will invest £12m in new shares, giving it 55% of the club.' 'The Baird family will see their
    holding reduced to 30%, while the supporters' trust will keep its 20% stake.': who will own a company once
    a deal is done, told over consecutive sentences that each say what an owner will have (three figures at
    least), adds up to 100% at most. A sentence about another time, another basis (votes) or what may be
    ('previously', 'up from', 'would', 'an offer') ends the list; a figure equal to one already listed is
    taken for a restatement."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        is_level = q.type == "percent" and q.percent_kind == "level" and q.value is not None and 0 < q.value < 100
        if is_level and q.qualifier in ("exact", "approx") and q.claim.kind not in ("price", "rate"):
            by_sentence.setdefault(q.sentence, []).append(q)
    for first in sorted(by_sentence):
        window = [first]
        for number in range(first + 1, first + _AFTER_THE_DEAL_WINDOW):
            if number in by_sentence:
                window.append(number)
        texts = [by_sentence[n][0].claim.sentence_text for n in window]
        if len(window) < 2 or not all(_AFTER_THE_DEAL.search(t) for t in texts):
            continue
        if any(_OTHER_STATE.search(t) for t in texts):
            continue
        cited: dict[float, Quantity] = {}
        for number in window:
            for q in by_sentence[number]:
                cited.setdefault(q.value, q)
        targets = {q.stake_target for q in cited.values() if q.stake_target}
        if len(cited) < 3 or len(targets) > 1:
            continue
        total = sum(cited)
        if total - 0.5 * len(cited) <= 100:
            continue
        figures = sorted(cited.values(), key=lambda q: q.mention.start)
        yield Flag(
            check="shares_over_100",
            severity="warning",
            cites=tuple(figures),
            message=(
                f"The stakes {in_a_list([quote(q) for q in figures])}, which different owners are to hold once the "
                f"deal is done, add up to {total:g}%, more than the whole company."
            ),
            observed=total,
            expected=100.0,
            confidence=0.6,
        )
        return


_TABLE_ROW = re.compile(
    r"^[A-Z][\w&.'()-]*(?:\s+(?:[A-Z(][\w&.'()-]*|of|and|the|for|&|share|trust|family|fund|investors?|holders?|staff|"
    r"employees?|management|public|float|others?))*$"
)
_TABLE_ROW_WORDS = 9  # a row of an owners' table: a name and its stake


def _table_over_100(quantities: list[Quantity]) -> Iterator[Flag]:
    """'Alder Group 62%' / 'Founders Rhys and Carys Llewellyn 21%' / 'Employee share trust 9%' / 'Other investors
    (public float) 14%': a table of owners, one line per holder giving its name and one percentage and
    nothing else, three lines or more one after another. Such rows list the shares of one whole (owners,
    votes, a market) at one time, so they add up to 100% at most."""
    rows: list[Quantity] = []
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        if q.type == "percent":
            by_sentence.setdefault(q.sentence, []).append(q)
    tables: list[list[Quantity]] = []
    for number in sorted(by_sentence):
        line = by_sentence[number]
        if len(line) == 1 and _is_table_row(line[0]):
            if rows and rows[-1].sentence != number - 1:
                tables.append(rows)
                rows = []
            rows.append(line[0])
        elif len(line) >= 3 and _is_table_line(line):
            tables.append(line)
    tables.append(rows)
    for table in tables:
        if len(table) < 3 or any(q.value is None or q.percent_kind != "level" for q in table):
            continue
        total = sum(q.value for q in table)
        if total - sum(_last_digit(q) for q in table) <= 100:
            continue
        yield Flag(
            check="shares_over_100",
            severity="warning",
            cites=tuple(table),
            message=(
                f"The rows {in_a_list([quote(q) for q in table])}, one holder's share each, add up to {total:g}%, "
                "more than the whole."
            ),
            observed=total,
            expected=100.0,
            confidence=0.6,
        )


def _last_digit(q: Quantity) -> float:
    """Half the place of a stake's last written digit: 0.05 for '48.5%' and '27.0%', 0.5 for '60%' (a stake is
    written to its last digit, not rounded to the ten)."""
    return min(0.5, (q.value or 0.0) * q.precision)


_CELL_NAME = re.compile(r"^[A-Za-z][\w&.'()-]*(?:\s+[\w&.'()-]+){0,6}$")
# the head noun (last word) of a cell that names a kind of holder
_HOLDER_CELL = re.compile(
    r"\b(?:investors?|founders?|management|trust|employees?|staff|public|float|shareholders?|others?|family|"
    r"funds?|government|state|scheme|partners|holders?|backers?)\W*$",
    re.IGNORECASE,
)


def _is_table_line(line: list[Quantity]) -> bool:
    """'Halden Capital 46% | founders and management 31% | employee trust 12% | seed investors 17%': an owners'
    table written on one line (`tables.line_cells`), each cell a name and its percentage, one cell at least
    ending on a kind of holder (founders, staff, investors, the public float, a trust), so a line of results
    ('Revenue 12% | staff turnover 9%') is no table of owners."""
    labels = line_cells(line)
    return (
        bool(labels)
        and all(_CELL_NAME.match(label) for label in labels)
        and any(_HOLDER_CELL.search(label) for label in labels)
    )


def _is_table_row(q: Quantity) -> bool:
    """Whether the figure's sentence is a table row: a name, then the figure, and nothing else."""
    text = q.claim.sentence_text.strip()
    at = text.find(q.mention.text)
    if at <= 0 or text[at + len(q.mention.text) :].strip(" .") or len(text.split()) > _TABLE_ROW_WORDS:
        return False
    # 'Other investors (public float)', 'Mwangi family ........ 48.5%': notes in brackets and leaders set aside
    name = re.sub(r"\s*\([^)]*\)", "", text[:at]).strip(" :-\u2013.\u2026_|\t")
    return bool(_TABLE_ROW.match(name))


def _is_share(q: Quantity) -> bool:
    if q.type != "percent" or q.percent_kind != "level":
        return False
    near = q.before[-40:] + " " + q.after[:25]
    # a price or a rate near 'interest' or 'shares' is no share of a whole ('redeemed at 108.96 pct plus
    # accrued interest')
    if _REDEEMED_AT.search(q.before):
        return False  # 'notes will be redeemed at 108.96 pct plus accrued interest': a price of par
    if q.before.endswith("(") and q.after.startswith(")") and _OWNED_BY.search(q.claim.sentence_text):
        return True  # 'is owned by Keswick (60%), Ardent (30%) and the Lowe family (15%)'
    if q.claim.kind == "deal" and _OF_A_COMPANY.match(_text_after(q)):
        return True  # 'bought 31 pct of Nordsjo Drilling': what was bought is a part of the company
    if company_part(q):
        return True  # 'will pay CZK 2.8 billion for 35 percent of Morava Solar': the same, read by its words
    return q.claim.kind == "stake" or (q.claim.kind not in ("price", "rate") and bool(_SHARE_WORDS.search(near)))


_OWNED_BY = re.compile(r"\b(?:owned|held|controlled)\s+by\b|\bshareholders\s+(?:are|include)\b", re.IGNORECASE)
_REDEEMED_AT = re.compile(r"\b(?:redeem(?:ed|able)?|called|priced|repaid|repurchased|sold|issued)\s+at\s+$")
_OF_A_COMPANY = re.compile(
    r"\s+(?:of|in)\s+(?:[A-Z][\w&.'-]*|its\s+(?:shares|stock|capital)|the\s+(?:shares|stock|capital)\b)"
)


def _text_after(q: Quantity) -> str:
    """The sentence after the mention, as written (`Quantity.after` is lower case)."""
    text = q.claim.sentence_text
    at = len(q.before)
    return text[at + len(q.mention.text) :] if text[at : at + len(q.mention.text)] == q.mention.text else ""


def _over_100(stakes: list[Quantity]) -> Iterator[Flag]:
    """Different holders' stakes in one company (same object, same time) that sum above 100%."""
    by_company: dict[tuple[str, str | None], dict[str, Quantity]] = {}
    for stake in stakes:
        company, holder = stake.stake_target, stake.claim.subject
        if not company or not holder or holder == company or stake.value is None or stake.value > 100:
            continue
        holders = by_company.setdefault((company, stake.time), {})
        holders.setdefault(holder, stake)  # a holder's first-stated stake; later ones may be after a sale
    for (company, _), holders in by_company.items():
        if len(holders) < 2:
            continue
        cited = sorted(holders.values(), key=lambda q: q.mention.start)
        if sum(q.low for q in cited) <= 100:  # rounding allowed: '33%', '33%' and '35%' may be 100%
            continue
        total = sum(q.value for q in cited)
        yield Flag(
            check="shares_over_100",
            severity="warning",
            cites=tuple(cited),
            message=(
                f"The stakes {in_a_list([quote(q) for q in cited])} held in {company} by different holders add up "
                f"to {total:g}%, more than the whole company."
            ),
            observed=total,
            expected=100.0,
            confidence=0.6,
        )
