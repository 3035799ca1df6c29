"""What `newsclaims check` reports: every finding of a set of articles, within and across them, with the
counts a desk reads first.

`CorpusCheck` takes the records one at a time and lets each go: its own findings come back at once (to be
written), and only what the comparison across articles needs is kept (`corpus_store`, which moves to disk
past a bound), so memory stays flat however many records a run checks.
"""

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsclaims.check.corpus import corpus_statements, disagreements, with_articles
from newsclaims.check.corpus_store import SPILL_AFTER, StatementStore
from newsclaims.check.flag import SEVERITY_RANK
from newsclaims.models import ArticleResult, Finding


class CorpusCheck:
    """The findings of records added one by one, numbered f1, f2, ... in output order: each article's own
    as it is added, then those across articles from `across()`."""

    def __init__(self, *, spill_after: int = SPILL_AFTER) -> None:
        self.articles = 0
        self.unreadable = 0  # records that could not be checked: status error
        self.counts: Counter[tuple[str, str]] = Counter()  # (check, severity)
        self._numbered = 0
        self._across = 0
        self._store = StatementStore(spill_after)

    def add(self, result: ArticleResult) -> list[Finding]:
        """The record's own findings, with its id beside each mention; keeps what `across` needs of it."""
        self.articles += 1
        self.unreadable += result.status == "error"
        for key, statement in corpus_statements(result):
            self._store.add(key, statement)
        return self._number(with_articles(result))

    def across(self) -> Iterator[Finding]:
        """The findings across the articles added, one at a time (call once, after the last `add`)."""
        for finding in disagreements(self._store.groups()):
            self._across += 1
            yield from self._number([finding])

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


def corpus_report(results: Iterable[ArticleResult]) -> CorpusReport:
    """Every article's own findings (with its id beside each mention) and the findings across articles."""
    check = CorpusCheck()
    try:
        own = [finding for result in results for finding in check.add(result)]
        across = list(check.across())
    finally:
        check.close()
    return CorpusReport(findings=[*own, *across], articles=check.articles, unreadable=check.unreadable,
                        across=len(across))  # fmt: skip
