"""How findings put things in words: the kinds of figures, lists, counts and places in an article.

A finding's message is read by a journalist, not a programmer: 'one is a loan, the other spending', 'stated
twice (sentences 2 and 5)', never 'a spending' or 'repeats' for a figure given once. Organization ids become
names in `view.ArticleView.in_words`.
"""

import math
import re
from collections.abc import Sequence

from newsclaims.models import Claim

# kind (models.ClaimKind) -> (one figure of it, figures of it): 'one is a loan, the other spending'; 'both
# are loans'. Keep in sync with ClaimKind (a test checks every kind has words).
KIND_WORDS: dict[str, tuple[str, str]] = {
    "loan": ("a loan", "loans"),
    "debt": ("debt", "debt"),
    "investment": ("an investment", "investments"),
    "funding": ("funding", "funding"),
    "stake": ("a stake", "stakes"),
    "valuation": ("a valuation", "valuations"),
    "market_cap": ("a market value", "market values"),
    "revenue": ("revenue", "revenue"),
    "profit": ("profit", "profit"),
    "deal": ("a deal", "deals"),
    "price": ("a price", "prices"),
    "fine": ("a fine", "fines"),
    "spending": ("spending", "spending"),
    "rate": ("a rate", "rates"),
    "other": ("another figure", "figures"),
}


def kind_word(kind: str, *, both: bool = False) -> str:
    """'a loan', 'spending'; with `both`, the plural: 'loans'.

    >>> kind_word("spending"), kind_word("loan", both=True), kind_word("market_cap")
    ('spending', 'loans', 'a market value')
    """
    one, many = KIND_WORDS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
    return many if both else one


def measure(claim: Claim) -> str:
    """What a claim's figure measures, in words: its attribute key ('stake' for 'owns', 'hold' and 'a 13%
    stake'; 'bridge loan' for 'unsecured bridge loan'), else its attribute, else its kind.

    >>> from newsclaims.models import Claim
    >>> def claim(attribute, key, kind):
    ...     return Claim(id="c1", mention="m1", subject=None, object=None, attribute=attribute, attribute_key=key,
    ...                  kind=kind, time=None, certainty="asserted", attribution=None, sentence_text="")
    >>> [measure(claim(*row)) for row in (("owns", "stake", "stake"), ("NOTES", None, "debt"), (None, None, "debt"))]
    ['stake', 'notes', 'debt']
    """
    if claim.attribute_key:
        return claim.attribute_key.replace("_", " ")
    if claim.attribute:
        return claim.attribute.lower()
    return kind_word(claim.kind).removeprefix("a ").removeprefix("an ")


def kinds_differ(a: str, b: str) -> str:
    """Why two figures are two quantities, in words: 'one is a loan, the other spending'."""
    return f"one is {kind_word(a)}, the other {kind_word(b)}"


def listed(items: Sequence[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'.

    >>> listed(["1"]), listed(["1", "2"]), listed(["1", "2", "3"]), listed(["x", "y"], "or")
    ('1', '1 and 2', '1, 2 and 3', 'x or y')
    """
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def times(count: int) -> str:
    """'once', 'twice', '3 times'.

    >>> times(1), times(2), times(5)
    ('once', 'twice', '5 times')
    """
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def sentences(indexes: Sequence[int]) -> str:
    """Where in an article, counted from 1 as a reader counts (the record's sentence indexes count from 0; a
    headline is sentence 1).

    >>> sentences([4]), sentences([1, 4, 1]), sentences([0, 2, 7])
    ('sentence 5', 'sentences 2 and 5', 'sentences 1, 3 and 8')
    """
    numbers = sorted(set(indexes))
    word = "sentence" if len(numbers) == 1 else "sentences"
    return f"{word} {listed([str(n + 1) for n in numbers])}"


def money_in_words(value: float) -> str:
    """An amount the way a newsroom writes it, without its currency: '7 billion', '3.14 million', '12,500'.

    >>> money_in_words(7e9), money_in_words(3_140_000), money_in_words(12_500.0)
    ('7 billion', '3.14 million', '12,500')
    """
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.4g} {word}"
    return f"{value:,.6g}"


def number_in_words(value: float, digits: int = 4) -> str:
    """A number to `digits` significant digits without exponent notation: '8.824 million', '0.0000001'.

    >>> number_in_words(8_824_000), number_in_words(1e-7), number_in_words(0.6123), number_in_words(1234.56)
    ('8.824 million', '0.0000001', '0.6123', '1,235')
    """
    if value == 0 or abs(value) >= 1e6:
        return money_in_words(value)
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# 'said on Tuesday it had raised $200 million': reported speech puts the new money in the past perfect; the
# words before such a figure do not make it an earlier amount
REPORTED_PAST_PERFECT = re.compile(r"\bsaid\b[^.;]{0,40}\b(?:it|they|he|she|the\s+\w+)\s+had\s+\w+[^.;]{0,30}$")
