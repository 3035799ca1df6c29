"""Shares of a whole: a stake above 100% or below 0, and holders whose stakes in one company add past 100%.

Only percentages that the claims read as stakes (kind `stake`) or that the sentence calls a share, stake or
holding are checked: a ratio of debt to output of 120% or a rise of 150% is no error.
"""

import re
from collections.abc import Iterator
from itertools import pairwise

from newsclaims.check.flag import Flag, quote
from newsclaims.check.phrasing import listed as in_a_list
from newsclaims.check.quantities import Quantity
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
        earlier = [
            q for n in range(number - _REMAINING_WITHIN, number) for q in by_sentence.get(n, []) if q.claim.subject
        ]
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
        if len(listed) < 2 or sum(q.value for q in listed) - 0.5 * len(listed) <= 100:
            continue
        if any(q.value >= 100 for q in listed):
            continue  # 'owns 100% of X and 50% of Y': a whole company is its own target
        if len(listed) == 2 and len(subjects) < 2:
            continue  # two figures without two named holders may be one holder's before and after
        targets = {q.stake_target for q in listed if q.stake_target}
        if len(targets) > 1:
            continue
        ordered = sorted(listed, key=lambda q: q.mention.start)
        gaps = [b.before[len(a.before) + len(a.mention.text) :] for a, b in pairwise(ordered)]
        if any(_STAKE_MOVES.search(gap) for gap in gaps):
            continue
        total = sum(q.value for q in ordered)
        yield Flag(
            check="shares_over_100",
            severity="warning",
            cites=tuple(ordered),
            message=(
                f"The stakes {in_a_list([quote(q) for q in ordered])}, listed side by side for different holders, "
                f"add up to {total:g}%, more than the whole company."
            ),
            observed=total,
            expected=100.0,
            confidence=0.6,
        )


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
