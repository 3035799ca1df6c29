"""Writing a report to disk: one page for one article, or a folder with an index and a page per article.

report/index.html                 articles sorted by findings; findings across articles
report/articles/<article>.html    one self-contained page each
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newsclaims.models import Finding
from newsclaims.report.html import render_article, render_index
from newsclaims.report.index import corpus_views, headline, index_view
from newsclaims.report.page import ReportInput, article_page, listed_and_kept_apart

PAGES_FOLDER = "articles"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME = 100


class ReportError(Exception):
    """The report cannot be written where it was asked to go."""


@dataclass(frozen=True)
class WrittenReport:
    index: Path | None  # None for a single-page report
    pages: list[Path]


def is_single_page(output: Path) -> bool:
    return output.suffix.lower() in (".html", ".htm")


def write_report(
    items: Sequence[ReportInput],
    output: Path,
    *,
    corpus_findings: Sequence[Finding] = (),
    overwrite: bool = False,
    title: str = "newsclaims report",
    compared: int | None = None,
    show_info: bool = False,
) -> WrittenReport:
    """A single page when `output` ends in .html (one article only), else a folder with an index.
    `compared`: how many figures given by two sources or more the check across articles compared (the index
    says so when none disagree, rather than that sources agree). Info findings are counted and kept behind a
    toggle in each page unless `show_info` lists them with the others."""
    if is_single_page(output):
        if len(items) != 1:
            raise ReportError(
                f"{output}: a single .html page holds one article, and the input has {len(items)}; "
                "give a folder for -o to get an index and a page per article"
            )
        _refuse_overwrite(output, overwrite)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(render_article(article_page(items[0], show_info=show_info)), encoding="utf-8")
        return WrittenReport(index=None, pages=[output])
    index_path = output / "index.html"
    _refuse_overwrite(index_path, overwrite)
    ids = [item.result.article.id for item in items]
    if len(set(ids)) != len(ids):  # one page per id: a second record would overwrite the first's page
        twice = sorted({article_id for article_id in ids if ids.count(article_id) > 1})
        raise ReportError(f"records share an id ({', '.join(twice)}): give each its own (see unique_ids)")
    names = page_names(ids)
    results = [item.result for item in items]
    listed_across, _ = listed_and_kept_apart(list(corpus_findings), show_info)  # the index keeps the rest
    (output / PAGES_FOLDER).mkdir(parents=True, exist_ok=True)
    pages = []
    for item in items:
        article_id = item.result.article.id
        beside = {**names, article_id: ""}  # the other pages sit in the same folder; '' is this page
        across = corpus_views(results, listed_across, beside, only=article_id)
        page = article_page(item, show_info=show_info)
        path = output / PAGES_FOLDER / names[article_id]
        path.write_text(render_article(page, index_href="../index.html", across=across), encoding="utf-8")
        pages.append(path)
    hrefs = {article_id: f"{PAGES_FOLDER}/{name}" for article_id, name in names.items()}
    headlines = {item.result.article.id: headline(item.result, item.text) for item in items}
    index = index_view(
        results, hrefs, list(corpus_findings), headlines=headlines, compared=compared, show_info=show_info
    )
    index_path.write_text(render_index(index, title=title), encoding="utf-8")
    return WrittenReport(index=index_path, pages=pages)


DUPLICATE_MARK = "~"


def unique_ids(items: Sequence[ReportInput]) -> tuple[list[ReportInput], list[str]]:
    """The items with every article id unique: a second record with id `a` becomes `a~2` (a third `a~3`),
    and one sentence per renamed record saying so. Two records of one id (an article extracted twice,
    `a.txt` and `a.jsonl` in one folder) would otherwise share a page, the second overwriting the first.

    >>> from newsclaims.models import ArticleMeta, ArticleResult
    >>> def item(article_id):
    ...     meta = ArticleMeta(id=article_id, source=None, sha256=None, published=None, title=None, chars=None)
    ...     return ReportInput(ArticleResult(status="ok", article=meta), None)
    >>> renamed, notes = unique_ids([item("a"), item("a~2"), item("a"), item("b")])
    >>> [i.result.article.id for i in renamed], notes
    (['a', 'a~2', 'a~3', 'b'], ["a second record with id 'a' is shown as 'a~3'"])
    """
    taken = {item.result.article.id for item in items}
    seen: set[str] = set()
    renamed, notes = [], []
    for item in items:
        article_id = item.result.article.id
        if article_id in seen:
            n = 2
            while f"{article_id}{DUPLICATE_MARK}{n}" in taken:
                n += 1
            new_id = f"{article_id}{DUPLICATE_MARK}{n}"
            taken.add(new_id)
            meta = item.result.article.model_copy(update={"id": new_id})
            item = replace(item, result=item.result.model_copy(update={"article": meta}))
            notes.append(f"a second record with id {article_id!r} is shown as {new_id!r}")
        seen.add(item.result.article.id)
        renamed.append(item)
    return renamed, notes


def page_names(article_ids: Sequence[str]) -> dict[str, str]:
    """A file name per article id: safe characters only, unique even on a case-insensitive disk.

    >>> page_names(["wires/a b", "wires/A_b", "../x"])
    {'wires/a b': 'wires_a_b.html', 'wires/A_b': 'wires_A_b-2.html', '../x': 'x.html'}
    """
    names: dict[str, str] = {}
    taken: set[str] = set()
    for article_id in article_ids:
        if article_id in names:
            continue
        stem = _UNSAFE.sub("_", article_id).strip("._")[:_MAX_NAME] or "article"
        name, n = stem, 1
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name.lower())
        names[article_id] = f"{name}.html"
    return names


def _refuse_overwrite(path: Path, overwrite: bool) -> None:
    if path.exists() and not overwrite:
        raise ReportError(f"{path} exists; pass --force to overwrite it")
