"""Across articles: where sources disagree about the same quantity.

Claims from different articles are one quantity when they have the same holder (`subject` org_id: give the
run an alias file so every source's names meet), the same family of kind (sources call one purchase a deal,
a payment or an acquisition), the same counterpart (`object`: the company bought) or, without one, the same
`attribute_key`, the same currency or percent kind and unit. Revenue, profit, valuations, stakes and rates
change with time, so they are compared only when both claims carry the same date; prices move all day and
are never compared. Where the sources' figures cannot all hold (their intervals do
not overlap), one `source_disagreement` finding lists who says what, with each side's article and mention.
Its message is in words a desk reads: the organizations by the names the articles give them, each figure
with how often and where it is stated (article id, title and sentence).
"""

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import replace

from newsclaims.check.corpus_store import Statement, StatementStore, short_title
from newsclaims.check.magnitude import power_of_ten
from newsclaims.check.phrasing import listed, measure, sentences, times
from newsclaims.check.quantities import Quantity
from newsclaims.check.view import ArticleView
from newsclaims.models import ArticleResult, Finding

# Kinds that name one thing in different words across sources ('buys X for', 'will pay', 'a deal worth').
_FAMILIES = {
    "deal": "transaction", "spending": "transaction", "investment": "transaction", "funding": "funding",
    "loan": "debt", "debt": "debt", "fine": "fine", "valuation": "valuation", "market_cap": "valuation",
    "revenue": "revenue", "profit": "profit", "stake": "stake", "rate": "rate",
}  # fmt: skip
_NEEDS_DATE = frozenset({"revenue", "profit", "valuation", "stake", "rate"})
# How a figure's counterpart (the claim's `object`) reads after what it measures: 'a loan from X', 'a stake in
# X' (see the claims' subject/object rules); any other kind 'involving X'.
_COUNTERPART = {"loan": "from", "debt": "from", "funding": "from", "stake": "in", "investment": "in"}


def corpus_key(q: Quantity) -> tuple | None:
    """What a figure is of, comparable across articles; None when it cannot be compared.

    The holder and the kind's family always; then the counterpart (the company bought, the borrower's
    lender) when the claim names one, else the attribute; and the date for what changes with time."""
    claim = q.claim
    family = _FAMILIES.get(claim.kind)
    if not claim.subject or family is None or (q.value is None and q.qualifier != "range"):
        return None
    what = claim.object or claim.attribute_key
    if what is None:
        return None
    period = q.time if family in _NEEDS_DATE else None
    if family in _NEEDS_DATE and period is None:
        return None
    unit = q.currency if q.type == "money" else q.percent_kind
    return (claim.subject, family, what, q.type, unit, q.per, period)


def check_corpus(results: Iterable[ArticleResult]) -> list[Finding]:
    """One finding per quantity whose sources disagree, numbered f1, f2, ..."""
    with closing(StatementStore()) as store:
        for result in results:
            for key, statement in corpus_statements(result):
                store.add(key, statement)
        return list(disagreements(store.groups()))


def corpus_statements(result: ArticleResult) -> Iterator[tuple[tuple, Statement]]:
    """What an article says that other articles can be compared with: (corpus key, statement) pairs."""
    if result.status != "ok":
        return
    article = ArticleView.of(result)
    orgs = tuple(sorted({m.value.org_id for m in result.mentions if m.type == "org"}))
    title = short_title(result.article.title)
    # a line the article writes more than once ('Net # vs #' of the quarter, then of the year) is told apart
    # by its order: the nth such line of one source meets the nth of another
    seen: dict[tuple, set[int]] = {}
    for q in article.quantities:
        # both keys: a copy whose changed figure lost its holder ('MONY FUNDING ISSUES 1250 MLN DLR
        # EUROBOND' no longer matches the body's 125) still meets the original by its sentence
        if (key := corpus_key(q)) is not None:
            yield key, Statement.of(result.article.id, q, sys.intern(article.in_words(described(q))), title)
        if (key := sentence_key(q, orgs, result.article.published)) is not None:
            sentences_so_far = seen.setdefault(key, set())
            sentences_so_far.add(q.sentence)
            key = (*key, sorted(sentences_so_far).index(q.sentence))
            statement = Statement.of(result.article.id, q, in_sentence(q), title)
            if q.is_bound and q.qualifier != "range" and q.value:
                # one sentence in two sources: 'up to 500 mln dlrs' and 'up to 5,000 mln dlrs' state two bounds
                # that overlap as intervals but cannot both be what was written
                slack = abs(q.value) * q.precision
                statement = replace(statement, low=q.value - slack, high=q.value + slack)
            yield key, statement


def described(q: Quantity) -> str:
    """What a figure is of, with org ids for `ArticleView.in_words` to name: "softbank's bridge loan from
    mizuho-bank"."""
    claim = q.claim
    what = f"{claim.subject}'s {measure(claim)}" if claim.subject else measure(claim)
    if claim.object and claim.object != claim.subject:
        what += f" {_COUNTERPART.get(claim.kind, 'involving')} {claim.object}"
    return what


_AROUND = 8  # words quoted either side of a figure's place in its sentence


def in_sentence(q: Quantity) -> str:
    """A figure met by its sentence, described by the sentence as the article writes it with the figure's
    place left open: 'the figure in "Officials said the programme would cost … over the next three years,
    most of it…"'."""
    sentence = " ".join(q.claim.sentence_text.split())
    at = q.at
    before, after = sentence[:at].split(), sentence[at + len(q.mention.text) :].split()
    head = ("…" if len(before) > _AROUND else "") + " ".join(before[-_AROUND:])
    tail = " ".join(after[:_AROUND]) + ("…" if len(after) > _AROUND else "")
    return f'the figure in "{" ".join(part for part in (head, "…", tail) if part)}"'


_FIGURES = re.compile(
    r"[$€£¥₹]?\d[\d,.]*(?:\s*(?:%|pct|per\s?cent|[a-z]{1,3}\b))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_MIN_WORDS = 8
_MIN_HEADLINE_WORDS = 4


def sentence_key(q: Quantity, orgs: tuple[str, ...] = (), published: object = None) -> tuple | None:
    """For a figure whose holder or kind the claims could not tell: the sentence it stands in, with every
    figure masked, and its place among the sentence's figures. Two sources that print one sentence word for
    word are giving one figure however the claims read it; an identical sentence with one figure ten times
    the other is the easiest disagreement there is. The organizations the article names are part of the key,
    so that boilerplate ('the company said it expects earnings of # dlrs a share') never meets across
    companies. A sentence of fewer than eight words of three letters or more (a results table's 'Net
    2,317,000 vs 5,847,000', a short headline) reads the same for a company's every quarter: it meets only
    the same line of an article about the same organizations published the same day, and never without a
    publication date or an organization."""
    sentence = q.claim.sentence_text
    at = q.at
    if at < 0:
        return None
    masked = " ".join(_FIGURES.sub("#", sentence.lower()).split())
    words = sum(1 for word in masked.split() if len(word) >= 3 and word.isalpha())
    headline = sum(c.isupper() for c in sentence) > 0.8 * sum(c.isalpha() for c in sentence)
    short = words < (_MIN_HEADLINE_WORDS if headline else _MIN_WORDS)
    if short and (published is None or not orgs):
        return None
    place = len(_FIGURES.findall(sentence[:at].lower()))
    unit = q.currency if q.type == "money" else q.percent_kind
    return ("sentence", masked, place, q.type, unit, q.per, orgs, published if short else None)


def disagreements(groups: Iterable[tuple[tuple, list[Statement]]]) -> Iterator[Finding]:
    """The findings of statements grouped by corpus key, numbered f1, f2, ... in the groups' order, one at
    a time (a run over many records writes them as they come)."""
    number = 0
    # one problem, one finding: figures met by holder and again by their sentence are reported once (the
    # holder's group, which comes first, cites at least the sentence's)
    reported: list[frozenset] = []
    for key, statements in groups:
        finding = _disagreement(key, statements, number + 1)
        if finding is None:
            continue
        cited = frozenset(zip(finding.articles or [], finding.mentions, strict=True))
        if any(cited <= earlier for earlier in reported):
            continue
        reported.append(cited)
        number += 1
        yield finding


def shared(statements: list[Statement]) -> bool:
    """Whether two articles or more give the quantity: what the comparison across articles has to work on."""
    return len({s.article for s in statements}) > 1


def _disagreement(key: tuple, statements: list[Statement], number: int) -> Finding | None:
    if not shared(statements):
        return None

    # the figure most sources agree with, and the sources that cannot be reconciled with it
    def agreeing(s: Statement) -> list[Statement]:
        return [t for t in statements if t.low <= s.high and s.low <= t.high]

    majority = max(statements, key=lambda s: (len({t.article for t in agreeing(s)}), -s.start))
    backers = agreeing(majority)
    dissent = [
        s
        for s in statements
        if s not in backers and s.article not in {b.article for b in backers} and _same_order(s, majority)
    ]
    if not dissent:
        return None
    cited = [*backers, *dissent]
    expected = majority.value if len({b.article for b in backers}) > 1 else None
    observed = dissent[0].value if expected is not None else None
    slip = majority.value and dissent[0].value and power_of_ten(majority.value / dissent[0].value, 0.01)
    how = " (a power of ten apart: a likely slip)" if slip else ""
    return Finding(
        id=f"f{number}",
        check="source_disagreement",
        severity="warning",
        mentions=[s.mention for s in cited],
        claims=[s.claim for s in cited],
        articles=[s.article for s in cited],
        message=f"Sources disagree on {majority.what or 'one figure'}{how}: {_sides(backers, dissent)}.",
        observed=observed,
        expected=expected,
        ratio=round(observed / expected, 6) if observed is not None and expected else None,
        confidence=0.6 if slip or expected is not None else 0.5,
    )


def _sides(backers: list[Statement], dissent: list[Statement]) -> str:
    """Who says what: each figure, how often it is stated and where, the figure most sources give first.

    '"$15 billion" twice, in a1 ("Banks lend SoftBank $15 billion", sentence 2) and b (sentence 3); against
    "$1.5 billion" once, in c ("SoftBank raises bridge financing", sentence 2)'"""
    return "; ".join(
        [*(_figure(group) for group in _by_figure(backers)), *(f"against {_figure(g)}" for g in _by_figure(dissent))]
    )


def _by_figure(statements: list[Statement]) -> list[list[Statement]]:
    """The statements grouped by the figure they give, one statement per mention, groups in order of first
    appearance."""
    groups: dict[tuple, dict[tuple[str, str], Statement]] = {}
    for s in statements:
        groups.setdefault((s.value, s.low, s.high), {}).setdefault((s.article, s.mention), s)
    return [list(group.values()) for group in groups.values()]


def _figure(group: list[Statement]) -> str:
    """'"$15 billion" twice, in a1 ("Banks lend SoftBank", sentence 2) and b (sentences 2 and 5)'."""
    places: dict[str, list[Statement]] = {}
    for s in group:
        places.setdefault(s.article, []).append(s)

    def place(article: str, found: list[Statement]) -> str:
        title = f'"{found[0].title}", ' if found[0].title else ""
        return f"{article} ({title}{sentences([s.sentence for s in found])})"

    return f"{group[0].quoted} {times(len(group))}, in {listed([place(a, found) for a, found in places.items()])}"


def _same_order(s: Statement, reference: Statement) -> bool:
    """Figures more than 30 times apart are different things (a price a share and a deal's total), unless
    they are a power of ten apart with the same digits."""
    a, b = s, reference
    if not a.value or not b.value:
        return True
    ratio = max(abs(a.value), abs(b.value)) / min(abs(a.value), abs(b.value))
    return ratio <= 30 or (a.digits == b.digits and bool(power_of_ten(a.value / b.value, 0.01)))


def with_articles(result: ArticleResult) -> list[Finding]:
    """An article's own findings in the corpus shape: the article id beside each cited mention."""
    return [f.model_copy(update={"articles": [result.article.id] * len(f.mentions)}) for f in result.findings]
