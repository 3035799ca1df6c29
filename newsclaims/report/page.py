"""What one article's page shows, worked out from its record and text before any HTML is written.

The view keeps the template dumb: findings in the order a fact-checker reads them (errors first, surest
first), each with the mentions it cites; the text as runs; claims grouped by what they measure. `info`
findings (figures set side by side, not doubted) are counted but kept apart, behind a toggle in the page,
unless the report is asked to list them (as `show --info` does in the terminal).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from newsclaims.models import ArticleResult, Claim, Finding, Mention
from newsclaims.report.describe import claim_parties, describe_mention, mention_index, org_names
from newsclaims.report.highlight import Run, highlight

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
NO_ATTRIBUTE = "(no attribute)"


@dataclass(frozen=True)
class ReportInput:
    """One article to report: its record and, when it could be found, the text its offsets index into."""

    result: ArticleResult
    text: str | None
    text_problem: str | None = None  # why `text` is None, for the reader


@dataclass(frozen=True)
class Cite:
    mention_id: str
    text: str  # the mention as written, or the id when the record lacks it
    value: str
    placed: bool  # highlighted in the text (else listed under "Mentions not shown in the text")


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    cites: list[Cite]

    @property
    def first_target(self) -> str:
        """Where the finding's link goes without JavaScript: its first cited mention, else itself."""
        return self.cites[0].mention_id if self.cites else self.finding.id


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    mention: Cite
    subject: str
    object: str
    time: str


@dataclass(frozen=True)
class ClaimGroup:
    label: str
    rows: list[ClaimRow]


@dataclass(frozen=True)
class ArticlePage:
    result: ArticleResult
    runs: list[Run]
    text_problem: str | None
    findings: list[FindingView]  # listed: every finding, or all but info ones when they are kept apart
    claim_groups: list[ClaimGroup]
    unplaced: list[Cite]
    tips: dict[str, str]  # mention id -> its normalized value, in words
    cited_by: dict[str, list[str]] = field(default_factory=dict)  # mention id -> ids of findings citing it
    severity_of: dict[str, str] = field(default_factory=dict)  # mention id -> the worst severity citing it
    info: list[FindingView] = field(default_factory=list)  # info findings kept apart (behind a toggle)

    @property
    def severity_counts(self) -> dict[str, int]:
        return severity_counts(self.result.findings)

    @property
    def type_counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for mention in self.result.mentions:
            counts[mention.type] += 1
        return dict(counts)


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITY_ORDER, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; the surest first within each."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], -f.confidence))


def listed_and_kept_apart(findings: list[Finding], show_info: bool) -> tuple[list[Finding], list[Finding]]:
    """(findings listed, info findings kept apart): all are listed with `show_info`, in reading order."""
    ordered = sorted_findings(findings)
    if show_info:
        return ordered, []
    return [f for f in ordered if f.severity != "info"], [f for f in ordered if f.severity == "info"]


def article_page(item: ReportInput, *, show_info: bool = False) -> ArticlePage:
    """The page of one article; its info findings are listed with the rest only with `show_info`, else kept
    behind a toggle and left out of the marks in the text."""
    result = item.result
    mentions = mention_index(result)
    if item.text is not None:
        highlighted = highlight(item.text, result.mentions)
        runs, unplaced = highlighted.runs, highlighted.unplaced
    else:
        runs, unplaced = [], list(result.mentions)
    unplaced_ids = {mention.id for mention in unplaced}

    def cite(mention_id: str) -> Cite:
        mention = mentions.get(mention_id)
        if mention is None:
            return Cite(mention_id, mention_id, "not in this record", placed=False)
        return Cite(mention_id, mention.text, describe_mention(mention), placed=mention_id not in unplaced_ids)

    listed, apart = listed_and_kept_apart(result.findings, show_info)
    findings = [FindingView(f, [cite(m) for m in f.mentions]) for f in listed]
    cited_by: dict[str, list[str]] = defaultdict(list)
    severity_of: dict[str, str] = {}
    for view in findings:
        for mention_id in view.finding.mentions:
            cited_by[mention_id].append(view.finding.id)
            severity_of.setdefault(mention_id, view.finding.severity)  # findings come worst first
    return ArticlePage(
        result=result,
        runs=runs,
        text_problem=item.text_problem,
        findings=findings,
        claim_groups=_claim_groups(result, mentions, cite),
        unplaced=[cite(m.id) for m in unplaced],
        tips={mention.id: describe_mention(mention) for mention in result.mentions},
        cited_by=dict(cited_by),
        severity_of=severity_of,
        info=[FindingView(f, [cite(m) for m in f.mentions]) for f in apart],
    )


def _claim_groups(result: ArticleResult, mentions: dict[str, Mention], cite) -> list[ClaimGroup]:
    """Claims under their attribute key (else phrase), groups in order of first appearance."""
    names = org_names(result)
    groups: dict[str, list[ClaimRow]] = {}
    for claim in result.claims:
        label = claim.attribute_key or claim.attribute or NO_ATTRIBUTE
        subject, object_, time = claim_parties(claim, mentions, names)
        row = ClaimRow(claim=claim, mention=cite(claim.mention), subject=subject, object=object_, time=time)
        groups.setdefault(label, []).append(row)
    ordered = sorted(groups.items(), key=lambda item: item[0] == NO_ATTRIBUTE)  # stable: first seen first
    return [ClaimGroup(label, rows) for label, rows in ordered]
