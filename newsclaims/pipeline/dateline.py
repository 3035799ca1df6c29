"""Read the article's dateline ('TORONTO, March 3 (Reuters) - ...') for what a bare '$' or 'pesos' means."""

import re
from functools import lru_cache

from newsclaims.pipeline.quantities.lexicon import named_family_members
from newsclaims.pipeline.quantities.money import CurrencyContext
from newsclaims.tables import load_table

# A wire dateline opens the article's first paragraph: a city in capitals, an optional date, an optional
# agency in parentheses, then a dash. A headline line may come before it (wire copy), so the first few
# lines are tried; a dateline is never further in.
DATELINE_LINES = 3
OPENING_CHARS = 1000  # a dateline is in the first 1,000 characters
# A US wire dateline names the state between the city and the date ('HICKSVILLE, N.Y., March 20 -', 'TAMPA, Fla.,
# ...'): an abbreviation with a point, or two capitals.
_STATE = r"(?:,\s*(?:[A-Z][A-Za-z.]{0,7}\.|[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)(?=,|\s+[A-Za-z]{3,}\.?\s+\d))?"
# 'MONTERREY, Mexico - ...', 'GUADALAJARA, Mexico — ...': the country after the city, up to the dash
_COUNTRY = r"(?:,\s*(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?=\s*[-–—(,]))?"
_DATELINE = re.compile(
    rf"^\s*(?P<city>[A-Z][A-Z .'-]{{1,40}}?){_STATE}{_COUNTRY}"
    r"(?:,?\s*(?:[A-Z][a-z]+,?\s+)?[A-Za-z][A-Za-z.]*\s+\d{1,2}(?:,\s*\d{4})?,?)?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s"
)


def dateline_city(text: str) -> str | None:
    """The city of the dateline that opens `text`, in capitals, or None.

    >>> dateline_city("TORONTO, March 3 (Newswire) - Shares rose.")
    'TORONTO'
    >>> dateline_city("HONG KONG (Reuters) - Shares rose.")
    'HONG KONG'
    >>> dateline_city("FIRM SELLS UNIT\\n\\nMANILA, March 2 - Shares rose.")
    'MANILA'
    >>> dateline_city("FRANKFURT, Tuesday March 10, 2026 (Newswire) - Shares rose.")
    'FRANKFURT'
    >>> dateline_city("HICKSVILLE, N.Y., March 20 - Shares rose.")
    'HICKSVILLE'
    >>> dateline_city("Shares rose in Toronto.") is None
    True
    """
    return _dateline_city(text[:OPENING_CHARS])


# Both read only the opening of the text, asked for by many rules per article: kept per opening (a few articles' worth).
@lru_cache(maxsize=64)
def _dateline_city(opening: str) -> str | None:
    lines = [line for line in opening.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = _DATELINE.match(line[:200])
        if match:
            return match.group("city").strip()
    return None


def dateline_end(text: str) -> int:
    """The offset where the dateline that opens `text` ends (after its dash), or 0 without one.

    >>> text = "TORONTO, March 3 (Newswire) - Shares rose."
    >>> text[dateline_end(text):]
    'Shares rose.'
    """
    return _dateline_end(text[:OPENING_CHARS])


@lru_cache(maxsize=64)
def _dateline_end(opening: str) -> int:
    offset = 0
    for line in opening.splitlines(keepends=True)[: DATELINE_LINES * 2]:
        if line.strip():
            match = _DATELINE.match(line[:200])
            if match:
                return offset + match.end()
        offset += len(line)
    return 0


def currency_context(text: str) -> CurrencyContext:
    """What the article says about ambiguous currencies: its dateline city's currency
    (`rules/dateline_currencies.json`) and the members of ambiguous families it names ('Swiss francs'
    makes a later bare 'francs' CHF).

    >>> currency_context("TORONTO, March 3 (Newswire) - Shares rose.").local
    'CAD'
    >>> currency_context("Shares rose.").local is None
    True
    """
    table = load_table("dateline_currencies")
    city, country = _dateline_place(text)
    local = table["cities"].get(city) if city else None
    if local is None and country:
        local = table["countries"].get(country)  # 'MONTERREY, Mexico - ... 1.5 billion pesos': MXN
    return CurrencyContext(local=local, named=named_family_members(text))


def _dateline_place(text: str) -> tuple[str | None, str | None]:
    """(city, country) of the dateline that opens `text`; the country only where the dateline names one.

    >>> _dateline_place("MONTERREY, Mexico - Shares rose.")
    ('MONTERREY', 'Mexico')
    """
    lines = [line for line in text[:1000].splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = _DATELINE.match(line[:200])
        if match:
            return match.group("city").strip(), match.group("country")
    return None, None
