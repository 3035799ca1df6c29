"""Turn a processed Doc into the per-article record of the output contract."""

import datetime as dt
import hashlib
from bisect import bisect_right

from spacy.tokens import Doc

from newsclaims.models import ArticleMeta, ArticleResult, MoneyMention, PercentMention
from newsclaims.pipeline.quantities import Quantity

_MENTION_MODELS = {"money": MoneyMention, "percent": PercentMention}


def text_sha256(text: str) -> str:
    """SHA-256 of the text as UTF-8: the article's identity for --resume and for joins downstream."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_result(
    doc: Doc,
    *,
    article_id: str,
    source: str | None = None,
    published: dt.date | None = None,
    published_source: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
) -> ArticleResult:
    """The `ArticleResult` of a Doc that went through the `newsclaims` component.

    `published_source` says where `published` came from ("given" or "input"); it defaults to "given" when
    a date is passed.
    """
    if published is not None and published_source is None:
        published_source = "given"
    quantities: list[Quantity] = doc._.newsclaims_quantities or []
    sentence_starts = _sentence_starts(doc)
    mentions = [
        _MENTION_MODELS[q.type](
            id=f"m{number}",
            type=q.type,
            text=q.text,
            start=q.start,
            end=q.end,
            sentence=max(0, bisect_right(sentence_starts, q.start) - 1),
            value=q.value,
        )
        for number, q in enumerate(quantities, start=1)
    ]
    meta = ArticleMeta(
        id=article_id,
        source=source,
        sha256=text_sha256(doc.text),
        published=published,
        published_source=published_source,
        title=title,
        chars=len(doc.text),
        encoding=encoding,
    )
    return ArticleResult(status="ok", article=meta, mentions=mentions)


def _sentence_starts(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START"):
        return [0]
    return [sentence.start_char for sentence in doc.sents]
