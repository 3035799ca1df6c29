"""Claims -> findings: where an article's numbers cannot all be true.

`check_article` runs every within-article check over one `ArticleResult` and returns its findings, numbered
f1, f2, ... in the text order of their first cited mention. It needs no spaCy, only the output contract, so
it runs as well on JSONL written earlier. One module per check:
- `magnitude`: magnitude_slip (a power of ten apart);
- `currency`: currency_conflict (one amount, two currencies);
- `conversion`: conversion_rate (an amount and its conversion at a rate that cannot be right);
- `values`: value_conflict (one quantity, two values), value_range (info: a figure within a bound);
- `arithmetic`: parts_exceed_total, percent_change, running_total, stake_value;
- `stated_changes`: percent_change of a change told in words ('more than doubled') against its move's figures;
- `shares`: percent_range (a stake outside 0..100%), shares_over_100;
- `fraction_stakes`: stake_value and shares_over_100 where a stake is told as a fraction ('a quarter of the business');
- `dates`: maturity_before_announcement, maturity_term, date_conflict (one figure, two dates);
- `maturity_events`: maturity_before_announcement, maturity_term of a maturity told where no figure is;
- `events`: event_date_conflict (one event, a deal's completion or a vote, on two dates).
`facts` (fact_conflict) is not in `CHECKS`: it compares an article with a desk's table, not with itself.
Each check is a function of one `ArticleView` (`view`) returning `Flag`s (`flag`), registered in `CHECKS`.
`identity` scores whether two claims speak of one quantity; `corpus` compares claims across articles.
"""

from collections.abc import Callable, Iterable

from newsclaims.check.arithmetic import arithmetic
from newsclaims.check.conversion import conversion_rates
from newsclaims.check.currency import currency_conflicts
from newsclaims.check.dates import date_conflicts, maturity_dates
from newsclaims.check.events import event_date_conflicts
from newsclaims.check.flag import SEVERITY_RANK, Flag
from newsclaims.check.fraction_stakes import fraction_shares_over_100, fraction_stake_values
from newsclaims.check.magnitude import magnitude_slips
from newsclaims.check.maturity_events import told_maturities
from newsclaims.check.shares import share_ranges
from newsclaims.check.stated_changes import stated_changes
from newsclaims.check.values import value_conflicts
from newsclaims.check.view import ArticleView
from newsclaims.models import ArticleResult, Finding

Check = Callable[[ArticleView], Iterable[Flag]]

# Every within-article check, in one list: a new check is a module with one such function, added here.
CHECKS: tuple[Check, ...] = (
    magnitude_slips,
    currency_conflicts,
    conversion_rates,
    value_conflicts,
    arithmetic,
    stated_changes,
    fraction_stake_values,
    share_ranges,
    fraction_shares_over_100,
    maturity_dates,
    told_maturities,
    date_conflicts,
    event_date_conflicts,
)


def check_article(result: ArticleResult) -> list[Finding]:
    """The findings of one article's claims, in text order of their first cited mention."""
    if result.status != "ok":
        return []
    article = ArticleView.of(result)
    flags = _one_per_problem([flag for check in CHECKS for flag in check(article)])
    flags.sort(key=lambda f: (f.mentions[0].start, SEVERITY_RANK[f.severity], f.check))
    findings = [flag.finding(number) for number, flag in enumerate(flags, start=1)]
    return [f.model_copy(update={"message": article.in_words(f.message)}) for f in findings]


def _one_per_problem(flags: list[Flag]) -> list[Flag]:
    """One finding per check and set of cited mentions: a figure read as two claims ('Alder and Birch each
    invested $40 million') is paired twice with the same other figure, and is one problem. The most severe,
    then the surest, flag stays."""
    kept: dict[tuple, Flag] = {}
    for flag in flags:
        key = (flag.check, frozenset(m.id for m in flag.mentions))
        first = kept.get(key)
        if first is None or (SEVERITY_RANK[flag.severity], -flag.confidence) < (
            SEVERITY_RANK[first.severity],
            -first.confidence,
        ):
            kept[key] = flag
    return list(kept.values())
