"""Arithmetic: figures that the article relates by a sum or a change, and that do not add up.

Each check reads a relation the sentence spells out and nothing more:
- parts_exceed_total: a total followed by its parts ('a $5 billion package, including $3.2 billion of loans
  and $2.5 billion of bonds'; 'a $25 billion loan, of which $28 billion is drawn');
- percent_change: 'rose 12% to $560 million from $480 million' (or 'from B to A');
- running_total: 'the new $300 million brings its total to $900 million' against the amount the article
  says was there before;
- stake_value: 'a 20% stake worth $500 million' against the valuation of the same company.
Tolerances come from the precision of every figure involved, so rounding never fires a check.

What does not depend on the figure at hand is found once per sentence or article (issue 18: a sentence of
thousands of figures made each check quadratic), never once per figure.
"""

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from newsclaims.check.flag import Flag, quote, severity_for
from newsclaims.check.pair_features import in_headline
from newsclaims.check.phrasing import REPORTED_PAST_PERFECT, listed, money_in_words
from newsclaims.check.quantities import Quantity, company_part
from newsclaims.check.tables import line_cells
from newsclaims.check.view import ArticleView
from newsclaims.check.words import pattern, phrases

_PARTS = pattern("parts")
_RUNNING_TOTAL = re.compile(
    phrases("running_total_verbs")
    + r"[^.]{0,40}\btotal\b[^.]{0,60}\bto\s*$"
    + r"|"
    # 'lifts the amount it has collected from investors since its founding to $26 million': an amount or sum
    # that someone has gathered over time is a running total whatever the noun
    + phrases("running_total_verbs")
    + r"\s+(?:the|its|their)\s+(?:amount|sum)\s+(?:(?:it|they|the\s+\w+)\s+)?(?:has|have|had)\s+(?:now\s+)?"
    + r"(?:raised|collected|received|invested|secured|spent|put\s+in|committed|returned)\b[^.]{0,60}\bto\s*$"
    + r"|"
    # 'Including the new money, Halcyra has taken in $52 million from investors': a total that says it counts the
    # new money
    + r"\bincluding\s+(?:the|this|its)\s+(?:new|latest)\s+(?:money|round|funding|investment|financing)\b[^.]{0,60}"
    + r"\b(?:has|have)\s+(?:now\s+)?(?:taken\s+in|raised|received|collected|attracted|secured|drawn)\s*$"
    + r"|"
    + phrases("running_total_verbs")
    + r"\s+to\s*$"  # 'bringing to 140 mln dlrs the amount it has spent'
    + r"|"
    # 'brings proceeds from the divestiture program to 870 mln dlrs', 'takes the tally to': whatever noun names
    # what has been gathered over time
    + phrases("running_total_verbs")
    + r"\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:proceeds|tally|haul|sum|kitty|pot|amount\s+raised|"
    + r"money\s+raised|funding|fund-?raising|donations|pledges|commitments)\b[^.]{0,70}\bto\s*$"
    + r"|"
    # 'With this gift we are at $587,000': a level reached with the new money
    + r"\bwith\s+(?:this|the|that|these|its|their)\s+(?:\w+\s+){0,2}?(?:gift|donation|grant|round|money|funding|"
    + r"investment|sale|deal|pledge|payment|contribution|tranche)s?\b[^.]{0,40}\b(?:are|is|stands?|now)\s+(?:now\s+)?"
    + r"at\s*$"
)
_PRIOR = pattern("prior_amount")
# what marks the figure of a 'brings its total to' sentence as the earlier amount, not the new one ('has
# raised' says nothing of when)
_PRIOR_IN_SENTENCE = re.compile(
    r"\b(?:before|previously|already|had\s+(?:raised|invested|received|put\s+in)|so\s+far|to\s+date|prior)\b"
)
_CLAUSE_BREAK = re.compile(phrases("clause_breaks") + "|;")
_DOWN = pattern("downward_moves")
_PRICE_KINDS = frozenset({"deal", "investment", "price", "stake", "other"})  # what a stake's price is read as
STAKE_PRICE_KINDS = _PRICE_KINDS
PAID_KINDS = _PRICE_KINDS | {"spending"}  # and what was paid for it ('paid $1.3 billion for a 49% stake')
_TO = re.compile(r"\bto\s*$")
_CAME_TO = re.compile(r"\b(?:came\s+in\s+at|was|were|stood\s+at|totalled|totaled|reached)\s*$")
_PART_CUES = pattern("part_cues")
_SIGNED = pattern("signed_amounts")
# 'Of this year's budget, 7.1 billion pesos will go to stores, 3.8 billion to ...', 'Of that, $2m is ...': a sentence
# that opens by naming the whole its figures are shares of
_OF_THE_WHOLE = re.compile(
    r"^\W*of\s+(?:(?:the|this|that|these|its|their|his|her|our)\b[^,;.]{0,40}|that|this|which),", re.IGNORECASE
)
# 'the remaining £18m', 'the balance of $4m', 'the rest, 12 mln dlrs': a list whose last figure completes a whole
_COMPLETES = re.compile(r"\b(?:remaining|the\s+rest|the\s+balance)\b(?:\s+(?:of|,))?[^,;.]{0,12}$")
_REFERS_TO_STAKE = re.compile(
    r"\b(?:the|its|that|this|their|[\w-]+(?:'s|\u2019s))\s+(?:holding|stake|shares|interest)\b", re.IGNORECASE
)  # 'the holding', 'the council's shares'
# before the earlier figure of a move: 'from', 'compared with', or a results page's parenthesised prior period
# ('turnover rose 9.5% to €3.48bn (2023: €2.91bn)', '(last year: £90m)')
_PRIOR_IN_PARENTHESES = re.compile(
    r"\(\s*(?:[A-Za-z]{1,10}\s+)?(?:(?:19|20)\d\d(?:/\d\d)?|prior\s+year|last\s+year|previous\s+year|a\s+year\s+"
    r"(?:earlier|ago))\s*:\s*$"
)
_FROM = re.compile(
    # 'down 22 pct from the 48.9 mln dlrs earned': a determiner may stand between
    phrases("earlier_figure")
    + r"(?:\s+the)?[\s,]*$|\(\s*(?:[A-Za-z]{1,10}\s+)?(?:(?:19|20)\d\d(?:/\d\d)?|prior\s+year|"
    r"last\s+year|previous\s+year|a\s+year\s+(?:earlier|ago))\s*:\s*$"
    # '8% higher than last year's $4.1bn', 'a rise of 50 per cent on the £250m of 2024'
    r"|\bthan\s+(?:(?:last|the\s+previous|the\s+prior)\s+year['\u2019]?s|the|a\s+year\s+earlier['\u2019]?s?)\s+$"
    r"|(?:%|\bper\s*cent|\bpercent|\bpct)\s+on\s+(?:the\s+|(?:last|the\s+previous)\s+year['\u2019]?s\s+)?$",
    re.IGNORECASE,
)
# a sentence that gives the year-ago figure of a move stated before it: 'A year earlier, it had earned $301m.'
_YEAR_EARLIER = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|(?:in\s+)?the\s+same\s+(?:period|quarter)\s+"
    r"(?:of\s+|a\s+year\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year|(?:the\s+)?(?:previous|prior)\s+year)\b",
    re.IGNORECASE,
)
_PRICE_SETS_VALUE = re.compile(r"\b(?:which|that)\s+values\b|\bvaluing\b|\bimplies\s+a\s+valuation\b", re.IGNORECASE)
_AROUND = 3  # sentences apart that a stated move and its two figures may sit


def arithmetic(article: ArticleView) -> Iterator[Flag]:
    """Every arithmetic check over one article's quantities."""
    quantities = article.quantities
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    # found once per article, not once per figure (issue 18): amounts said to be there before, valuations,
    # the organizations of each sentence
    priors: dict[str | None, list[Quantity]] = {}
    for q in quantities:
        if q.type == "money" and q.value and _said_to_be_before(q):
            priors.setdefault(q.currency, []).append(q)
    valuations = [q for q in quantities if q.type == "money" and q.value and is_valuation(q)]
    orgs: dict[int, list] = {}
    for mention in article.result.mentions:
        if mention.type == "org":
            orgs.setdefault(mention.sentence, []).append(mention)
    yield from _parts_table(quantities, by_sentence)
    yield from _parts_completed(by_sentence)
    yield from _percent_change_results_lines(by_sentence)
    yield from _percent_change_across_years(quantities)
    for sentence in by_sentence.values():
        yield from _parts_exceed_total(sentence)
        yield from _percent_change(sentence)
        yield from _percent_change_nearby(sentence, by_sentence)
        yield from _percent_change_year_earlier(sentence, by_sentence)
        yield from _parts_nearby(sentence, by_sentence)
        yield from _running_total(sentence, priors, by_sentence)
        yield from _stake_value(sentence, valuations, by_sentence, orgs)


def _said_to_be_before(q: Quantity) -> bool:
    """Whether the words before the figure, in its clause, say it came before ('had raised $22 million', 'so far
    it has collected'), not a comparison's other side later in the sentence ('earned 14.8 mln dlrs, ... compared
    with 11.2 mln dlrs a year earlier')."""
    clause = _CLAUSE_BREAK.split(q.before)[-1]
    if _FURTHER.search(q.before[-25:]):
        return False  # 'had provided a further 437 mln stg': the new amount, whatever the tense
    if _PAST_PERFECT.search(clause) and not REPORTED_PAST_PERFECT.search(q.before[-60:]):
        return True  # 'By the end of June it had bought back 5.8 billion crowns' worth'
    return bool(_PRIOR.search(clause)) or bool(_PRIOR.search(q.after[:30]) and not _FROM.search(q.before))


_PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+)?(?!been\b|said\b|told\b)[a-z]+(?:ed|ght|id|ld|en)\b")


def _parts_exceed_total(sentence: list[Quantity]) -> Iterator[Flag]:
    money = [q for q in sentence if q.type == "money" and q.per is None]
    for index, total in enumerate(money):
        if index + 1 >= len(money) or total.value is None:
            continue
        between = money[index + 1].before[len(total.before) + len(total.mention.text.lower()) :]
        cue = _PARTS.search(between)
        if not cue or ";" in between or _FROM.search(total.before):
            continue  # 'rose to 3.05 billion from 2.58 billion, comprising ...': the parts of which of the two?
        # parts listed after the total and joined by 'and' / commas: the first two of its currency (or one),
        # without the earlier figure each may be set against ('domestic 1.30 billion versus 1.41 billion')
        parts = []
        # '$520 million (of which the United States alone accounted for $430 million), Europe $260 million': parts
        # opened in brackets end with them; what follows is the total's sibling
        bracketed = "(" in between[: cue.start() + 1]
        start = len(total.before) + len(total.mention.text)
        for later in range(index + 1, len(money)):
            q = money[later]
            if bracketed and ")" in q.before[start:]:
                break
            if q.currency == total.currency and not _FROM.search(q.before):
                parts.append(q)
                if len(parts) == 2:
                    break
        if not parts:
            continue
        if len(parts) > 1 and (total.claim.kind == "profit" or any(p.value >= total.value for p in parts)):
            # a profit includes gains bigger than itself (its losses are parts too), and a 'part' as big as
            # the whole is another total ('a limitation of 1 billion, of which 200 mln ..., and a limitation
            # of 10 billion for guarantees')
            continue
        low_sum = sum(p.low for p in parts)
        if low_sum <= total.high:
            continue
        stated = listed([quote(p) for p in parts])
        excess = low_sum / total.value
        confidence = 0.8 if excess > 1.05 else 0.6
        if len(parts) == 1 and cue.group().lower() != "of which":
            # one 'part' bigger than its whole is far more often a misread relation ('a surplus of $4.3bn,
            # including a $5.5bn deficit', 'up to five billion ... 7.0 billion') than a slip
            confidence = 0.35
        yield Flag(
            check="parts_exceed_total",
            severity=severity_for(confidence) or "info",
            cites=(total, *parts),
            message=(
                f"The part {stated} is more than the total {quote(total)} it is given as part of."
                if len(parts) == 1
                else f"The parts {stated} add up to {money_in_words(sum(p.value or p.low for p in parts))}, more "
                f"than the total {quote(total)} they are part of."
            ),
            observed=sum(p.value or p.low for p in parts),
            expected=total.value,
            confidence=confidence,
        )


def _parts_nearby(sentence: list[Quantity], by_sentence: dict[int, list[Quantity]]) -> Iterator[Flag]:
    """A total, and its parts listed in the sentences after it: 'raised $120 million in a Series C round.'
    'Sahra Ventures led the round with $70 million.' 'Tembusu put in $35 million and Ogawa supplied the
    remaining $25 million.'; 'signed $900 million of credit facilities.' 'The package is made up of a $600
    million term loan and a $400 million revolving facility.' The parts are figures of the total's kind
    family and currency in the next three sentences, at least two, each smaller than the total, in
    sentences that say they are parts (`part_cues`: 'made up of', 'the remaining', 'led the round with',
    'respectively', ...). Signed figures (a deficit inside a surplus, a loss) are never summed."""
    totals = _totals(sentence)
    if len(totals) != 1:
        return
    total = totals[0]
    # a figure the claims could not name ('Details of how the £1.1bn upgrade will be spent') is a total only when
    # every figure after it comes in a sentence that says it is a part ('is earmarked for', 'a further ... is
    # set aside for'), checked below
    unnamed_total = total.claim.kind == "other" and _family(total) is None
    if (
        _family(total) is None and not unnamed_total
        and not (total.claim.kind == "deal" and _PART_CUES.search(total.claim.sentence_text))
        and not _whole_named_next(total, by_sentence)
    ):  # fmt: skip
        return  # a price is a total only where its sentence says it has parts ('for S$2.4 billion in cash and shares')
    if (_PART_CUES.search(total.before) or _REFERS_BACK.search(total.before)) and any(
        q.type == "money" and q.currency == total.currency and q.value and q.value > total.value
        and _family(q) == _family(total)
        for n in range(total.sentence - _AROUND, total.sentence)
        for q in by_sentence.get(n, [])
    ):  # fmt: skip
        return  # 'The round was led by Halyard, which invested $25 million': a part of the $60 million before
    parts: list[Quantity] = []
    # 'its three divisions had revenue of $2 billion in total': the total's own sentence may say parts follow
    told_in_total = bool(_PART_CUES.search(total.claim.sentence_text))
    cued = told_in_total
    listed_whole = False  # the parts are one cued list of a sentence ('the parks brought in A, cruises contributed B')
    every_sentence_cued = True
    unknown_uncued = False  # a part of no named kind in a sentence that does not say it is a part
    repeats = 0
    number, last = total.sentence, total.sentence + _AROUND
    while number < last:
        number += 1
        following = by_sentence.get(number, [])
        money = [q for q in following if q.type == "money" and q.value and q.per is None]
        if any(q.currency == total.currency and q.value == total.value for q in money):
            if len(_totals(following)) == 1 and number == total.sentence + 1:
                return  # the headline's total again in the lead: that copy is judged with the parts, once
            repeats += 1
            if repeats > _MAX_REPEATS:
                return  # a table repeating one figure line after line, no total with its parts (issue 18)
            last = number + _AROUND  # the total again ('raised $120 million' in the headline and the lead)
            continue
        if any(q.currency == total.currency and q.value > total.value for q in money):
            break  # a new total
        members = [
            q
            for q in money
            if q.currency == total.currency and _family(q) in (_family(total), None)
            and (q.claim.kind not in _NOT_TOTALS or (q.claim.kind == "price" and total.claim.kind == "deal"))
        ]  # fmt: skip
        if unnamed_total and money and _COMPLETES.search(money[-1].before):
            # a list ending in what remains of a whole ('..., the council is borrowing £21m and the remaining £18m is
            # a grant'): every figure of the list is a share of the unnamed total, of whatever kind the claims read
            members = [q for q in money if q.currency == total.currency and q.claim.kind not in _NOT_TOTALS]
        members = list({q.mention.id: q for q in members}.values())  # 'X and Y committed $35m and $30m respectively'
        members = _without_nested(members)
        # a part named again ('the $25 billion term loan would stay in place') is no second part
        members = [
            q
            for q in members
            if not any(p.value == q.value and p.claim.attribute_key == q.claim.attribute_key for p in parts)
        ]
        if not members:
            continue
        text = members[0].claim.sentence_text
        if _SIGNED.search(text):
            return
        cued_here = (
            bool(_PART_CUES.search(text) or _OF_THE_WHOLE.match(text))
            or (told_in_total and number == total.sentence + 1)
            or _instruments_listed(members, total)
        )
        if parts and cued and not cued_here and all(_family(m) is None for m in members):
            break  # a list of cued parts ended: an uncued figure of no kind after it is the story going on
        cued = cued or cued_here
        every_sentence_cued = every_sentence_cued and cued_here
        unknown_uncued = unknown_uncued or (not cued_here and any(_family(m) is None for m in members))
        parts += members
        if cued_here:
            last = max(last, number + _AROUND)  # a list that goes on, a cued part at a time, may run past the window
        if cued_here and len(members) >= 2:
            # one cued list ('made up of A, B and C'), or cued sentences one after another ('The round was led by
            # A, which invested $25m.' 'B put in $19m and C contributed $17m.'): the list is whole; what follows
            # is the story going on
            listed_whole = every_sentence_cued
            break
    if not 2 <= len(parts) <= _MAX_PARTS or not cued or any(p.is_bound for p in parts):
        return  # more figures than a list of parts has: the story has moved on
    # each part in a sentence of its own that says it is a part ('three-quarters of the proceeds, or RM900m, will
    # repay debt.' 'A further RM450m has been set aside for the plant.'): a list too
    listed_whole = listed_whole or every_sentence_cued
    same_family = _family(total) is not None and all(_family(p) == _family(total) for p in parts)
    # a cued list of figures the claims could not name ('its ready meals arm brought in £820m, soups
    # contributed £390m and the bakery division added £310m') is the total's, when none is of another kind
    same_family = same_family or (
        (listed_whole or not unknown_uncued)
        and all(_family(p) == _family(total) or p.claim.kind == "other" for p in parts)
    )
    # each part named with who put it in, by more than one holder (one company's figures are no contributions)
    contributors = all(p.claim.subject for p in parts) and len({p.claim.subject for p in parts}) > 1
    if unnamed_total:
        # the parts of an unnamed total: each in a sentence of its own that says it is a part, of one family (a
        # list in one sentence after an unnamed figure is as often flows in and out of it: 'will drain 501 mln
        # stg while ... take out 285 mln and 45 mln respectively')
        one_each = len({p.sentence for p in parts}) == len(parts)
        # or one list whose last figure is what remains of a whole ('Three-fifths (£51m) comes from the authority,
        # the council borrows £21m and the remaining £18m is a grant'): the figures make one total
        completed = listed_whole and _COMPLETES.search(parts[-1].before) is not None
        families = {_family(p) for p in parts} - {None}
        same_family = ((every_sentence_cued and one_each) or completed) and (len(families) <= 1 or completed)
        contributors = contributors and every_sentence_cued and one_each
    if not (same_family or contributors):
        return  # figures of no named kind nor named contributors may be anything the story goes on to
    # each figure to its last written digit: '$70 million' of a round is 70, not 'about 70'
    low_sum = sum(p.value * (1 - p.precision) for p in parts)
    if low_sum <= total.value * (1 + total.precision):
        return
    if _excess_stated(total, parts, by_sentence):
        return
    stated = listed([quote(p) for p in parts])
    # every copy of the total up to its parts ('£85m' in the headline and the lead): one finding, whichever copy
    # found it
    copies = [
        q
        for n in range(0, parts[-1].sentence + 1)
        for q in by_sentence.get(n, [])
        if q.type == "money" and q.currency == total.currency and q.value == total.value and q is not total
    ]
    yield Flag(
        check="parts_exceed_total",
        severity="warning",
        cites=tuple(sorted((total, *copies), key=lambda q: q.mention.start)) + tuple(parts),
        message=(
            f"The parts {stated} that the article lists after {quote(total)} add up to "
            f"{money_in_words(sum(p.value or p.low for p in parts))}, more than the total."
        ),
        observed=sum(p.value or p.low for p in parts),
        expected=total.value,
        confidence=0.6,
    )


def _whole_named_next(total: Quantity, by_sentence: dict[int, list[Quantity]]) -> bool:
    """Whether the next sentence with figures opens by naming the whole they are shares of ('Of this year's
    budget, 5.2 billion rand goes to ...'): a total of any kind, then."""
    for number in range(total.sentence + 1, total.sentence + _AROUND + 1):
        money = [q for q in by_sentence.get(number, []) if q.type == "money"]
        if money:
            return _OF_THE_WHOLE.match(money[0].claim.sentence_text) is not None
    return False


def _excess_stated(total: Quantity, parts: list[Quantity], by_sentence: dict[int, list[Quantity]]) -> bool:
    """Whether the article states, near the total, an amount that is what the parts add up to beyond it ('after
    eliminating about 300 mln marks of sales between the two divisions'; an overlap, a double count): the
    difference is explained, not a slip."""
    excess = sum(p.value for p in parts) - total.value
    cited = {q.mention.id for q in (total, *parts)}
    return any(
        q.type == "money" and q.value and q.currency == total.currency and q.mention.id not in cited
        and abs(q.value - excess) <= q.value * max(q.precision, 0.05) + sum(p.value * p.precision for p in parts)
        and _ELIMINATED.search(q.claim.sentence_text)
        for n in range(total.sentence - _AROUND, max(p.sentence for p in parts) + _AROUND + 1)
        for q in by_sentence.get(n, [])
    )  # fmt: skip


# what takes out of a total what its parts count twice
_ELIMINATED = re.compile(
    r"\b(?:eliminat\w*|inter-?segment|intra-?group|inter-?company|double[\s-]count\w*|counted\s+twice|overlap\w*|"
    r"between\s+the\s+(?:two|three|four|\w+)?\s*(?:divisions|segments|units|businesses))\b",
    re.IGNORECASE,
)


def _instruments_listed(members: list[Quantity], total: Quantity) -> bool:
    """'A 90 mln dlr term loan runs for five years, a 45 mln dlr revolving credit may be drawn for working
    capital, and a 30 mln dlr letter-of-credit facility backs bonds': three figures or more of the total's
    family, in one sentence, each naming a different instrument, after a total of that family: the pieces
    of the total, told one by one. (Two figures are as often a part and something else.)"""
    names = [_instrument(q) for q in members]
    return (
        len(members) >= 3
        and _family(total) == "debt"
        and all(names)
        and len(set(names)) == len(names)
        and all(_family(q) in (_family(total), None) for q in members)
        and not _OTHER_ONE_NEAR.search(members[0].claim.sentence_text)
    )


_INSTRUMENT = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?((?:term|revolving|bridge|standby|working[\s-]capital|letter[\s-]of[\s-]credit|"
    r"credit|swingline|overdraft|acquisition|capex)[\s-]?(?:loan|credit|facility|line|tranche|revolver)?|revolver|"
    r"tranche\s+[a-z]\b|loan|facility|notes|bonds|debentures)",
    re.IGNORECASE,
)


def _instrument(q: Quantity) -> str | None:
    """The kind of credit the words right after a figure name ('a 45 mln dlr revolving credit' -> 'revolving
    credit'), lower case, or None."""
    match = _INSTRUMENT.match(q.after)
    return re.sub(r"[\s-]+", " ", match.group(1).lower()) if match else None


_OTHER_ONE_NEAR = pattern("another_one")
# a figure's sentence that goes back to a whole told before ('The round was led by Halyard, which invested $25m')
_REFERS_BACK = re.compile(
    r"\b(?:the|this)\s+(?:round|deal|package|financing|facility|loan|offering|issue|programme|program|plan|fund)\b",
    re.IGNORECASE,
)


def _parts_table(quantities: list[Quantity], by_sentence: dict[int, list[Quantity]]) -> Iterator[Flag]:
    """'Councillors have approved a £48m plan.' ... 'Housing (210 flats) - £26m' / 'Transport - £14m' / 'Parks and
    the library - £11m': a table of three rows or more, each a label and one amount, right after a total of
    that currency (within three sentences before the first row, larger than every row): the rows are the
    total's breakdown and add up to it at most."""
    rows: list[list[Quantity]] = []
    run: list[Quantity] = []
    for number in sorted(by_sentence):
        money = [q for q in by_sentence[number] if q.type == "money"]
        if _is_money_line(money):
            rows.append(money)  # 'Term Loan A: NOK 2.4bn | Term Loan B: NOK 1.9bn | Revolver: NOK 1.2bn'
            continue
        row = money[0] if len(money) == 1 and _is_money_row(money[0]) else None
        if row is not None and run and run[-1].sentence == number - 1 and row.currency == run[-1].currency:
            run.append(row)
            continue
        if len(run) >= 3:
            rows.append(run)
        run = [row] if row is not None else []
    if len(run) >= 3:
        rows.append(run)
    for table in rows:
        first = table[0].sentence
        before = [
            q
            for n in range(first - 3, first)
            for q in by_sentence.get(n, [])
            if q.type == "money" and q.value and q.per is None and q.currency == table[0].currency
        ]
        if not before:
            # the total a headline states, when nothing between it and the table does ('Halvorsen signs NOK 5
            # billion refinancing' ... the facilities' line)
            before = [
                q
                for n in range(0, first)
                for q in by_sentence.get(n, [])
                if q.type == "money" and q.value and q.per is None and q.currency == table[0].currency
            ]
            before = before if before and all(in_headline(q) for q in before) else []
        if not before or any(q.value is None for q in table):
            continue
        total = before[-1]
        if (
            total.qualifier != "exact" or total.claim.kind in _NOT_TOTALS or _is_money_row(total)
            or total.value < max(q.value for q in table)
        ):  # fmt: skip
            continue
        low_sum = sum(q.value * (1 - q.precision) for q in table)
        if low_sum <= total.value * (1 + total.precision):
            continue
        stated = listed([quote(q) for q in table])
        yield Flag(
            check="parts_exceed_total",
            severity="warning",
            cites=(total, *table),
            message=(
                f"The rows {stated} that break down {quote(total)} add up to "
                f"{money_in_words(sum(q.value for q in table))}, more than the total."
            ),
            observed=sum(q.value for q in table),
            expected=total.value,
            confidence=0.6,
        )


_ROW_VERBS = re.compile(  # whole words: not the 'up' of a 'levelling-up pot'
    r"(?<![\w-])(?:is|was|are|were|will|would|has|have|had|said|says|rose|fell|up|down|vs|against|from|to|compared|"
    r"than)(?![\w-])",
    re.IGNORECASE,
)
_ROW_WORDS = 10  # words of a row's label


_RUN_BACK = 3  # sentences before a remainder that may give the other parts, one each


def _parts_completed(by_sentence: dict[int, list[Quantity]]) -> Iterator[Flag]:
    """'A £48m plan ... has been approved.' ... 'How the scheme will be paid for:' 'Half of the cost, £24m, comes
    from a government fund.' 'The council will borrow £15m.' 'The remaining £12m will come from a developer.':
    a remainder ('the remaining', 'the rest', 'the balance') closes a run of parts told one per sentence just
    before it; the whole is the nearest larger amount of that currency before the run, however far back. The
    parts cannot add up to more than it."""
    for number in sorted(by_sentence):
        money = [q for q in by_sentence[number] if q.type == "money" and q.value and q.per is None]
        if len(money) != 1 or not _COMPLETES.search(money[0].before) or money[0].is_bound:
            continue
        rest = money[0]
        parts = [rest]
        step = number - 1
        while step >= number - _RUN_BACK:
            others = [q for q in by_sentence.get(step, []) if q.type == "money" and q.value]
            if len(others) != 1 or others[0].currency != rest.currency or others[0].per or others[0].is_bound:
                break
            parts.insert(0, others[0])
            step -= 1
        if len(parts) < 3 or len({q.value for q in parts}) < len(parts):
            continue  # a remainder and one part is a pair the other checks read; a figure twice is no list
        largest = max(q.value or 0.0 for q in parts)
        earlier = [
            q
            for n in sorted(by_sentence)
            if n <= step
            for q in by_sentence[n]
            if q.type == "money" and q.value and q.per is None and q.currency == rest.currency
        ]
        if not earlier or earlier[-1].value <= largest or earlier[-1].is_bound:
            continue  # the whole is the last amount before the parts, and larger than each
        whole = earlier[-1]
        if whole.claim.kind in _NOT_TOTALS:
            continue
        low_sum = sum(p.value * (1 - p.precision) for p in parts)
        if low_sum <= whole.value * (1 + whole.precision):
            continue
        total = sum(p.value for p in parts)
        yield Flag(
            check="parts_exceed_total",
            severity="warning",
            cites=(whole, *parts),
            message=(
                f"The parts {listed([quote(p) for p in parts])}, the last of them what remains of {quote(whole)}, "
                f"add up to {money_in_words(total)}, more than the whole."
            ),
            observed=total,
            expected=whole.value,
            confidence=0.6,
        )


def _is_money_row(q: Quantity) -> bool:
    """Whether the figure's sentence is a table row: a label, then the amount and nothing after it ('Transport,
    including the bus interchange - £14m'), with no verb or comparison in the label."""
    text = q.claim.sentence_text.strip()
    at = text.find(q.mention.text)
    label = text[:at].strip(" -\u2013\u2022*\u00b7:.\u2026_|\t")  # bullets, a colon, leaders: no words of the label
    if at <= 0 or text[at + len(q.mention.text) :].strip(" .") or len(label.split()) > _ROW_WORDS:
        return False
    return not _ROW_VERBS.search(label) and not any(ch.isdigit() for ch in re.sub(r"\([^)]*\)", "", label))


def _is_money_line(money: list[Quantity]) -> bool:
    """Whether a sentence is a one-line table of amounts (`tables.line_cells`), every label free of verbs and
    figures, all amounts in one currency."""
    labels = line_cells(money)
    return (
        bool(labels)
        and len({q.currency for q in money}) == 1
        and not any(_ROW_VERBS.search(label) or any(ch.isdigit() for ch in label) for label in labels)
    )


def _without_nested(members: list[Quantity]) -> list[Quantity]:
    """The figures of a sentence without those given as part of the one before ('a $25 billion term loan, of
    which $18 billion is drawn': the $18 billion is inside the $25 billion, not beside it)."""
    kept = members[:1]
    nested = False  # 'had raised $22 million, made up of a $7 million seed round and a $15 million Series A': the
    # list of parts goes on after its first, inside the same figure, to a clause break
    for before, figure in pairwise(members):
        gap = figure.before[len(before.before) + len(before.mention.text) :]
        if ";" in gap:
            nested = False
        if _PARTS.search(gap):
            nested = True
        elif not nested:
            kept.append(figure)
    return kept


def _totals(sentence: list[Quantity]) -> list[Quantity]:
    """The exact amounts of a sentence that may be a total, one per mention: not the year before's figure
    ('revenue of £1.4bn, up from £1.21bn')."""
    found = {
        q.mention.id: q
        for q in sentence
        if q.type == "money" and q.value and q.per is None and q.qualifier == "exact" and not _FROM.search(q.before)
    }
    # 'for S$2.4 billion ($1.8 billion)': a conversion in parentheses is the same total in another currency
    conversions = {
        b.mention.id
        for a, b in pairwise(sorted(found.values(), key=lambda q: q.mention.start))
        if b.before.rstrip().endswith("(") and b.after.lstrip().startswith(")")
        and b.mention.start - a.mention.end <= 3 and b.value != a.value
    }  # fmt: skip
    return [q for q in found.values() if q.mention.id not in conversions]


_FAMILIES = {
    "funding": "funding", "investment": "funding", "loan": "debt", "debt": "debt", "revenue": "revenue",
}  # fmt: skip


_MAX_PARTS = 4
# How often the total may come again before the parts: a story restates a total once or twice; a line-by-line
# table of one figure would make every total's walk run to the end of the article (quadratic, issue 18).
_MAX_REPEATS = 10
_NOT_TOTALS = frozenset({"price", "stake", "valuation", "market_cap", "rate"})


def _family(q: Quantity) -> str | None:
    return _FAMILIES.get(q.claim.kind)


def _move(money: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(new, old): the figures of a move in one sentence ('to $46.2m, compared with $36.5m', 'from A to B')."""
    new = next((q for q in money if _TO.search(q.before) or _CAME_TO.search(q.before)), None)
    old = next((q for q in money if q is not new and _FROM.search(q.before)), None)
    if new is None and old is not None and len(money) == 2:
        other = next(q for q in money if q is not old)  # 'sales of $5.2bn were 8% higher than $4.1bn': the other
        new = other if not _FROM.search(other.before) else None  # not 'compared with A ... fell 18 pct from B'
    if new is None or old is None or new.currency != old.currency or new.per != old.per or not old.value:
        return None
    if not 0.2 <= new.value / old.value <= 5:
        return None  # not one measure's move: '150.4 mln' and '160 francs' a share
    return new, old


def moves(money: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Every (new, old) pair of a sentence's figures: each figure with the earlier period's right after it in
    parentheses ('a pre-tax profit of £61.8m (2024: £36.4m), on revenue of £412m (2024: £344m)'; 'SEK 1.9
    billion (SEK 1.2 billion)': of the same currency, or it is a conversion), then the sentence's move
    (`_move`)."""
    found = [
        (a, b)
        for a, b in pairwise(money)
        if a.currency == b.currency and a.value and b.value and b.mention.start - a.mention.end <= 24
        and (b.before.rstrip().endswith("(") or _PRIOR_IN_PARENTHESES.search(b.before))
    ]  # fmt: skip
    move = _move(money)
    if move is not None and move not in found:
        found.append(move)
    return found


def _percent_change_nearby(sentence: list[Quantity], by_sentence: dict[int, list[Quantity]]) -> Iterator[Flag]:
    """'Nordhavn reported an 18% rise in annual profit.' ... 'Pre-tax profit came in at 2.6bn kroner,
    compared with 2.4bn kroner the year before.': a change stated without figures, and a move of the same
    measure of the same holder a few sentences away stated without a percentage."""
    changes = [q for q in sentence if q.type == "percent" and q.percent_kind == "change" and q.value]
    if len(changes) != 1 or any(q.type == "money" for q in sentence):
        return
    change = changes[0]
    if change.claim.kind in ("other", "price") or not change.claim.attribute_key:
        return
    # the sentences around, nearest first (the earlier of two as near): never a sort of all of them
    around = [n for step in range(1, _AROUND + 1) for n in (change.sentence - step, change.sentence + step)]
    for number in (n for n in around if n in by_sentence):
        other = by_sentence[number]
        if any(q.type == "percent" for q in other):
            continue
        money = [q for q in other if q.type == "money" and q.value and q.claim.kind == change.claim.kind]
        move = _move(money)
        if move is None or not _same_holder(change, move[0]) or not _keys_agree(change, move[0]):
            continue
        if _basis(change) != _basis(move[0]):
            return  # 'rose 12% at constant exchange rates' ... 'in reported terms, from $2.0bn to $2.1bn'
        others = [
            q
            for n in range(move[0].sentence - _AROUND, move[0].sentence + _AROUND + 1)
            for q in by_sentence.get(n, [])
            if q.type == "percent" and q.percent_kind == "change" and q.value and q is not change
            and q.claim.kind == change.claim.kind
        ]  # fmt: skip
        if any(not list(_judge_move(q, *move)) for q in others):
            return  # 'sales rose 13.1 pct' beside the headline's 'SALES UP 8.2 PCT': another change is the move's
        yield from _judge_move(change, *move, confidence_cap=0.6)
        return


_MEASURE_BASIS = pattern("measure_basis")


def _basis(q: Quantity) -> frozenset[str]:
    """The basis the figure's sentence measures on ('at constant exchange rates', 'like-for-like', 'in reported
    terms'), lower case, as a set: two sentences on different bases state two measures."""
    return frozenset(re.sub(r"[\s-]+", " ", m.group().lower()) for m in _MEASURE_BASIS.finditer(q.claim.sentence_text))


# a results line: a label, then the period's figure against the earlier one ('Net 46.2 mln vs 41.5 mln',
# 'Revenue: £412m (£344m)'), nothing else
_RESULTS_LINE = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z .&/-]{0,30}?)\s*:?\s+[^\s]*\d[^()]{0,30}?(?:\s+vs\.?\s+|\s*\()"
    r"[^\s]*\d[^()]{0,20}\)?\s*$",
)


def _percent_change_results_lines(by_sentence: dict[int, list[Quantity]]) -> Iterator[Flag]:
    """'Quenmore said fourth-quarter net income rose 18 pct.' ... 'Net 46.2 mln vs 41.5 mln' / 'Year' / 'Net
    167.4 mln vs 150.2 mln': a change the text states of a measure, and the article's results lines of that
    measure (each one period's figure against the one before). One line at least must bear the change out,
    rounding allowed: a table gives several periods (a quarter, the year), and the text may speak of any."""
    lines: list[tuple[Quantity, Quantity]] = []
    for sentence in by_sentence.values():
        money = [q for q in sentence if q.type == "money" and q.value and q.value > 0]
        if len(money) != 2 or len(sentence) != 2 or not _RESULTS_LINE.match(money[0].claim.sentence_text):
            continue
        new, old = money
        text = new.claim.sentence_text.lower()
        if new.currency != old.currency or new.per != old.per or "loss" in text:
            continue
        if new.claim.attribute_key and new.claim.attribute_key == old.claim.attribute_key:
            lines.append((new, old))
    if not lines:
        return
    for sentence in by_sentence.values():
        for change in sentence:
            if change.type != "percent" or change.percent_kind != "change" or not change.value:
                continue
            if change.claim.kind in ("other", "price") or not change.claim.attribute_key or "loss" in change.before:
                continue
            if any(q.type == "money" for q in sentence):
                continue  # a change with its own figures is the other checks'
            measured = [
                (new, old)
                for new, old in lines
                if new.claim.attribute_key == change.claim.attribute_key and _same_holder(change, new)
            ]
            if not measured:
                continue
            judged = [list(_judge_move(change, new, old, confidence_cap=0.6)) for new, old in measured]
            if all(judged):
                yield judged[0][0]


_YEARS_NAMED = re.compile(r"\b((?:19|20)\d\d)\b")
_BOTTOM_LINE = frozenset({"profit", "net_profit", "net_income", "net", "earnings", "net_earnings", "income"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _percent_change_across_years(quantities: list[Quantity]) -> Iterator[Flag]:
    """'Cebu Highland profit down 12%' ... 'net income for 2024 fell to ₱1.84 billion' ... 'Net income in 2023
    had been ₱2.35 billion': a change stated without figures, and the measure's figures for two consecutive
    years told apart in the article, one figure for each year and no other of that measure."""
    changes = [
        q for q in quantities
        if q.type == "percent" and q.percent_kind == "change" and q.value and q.claim.attribute_key
        and q.claim.kind not in ("other", "price", "rate") and "loss" not in q.before
    ]  # fmt: skip
    money_sentences = {q.sentence for q in quantities if q.type == "money"}
    for change in changes:
        if change.sentence in money_sentences or change.claim.certainty in ("expected", "hedged"):
            continue  # a change with its own figures is the other checks'; a forecast is of no year told
        same = [
            q for q in quantities
            if q.type == "money" and q.value and q.value > 0 and q.per is None and q.claim.kind == change.claim.kind
            and _measures_agree(change, q)
        ]  # fmt: skip
        years: dict[str, set[float]] = {}
        for q in same:
            years.setdefault(q.time if q.time and _YEAR.match(q.time) else "", set()).add(q.value or 0.0)
        dated = sorted(year for year in years if year)
        if len(dated) != 2 or int(dated[1]) - int(dated[0]) != 1 or any(len(years[y]) != 1 for y in dated):
            continue
        if change.time and _YEAR.match(change.time) and change.time != dated[1]:
            continue
        if any(int(year) > int(dated[1]) for year in _YEARS_NAMED.findall(change.claim.sentence_text)):
            continue  # 'SEES AT LEAST 50 PCT RISE IN 1987 PROFIT' against 1985 and 1986: a later year's change
        if any(value not in years[dated[0]] | years[dated[1]] for value in years.get("", set())):
            continue  # another figure of the measure, of no year: another period, segment or basis
        old = next(q for q in same if q.time == dated[0])
        new = next(q for q in same if q.time == dated[1])
        if new.currency != old.currency:
            continue
        yield from _judge_move(change, new, old, confidence_cap=0.6)


def _measures_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two claims measure one thing: `_keys_agree`, or both a bottom line ('profit' and 'net_income')."""
    key_a, key_b = a.claim.attribute_key, b.claim.attribute_key
    return _keys_agree(a, b) or (key_a in _BOTTOM_LINE and key_b in _BOTTOM_LINE)


def _keys_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two claims may measure one thing by their attribute keys: either unknown, or sharing a word
    ('net_income' and 'net'; 'profit' and 'net_profit'; not 'net_income' and 'eps', a results table's line per
    share)."""
    key_a, key_b = a.claim.attribute_key, b.claim.attribute_key
    return not key_a or not key_b or bool(set(key_a.split("_")) & set(key_b.split("_")))


def _percent_change_year_earlier(sentence: list[Quantity], by_sentence: dict[int, list[Quantity]]) -> Iterator[Flag]:
    """'Net income slid to $212 million, down 18% from the same period last year.' ... 'A year earlier, the
    company had earned $301 million.': a change and its new figure in one sentence, the year-ago figure of
    the same holder in a sentence after it that says it is the year-ago one."""
    changes = [q for q in sentence if q.type == "percent" and q.percent_kind == "change" and q.value]
    money = [q for q in sentence if q.type == "money" and q.value and q.per is None]
    if len(changes) != 1 or not money or any(_FROM.search(q.before) for q in money):
        return  # a move in the sentence itself is `_percent_change`'s
    new = next((q for q in money if _TO.search(q.before) or _CAME_TO.search(q.before)), None)
    change = changes[0]
    if new is None or not _one_clause(change, new, sentence):
        return
    if not _YEAR_EARLIER.search(change.claim.sentence_text) and not _YEAR_EARLIER.search(change.after):
        return
    for number in range(new.sentence + 1, new.sentence + _AROUND + 1):
        other = by_sentence.get(number, [])
        earlier = [q for q in other if q.type == "money" and q.value and q.per is None]
        if not earlier or not _YEAR_EARLIER.search(earlier[0].claim.sentence_text):
            continue
        if any(q.type == "percent" and q.percent_kind == "change" for q in other):
            return  # 'Orders from the private sector rose 17.0 pct from a year earlier to ...': another move
        if _TO.search(earlier[0].before) or _CAME_TO.search(earlier[0].before):
            return  # the new figure of another measure, not a year-ago one
        old = earlier[0]
        if (
            old.currency != new.currency
            or old.claim.kind not in (new.claim.kind, "other")
            or not _same_holder(new, old)
            or not 0.2 <= new.value / old.value <= 5
        ):
            return
        yield from _judge_move(change, new, old, confidence_cap=0.6)
        return


def _one_clause(change: Quantity, figure: Quantity, sentence: list[Quantity]) -> bool:
    """Whether a change and the figure it moved are one clause: 'slid to $212 million, or $1.64 per share,
    in the quarter, down 18%': no clause break and no other whole amount between them (a per-share figure
    may stand there)."""
    at, to = sorted((len(change.before), len(figure.before)))
    text = change.claim.sentence_text
    gap = text[at:to]
    if len(gap) > 100 or _CLAUSE_BREAK.search(gap.lower()):
        return False
    return not any(
        q is not change and q is not figure and at < len(q.before) < to and (q.type == "percent" or q.per is None)
        for q in sentence
    )


def _same_holder(a: Quantity, b: Quantity) -> bool:
    return a.claim.subject == b.claim.subject or not a.claim.subject or not b.claim.subject


def _percent_change(sentence: list[Quantity]) -> Iterator[Flag]:
    changes = [q for q in sentence if q.type == "percent" and q.percent_kind == "change" and q.value]
    if not changes:
        return
    money = [q for q in sentence if q.type == "money" and q.value]
    move = _move(money)  # the sentence's move: the same for every change of it
    if move is None:
        return
    new, old = move
    positions = _Positions(sentence)
    judged = [
        (change, list(_judge_move(change, new, old))) for change in changes if _adjacent(change, (new, old), positions)
    ]
    if any(not flags for _, flags in judged):
        # 'sales were up 6.0 pct to 888 mln dlrs from 838 mln, with same-store sales up 6.3 pct': one of two
        # percentages by the move is its change; the other is another measure's
        return
    for _, flags in judged:
        yield from flags


def _judge_move(change: Quantity, new: Quantity, old: Quantity, confidence_cap: float = 1.0) -> Iterator[Flag]:
    """A flag when the stated change cannot be the move from `old` to `new`, rounding allowed."""
    # the change a reader can compute from the two figures, with their rounding
    lowest = (new.low / old.high - 1) * 100 if old.high else None
    highest = (new.high / old.low - 1) * 100 if old.low > 0 else None
    if lowest is None or highest is None:
        return
    stated = change.value
    if _DOWN.search(change.before) and stated > 0 and new.value < old.value:
        stated = -stated
    slack = max(abs(stated) * change.precision, 0.5 if change.qualifier == "approx" else 0.05)
    if lowest - slack <= stated <= highest + slack or lowest - slack <= -stated <= highest + slack:
        return
    actual = (new.value / old.value - 1) * 100
    confidence = 0.8 if abs(abs(actual) - abs(stated)) > max(1.0, 0.1 * abs(stated)) else 0.55
    confidence = min(confidence, confidence_cap)
    yield Flag(
        check="percent_change",
        severity=severity_for(confidence) or "info",
        cites=(change, new, old),
        message=(
            f"A move from {quote(old)} to {quote(new)} is {actual:+.1f}%, not the {quote(change)} the "
            f"{'sentence' if change.sentence == new.sentence == old.sentence else 'article'} states."
        ),
        observed=change.value,
        expected=round(abs(actual), 1),
        confidence=confidence,
    )


class _Positions:
    """Where each figure of a sentence starts in its sentence text, and the figures by that position."""

    def __init__(self, sentence: list[Quantity]) -> None:
        self.of = {id(q): len(q.before) for q in sentence}
        self.ordered = sorted(sentence, key=lambda q: self.of[id(q)])
        self.starts = [self.of[id(q)] for q in self.ordered]

    def strictly_inside(self, low: int, high: int) -> list[Quantity]:
        return self.ordered[bisect_right(self.starts, low) : bisect_left(self.starts, high)]


def _adjacent(change: Quantity, figures: tuple[Quantity, ...], positions: _Positions) -> bool:
    """Whether the change and the figures form one phrase: no other figure among them, and the change at
    most a short gap from them ('rose 12% to A from B', 'rose to A from B, or 12%'), not across 'while'."""
    position = positions.of
    first = min(position[id(q)] for q in figures)
    last = max(position[id(q)] + len(q.mention.text) for q in figures)
    at = position[id(change)]
    span = (min(first, at), max(last, at + len(change.mention.text)))
    # a conversion in parentheses ('to 120 million euros ($140 million) from 210 million euros') is no other figure
    inside = [q for q in positions.strictly_inside(*span) if not _a_conversion(q)]
    if len(inside) > 1 + len(figures) or any(q is not change and q not in figures for q in inside):
        return False
    gap = change.after[: first - at - len(change.mention.text)] if at < first else change.before[last:]
    a, b = sorted(figures, key=lambda q: position[id(q)])
    between = b.before[position[id(a)] + len(a.mention.text) :]  # ' from ', ', compared with '
    # the change between its two figures ('$5.2bn were 8% higher than last year's $4.1bn', 'to £300m, a rise
    # of 50 per cent on the £250m') may take a few more words than a bare 'from' or 'compared with'
    inside = position[id(a)] < at < position[id(b)]
    # so may a move whose earlier figure says so ('fell 12 pct to 41 mln dlrs in the year ended June 30 from 52
    # mln dlrs'): a time phrase between its two figures
    said_earlier = bool(_FROM.search(between)) and not _CLAUSE_BREAK.search(between)
    return len(gap) <= 30 and not _CLAUSE_BREAK.search(gap) and len(between) <= (45 if inside or said_earlier else 24)


def _a_conversion(q: Quantity) -> bool:
    """Whether the figure is a conversion in parentheses of the one before it ('120 million euros ($140 million)')."""
    return q.type == "money" and q.before.rstrip().endswith("(") and q.after.lstrip().startswith(")")


def _running_total(
    sentence: list[Quantity],
    priors_by_currency: dict[str | None, list[Quantity]],
    by_sentence: dict[int, list[Quantity]],
) -> Iterator[Flag]:
    money = [q for q in sentence if q.type == "money" and q.value]
    per_currency = Counter(q.currency for q in money)
    if len(money) == 1 and _RUNNING_TOTAL.search(money[0].before):
        yield from _running_total_told_apart(money[0], by_sentence)
        return
    for total in money:
        if _RUNNING_TOTAL.search(total.before) and per_currency[total.currency] > 2:
            yield from _running_total_of_installments(total, money, by_sentence)
            continue
        if per_currency[total.currency] != 2 or not _RUNNING_TOTAL.search(total.before):
            continue  # the total and exactly one amount added to it, in its currency
        new = next(q for q in money if q is not total and q.currency == total.currency)
        if _FROM.search(new.before):
            continue  # 'brings its total help to 461 mln stg and compares with its forecast of 450 mln stg'
        if _PRIOR_IN_SENTENCE.search(new.before[-60:]) and not REPORTED_PAST_PERFECT.search(new.before[-60:]):
            # 'Before this round the co-op had raised £240,000, and the new money takes its total to £310,000':
            # the figure in the sentence is what came before; the new money is the one just stated
            yield from _running_total_with_prior(new, total, by_sentence)
            continue
        prior_expected = total.value - new.value
        priors = [
            q
            for q in priors_by_currency.get(total.currency, [])
            if q.sentence != total.sentence and q.per == total.per and q.value < total.value and q.value != new.value
        ]  # fmt: skip  (the new money restated in the lead is no earlier amount)
        if not priors:
            # 'has raised €38m in a Series C round, bringing its total funding to €95m' ... the earlier rounds listed
            # one a line ('- Seed, 2020: €4m'): they and the new money make the total
            rounds = _rounds_listed(total, new.value, by_sentence)
            if rounds and all(q.sentence > total.sentence for q in rounds):  # a list after the total, not the lead's
                # round beside 'Together with the $35 million it raised before, ... bring its total to $85 million'
                yield from _rounds_and_new(rounds, new, total)
            continue
        if any(q.low <= prior_expected <= q.high for q in priors):
            continue
        if prior_expected <= 0 and len(priors) > 1:
            continue
        prior = min(priors, key=lambda q: abs(q.value + new.value - total.value))
        stated = prior.value + new.value
        if total.low <= stated <= total.high:
            continue
        yield Flag(
            check="running_total",
            severity="warning",
            cites=(prior, new, total),
            message=(
                f"{quote(prior)} before plus {quote(new)} new makes {money_in_words(stated)}, but the article says the "
                f"total is {quote(total)}."
            ),
            observed=total.value,
            expected=stated,
            confidence=0.6,
        )


def _rounds_and_new(rounds: list[Quantity], new: Quantity, total: Quantity) -> Iterator[Flag]:
    """The earlier rounds listed and the new money must make the total they are said to bring, to rounding."""
    stated = sum(q.value for q in rounds) + new.value
    slack = total.value * total.precision + sum(q.value * q.precision for q in rounds) + new.value * new.precision
    if abs(stated - total.value) <= slack:
        return
    yield Flag(
        check="running_total",
        severity="warning",
        cites=(*rounds, new, total),
        message=(
            f"{listed([quote(q) for q in rounds])} before plus {quote(new)} new makes {money_in_words(stated)}, but "
            f"the article says the total is {quote(total)}."
        ),
        observed=total.value,
        expected=stated,
        confidence=0.6,
    )


_INSTALMENT = re.compile(
    r"\b(?:a|an|the|its|their)?\s*(?P<order>first|second|third|fourth|fifth|initial|final|last)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:close|closing|tranche|instalment|installment|round|drawdown|payment)\s+(?:of|at|worth)\s+$",
    re.IGNORECASE,
)


def _running_total_of_installments(
    total: Quantity, money: list[Quantity], by_sentence: dict[int, list[Quantity]]
) -> Iterator[Flag]:
    """'The final close of $60 million brings total commitments to $320 million.' 'The fund held its first
    close of $140 million in March and a second close of $95 million in November.': instalments named in
    order (first, second, ..., final), the last bringing the total; they must add up to it. Only a series
    that starts at its first and ends with the one that brings the total is summed."""
    before_total = [q for q in money if len(q.before) < len(total.before) and q.currency == total.currency]
    if not before_total or not _INSTALMENT.search(before_total[-1].before):
        return
    new = before_total[-1]
    earlier = [
        q
        for n in range(total.sentence - 2, total.sentence + 3)
        if n != total.sentence
        for q in by_sentence.get(n, [])
        if q.type == "money" and q.value and q.currency == total.currency and _INSTALMENT.search(q.before)
    ]
    orders = [_INSTALMENT.search(q.before).group("order").lower() for q in earlier]
    if not earlier or orders[0] not in ("first", "initial") or len(set(orders)) != len(orders):
        return
    parts = [*earlier, new]
    stated = sum(q.value for q in parts)
    slack = total.value * total.precision + sum(q.value * q.precision for q in parts)
    if abs(stated - total.value) <= slack:
        return
    yield Flag(
        check="running_total",
        severity="warning",
        cites=(*parts, total),
        message=(
            f"The instalments {listed([quote(q) for q in parts])} add up to {money_in_words(stated)}, but the "
            f"article says they bring the total to {quote(total)}."
        ),
        observed=total.value,
        expected=stated,
        confidence=0.6,
    )


_PRIOR_BEFORE, _PRIOR_AFTER = 3, 4  # sentences around a total where what came before may be told


def _running_total_told_apart(total: Quantity, by_sentence: dict[int, list[Quantity]]) -> Iterator[Flag]:
    """'X raised Rs 450 crore from Y.' 'The latest funding takes the total raised to Rs 1,900 crore.' 'Before
    this round it had raised Rs 1,200 crore.': the total alone in its sentence, the new money in one of the two
    sentences before it, the earlier amount in a sentence near it that says it came before."""

    def amounts(number: int) -> list[Quantity]:
        return [
            q
            for q in by_sentence.get(number, [])
            if q.type == "money"
            and q.value
            and q.currency == total.currency
            and q.per is None
            and q.value < total.value
        ]

    new_values = {
        q.value: q
        for n in (total.sentence - 2, total.sentence - 1)
        for q in amounts(n)
        if not _PRIOR.search(q.claim.sentence_text.lower()) and not _EARLIER_YEAR_OR_ROUND.search(q.after[:40])
    }
    if not new_values:
        # the earlier rounds told just before the total, the new money in the lead ('raised $35 million in a Series
        # B round' ... 'a $4 million seed round in 2022 and an $18 million Series A the following year' ...
        # 'Including the new money, ... $52 million'): the lead's amount of the total's kind
        # 'the Bixby Family Foundation pledged $150,000' ... 'With this gift we are at $587,000': the nearest
        # sentence further back that gives an amount not said to be earlier
        for n in range(total.sentence - 3, max(-1, total.sentence - 6), -1):
            new_values = {q.value: q for q in amounts(n) if not _PRIOR.search(q.claim.sentence_text.lower())}
            if new_values:
                break
    priors = [
        q
        for n in range(total.sentence - _PRIOR_BEFORE, total.sentence + _PRIOR_AFTER + 1)
        for q in amounts(n)
        if n != total.sentence
        and (_PRIOR.search(q.before[-60:]) or _EARLIER_YEAR_OR_ROUND.search(q.after[:40]))
        and not REPORTED_PAST_PERFECT.search(q.before[-60:])
    ]
    rounds_listed = False
    if len(new_values) == 1 and not priors:
        priors = _rounds_listed(total, next(iter(new_values)), by_sentence)
        if not priors:
            return
        rounds_listed = True
    if len(new_values) != 1 or not priors:
        return
    new = next(iter(new_values.values()))
    if rounds_listed:
        pass  # each round once, on a line of its own
    elif len({q.value for q in priors}) != 1:
        # 'Two earlier tranches, of £50m and £60m, were completed'; 'raised a $4 million seed round in 2022 and a
        # $12 million Series A in 2023': the earlier amounts listed in one sentence add up to what came before; or
        # one a line, each a dated round ('- a $3m seed round in 2021' / '- an $8m series A in 2023')
        one_a_line = len({q.sentence for q in priors}) == len(priors) and all(
            _EARLIER_YEAR_OR_ROUND.search(q.after[:40]) for q in priors
        )
        if (len({q.sentence for q in priors}) != 1 and not one_a_line) or len(priors) > _MAX_PARTS:
            return
        priors = list({q.mention.id: q for q in priors}.values())
        if not one_a_line:  # 'had raised $18 million, made up of a $6 million seed round and ...': the $18 million
            priors = _without_nested(sorted(priors, key=lambda q: q.mention.start))
    else:
        priors = priors[:1]
    if any(q.value == new.value for q in priors):
        return
    stated = sum(q.value for q in priors) + new.value
    slack = total.value * total.precision + sum(q.value * q.precision for q in priors) + new.value * new.precision
    if abs(stated - total.value) <= slack:
        return
    before = listed([quote(q) for q in priors])
    yield Flag(
        check="running_total",
        severity="warning",
        cites=(*priors, new, total),
        message=(
            f"{before} before plus {quote(new)} new makes {money_in_words(stated)}, but the article says the "
            f"total is {quote(total)}."
        ),
        observed=total.value,
        expected=stated,
        confidence=0.6,
    )


def _rounds_listed(total: Quantity, new_value: float, by_sentence: dict[int, list[Quantity]]) -> list[Quantity]:
    """The earlier rounds anywhere in the article, each named as a dated round of its own ('The company's earlier
    funding:' / '- a $2.5m seed round in 2021' / '- a $9m series A in 2023'): a list told apart from the total,
    one round per line or sentence; none where more figures than a list of rounds has are found."""
    rounds = list(
        {
            q.value: q
            for n in sorted(by_sentence)
            if n != total.sentence
            for q in by_sentence[n]
            if q.type == "money" and q.value and q.currency == total.currency and q.per is None
            and q.value < total.value and q.value != new_value and q.claim.time
            and _ROUND_KEY.search(q.claim.attribute_key or "")
        }.values()
    )  # fmt: skip
    if len({q.sentence for q in rounds}) != len(rounds) or len(rounds) > _MAX_PARTS:
        return []
    return rounds


# the key of a funding round ('seed_round', 'series_a', 'angel_round')
_ROUND_KEY = re.compile(r"(?:^|_)(?:seed|series|round|angel)(?:_|$)")
# an amount an earlier round or year names as its own ('a $4 million seed round in 2022', 'a $12 million Series A')
_EARLIER_YEAR_OR_ROUND = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:seed|pre-seed|series\s+[a-e]|angel)\b(?:\s+(?:round|funding|financing))?\s+"
    r"(?:(?:in|last)\s+(?:\d{4}|year)|the\s+(?:following|next)\s+year|a\s+year\s+later)",
    re.IGNORECASE,
)


def _running_total_with_prior(
    prior: Quantity, total: Quantity, by_sentence: dict[int, list[Quantity]]
) -> Iterator[Flag]:
    before = [*by_sentence.get(total.sentence - 2, []), *by_sentence.get(total.sentence - 1, [])]  # in text order
    earlier = [
        q
        for q in before
        if q.type == "money" and q.value and q.currency == total.currency and q.per is None and q.value < total.value
    ]  # fmt: skip
    if len(earlier) != 1 or earlier[0].value == prior.value:
        return  # none, several, or the prior figure itself in the headline
    new = earlier[0]
    stated = prior.value + new.value
    slack = total.value * total.precision + prior.value * prior.precision + new.value * new.precision
    if abs(stated - total.value) <= slack:
        return
    yield Flag(
        check="running_total",
        severity="warning",
        cites=(prior, new, total),
        message=(
            f"{quote(prior)} before plus {quote(new)} new makes {money_in_words(stated)}, but the article says the "
            f"total is {quote(total)}."
        ),
        observed=total.value,
        expected=stated,
        confidence=0.6,
    )


def stake_prices(
    sentence: list[Quantity], kinds: frozenset[str] = _PRICE_KINDS
) -> Iterator[tuple[Quantity, Quantity, str]]:
    """(stake, price, company) for each stake percentage of a sentence that also gives what the stake cost or
    is worth ('a 20% stake in X worth $500 million'); `company` is the stake's target (`stake_target`), the
    price the first amount of one of `kinds`."""
    stakes = [
        q
        for q in sentence
        if q.type == "percent"
        and q.value
        and q.value <= 100
        and (q.claim.kind == "stake" or company_part(q) or (q.claim.kind == "deal" and _FURTHER.search(q.before[-25:])))
    ]  # fmt: skip  ('by buying a further 25 pct from Cordillera': the block bought)
    if not stakes:
        return
    prices = (q for q in sentence if q.type == "money" and q.value and q.per is None and not is_valuation(q))
    if any(company_part(q) for q in stakes):
        kinds = kinds | {"spending"}  # 'will pay CZK 2.8 billion for 35 percent of Morava Solar'
    price = next((q for q in prices if q.claim.kind in kinds), None)  # the sentence's, for every stake
    if any(q.type == "percent" and _FURTHER.search(q.before[-25:]) for q in sentence):
        # 'raised its holding to 25% by buying a further 10% for €60 million': the price is the further block's,
        # not the holding it makes, nor the one it had ('to 45 pct from 20 pct by buying a further 25 pct')
        stakes = [q for q in stakes if not _TO.search(q.before) and not _FROM.search(q.before)]
    held_in = next((q.stake_target for q in sentence if q.type == "percent" and q.stake_target), None)
    for stake in stakes:
        company = stake.stake_target
        if company is None and _FURTHER.search(stake.before[-25:]):
            company = held_in  # 'raise its stake in Kelso to 45 pct ... by buying a further 25 pct': Kelso's
        if company is not None and price is not None:
            yield stake, price, company


def _stake_value(
    sentence: list[Quantity], all_valuations: list[Quantity], by_sentence: dict[int, list[Quantity]], orgs: dict
) -> Iterator[Flag]:
    found = [(stake, price, {company}) for stake, price, company in stake_prices(sentence)]
    if not found:
        found = [(stake, price, {company}) for stake, price, company in _stake_priced_next(sentence, by_sentence)]
    if not found:
        found = list(_stake_bought_in(sentence, orgs))
    if not found:
        found = list(_stake_priced_before(sentence, by_sentence))
    for stake, price, named in found:
        companies = {*named, *_orgs_after(stake, orgs)}
        buyer = price.claim.subject
        valuations = [
            q
            for q in all_valuations
            if q.currency == price.currency
            and q is not price
            and (q.sentence != stake.sentence or q.mention.start > price.mention.start)
            and (
                any(q.names(c) for c in companies)
                or _named_in_sentence(q, companies, orgs)
                or _the_company_valued_next(q, stake, companies, buyer, orgs)
                or (q.sentence == price.sentence and q.mention.start > price.mention.start and _whole_valued(q))
                # 'the price, which he said valued the whole venture at ...'
                or (q.sentence > price.sentence and price_sets_the_value(price, q))
            )
        ]  # fmt: skip
        if len(valuations) != 1:
            continue
        valuation = valuations[0]
        implied = stake.value / 100 * valuation.value
        ratio = price.value / implied
        # premiums and discounts to a valuation are normal, unless the price is what sets the valuation ('will pay
        # £90m, a price that values the whole of Brightmoor at £1.2bn'): then only rounding
        if price_sets_the_value(price, valuation):
            # to rounding: each figure's last written digit, and a little more
            slack = 0.05 + stake.precision + price.precision + valuation.precision
            low, high = 1 / (1 + slack), 1 + slack
        else:
            low, high = 0.5, 2.0
        if low <= ratio <= high:
            continue
        confidence = 0.75 if (ratio >= 5 or ratio <= 0.2) else 0.55
        yield Flag(
            check="stake_value",
            severity=severity_for(confidence) or "info",
            cites=(stake, price, valuation),
            message=(
                f"{quote(stake)} of a company valued at {quote(valuation)} is worth about {money_in_words(implied)}, "
                f"not {quote(price)} ({ratio:.2g} times as much)."
            ),
            observed=price.value,
            expected=implied,
            confidence=confidence,
        )


_VALUED_AT = re.compile(
    r"\b(?:values?|valuing|valued)\b[^.;]{0,160}?\bat\s+(?:an?\s+)?"
    r"(?:about|around|roughly|some|nearly|almost|approximately|just\s+(?:over|under)|more\s+than|over)?\s*$"
    r"|\bvaluation\s+(?:of|at)\s+(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|over)?\s*$"
    r"|\bputs?\s+an?\s+(?:price\s+)?(?:tag|value)\s+of\s+(?:about|around|roughly|some|nearly|almost|more\s+than|over)?"
    r"\s*$",
    re.IGNORECASE,
)


def is_valuation(q: Quantity) -> bool:
    """A company's value: a claim of kind valuation or market value, or a figure the words right before name
    as one ('the price values Okonski at 120 mln dlrs', 'implies an equity valuation of Rs 15,000 crore')."""
    if q.claim.kind in ("valuation", "market_cap"):
        return True
    before = q.before[-200:]  # 'values Clearwater, which makes bottles for the dairy industry, at'
    return bool(_VALUED_AT.search(before)) and not _A_HOLDING_VALUED.search(before)


# what a sentence may value that is not a company: 'newly issued DIM shares valued at about 51 mln dlrs'
_A_HOLDING_VALUED = re.compile(
    r"\b(?:shares?|stock|stakes?|holdings?|interests?|assets?|notes|bonds|debentures|warrants|options|propert(?:y|ies)|"
    r"portfolio|land|buildings?|inventor(?:y|ies))\s+(?:\w+\s+)?(?:valued|valuing)\b|\bvalues?\s+(?:the|its|their)\s+"
    r"(?:\w+\s+)?(?:shares?|stock|stakes?|holdings?|assets?)\b",
    re.IGNORECASE,
)


_PRICE_SETS_THE_VALUE = re.compile(
    r"\b(?:the|this|that)\s+(?:price|deal|investment|offer|purchase|transaction)\s+(?:\w+\s+){0,2}?values\b"
    # 'the price, which he said valued the whole venture at': a relative clause between the payment and its verb
    r"|\b(?:the|this|that)\s+(?:price|deal|investment|offer|purchase|transaction|sale)\s*,\s*(?:which|that)\s+"
    r"(?:\w+\s+){0,3}?valu(?:es|ed)\b"
    r"|\b(?:agreed|paid|set|accepted)\s+an?\s+(?:\w+\s+)?(?:price|deal)\s+(?:that|which)\s+valu(?:es|ed)\b"
    r"|\b(?:the|this|that)\s+(?:\w+\s+)?(?:price|deal|purchase|transaction)\s+puts\s+an?\s+(?:price\s+)?(?:tag|value)\b"
    r"|\bimpl(?:y|ies|ying)\s+(?:an?\s+)?(?:\w+\s+)?valuation\b|\bpost-money\b",
    re.IGNORECASE,
)


PAYMENT_NAMED_BACK = 5  # sentences after the price that 'the price values' may still name it


def price_sets_the_value(price: Quantity, valuation: Quantity) -> bool:
    """Whether the text says the stake's price is what gives the valuation ('a price that values the whole of
    Brightmoor at £1.2bn', in the price's sentence; or, in a sentence of its own, 'the price values Okonski at
    120 mln dlrs', 'the investment implies an equity valuation of ...', 'at a post-money valuation of'): then
    the two agree to rounding, with no premium between them."""
    if valuation.sentence == price.sentence:
        return bool(_PRICE_SETS_VALUE.search(price.claim.sentence_text)) or bool(
            _PRICE_SETS_THE_VALUE.search(valuation.before)
        )
    return 0 < valuation.sentence - price.sentence <= PAYMENT_NAMED_BACK and bool(
        _PRICE_SETS_THE_VALUE.search(valuation.before)
    )


_REFERS_TO_PAYMENT = re.compile(
    r"\b(?:the|this|that)\s+(?:investment|deal|purchase|acquisition|transaction|payment|injection|funding|round)\b",
    re.IGNORECASE,
)


def _stake_priced_before(
    sentence: list[Quantity], by_sentence: dict[int, list[Quantity]]
) -> Iterator[tuple[Quantity, Quantity, set[str]]]:
    """'Orrin announced a US$24 million investment in Lattice Robotics.' 'The investment gives Orrin an 8% stake
    in Lattice at a post-money valuation of US$600 million.': a stake whose sentence refers back to the
    payment of the sentence before ('the investment', 'the deal'), which gives one amount paid."""
    stakes = [q for q in sentence if q.type == "percent" and q.claim.kind == "stake" and q.value and q.value <= 100]
    if len(stakes) != 1 or stakes[0].stake_target is None:
        return
    stake = stakes[0]
    if not _REFERS_TO_PAYMENT.search(stake.before):
        return
    earlier = by_sentence.get(stake.sentence - 1, [])
    prices = [
        q for q in earlier
        if q.type == "money" and q.value and q.per is None and q.claim.kind in PAID_KINDS and not is_valuation(q)
    ]  # fmt: skip
    if len(prices) == 1:
        yield stake, prices[0], {stake.stake_target}


def _stake_bought_in(sentence: list[Quantity], orgs: dict) -> Iterator[tuple[Quantity, Quantity, set[str]]]:
    """'Orion will invest Rs 1,800 crore in Suryodaya Cement for a 15% stake'; 'agreed to buy a 40 pct stake in
    privately held Okonski Plastics for 36 mln dlrs'; 'acquired a further 10% of Caddo Solar for $12 million,
    raising its holding to 30%'; 'Tessaly has sold a 20% stake to Grenfold for £8m': the one stake a sentence's
    one price paid for. A stake the sentence reaches by a move ('raising its holding to 30%') is what the buyer
    owns after, not what the price bought. The company is the stake's target, else the one organization
    named after 'in' or 'of' other than the buyer."""
    stakes = [
        q
        for q in sentence
        if q.type == "percent" and q.value and q.value <= 100 and not _TO.search(q.before)
        and (q.claim.kind == "stake" or (q.claim.kind == "deal" and _OF_A_COMPANY.match(q.after)))
    ]  # fmt: skip
    prices = [
        q
        for q in sentence
        if q.type == "money" and q.value and q.per is None and not is_valuation(q)
        and (q.claim.kind in PAID_KINDS or (q.claim.kind == "revenue" and _SOLD.search(q.before)))
    ]  # fmt: skip
    if len(stakes) != 1 or len(prices) != 1:
        return
    stake, price = stakes[0], prices[0]
    if stake.stake_target:
        yield stake, price, {stake.stake_target}
        return
    text = stake.claim.sentence_text
    sentence_start = stake.mention.start - len(stake.before)
    companies = {
        m.value.org_id
        for m in orgs.get(stake.sentence, [])
        if m.value.org_id != price.claim.subject
        and re.search(r"\b(?:in|of)\s+(?:[\w-]+\s+){0,3}$", text[: max(0, m.start - sentence_start)], re.IGNORECASE)
    }
    if len(companies) == 1:
        yield stake, price, companies


_SOLD = re.compile(r"\b(?:sold|sells?|selling)\b", re.IGNORECASE)
_OF_A_COMPANY = re.compile(r"\s*(?:of|in)\s+(?:[a-z-]+\s+){0,2}[a-z]")


def _same_org(a: str, b: str) -> bool:
    """Whether two org ids name one organization, one as the other's short form ('saigon-delta' and
    'saigon-delta-commercial-bank')."""
    return a == b or a.startswith(f"{b}-") or b.startswith(f"{a}-")


def _the_company_valued_next(
    valuation: Quantity, stake: Quantity, companies: set[str], buyer: str | None, orgs: dict
) -> bool:
    """'... invest Rs 1,800 crore in Suryodaya Cement for a 15% stake.' 'The investment implies an equity
    valuation of Rs 15,000 crore for the company.': a valuation within two sentences after the stake whose
    sentence names no other organization than the stake's company or its buyer."""
    if not companies or not 0 <= valuation.sentence - stake.sentence <= 2:
        return False
    named = {m.value.org_id for m in orgs.get(valuation.sentence, [])}
    return all(any(_same_org(n, c) for c in {*companies, buyer} if c) for n in named)


def _stake_priced_next(
    sentence: list[Quantity], by_sentence: dict[int, list[Quantity]]
) -> Iterator[tuple[Quantity, Quantity, str]]:
    """'X has bought a 20% stake in FibreNorth.' 'X is paying £150m for the holding.': a stake without a price
    in its sentence, and a price in the next sentence that refers back to it ('the holding', 'the stake',
    'the shares')."""
    stakes = [q for q in sentence if q.type == "percent" and q.claim.kind == "stake" and q.value and q.value <= 100]
    if len(stakes) != 1:
        return
    following = by_sentence.get(stakes[0].sentence + 1, [])
    if any(q.type == "percent" for q in following):
        # 'raised its holding to 30% by buying a further 12% for €96 million': that sentence's price is its stake's
        return
    prices = [
        q
        for q in following
        if q.type == "money" and q.value and q.per is None and q.claim.kind in _PRICE_KINDS | {"spending"}
        and _REFERS_TO_STAKE.search(q.claim.sentence_text) and not _whole_valued(q)
    ]  # fmt: skip
    # a stake in a company the text does not name ('its 40 per cent share of the company that runs the car
    # park') is priced only where the price's sentence values that whole ('valuing the whole business at £12m')
    if len(prices) == 1 and (stakes[0].stake_target is not None or any(_whole_valued(q) for q in following)):
        yield stakes[0], prices[0], stakes[0].stake_target or ""


_FURTHER = re.compile(r"\b(?:further|additional|another|extra)\s+$", re.IGNORECASE)

_WHOLE_VALUED = re.compile(
    r"\bvalu(?:ing|es|ed)\s+(?:the\s+)?(?:whole|entire|company|business|group|firm|venture)\b[^.;]{0,40}?\bat\s*$",
    re.IGNORECASE,
)


def _whole_valued(q: Quantity) -> bool:
    """Whether the words right before the figure give it as the value of a whole company ('valuing the whole
    business at', 'values the entire group at')."""
    return q.type == "money" and bool(_WHOLE_VALUED.search(q.before[-60:]))


def _named_in_sentence(q: Quantity, companies: set[str], orgs: dict) -> bool:
    """Whether the figure's sentence names one of the companies, whoever the claim says holds the figure ('a
    price that values the whole of Brightmoor at £1.2bn')."""
    named = {m.value.org_id for m in orgs.get(q.sentence, [])}
    return any(_same_org(n, c) for n in named for c in companies)


def _orgs_after(stake: Quantity, orgs: dict) -> list[str]:
    """The organizations named in the stake's sentence right after it ('a 15% stake in Indonesian delivery
    start-up Lintas'): what the stake is in, when the claims did not say."""
    end = stake.mention.end
    return [
        m.value.org_id
        for m in orgs.get(stake.sentence, [])  # the org mentions of each sentence, in text order
        if 0 <= m.start - end <= 60
    ]
