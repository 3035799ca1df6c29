"""Claims -> findings: where an article's numbers cannot all be true.

`check_article` runs every within-article check over one `ArticleResult` and returns its findings, numbered
f1, f2, ... in text order of their first cited mention. It needs no spaCy: only the output contract.
"""

from newsclaims.check.currency import currency_conflicts
from newsclaims.check.flag import SEVERITY_RANK, Flag
from newsclaims.check.magnitude import magnitude_slips
from newsclaims.check.quantities import article_quantities
from newsclaims.models import ArticleResult, Finding

CHECKS = (magnitude_slips, currency_conflicts)


def check_article(result: ArticleResult) -> list[Finding]:
    """The findings of one article's claims, most severe first within each cited span."""
    quantities = article_quantities(result)
    flags = [flag for check in CHECKS for flag in check(quantities)]
    flags.sort(key=lambda f: (f.cites[0].mention.start, SEVERITY_RANK[f.severity]))
    return [_finding(number, flag) for number, flag in enumerate(flags, start=1)]


def _finding(number: int, flag: Flag) -> Finding:
    ratio = flag.observed / flag.expected if flag.observed is not None and flag.expected else None
    return Finding(
        id=f"f{number}",
        check=flag.check,
        severity=flag.severity,
        mentions=[q.mention.id for q in flag.cites],
        claims=[q.claim.id for q in flag.cites],
        message=flag.message,
        observed=flag.observed,
        expected=flag.expected,
        ratio=ratio,
        confidence=flag.confidence,
    )
