"""Read the article's dateline ('TORONTO, March 3 (Reuters) - ...') for what a bare '$' or 'pesos' means."""

import re

from newsclaims.pipeline.money import CurrencyContext
from newsclaims.pipeline.rules import load_table

# A wire dateline opens the article: a city in capitals, an optional date, an optional agency in
# parentheses, then a dash. Only the first 200 characters are read: a dateline is never further in.
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'-]{1,40}?)(?:,\s*[A-Z][A-Za-z.]*\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s"
)


def dateline_city(text: str) -> str | None:
    """The city of the dateline that opens `text`, in capitals, or None.

    >>> dateline_city("TORONTO, March 3 (Newswire) - Shares rose.")
    'TORONTO'
    >>> dateline_city("HONG KONG (Reuters) - Shares rose.")
    'HONG KONG'
    >>> dateline_city("Shares rose in Toronto.") is None
    True
    """
    match = _DATELINE.match(text[:200])
    return match.group("city").strip() if match else None


def currency_context(text: str) -> CurrencyContext:
    """The article's local currency from its dateline city (`rules/dateline_currencies.json`), if any.

    >>> currency_context("TORONTO, March 3 (Newswire) - Shares rose.").local
    'CAD'
    >>> currency_context("Shares rose.").local is None
    True
    """
    city = dateline_city(text)
    return CurrencyContext(local=load_table("dateline_currencies")["cities"].get(city) if city else None)
