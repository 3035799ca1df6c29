"""What `newsclaims check` reports: every finding of a set of articles, within and across them, with the
counts a desk reads first.

`CorpusCheck` takes the records one at a time and lets each go: its own findings come back at once (to be
written), and only what the comparison across articles needs is kept (`corpus_store`, which moves to disk
past a bound), so memory stays flat however many records a run checks.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from newsclaims.check.corpus import corpus_statements, disagreements, shared, with_articles
from newsclaims.check.corpus_store import SPILL_AFTER, Statement, StatementStore
from newsclaims.check.facts import BoundFact, with_fact_conflicts
from newsclaims.check.flag import SEVERITY_RANK
from newsclaims.models import ArticleResult, Finding

# The facts of a desk's table that an article names, bound to its organizations (`newsclaims.facts`).
FactsFor = Callable[[ArticleResult], Sequence[BoundFact]]


class CorpusCheck:
    """The findings of records added one by one, numbered f1, f2, ... in output order: each article's own
    (and, given `facts_for`, its conflicts with a desk's table of verified figures) as it is added, then
    those across articles from `across()`."""

    def __init__(self, *, spill_after: int = SPILL_AFTER, facts_for: FactsFor | None = None) -> None:
        self.articles = 0
        self.unreadable = 0  # records that could not be checked: status error
        self.compared = 0  # quantities two articles or more give, counted as `across()` reads them
        self.counts: Counter[tuple[str, str]] = Counter()  # (check, severity)
        self._numbered = 0
        self._across = 0
        self._store = StatementStore(spill_after)
        self._facts_for = facts_for

    def add(self, result: ArticleResult) -> list[Finding]:
        """The record's own findings, with its id beside each mention; keeps what `across` needs of it."""
        self.articles += 1
        self.unreadable += result.status == "error"
        for key, statement in corpus_statements(result):
            self._store.add(key, statement)
        own = with_articles(result)
        if self._facts_for is not None and result.status == "ok":
            own += _fact_findings(result, self._facts_for(result))
        return self._number(own)

    def across(self) -> Iterator[Finding]:
        """The findings across the articles added, one at a time (call once, after the last `add`); counts
        the quantities they compared in `compared` as the groups stream by."""
        for finding in disagreements(self._counted(self._store.groups())):
            self._across += 1
            yield from self._number([finding])

    def _counted(self, groups: Iterable[tuple[tuple, list[Statement]]]) -> Iterator[tuple[tuple, list[Statement]]]:
        for key, statements in groups:
            self.compared += shared(statements)
            yield key, statements

    def fails(self, threshold: str) -> bool:
        """Whether any finding so far is at least as severe as `threshold` (error or warning)."""
        return any(SEVERITY_RANK[severity] <= SEVERITY_RANK[threshold] for _, severity in self.counts)

    def summary(self) -> str:
        return summary(self.counts, self.articles, self.unreadable, self._across)

    def close(self) -> None:
        self._store.close()

    def _number(self, findings: list[Finding]) -> list[Finding]:
        numbered = []
        for finding in findings:
            self._numbered += 1
            self.counts[finding.check, finding.severity] += 1
            numbered.append(finding.model_copy(update={"id": f"f{self._numbered}"}))
        return numbered


@dataclass(frozen=True)
class CorpusReport:
    """The findings of a run, numbered f1, f2, ... in output order (each article's own, then across articles)."""

    findings: list[Finding]
    articles: int
    unreadable: int
    across: int  # how many of the findings compare articles
    compared: int = 0  # quantities two articles or more give, which the comparison across articles read

    def fails(self, threshold: str) -> bool:
        """Whether any finding is at least as severe as `threshold` (error or warning)."""
        return any(SEVERITY_RANK[f.severity] <= SEVERITY_RANK[threshold] for f in self.findings)

    def summary(self) -> str:
        """A table of findings per check and severity, for stderr."""
        counts: Counter[tuple[str, str]] = Counter((f.check, f.severity) for f in self.findings)
        return summary(counts, self.articles, self.unreadable, self.across)


def summary(counts: Counter[tuple[str, str]], articles: int, unreadable: int, across: int) -> str:
    """A table of findings per check and severity, for stderr."""
    total = sum(counts.values())
    checks = sorted({check for check, _ in counts})
    lines = [
        f"{articles} articles checked ({unreadable} unreadable), {total} findings "
        f"({total - across} within articles, {across} across them)"
    ]
    if checks:
        width = max(len(c) for c in checks)
        lines.append(f"{'check':<{width}}  {'error':>6} {'warning':>8} {'info':>6}")
        lines += [
            f"{c:<{width}}  {counts[c, 'error']:>6} {counts[c, 'warning']:>8} {counts[c, 'info']:>6}" for c in checks
        ]
    return "\n".join(lines)


def corpus_report(results: Iterable[ArticleResult], facts_for: FactsFor | None = None) -> CorpusReport:
    """Every article's own findings (with its id beside each mention), its conflicts with a desk's table of
    verified figures when `facts_for` gives the facts it names, and the findings across articles."""
    check = CorpusCheck(facts_for=facts_for)
    try:
        own = [finding for result in results for finding in check.add(result)]
        across = list(check.across())
    finally:
        check.close()
    return CorpusReport(findings=[*own, *across], articles=check.articles, unreadable=check.unreadable,
                        across=len(across), compared=check.compared)  # fmt: skip


def _fact_findings(result: ArticleResult, facts: Sequence[BoundFact]) -> list[Finding]:
    """The article's conflicts with the facts it names, with its id beside each mention."""
    added = with_fact_conflicts(result, facts).findings[len(result.findings) :]
    return [finding.model_copy(update={"articles": [result.article.id] * len(finding.mentions)}) for finding in added]
