"""The library entry points behind `newsclaims.extract` and `newsclaims.load_pipeline` (they load spaCy)."""

import datetime as dt
from collections.abc import Mapping
from functools import cache

from spacy.language import Language

from newsclaims.check import check_article
from newsclaims.io.readers import DEFAULT_MAX_CHARS
from newsclaims.models import ArticleResult
from newsclaims.pipeline.article import build_result
from newsclaims.pipeline.model import allow_length
from newsclaims.pipeline.model import load_pipeline as _load_pipeline

__all__ = ["extract", "load_pipeline"]


@cache
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline newsclaims uses (loaded once per process and model name), allowed articles up to
    the readers' size limit (spaCy's own cap is 1,000,000 characters)."""
    return allow_length(_load_pipeline(model), DEFAULT_MAX_CHARS)


def extract(
    text: str,
    published: dt.date | str | None = None,
    *,
    article_id: str = "text",
    nlp: Language | None = None,
    aliases: Mapping[str, str] | None = None,
) -> ArticleResult:
    """Every money, percent, date and organization mention of `text`, normalized, as one output record.

    `published` (a date or an ISO string) is recorded and anchors relative dates; without it, a dateline or
    date line at the top of the text does. `nlp` defaults to `load_pipeline()`; pass your own pipeline that
    contains the `newsclaims` component to reuse it. `aliases` (see `newsclaims.io.aliases`) gives one
    `org_id` to names the user says are one organization. `findings` holds what `check_article` finds.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    pipeline = nlp or load_pipeline()
    result = build_result(pipeline(text), article_id=article_id, published=published, aliases=aliases)
    result.findings = check_article(result)
    return result
