"""What the index page of a folder report shows: one row per article, most findings first, and the
findings across articles with a link to each source's span."""

from dataclasses import dataclass, field

from newsclaims.models import ArticleResult, Finding
from newsclaims.report.page import SEVERITY_ORDER, listed_and_kept_apart, severity_counts, sorted_findings


@dataclass(frozen=True)
class IndexRow:
    result: ArticleResult
    href: str
    counts: dict[str, int]
    headline: str | None = None  # the title, else the first line of the text


def headline(result: ArticleResult, text: str | None, *, limit: int = 120) -> str | None:
    r"""What the index shows for an article: its title, else the first line of its text, cut at a word.

    >>> from newsclaims.models import ArticleMeta
    >>> meta = ArticleMeta(id="a", source=None, sha256=None, published=None, title=None, chars=None)
    >>> headline(ArticleResult(status="ok", article=meta), "\n  Acme buys Foo for $5bn\n\nLONDON - ...")
    'Acme buys Foo for $5bn'
    """
    if result.article.title:
        return result.article.title.strip()
    first = next((line.strip() for line in (text or "").splitlines() if line.strip()), None)
    if first is None or len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class CorpusCite:
    article: str
    mention_id: str
    text: str
    href: str | None  # the mention on its article's page; None when that article has no page here


@dataclass(frozen=True)
class CorpusFindingView:
    finding: Finding
    cites: list[CorpusCite]


@dataclass(frozen=True)
class IndexView:
    rows: list[IndexRow]
    corpus_findings: list[CorpusFindingView]
    compared: int | None = None  # figures stated by two sources or more that were compared; None: not known
    corpus_info: list[CorpusFindingView] = field(default_factory=list)  # info findings kept apart (a toggle)

    @property
    def unreadable(self) -> int:
        return sum(1 for row in self.rows if row.result.status == "error")

    @property
    def total_findings(self) -> int:
        return sum(len(row.result.findings) for row in self.rows)

    @property
    def severity_totals(self) -> dict[str, int]:
        return {s: sum(row.counts[s] for row in self.rows) for s in SEVERITY_ORDER}


def index_view(
    results: list[ArticleResult],
    hrefs: dict[str, str],
    corpus_findings: list[Finding],
    *,
    headlines: dict[str, str | None] | None = None,
    compared: int | None = None,
    show_info: bool = False,
) -> IndexView:
    """`hrefs` maps article id -> its page, relative to the index; `headlines` article id -> its headline.
    Info findings across articles are kept apart unless `show_info`."""
    headlines = headlines or {}
    rows = [IndexRow(r, hrefs[r.article.id], severity_counts(r.findings), headlines.get(r.article.id)) for r in results]
    rows.sort(key=lambda row: (*(-row.counts[s] for s in SEVERITY_ORDER), row.result.article.id))
    listed, apart = listed_and_kept_apart(corpus_findings, show_info)
    return IndexView(
        rows, corpus_views(results, listed, hrefs), compared, corpus_info=corpus_views(results, apart, hrefs)
    )


def corpus_views(
    results: list[ArticleResult], corpus_findings: list[Finding], hrefs: dict[str, str], *, only: str | None = None
) -> list[CorpusFindingView]:
    """Findings across articles, each cited mention with a link to it through `hrefs` (article id -> page;
    '' for the page the links are on). `only`: just the findings that cite that article."""
    by_id = {r.article.id: r for r in results}
    views = []
    for finding in sorted_findings(corpus_findings):
        if only is not None and only not in (finding.articles or []):
            continue
        cites = []
        for mention_id, article_id in zip(finding.mentions, finding.articles or [], strict=False):
            result = by_id.get(article_id)
            mention = next((m for m in result.mentions if m.id == mention_id), None) if result else None
            href = f"{hrefs[article_id]}#{mention_id}" if article_id in hrefs else None
            cites.append(CorpusCite(article_id, mention_id, mention.text if mention else mention_id, href))
        views.append(CorpusFindingView(finding, cites))
    return views
