"""The kind of a claim, from a small taxonomy kept in `rules/claims.json` (`kinds`, in order):

loan, debt, investment, funding, stake, valuation, market_cap, revenue, profit, deal, price, fine,
spending, rate, other. The key's last word decides first ('bridge_loan' -> loan, 'loan_fee' -> spending),
then a whole-key phrase, then any word of the key. An amount per share with no other kind is a price.
"""

from functools import cache


@cache
def _kind_words() -> tuple[tuple[str, frozenset[str]], ...]:
    from newsclaims.pipeline.claims.words import table

    return tuple((kind, frozenset(words)) for kind, words in table()["kinds"])


def kinds() -> tuple[str, ...]:
    """Every kind, in the order they are tried, and 'other'."""
    return (*(kind for kind, _ in _kind_words()), "other")


def kind_of(key: str | None, *, per: str | None = None, percent: bool = False) -> str:
    """The kind for an attribute key ('bridge_loan' -> 'loan'); 'other' when no word of it says."""
    if key:
        words = key.split("_")
        for candidate in (key, words[-1]):
            for kind, vocabulary in _kind_words():
                if candidate in vocabulary:
                    return kind
        for word in reversed(words[:-1]):
            for kind, vocabulary in _kind_words():
                if word in vocabulary:
                    return kind
    if per == "share" and not percent:
        return "price"
    return "other"
