"""Many articles through one pipeline: one record each, in input order, a failing article contained."""

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from newsclaims.batch import extract_articles
from newsclaims.io.readers import ArticleInput
from newsclaims.models import ErrorRecord


@Language.component("explode_on_boom")
def explode_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("component failed")
    return doc


def _pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("explode_on_boom")
    nlp.add_pipe("newsclaims")
    return nlp


def test_order_kept_and_failures_contained():
    articles = [
        ArticleInput("a", "a.txt", text="It raised $5 billion."),
        ArticleInput("bad", "bad.txt", error=ErrorRecord(code="binary", message="bad.txt: binary"), status="error"),
        ArticleInput("boom", "boom.txt", text="BOOM for 13%."),
        ArticleInput("empty", "empty.txt", error=ErrorRecord(code="empty", message="empty"), status="skipped"),
        ArticleInput("c", "c.txt", text="Shares rose 4%."),
    ]
    results = list(extract_articles(articles, _pipeline(), batch_size=2))
    assert [(r.article.id, r.status) for r in results] == [
        ("a", "ok"),
        ("bad", "error"),
        ("boom", "error"),
        ("empty", "skipped"),
        ("c", "ok"),
    ]
    assert results[2].errors[0].code == "pipeline_error" and "component failed" in results[2].errors[0].message
    assert results[2].article.sha256 is not None and results[2].article.chars == len("BOOM for 13%.")
    assert [m.text for m in results[4].mentions] == ["4%"]


GIVEN = dt.date(2026, 11, 26)
IN_INPUT = dt.date(2026, 10, 1)


@pytest.mark.parametrize(
    ("in_input", "given", "expected"),
    [
        pytest.param(IN_INPUT, GIVEN, (IN_INPUT, "input"), id="input-date-wins-over-given"),
        pytest.param(None, GIVEN, (GIVEN, "given"), id="given-when-input-has-none"),
        pytest.param(None, None, (None, None), id="neither"),
    ],
)
def test_publication_date_precedence(in_input, given, expected):
    article = ArticleInput(
        "a", "a.html", text="It raised $5 billion.", published=in_input, title="T", encoding="cp1252"
    )
    (result,) = extract_articles([article], _pipeline(), published=given)
    meta = result.article
    assert (meta.published, meta.published_source) == expected
    assert (meta.title, meta.encoding) == ("T", "cp1252")
