"""Fact conflicts: an article's figure against a desk's table of verified figures (`check --facts`).

A `Fact` is one verified figure, its value already read as the pipeline reads news figures
(`newsclaims.facts` does the reading; this module needs no spaCy). Bound to one article (`BoundFact`), it
knows which of the article's organizations its subject is. An article's claim states the fact's figure
when:
- its holder is the fact's subject (and, for 'stake in X', its counterpart or stake target is X); a claim
  without a holder whose sentence names the subject counts, and so does one whose attribute the subject
  owns in so many words ("OpenAI's valuation") when the model tagged the subject nowhere; a deal's price
  may be filed under the company bought;
- its kind is the fact's kind (a valuation and a market value are one, a deal and its price are one), the
  adjectives that change the measure agree ('net profit' is not 'operating profit'), and its attribute says
  nothing the fact's does not ('the loan' for the bridge loan; never 'cloud revenue' for revenue);
- its time is compatible: an undated side is compatible with any (an undated fact takes the date of an
  article figure that agrees with it); revenue, profit and spending need the same period ('2025' is not
  'the third quarter of 2025') and span ('quarterly revenue' is not a year's); levels (valuations, stakes,
  loans) overlapping periods;
- it is in the fact's unit: the same currency (a conversion into another currency is not compared), the
  same percent kind, no rate unit ('a share') unless both have it.
A claim agreeing with any fact about it (within rounding, or a range or bound containing the fact) is
fine. Otherwise one finding per figure, against the most specific fact: `error` when the figure is a power
of ten or a scale word off the fact (rounding allowed), `warning` for another disagreement up to 30 times
apart (further apart it is another quantity the claims could not tell apart). Derived figures: a stake's
percentage and price imply the company's valuation (`arithmetic.stake_prices`); a power of ten off the
table's valuation is an `error` citing the stake's price and percentage. A maturity in the table ('bridge
loan maturity', 'March 2027') is compared with the maturity date of the claims about that loan.
"""

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from newsclaims.check.arithmetic import PAID_KINDS, stake_prices
from newsclaims.check.flag import Flag, Severity
from newsclaims.check.phrasing import money_in_words, sentences
from newsclaims.check.phrasing import times as how_often
from newsclaims.check.quantities import Quantity, quantity_of, rounding_interval
from newsclaims.check.view import ArticleView
from newsclaims.models import (
    ArticleResult,
    Claim,
    DateValue,
    MoneyMention,
    MoneyValue,
    PercentMention,
    PercentValue,
)
from newsclaims.numbers.scales import scale_name
from newsclaims.tables import load_table

# Flows summed over a period: a year's revenue is not a quarter's, so their periods must be equal.
_PERIOD_KINDS = frozenset({"revenue", "profit", "spending"})
# Words that say how long a flow runs; a flow with none is taken as a year's, as desks and articles
# state revenue and profit unless they say otherwise.
_SPANS = {"quarterly": "quarter", "quarter": "quarter", "monthly": "month", "weekly": "week", "daily": "day",
          "half-year": "half", "half-yearly": "half", "first-half": "half", "interim": "half", "annual": "year",
          "yearly": "year", "full-year": "year", "annualised": "year", "annualized": "year"}  # fmt: skip
# A company's worth, however the text names it: its valuation, or its market value when listed.
_VALUATIONS = frozenset({"valuation", "market_cap"})
# What is paid for a company: a desk files it under the buyer or under the company bought.
_DEALS = frozenset({"deal", "price"})
# Figures further apart than this are not one quantity told wrong, unless a power of ten apart.
_SAME_ORDER = 30.0


@dataclass(frozen=True)
class Fact:
    """One verified figure of a desk's table, read."""

    line: int  # where it is in the facts file
    subject: str  # as the desk writes it: 'Sumitomo Mitsui Banking Corporation'
    attribute: str  # as written: 'stake in Contoso Energy'
    words: frozenset[str]  # the attribute's key words, normalized as claims' keys are: {'stake'}
    kind: str  # the claim kind of the attribute: 'stake'
    object: str | None  # the counterpart named in the attribute: 'Contoso Energy'
    value_text: str  # as written: '$500 billion'
    value: MoneyValue | PercentValue | DateValue
    date: DateValue | None = None  # when the figure holds; None for undated
    source: str | None = None

    @cached_property
    def quantity(self) -> Quantity | None:
        """The value as the checks compare figures (None for a date)."""
        if isinstance(self.value, DateValue):
            return None
        claim = Claim(
            id="c1", mention="m1", subject=None, object=None, attribute=self.attribute, attribute_key=None,
            kind="other", time=None, certainty="asserted", attribution=self.source, sentence_text=self.value_text,
        )  # fmt: skip
        text, end = self.value_text, len(self.value_text)
        mention: MoneyMention | PercentMention
        if isinstance(self.value, MoneyValue):
            mention = MoneyMention(id="m1", type="money", text=text, start=0, end=end, sentence=0, value=self.value)
        else:
            mention = PercentMention(id="m1", type="percent", text=text, start=0, end=end, sentence=0, value=self.value)
        return quantity_of(claim, mention)

    def where(self) -> str:
        """The fact as a message cites it: 'the table has $493 billion (2026-10; funding round; facts line 3)'."""
        said = [self.date.iso] if self.date is not None and self.date.iso else []
        said += [self.source] if self.source else []
        said.append(f"facts line {self.line}")
        return f"the table has {self.value_text} ({'; '.join(said)})"

    @property
    def what(self) -> str:
        """'Halvard Systems' valuation'."""
        owner = self.subject + ("'" if self.subject.endswith("s") else "'s")
        return f"{owner} {self.attribute}"


@dataclass(frozen=True)
class BoundFact:
    """A fact read against one article: the article's org_ids of its subject and counterpart, with the names
    and name keys they go by (a claim without a holder, or a stake's target the model did not tag as an
    organization, is matched by these)."""

    fact: Fact
    subject_ids: frozenset[str]
    object_ids: frozenset[str] = frozenset()
    subject_names: frozenset[str] = frozenset()  # as written: the desk's name and the article's names for it
    subject_keys: frozenset[str] = frozenset()  # name keys and slugs: 'contoso energy', 'contoso-energy'

    def holds(self, q: Quantity) -> bool:
        """Whether the claim is the subject's: its holder; or, without one, a sentence that names the subject;
        or, when the model tagged the subject nowhere in the article (so no claim could have it as holder),
        the subject's possessive on the claim's attribute ("OpenAI's valuation of $50 billion")."""
        if q.claim.subject is not None:
            return q.claim.subject in self.subject_ids or (not self.subject_ids and self._owns(q))
        return any(_names(name, q.claim.sentence_text) for name in self.subject_names)

    def _owns(self, q: Quantity) -> bool:
        sentence, attribute = q.claim.sentence_text, q.claim.attribute or ""
        return any(name in sentence and _possessive(name, attribute).search(sentence) for name in self.subject_names)

    def is_subject(self, company: str) -> bool:
        """Whether an org_id or a name key (`Quantity.stake_target`) is the subject."""
        return company in self.subject_ids or company in self.subject_keys


def _names(name: str, sentence: str) -> bool:
    """Whether `sentence` names `name` as a whole word ('OpenAI', not 'OpenAIs')."""
    return name in sentence and _whole_word(name).search(sentence) is not None


@lru_cache(maxsize=4096)
def _whole_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


@lru_cache(maxsize=4096)
def _possessive(name: str, attribute: str) -> re.Pattern[str]:
    """'OpenAI's valuation', 'OpenAI's latest funding round' (a word of the attribute within three words)."""
    words = "|".join(re.escape(w) for w in re.findall(r"[A-Za-z]+", attribute)) or "(?!)"
    return re.compile(rf"(?<![\w-]){re.escape(name)}['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{words})\b")


def fact_conflicts(article: ArticleView, facts: Sequence[BoundFact]) -> Iterator[Flag]:
    """A flag per article figure that disagrees with the table, and per stake that implies a valuation a
    power of ten off the table's."""
    facts = [f for f in facts if f.subject_ids or f.subject_names]
    if not facts:
        return
    dates = {m.id: m.value for m in article.result.mentions if m.type == "date"}
    figures = [q for q in article.quantities if q.value is not None or q.qualifier == "range"]
    periods = {q.id: _period(q, dates) for q in figures}
    by_kind: dict[str, list[BoundFact]] = {}
    for bound in facts:
        if not isinstance(bound.fact.value, DateValue):
            by_kind.setdefault(_family(bound.fact.kind), []).append(bound)
    anchors = _undated_anchors(by_kind, figures, periods)
    conflicts: dict[tuple, tuple[BoundFact, list[Quantity], str]] = {}
    for q in figures:
        period = periods[q.id]
        about = [
            f
            for f in by_kind.get(_family(q.claim.kind), [])
            if _states(q, f, period) and _same_period(anchors.get(f.fact.line), period)
        ]
        if not about or any(_agrees(q, f.fact) for f in about):
            continue
        fact = max(about, key=lambda f: (f.fact.date is not None, len(f.fact.words)))
        how = _disagreement(q, fact.fact)
        if how is not None:
            key = (fact.fact.line, q.value, q.low, q.high, q.currency)
            conflicts.setdefault(key, (fact, [], how))[1].append(q)
    for fact, copies, how in conflicts.values():
        yield _flag(fact, copies, how)
    yield from _maturities(article, facts, dates)
    yield from _implied_valuations(article, facts)


def _family(kind: str) -> str:
    """Kinds a desk and an article may give one figure under: a valuation or a market value; a deal or its
    price (a rate unit, checked apart, keeps a share price from an acquisition's total)."""
    return "valuation" if kind in _VALUATIONS else "deal" if kind in _DEALS else kind


def _undated_anchors(
    by_kind: dict[str, list[BoundFact]], figures: list[Quantity], periods: dict[str, DateValue | None]
) -> dict[int, DateValue]:
    """For an undated fact, the date of an article figure that agrees with it: the article's figures of the
    same quantity at other dates ('$13 billion in 2025 from $3.7 billion in 2024') are other periods."""
    anchors: dict[int, DateValue] = {}
    for q in figures:
        for bound in by_kind.get(_family(q.claim.kind), []):
            if bound.fact.date is not None:
                continue
            period = periods[q.id]
            if period is not None and _states(q, bound, period) and _agrees(q, bound.fact):
                anchors.setdefault(bound.fact.line, period)
    return anchors


def _same_period(anchor: DateValue | None, period: DateValue | None) -> bool:
    return anchor is None or period is None or (anchor.iso, anchor.start) == (period.iso, period.start)


def _states(q: Quantity, bound: BoundFact, period: DateValue | None) -> bool:
    """Whether claim `q` states the figure `bound` is about."""
    fact, claim = bound.fact, q.claim
    if not _same_attribute(claim, fact):
        return False
    if fact.kind in _PERIOD_KINDS and _span_of(_around(q)) != _span_of(fact.attribute):
        return False  # 'quarterly revenue of $3.2 billion' is not the table's annual revenue
    if not bound.holds(q) and not (fact.kind in _DEALS and claim.object in bound.subject_ids):
        return False  # a price paid for a company is the company's as much as the buyer's
    if fact.object is not None:
        target = claim.object or q.stake_target
        if target is None or target not in bound.object_ids:
            return False
    reference = fact.quantity
    if reference is None or reference.type != q.type or reference.per != q.per:
        return False
    if q.type == "money" and reference.currency != q.currency:
        return False  # a conversion into another currency is another figure
    if q.type == "percent" and reference.percent_kind != q.percent_kind:
        return False
    return _same_time(fact.date, period, fact.kind)


def _same_attribute(claim: Claim, fact: Fact) -> bool:
    if _family(claim.kind) != _family(fact.kind):
        return False
    words = frozenset(claim.attribute_key.split("_")) if claim.attribute_key else frozenset()
    if fact.kind == "other":
        return bool(words) and words == fact.words
    measures = _claim_words()["measures"]
    ours, theirs = words & measures, fact.words & measures
    if ours and theirs and ours != theirs:
        return False  # 'operating profit' for the table's net profit
    # the claim may say less than the fact ('the loan'), not more ('cloud revenue'), except the kind's own
    # words ('bridge loan' for the table's loan)
    extra = words - measures - fact.words
    kinds = _claim_words()["kinds"]
    return extra <= kinds.get(fact.kind, frozenset()) | kinds.get(claim.kind, frozenset())


def _around(q: Quantity) -> str:
    """The claim's attribute and the few words written right before and after its figure, in its clause."""
    before = re.split(r"[,;:.]\s", q.before)[-1].split()[-6:]
    after = re.split(r"[,;:.](?:\s|$)", q.after)[0].split()[:4]
    return " ".join([*before, q.claim.attribute or "", *after])


def _span_of(attribute: str) -> str:
    """'quarter' for 'quarterly revenue', 'year' for 'annual revenue' and for plain 'revenue'."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", attribute.lower())
    return next((_SPANS[w] for w in words if w in _SPANS), "year")


def _period(q: Quantity, dates: dict) -> DateValue | None:
    """The date a claim's figure holds at or covers (a maturity is not one), when the calendar places it."""
    if q.claim.time is None or q.claim.time_role == "maturity":
        return None
    value = dates.get(q.claim.time)
    return value if value is not None and value.kind == "point" and value.iso else None


def _same_time(fact_date: DateValue | None, period: DateValue | None, kind: str) -> bool:
    if fact_date is None or period is None:
        return True
    if not (fact_date.start and fact_date.end and period.start and period.end):
        return fact_date.iso == period.iso  # fiscal periods: their days depend on the company
    if kind in _PERIOD_KINDS:
        return (fact_date.start, fact_date.end) == (period.start, period.end)
    return fact_date.start <= period.end and period.start <= fact_date.end


def _agrees(q: Quantity, fact: Fact) -> bool:
    reference = fact.quantity
    return reference is not None and q.low <= reference.high and reference.low <= q.high


def _disagreement(q: Quantity, fact: Fact) -> str | None:
    """'power' when `q` is the fact a power of ten (a scale word) off, 'value' for another disagreement of
    the same order, None when too far apart to be one quantity."""
    reference = fact.quantity
    if reference is None:
        return None
    if tenfold(q, reference):
        return "power"
    if q.value and reference.value:
        ratio = abs(q.value / reference.value)
        if ratio > _SAME_ORDER or ratio < 1 / _SAME_ORDER:
            return None
    return "value"


def tenfold(q: Quantity, reference: Quantity) -> int:
    """k when `q`'s point, rounded as written, is `reference` times 10**k (1 <= |k| <= 3), else 0."""
    rounded, exact = rounding_interval(q), rounding_interval(reference)
    if rounded is None or exact is None or not q.value or not reference.value:
        return 0
    power = round(math.log10(abs(q.value / reference.value)))
    if power == 0 or abs(power) > 3:
        return 0
    low, high = rounded[0] / 10.0**power, rounded[1] / 10.0**power
    return power if low <= exact[1] and exact[0] <= high else 0


def _flag(bound: BoundFact, copies: list[Quantity], how: str) -> Flag:
    fact = bound.fact
    reference = fact.quantity
    first = copies[0]
    quoted = f'"{first.mention.text}"'
    # how often and where, one per mention (a mention read as one claim per holder is stated once)
    places = sorted({q.mention.id: q.sentence for q in copies}.values())
    where = sentences(places)
    times = f" ({how_often(len(places))}: {where})" if len(places) > 1 else f" ({where})"
    severity: Severity
    if how == "power":
        power = tenfold(first, reference) if reference is not None else 0
        off = _scale_slip(first, reference) or f"{10 ** abs(power):,} times too {'large' if power > 0 else 'small'}"
        message = f"The article gives {fact.what} as {quoted}{times}, {off}: {fact.where()}."
        severity, confidence = "error", 0.9
    else:
        message = f"The article gives {fact.what} as {quoted}{times}, but {fact.where()}."
        severity, confidence = "warning", 0.6
    return Flag(
        check="fact_conflict",
        severity=severity,
        cites=tuple(copies),
        message=message,
        observed=first.value,
        expected=reference.value if reference is not None else None,
        confidence=confidence,
    )


def _scale_slip(q: Quantity, reference: Quantity | None) -> str | None:
    """'million where the table has billion' when the scale words differ."""
    theirs = scale_name(reference.mention.text) if reference is not None else None
    if q.scale and theirs and q.scale != theirs:
        return f"'{q.scale}' where the table has '{theirs}'"
    return None


def _maturities(article: ArticleView, facts: list[BoundFact], dates: dict) -> Iterator[Flag]:
    """A claim about the table's loan whose maturity date does not overlap the table's."""
    seen: set[tuple[int, str]] = set()
    mentions = {m.id: m for m in article.result.mentions}
    for bound in facts:
        fact = bound.fact
        if not isinstance(fact.value, DateValue) or not fact.value.start or not fact.value.end:
            continue
        for q in article.quantities:
            claim = q.claim
            if claim.time_role != "maturity" or claim.time is None or not bound.holds(q):
                continue
            if not _same_attribute(claim, fact):
                continue
            stated = dates.get(claim.time)
            if stated is None or stated.kind != "point" or not stated.start or not stated.end:
                continue
            if stated.start <= fact.value.end and fact.value.start <= stated.end:
                continue
            if (fact.line, claim.time) in seen:
                continue
            seen.add((fact.line, claim.time))
            when = mentions[claim.time]
            yield Flag(
                check="fact_conflict",
                severity="warning",
                cites=(q,),
                dates=(when,),
                message=(
                    f'The article gives {fact.what} as "{when.text}" (for "{q.mention.text}"), but {fact.where()}.'
                ),
                observed=None,
                expected=None,
                confidence=0.6,
            )


def _implied_valuations(article: ArticleView, facts: list[BoundFact]) -> Iterator[Flag]:
    """A stake's percentage and price that value the company a power of ten off the table's valuation."""
    valuations = [f for f in facts if f.fact.kind in _VALUATIONS and isinstance(f.fact.value, MoneyValue)]
    if not valuations:
        return
    by_sentence: dict[int, list[Quantity]] = {}
    for q in article.quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    for sentence in by_sentence.values():
        for stake, price, company in stake_prices(sentence, PAID_KINDS):
            for bound in valuations:
                reference = bound.fact.quantity
                if not bound.is_subject(company) or reference is None or reference.currency != price.currency:
                    continue
                if not (stake.value and price.value and reference.value):
                    continue
                implied = price.value / (stake.value / 100)
                ratio = implied / reference.value
                power = round(math.log10(ratio))
                # a stake may be bought at a premium or a discount: only a power of ten (within a third) is a slip
                if power == 0 or abs(power) > 3 or not 0.75 <= ratio / 10.0**power <= 1.33:
                    continue
                yield Flag(
                    check="fact_conflict",
                    severity="error",
                    cites=(price, stake),
                    message=(
                        f'"{stake.mention.text}" for "{price.mention.text}" values {bound.fact.subject} at about '
                        f"{price.currency or ''} {money_in_words(implied)}, {10 ** abs(power):,} times too "
                        f"{'much' if power > 0 else 'little'} for its {bound.fact.attribute}: {bound.fact.where()}."
                    ),
                    observed=implied,
                    expected=reference.value,
                    confidence=0.85,
                )


@cache
def _claim_words() -> dict:
    """The claims table's words this check reads: the adjectives that change a measure, each kind's words."""
    table = load_table("claims")
    return {
        "measures": frozenset(table["keep_adjectives"]),
        "kinds": {kind: frozenset(w for word in words for w in word.split("_")) for kind, words in table["kinds"]},
    }


def with_fact_conflicts(result: ArticleResult, facts: Sequence[BoundFact]) -> ArticleResult:
    """The record with its conflicts with the table added to its findings (numbered after its own), for
    pages and terminals that show a record's findings."""
    if result.status != "ok" or not facts:
        return result
    flags = sorted(fact_conflicts(ArticleView.of(result), facts), key=lambda f: (f.mentions[0].start, f.message))
    if not flags:
        return result
    start = len(result.findings) + 1
    added = [flag.finding(number) for number, flag in enumerate(flags, start=start)]
    return result.model_copy(update={"findings": [*result.findings, *added]})
