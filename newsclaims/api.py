"""The library entry points behind `newsclaims.extract`, `extract_many`, `from_doc` and `load_pipeline` (they
load spaCy)."""

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.batch import DEFAULT_BATCH_SIZE, failure_result
from newsclaims.check import check_article
from newsclaims.io.readers import DEFAULT_MAX_CHARS, ArticleInput
from newsclaims.models import ArticleResult, ErrorRecord
from newsclaims.pipeline.article import build_result
from newsclaims.pipeline.doc_results import NotProcessedError
from newsclaims.pipeline.model import allow_length
from newsclaims.pipeline.model import load_pipeline as _load_pipeline

__all__ = ["NotProcessedError", "extract", "extract_many", "from_doc", "load_pipeline"]

DEFAULT_ARTICLE_ID = "text"


@cache
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline newsclaims uses (loaded once per process and model name), allowed articles up to
    the readers' size limit (spaCy's own cap is 1,000,000 characters)."""
    return allow_length(_load_pipeline(model), DEFAULT_MAX_CHARS)


def extract(
    text: str,
    published: dt.date | str | None = None,
    *,
    article_id: str = DEFAULT_ARTICLE_ID,
    nlp: Language | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ArticleResult:
    """Every money, percent, date and organization mention of `text`, normalized, as one output record.

    `published` (a date or an ISO string) is recorded and anchors relative dates; without it, a dateline or
    date line at the top of the text does. `nlp` defaults to `load_pipeline()`; pass your own pipeline that
    contains the `newsclaims` component to reuse it. `aliases` (see `newsclaims.io.aliases`) gives one
    `org_id` to names the user says are one organization. `findings` holds what `check_article` finds.
    """
    pipeline = nlp or load_pipeline()
    return from_doc(pipeline(text), article_id=article_id, published=published, aliases=aliases)


def from_doc(
    doc: Doc,
    *,
    article_id: str | None = None,
    published: dt.date | str | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ArticleResult:
    """The record of a Doc that went through the `newsclaims` component, in any pipeline: fresh from
    `nlp(text)` or `nlp.pipe(texts, n_process=N)`, or restored from `doc.to_bytes()` or a
    `DocBin(store_user_data=True)`. `NotProcessedError` (a ValueError) when the Doc carries no results of the
    component. `article_id` defaults to "text", as in `extract`; `published` and `aliases` as in `extract`.
    """
    result = build_result(doc, article_id=article_id or DEFAULT_ARTICLE_ID, published=_date(published), aliases=aliases)
    result.findings = check_article(result)
    return result


def extract_many(
    texts: Iterable[str] | Iterable[tuple[str, Any]],
    *,
    published: dt.date | str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    nlp: Language | None = None,
    aliases: Mapping[str, str] | None = None,
    as_tuples: bool = False,
) -> Iterator[ArticleResult] | Iterator[tuple[ArticleResult, Any]]:
    """One record per text, in input order, streaming, through `nlp.pipe(texts, batch_size=..., n_process=...)`.

    Records get the ids "text:1", "text:2", ... (the position in `texts`, from 1). `published` dates every
    text (for a date per text, run `nlp.pipe` yourself and call `from_doc` on each Doc). With `as_tuples`,
    as in spaCy's `nlp.pipe`, `texts` holds `(text, context)` pairs and `(record, context)` pairs come back;
    the context is yours, untouched (picklable when `n_process` > 1). A text that is not a string, or that is
    longer than the pipeline takes, gets an error record instead of stopping the stream.
    """
    pipeline = nlp or load_pipeline()
    anchor = _date(published)
    items = texts if as_tuples else ((text, None) for text in texts)

    def tagged() -> Iterator[tuple[str, tuple[int, Any, tuple[str, str] | None]]]:
        for number, (text, context) in enumerate(items, start=1):
            problem = _problem(text, pipeline)
            yield (text if problem is None and isinstance(text, str) else ""), (number, context, problem)

    docs = pipeline.pipe(tagged(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (number, context, problem) in docs:
        article_id = f"{DEFAULT_ARTICLE_ID}:{number}"
        if problem is None:
            result = from_doc(doc, article_id=article_id, published=anchor, aliases=aliases)
        else:
            error = ErrorRecord(code=problem[0], message=f"{article_id}: {problem[1]}")
            result = failure_result(ArticleInput(article_id, None, error=error, status="error"))
        yield (result, context) if as_tuples else result


def _problem(text: object, nlp: Language) -> tuple[str, str] | None:
    """Why `text` cannot go through the pipeline (an error code and message), or None."""
    if not isinstance(text, str):
        hint = " (pass as_tuples=True for (text, context) pairs)" if isinstance(text, tuple) else ""
        return "missing_text", f"not a text but {type(text).__name__}{hint}"
    if len(text) > nlp.max_length:
        return "too_large", f"longer than the pipeline's max_length {nlp.max_length:,}"
    return None


def _date(published: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(published) if isinstance(published, str) else published
