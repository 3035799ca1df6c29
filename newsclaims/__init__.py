"""newsclaims: structured, checkable claims about money, stakes and dates from news articles.

>>> import newsclaims
>>> result = newsclaims.extract("Acme raised up to $40 billion.", nlp=newsclaims.load_pipeline("blank:en"))
>>> mention = result.mentions[0]
>>> mention.text, mention.value.amount, mention.value.qualifier
('up to $40 billion', 40000000000.0, 'at_most')
"""

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = [
    "ArticleResult",
    "NotProcessedError",
    "__version__",
    "check_article",
    "extract",
    "extract_many",
    "from_doc",
    "load_pipeline",
]

# Imported on first use, so that reading, checking and showing records (`newsclaims.check`,
# `newsclaims.report`, `newsclaims show`) never pay for loading spaCy.
_LAZY = {
    "extract": "newsclaims.api",
    "extract_many": "newsclaims.api",
    "from_doc": "newsclaims.api",
    "load_pipeline": "newsclaims.api",
    "NotProcessedError": "newsclaims.api",
    "check_article": "newsclaims.check",
    "ArticleResult": "newsclaims.models",
}

if TYPE_CHECKING:
    from newsclaims.api import NotProcessedError, extract, extract_many, from_doc, load_pipeline
    from newsclaims.check import check_article
    from newsclaims.models import ArticleResult


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsclaims' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
