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


def kind_of(key: str | None, *, per: str | None = None, percent: str | None = None) -> str:
    """The kind for an attribute key ('bridge_loan' -> 'loan'); 'other' when no word of it says.

    `per` is a money value's unit ('share'): an amount per share, barrel or ounce is a price unless the key
    says a profit (a dividend, earnings per share) or, per barrel or ounce, a revenue. `percent` is a percent
    value's kind: a percent level of a loan or bond is its rate; percentage points of nothing named are a rate
    move."""
    kind = _by_key(key)
    if per and not percent:
        from newsclaims.pipeline.claims.words import word_set

        if per in word_set("price_units") and kind not in ("profit", "revenue"):
            return "price"
        if per == "share" and kind == "revenue":
            return "price"  # 'agreed to sell their shares to X for 135 dlrs a share': a sale's price per share
    if percent == "level" and kind in ("loan", "debt"):
        return "rate"
    if percent == "points" and kind == "other":
        return "rate"
    return kind


def _by_key(key: str | None) -> str:
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
        for kind, vocabulary in _kind_words():  # one-word compounds: 'euroloan', 'eurobond', 'writedown'
            if any(len(v) >= 4 and "_" not in v and words[-1].endswith(v) for v in vocabulary):
                return kind
    return "other"
