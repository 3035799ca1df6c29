"""Writing reports to disk: one page, or a folder with an index; never over a report without --force."""

import pytest

from newsclaims.report import ReportError, ReportInput, write_report
from newsclaims.report.site import page_names
from tests.report.page_parse import parse_page
from tests.report.records import TEXT, loan_record


def _items(*ids):
    return [ReportInput(loan_record(article_id=article_id), TEXT) for article_id in ids]


def test_one_article_to_one_page(tmp_path):
    written = write_report(_items("corran"), tmp_path / "out" / "corran.html")
    assert written.index is None and written.pages == [tmp_path / "out" / "corran.html"]
    page = parse_page(written.pages[0].read_text(encoding="utf-8"))
    assert page.by_id("f1") is not None and not [a for a in page.tags("a") if "index.html" in a.attrs["href"]]


def test_a_folder_gets_an_index_and_a_page_each(tmp_path):
    written = write_report(_items("wires/a", "wires/b"), tmp_path / "report")
    assert written.index == tmp_path / "report" / "index.html"
    assert sorted(p.name for p in (tmp_path / "report" / "articles").iterdir()) == ["wires_a.html", "wires_b.html"]
    back = [a.attrs["href"] for a in parse_page(written.pages[0].read_text(encoding="utf-8")).tags("a")]
    assert "../index.html" in back
    links = [a.attrs["href"] for a in parse_page(written.index.read_text(encoding="utf-8")).tags("a")]
    assert {"articles/wires_a.html", "articles/wires_b.html"} <= set(links)


def test_several_articles_do_not_fit_one_page(tmp_path):
    with pytest.raises(ReportError, match=r"a single \.html page holds one article, and the input has 2"):
        write_report(_items("a", "b"), tmp_path / "two.html")
    assert not (tmp_path / "two.html").exists()


@pytest.mark.parametrize("target", ["page.html", "folder"])
def test_an_existing_report_is_kept_unless_overwrite(tmp_path, target):
    output = tmp_path / target
    write_report(_items("a"), output)
    written = output if target.endswith(".html") else output / "index.html"
    written.write_text("mine", encoding="utf-8")
    with pytest.raises(ReportError, match="exists; pass --force"):
        write_report(_items("a"), output)
    assert written.read_text(encoding="utf-8") == "mine"
    write_report(_items("a"), output, overwrite=True)
    assert written.read_text(encoding="utf-8") != "mine"


@pytest.mark.parametrize(
    ("ids", "names"),
    [
        (["a/b", "a_b"], ["a_b.html", "a_b-2.html"]),  # two ids, one safe name
        (["Wire", "wire"], ["Wire.html", "wire-2.html"]),  # a case-insensitive disk
        (
            ["../../etc/passwd", "..", "x:3"],
            ["etc_passwd.html", "article.html", "x_3.html"],
        ),  # no way out of the folder
        (["é" * 300], ["article.html"]),
        (["n" * 300], ["n" * 100 + ".html"]),
    ],
)
def test_page_names_are_safe_and_unique(ids, names):
    assert list(page_names(ids).values()) == names


def test_an_article_page_lists_the_findings_across_articles_that_cite_it(tmp_path):
    items = _items("failed", "warned", "quiet")
    across = (
        items[0]
        .result.findings[0]
        .model_copy(update={"id": "f9", "check": "source_disagreement", "articles": ["failed", "warned"]})
    )
    written = write_report(items, tmp_path / "report", corpus_findings=[across])
    pages = {path.stem: parse_page(path.read_text(encoding="utf-8")) for path in written.pages}
    sources = [a.attrs["href"] for a in pages["failed"].tags("a") if a.attrs.get("data-where") in ("failed", "warned")]
    assert sources == ["#m2", "warned.html#m3"]  # this page's own mention, then the other source's
    assert pages["warned"].by_id("across-f9") is not None
    assert pages["quiet"].by_id("across-h") is None


def test_the_index_shows_each_articles_headline(tmp_path):
    titled = loan_record(article_id="titled")
    titled = titled.model_copy(update={"article": titled.article.model_copy(update={"title": "Aozora's bridge loan"})})
    items = [ReportInput(titled, TEXT), ReportInput(loan_record(article_id="untitled"), "\n\n" + TEXT)]
    written = write_report(items, tmp_path / "report")
    links = {a.attrs["href"]: a.text for a in parse_page(written.index.read_text(encoding="utf-8")).tags("a")}
    assert links["articles/titled.html"] == "Aozora's bridge loan"
    assert links["articles/untitled.html"] == TEXT.strip().splitlines()[0]


# (figures two sources give, what the index says when no finding compares articles)
ACROSS_WORDING = [
    (0, "Nothing to compare across articles"),
    (3, "3 figures given by two sources or more were compared"),
    (None, "No findings across articles."),
]


@pytest.mark.parametrize(("compared", "words"), ACROSS_WORDING)
def test_the_index_never_says_sources_agree_when_nothing_was_compared(tmp_path, compared, words):
    written = write_report(_items("a", "b"), tmp_path / "report", compared=compared)
    index = written.index.read_text(encoding="utf-8")
    assert words in index and "they agree" not in index
