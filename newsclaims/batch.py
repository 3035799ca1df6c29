"""Many articles through one pipeline: batched with `nlp.pipe`, results in input order, errors kept.

One record per input article, always: an article that could not be read keeps its error record, and an
article the pipeline fails on gets a `pipeline_error` record while the rest of its batch goes on.

No article may hold a batch hostage (issue 18): with `article_timeout`, an article still in the pipeline or
the checks after that many seconds is stopped and gets a `timeout` error record, and the rest of the batch
goes on, in order, through a fresh `nlp.pipe`. The budget is a real-time alarm (SIGALRM) raised inside
whatever Python code is running, so it works in the thread that owns signals (this process with --jobs 1,
and each worker process of a pool); elsewhere (a Dask worker's threads) articles run without a budget. An
article's time runs from asking for its Doc until its record is built, so the model's batched layers count
against the first article of each batch. A stall inside one C call (no Python code between) is only stopped
when the call returns; the rules keep their regular expressions free of backtracking for that reason.
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from newsclaims.check import check_article
from newsclaims.io.readers import ArticleInput
from newsclaims.models import ArticleMeta, ArticleResult, ErrorRecord, text_sha256

if TYPE_CHECKING:  # spaCy is imported where a pipeline runs, not by the commands that only read records
    from spacy.language import Language

DEFAULT_BATCH_SIZE = 32
DEFAULT_ARTICLE_TIMEOUT = 60.0  # seconds; a 2,000,000-character article of ordinary news takes well under it


class ArticleTimeout(BaseException):
    """Raised inside an article's processing when its time budget is spent. A BaseException, so that no
    `except Exception` on the way (a rule's own fallback, the batch's retry) can swallow it."""


def extract_articles(
    articles: Iterable[ArticleInput],
    nlp: Language,
    *,
    published: dt.date | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    aliases: Mapping[str, str] | None = None,
    article_timeout: float | None = None,
    on_article: Callable[[ArticleInput], None] | None = None,
) -> Iterator[ArticleResult]:
    """One `ArticleResult` per input, in input order, streaming (memory holds one batch). `aliases` (see
    `io.aliases`) gives one org_id to the names a user says are one organization. `article_timeout` (seconds)
    gives each article a time budget: past it, the article gets a `timeout` error record; `on_article` is
    then told of each article as its time starts (a pool's supervisor watches for workers the alarm cannot
    stop)."""
    iterator = iter(articles)
    context = _Context(published, aliases, article_timeout, on_article)
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
    article_timeout: float | None = None
    on_article: Callable[[ArticleInput], None] | None = None


def _process(articles: list[ArticleInput], nlp: Language, context: _Context) -> list[ArticleResult]:
    if context.article_timeout is not None and _can_time():
        return _process_timed(articles, nlp, context, context.article_timeout)
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


def _process_timed(
    articles: list[ArticleInput], nlp: Language, context: _Context, seconds: float
) -> list[ArticleResult]:
    """`_process` with a time budget per article: an article past it gets a `timeout` record, and the
    articles after it go through a new `nlp.pipe` (the stopped one is dead), in order."""
    results: list[ArticleResult] = []
    remaining = articles
    while remaining:
        docs = nlp.pipe(article.text for article in remaining)
        done = 0
        try:
            for article in remaining:
                if context.on_article is not None:
                    context.on_article(article)
                with _budget(seconds):
                    result = _result(next(docs), article, context)
                results.append(result)
                done += 1
        except ArticleTimeout:
            results.append(timeout_result(remaining[done], seconds))
            done += 1
        except Exception:  # as `_process`: one bad article must not sink the rest; find it one by one
            for article in remaining[done:]:
                if context.on_article is not None:
                    context.on_article(article)
                try:
                    with _budget(seconds):
                        result = _process_one(article, nlp, context)
                except ArticleTimeout:
                    result = timeout_result(article, seconds)
                results.append(result)
            done = len(remaining)
        remaining = remaining[done:]
    return results


def timeout_result(article: ArticleInput, seconds: float) -> ArticleResult:
    """The record of an article stopped after its time budget (`--article-timeout`)."""
    message = f"{article.source or article.id}: stopped after {seconds:g} s (--article-timeout)"
    return failure_result(article, ErrorRecord(code="timeout", message=message))


def _can_time() -> bool:
    """Whether this thread can take an alarm: only the main thread of a process receives signals."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise `ArticleTimeout` in this thread when the block runs longer than `seconds`."""

    def expire(signum, frame):
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
        text=article.text,  # what the Doc was made of: the tokenizer keeps every character (`ChunkedTokenizer` too)
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
