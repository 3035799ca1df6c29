"""Currency conflicts: the same figure of the same quantity given in two currencies.

"a €25 billion term loan" in one paragraph and "the $25 billion term loan" in the next. The same written
amount in two known currencies is rarely a coincidence of two quantities, and it is never a conversion
(a conversion changes the number), so the pair is flagged; the claims' identity sets the confidence.
A currency the text leaves to context or assumes ('$' read as USD) is weaker evidence than a named one.
"""

import re
from collections.abc import Iterator
from functools import cache

from newsclaims.check.flag import Flag, how_often, odd_one_out, quote, severity_for
from newsclaims.check.identity import identity
from newsclaims.check.pairs import keyed_pairs
from newsclaims.check.quantities import Quantity
from newsclaims.check.view import ArticleView
from newsclaims.tables import load_table

_DOLLARS = frozenset(load_table("currencies")["explicit_dollar_codes"])


def _read_from_context(q) -> bool:
    """Whether the figure's currency was inferred from the article's dateline, not written."""
    return getattr(q.mention.value, "currency_basis", None) == "context"


def _dollar_by_inference(q) -> bool:
    """Whether the figure is written as a dollar ('$', 'dlrs') whose country the dateline decided; not 'pesos'
    under a MONTERREY dateline, a currency of its own that the dateline only tells apart from other pesos."""
    return _read_from_context(q) and bool(_DOLLAR_WORD.search(q.mention.text))


_DOLLAR_WORD = re.compile(r"\$|\bdlrs?\b|\bdollars?\b", re.IGNORECASE)


def currency_conflicts(article: ArticleView) -> Iterator[Flag]:
    """A flag per pair of equal amounts in different currencies that look like one quantity."""
    quantities = article.quantities
    money = [q for q in quantities if q.type == "money" and q.value and q.currency]
    # only equal amounts of one unit in two currencies can be one quantity (issue 18: no quadratic pairing)
    for a, b in keyed_pairs(money, key=lambda q: (q.value, q.per), differ=lambda q: q.currency):
        if (_dollar_by_inference(a) or _dollar_by_inference(b)) and {a.currency, b.currency} <= _DOLLARS:
            # 'dlrs' under a TORONTO dateline is CAD by inference only: beside '6.3 mln U.S. dlrs' the
            # same figure in bare 'dlrs' is most likely the same currency, not a second one
            continue
        same = identity(a, b)
        if not same.comparable or _both_named(article, a.currency, b.currency) or _in_apposition(a, b):
            continue
        confidence = 0.6 + 0.4 * same.score
        confidence = round(min(confidence, 0.95), 2)
        severity = severity_for(confidence, error=0.75, warning=0.55, info=0.3)
        if severity is None:
            continue
        observed, expected = odd_one_out(a, b, money)
        message = f"{quote(a)} ({a.currency}) and {quote(b)} ({b.currency}) are the same amount in two currencies"
        if same.reasons:
            message += f"; {'; '.join(same.reasons)}"
        if expected is not None and observed is not None:
            message += f"; {how_often(observed, expected, money)}"
        # every copy of the two ('R4.2-billion' in the headline and the lead, '$4.2-billion' below): one finding
        copies = {
            q.id: q for q in money if q.value == a.value and q.per == a.per and q.currency in (a.currency, b.currency)
        }
        yield Flag(
            check="currency_conflict",
            severity=severity,
            cites=tuple(sorted({**copies, a.id: a, b.id: b}.values(), key=lambda q: q.mention.start)),
            message=message + ".",
            observed=observed.value if observed else None,
            expected=expected.value if expected else None,
            confidence=confidence,
        )


_APPOSITION = re.compile(r"^\s*(?:,|\(|--?|\u2013|\u2014)\s*(?:or\s+|about\s+|some\s+|over\s+|nearly\s+|around\s+)?$")


def _in_apposition(a: Quantity, b: Quantity) -> bool:
    """Whether one amount restates the other right after it ('some two billion ECU, over two billion dlrs', '€500m
    ($540m)'): a conversion, which `conversion` judges, not one amount in two currencies."""
    if a.sentence != b.sentence:
        return False
    first, second = sorted((a, b), key=lambda q: q.mention.start)
    between = second.before[len(first.before) + len(first.mention.text) :]
    return bool(_APPOSITION.match(between))


def _both_named(article: ArticleView, one: str | None, other: str | None) -> bool:
    """Whether the article names the two currencies side by side ('selling bonds in both U.S. dollars and
    euros', 'dollar and euro notes'): it then tells of two sums, one in each, not one sum in two currencies."""
    if one is None or other is None:
        return False
    pattern = _side_by_side(*sorted((one, other)))
    if pattern is None:
        return False
    sentences = {q.claim.sentence_text for q in article.quantities} | {article.result.article.title or ""}
    return any(pattern.search(sentence) for sentence in sentences)


@cache
def _side_by_side(one: str, other: str) -> re.Pattern[str] | None:
    names = {code: _currency_words(code) for code in (one, other)}
    if not all(names.values()):
        return None
    a, b = ("|".join(sorted(map(re.escape, names[code]), key=len, reverse=True)) for code in (one, other))
    joined = r"(?:-?\s*(?:denominated\s+)?)?(?:,)?\s+(?:and|or|as\s+well\s+as|plus)\s+"
    return re.compile(rf"\b(?:{a}){joined}(?:{b})\b|\b(?:{b}){joined}(?:{a})\b", re.IGNORECASE)


def _currency_words(code: str) -> list[str]:
    """The words that name a currency ('euros', 'U.S. dollars', 'dlrs' for any dollar), singular and plural."""
    suffix = load_table("currencies")["suffix"]
    words = [w for w, c in suffix.items() if c == code or (c == "$" and code in _DOLLARS)]
    return [w for w in words if w[:1].isalpha()]
