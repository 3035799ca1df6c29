"""Many articles through one pipeline: batched with `nlp.pipe`, results in input order, errors kept.

One record per input article, always: an article that could not be read keeps its error record, and an
article the pipeline fails on gets a `pipeline_error` record while the rest of its batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from newsclaims.check import check_article
from newsclaims.io.readers import ArticleInput
from newsclaims.models import ArticleMeta, ArticleResult, ErrorRecord, text_sha256

if TYPE_CHECKING:  # spaCy is imported where a pipeline runs, not by the commands that only read records
    from spacy.language import Language

DEFAULT_BATCH_SIZE = 32


def extract_articles(
    articles: Iterable[ArticleInput],
    nlp: Language,
    *,
    published: dt.date | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    aliases: Mapping[str, str] | None = None,
) -> Iterator[ArticleResult]:
    """One `ArticleResult` per input, in input order, streaming (memory holds one batch). `aliases` (see
    `io.aliases`) gives one org_id to the names a user says are one organization."""
    iterator = iter(articles)
    context = _Context(published, aliases)
    while batch := list(islice(iterator, batch_size)):
        readable = [article for article in batch if article.text is not None]
        processed = dict(zip((id(a) for a in readable), _process(readable, nlp, context), strict=True))
        for article in batch:
            yield processed[id(article)] if article.text is not None else failure_result(article)


def failure_result(article: ArticleInput, error: ErrorRecord | None = None) -> ArticleResult:
    """The record of an article that could not be processed."""
    error = error or article.error
    text = article.text
    published, published_source = publication(article, None)
    meta = ArticleMeta(
        id=article.id,
        source=article.source,
        sha256=text_sha256(text) if text is not None else None,
        published=published,
        published_source=published_source,
        title=article.title,
        chars=len(text) if text is not None else None,
        encoding=article.encoding,
    )
    status = article.status if article.status != "ok" else "error"
    return ArticleResult(status=status, errors=[error] if error else [], article=meta)


@dataclass(frozen=True)
class _Context:
    """What every article of a run shares: the default publication date and the user's aliases."""

    published: dt.date | None
    aliases: Mapping[str, str] | None


def _process(articles: list[ArticleInput], nlp: Language, context: _Context) -> list[ArticleResult]:
    try:
        docs = list(nlp.pipe(article.text for article in articles))
    except Exception:  # one bad article must not sink its batch: retry one by one to find it
        return [_process_one(article, nlp, context) for article in articles]
    return [_result(doc, article, context) for doc, article in zip(docs, articles, strict=True)]


def _process_one(article: ArticleInput, nlp: Language, context: _Context) -> ArticleResult:
    try:
        return _result(nlp(article.text), article, context)
    except Exception as error:
        message = f"{article.source or article.id}: pipeline failed: {type(error).__name__}: {error}"
        return failure_result(article, ErrorRecord(code="pipeline_error", message=message))


def _result(doc, article: ArticleInput, context: _Context) -> ArticleResult:
    from newsclaims.pipeline.article import build_result  # spaCy's side, loaded with the first pipeline

    published, published_source = publication(article, context.published)
    result = build_result(
        doc,
        article_id=article.id,
        source=article.source,
        published=published,
        published_source=published_source,
        title=article.title,
        encoding=article.encoding,
        aliases=context.aliases,
    )
    result.findings = check_article(result)
    return result


def publication(article: ArticleInput, given: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The article's publication date and where it came from: the input's own date (an HTML date, a JSONL
    field) wins over `--published`, which is a default for articles that do not say; else none (the
    pipeline may still find a dateline in the text)."""
    if article.published is not None:
        return article.published, "input"
    if given is not None:
        return given, "given"
    return None, None
