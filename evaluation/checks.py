"""How well the checker finds injected slips, and how often it cries wolf on clean articles.

`injected_copies` makes, for each article, perturbed copies that change one occurrence of an amount the
article states more than once (see `evaluation.injection`); `conversion_copies` changes one side of an
amount given with its conversion into another currency. `score_injections` runs a checker over the
re-extracted copies and counts, per family, how often an error or warning finding cites the changed
mention (recall); `false_alarms` counts error and warning findings on the unchanged articles.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from evaluation.injection import FAMILIES, perturb
from newsclaims.models import ArticleResult, Finding

ALARMS = ("error", "warning")


@dataclass(frozen=True)
class Injection:
    """One perturbed copy: which article, which family, where the changed mention now sits."""

    article_id: str
    family: str
    text: str
    start: int  # offsets of the changed mention in the perturbed text
    end: int
    before: str
    after: str


def repeated_amounts(result: ArticleResult) -> list[list]:
    """Groups of two or more money mentions with the same amount, currency and unit: a figure the article
    states more than once. (Near-equal figures are left out: in news they are mostly different quantities,
    such as a price at two times of day.)"""
    money = [m for m in result.mentions if m.type == "money" and _point(m) is not None]
    groups: list[list] = []
    for mention in money:
        for group in groups:
            if _same_amount(group[0], mention):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return [group for group in groups if len(group) > 1]


CONVERSION_FAMILIES = ("times_ten", "tenth", "scale_word")


def conversion_copies(article_id: str, text: str, result: ArticleResult) -> Iterable[Injection]:
    """Slips on either side of each conversion ('102bn rupees ($2.3bn)'): figures stated once, which only
    the conversion's rate can show wrong."""
    from newsclaims.check.conversion import article_conversions
    from newsclaims.check.quantities import article_quantities

    for conversion in article_conversions(article_quantities(result)):
        for mention in (conversion.source.mention, conversion.target.mention):
            for family in CONVERSION_FAMILIES:
                after = perturb(mention.text, family)
                if after is None or after == mention.text:
                    continue
                changed = text[: mention.start] + after + text[mention.end :]
                yield Injection(
                    article_id, family, changed, mention.start, mention.start + len(after), mention.text, after
                )


def injected_copies(article_id: str, text: str, result: ArticleResult) -> Iterable[Injection]:
    """Every family applied to every occurrence of every repeated amount, one change per copy."""
    for group in repeated_amounts(result):
        for mention in group:
            for family in FAMILIES:
                after = perturb(mention.text, family)
                if after is None or after == mention.text:
                    continue
                changed = text[: mention.start] + after + text[mention.end :]
                end = mention.start + len(after)
                yield Injection(article_id, family, changed, mention.start, end, mention.text, after)


@dataclass
class InjectionScore:
    """Recall per family, and the alarms raised on clean articles."""

    caught: Counter = field(default_factory=Counter)
    caught_any: Counter = field(default_factory=Counter)  # by a finding of any severity, info included
    total: Counter = field(default_factory=Counter)
    clean_articles: int = 0
    clean_alarms: list[tuple[str, Finding]] = field(default_factory=list)
    missed: dict[str, list[Injection]] = field(default_factory=lambda: defaultdict(list))

    def add_injection(self, injection: Injection, result: ArticleResult, findings: list[Finding]) -> None:
        self.total[injection.family] += 1
        if cites_span(result, findings, injection.start, injection.end, (*ALARMS, "info")):
            self.caught_any[injection.family] += 1
        if cites_span(result, findings, injection.start, injection.end):
            self.caught[injection.family] += 1
        else:
            self.missed[injection.family].append(injection)

    def add_clean(self, article_id: str, findings: list[Finding]) -> None:
        self.clean_articles += 1
        self.clean_alarms += [(article_id, f) for f in findings if f.severity in ALARMS]

    def recall(self, family: str, *, any_severity: bool = False) -> float:
        caught = self.caught_any if any_severity else self.caught
        return caught[family] / self.total[family] if self.total[family] else float("nan")

    @property
    def alarms_per_article(self) -> float:
        return len(self.clean_alarms) / self.clean_articles if self.clean_articles else float("nan")


def cites_span(result: ArticleResult, findings: list[Finding], start: int, end: int, severities=ALARMS) -> bool:
    """Whether a finding of `severities` (error or warning) cites a mention overlapping [start, end)."""
    spans = {m.id: (m.start, m.end) for m in result.mentions}
    for finding in findings:
        if finding.severity not in severities:
            continue
        for mention_id in finding.mentions:
            s, e = spans.get(mention_id, (0, 0))
            if s < end and start < e:
                return True
    return False


def naive_tenfold(result: ArticleResult) -> list[Finding]:
    """The baseline the issue names: flag any two amounts of an article that differ exactly ten times."""
    money = [m for m in result.mentions if m.type == "money" and _point(m)]
    findings = []
    for i, a in enumerate(money):
        for b in money[i + 1 :]:
            ratio = _point(a) / _point(b)
            if abs(ratio - 10) < 1e-6 * 10 or abs(ratio - 0.1) < 1e-6 * 0.1:
                findings.append(
                    Finding(
                        id=f"f{len(findings) + 1}", check="magnitude_slip", severity="warning", mentions=[a.id, b.id],
                        claims=[], message=f"{a.text} vs {b.text}", observed=None, expected=None, ratio=ratio,
                        confidence=0.5,
                    )
                )  # fmt: skip
    return findings


Checker = Callable[[ArticleResult], list[Finding]]


def _point(mention) -> float | None:
    value = mention.value
    return value.amount if value.amount is not None else value.high


def _same_amount(a, b) -> bool:
    x, y = _point(a), _point(b)
    if a.value.currency != b.value.currency or a.value.per != b.value.per or not x or not y:
        return False
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y))


@dataclass(frozen=True)
class GoldFinding:
    """A finding a fact-checker would raise, from corpus/findings/<id>.jsonl."""

    check: str
    severity: str
    cites: tuple[tuple[int, int], ...]
    wrong: tuple[int, int] | None
    expected: float | None


def load_gold_findings(folder) -> dict[str, list[GoldFinding]]:
    """Article id -> its golden findings (an empty list for a consistent article)."""
    import json
    from pathlib import Path

    gold = {}
    for path in sorted(Path(folder).glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold[path.stem] = [
            GoldFinding(
                check=row["check"],
                severity=row["severity"],
                cites=tuple((c["start"], c["end"]) for c in row["cites"]),
                wrong=(row["wrong"]["start"], row["wrong"]["end"]) if row.get("wrong") else None,
                expected=row.get("expected"),
            )
            for row in rows
        ]
    return gold


@dataclass
class FindingScore:
    """Alarms (error and warning findings) against golden findings, matched by check and cited spans."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    found: int = 0
    by_check: Counter = field(default_factory=Counter)
    missed_by_check: Counter = field(default_factory=Counter)
    false_alarms: list[tuple[str, Finding]] = field(default_factory=list)

    def add(self, article_id: str, result: ArticleResult, gold: list[GoldFinding]) -> None:
        spans = {m.id: (m.start, m.end) for m in result.mentions}
        alarms = [f for f in result.findings if f.severity in ALARMS]
        gold_alarms = [g for g in gold if g.severity in ALARMS]
        self.predicted += len(alarms)
        self.gold += len(gold_alarms)
        for finding in alarms:
            cited = [spans[m] for m in finding.mentions if m in spans]
            if any(_matches(finding.check, cited, g) for g in gold):
                self.true_positives += 1
            else:
                self.false_alarms.append((article_id, finding))
        for g in gold_alarms:
            hit = any(_matches(f.check, [spans[m] for m in f.mentions if m in spans], g) for f in alarms)
            self.found += hit
            self.by_check[g.check] += 1
            self.missed_by_check[g.check] += not hit

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else float("nan")

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else float("nan")


def _matches(check: str, cited: list[tuple[int, int]], gold: GoldFinding) -> bool:
    """Same check, and every gold-cited span overlaps a mention the finding cites."""
    return check == gold.check and all(any(s < ge and gs < e for s, e in cited) for gs, ge in gold.cites)
