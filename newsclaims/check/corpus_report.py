"""What `newsclaims check` reports: every finding of a set of articles, within and across them, with the
counts a desk reads first."""

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsclaims.check.corpus import check_corpus, shared_figures, statement_groups, with_articles
from newsclaims.check.facts import BoundFact, with_fact_conflicts
from newsclaims.check.flag import SEVERITY_RANK
from newsclaims.models import ArticleResult, Finding

# The facts of a desk's table that an article names, bound to its organizations (`newsclaims.facts`).
FactsFor = Callable[[ArticleResult], Sequence[BoundFact]]


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
        counts = Counter((f.check, f.severity) for f in self.findings)
        checks = sorted({check for check, _ in counts})
        lines = [
            f"{self.articles} articles checked ({self.unreadable} unreadable), {len(self.findings)} findings "
            f"({len(self.findings) - self.across} within articles, {self.across} across them)"
        ]
        if checks:
            width = max(len(c) for c in checks)
            lines.append(f"{'check':<{width}}  {'error':>6} {'warning':>8} {'info':>6}")
            lines += [
                f"{c:<{width}}  {counts[c, 'error']:>6} {counts[c, 'warning']:>8} {counts[c, 'info']:>6}"
                for c in checks
            ]
        return "\n".join(lines)


def corpus_report(results: Iterable[ArticleResult], facts_for: FactsFor | None = None) -> CorpusReport:
    """Every article's own findings (with its id beside each mention), its conflicts with a desk's table of
    verified figures when `facts_for` gives the facts it names, and the findings across articles."""
    results = list(results)
    own = []
    for result in results:
        own += with_articles(result)
        if facts_for is not None and result.status == "ok":
            own += _fact_findings(result, facts_for(result))
    groups = statement_groups(results)
    across = check_corpus(results, groups)
    numbered = [f.model_copy(update={"id": f"f{n}"}) for n, f in enumerate([*own, *across], start=1)]
    unreadable = sum(1 for r in results if r.status == "error")
    return CorpusReport(
        findings=numbered,
        articles=len(results),
        unreadable=unreadable,
        across=len(across),
        compared=shared_figures(groups),
    )


def _fact_findings(result: ArticleResult, facts: Sequence[BoundFact]) -> list[Finding]:
    added = with_fact_conflicts(result, facts).findings[len(result.findings) :]
    return [finding.model_copy(update={"articles": [result.article.id] * len(finding.mentions)}) for finding in added]
