"""Normalize a money phrase: 'up to $400 billion' -> amount 4e11, high 4e11, USD, at_most."""

import math
import re
from dataclasses import dataclass, field

from newsclaims.models import MoneyValue
from newsclaims.pipeline.quantities.grammar import Amount, bounds, parse_phrase
from newsclaims.pipeline.quantities.lexicon import currency_words_in
from newsclaims.tables import load_table


@dataclass(frozen=True)
class CurrencyContext:
    """What the article says about ambiguous currency forms: its local currency, from a dateline.

    A bare '$' is USD unless the local currency is a dollar ('$' under TORONTO -> CAD); 'pesos' under
    MEXICO CITY are MXN. Which forms are ambiguous, and between what, is data (dateline_currencies.json).
    """

    local: str | None = None
    named: dict[str, str] = field(default_factory=dict)  # family -> the member the article names


DEFAULT_CONTEXT = CurrencyContext()
DOLLAR = "$"  # the dollar family in rules/currencies.json
FAMILY = "?"  # prefix of an ambiguous family in rules/currencies.json: '?pesos'


def parse_money(
    text: str, context: CurrencyContext = DEFAULT_CONTEXT, antecedent: MoneyValue | None = None
) -> MoneyValue | None:
    """The normalized value of a money phrase, or None when `text` is not money.

    `antecedent` is the amount an elliptical number refers back to ('946 mln dlrs from 148 mln'): when
    given, a phrase with no unit at all takes its currency.

    >>> parse_money("up to $400 billion").model_dump()
    {'amount': 400000000000.0, 'low': None, 'high': 400000000000.0, 'currency': 'USD', \
'qualifier': 'at_most', 'currency_basis': 'assumed', 'per': None}
    >>> parse_money("Rs 16,189 crore").amount
    161890000000.0
    >>> parse_money("in 2027") is None
    True
    >>> parse_money("148 mln", antecedent=parse_money("946 mln dlrs")).currency_basis
    'context'
    """
    phrase = parse_phrase(text)
    if phrase is None:
        return None
    amounts = phrase.amounts
    if any(a.percent_kind for a in amounts):
        return None
    if any(a.currency is None for a in amounts):
        if antecedent is None or any(a.currency is not None for a in amounts):
            return None
        currency, basis = antecedent.currency, "context" if antecedent.currency else None
    else:
        currency, basis = _currency(amounts[0].currency, context)
    amount, low, high, qualifier = bounds(phrase, [_major_units(a) for a in amounts])
    return MoneyValue(
        amount=amount, low=low, high=high, currency=currency, qualifier=qualifier, currency_basis=basis, per=None
    )


def money_of(amount: Amount, context: CurrencyContext = DEFAULT_CONTEXT) -> MoneyValue | None:
    """The exact money value of one amount read on its own ('1500 mln' of '1500 mln to 200 mln dlrs', with the
    unit written once), or None when it has no currency."""
    if amount.currency is None or amount.percent_kind is not None:
        return None
    currency, basis = _currency(amount.currency, context)
    return MoneyValue(
        amount=_major_units(amount), low=None, high=None, currency=currency, qualifier="exact", currency_basis=basis,
        per=None,
    )  # fmt: skip


def parse_vague_money(text: str, context: CurrencyContext = DEFAULT_CONTEXT) -> MoneyValue | None:
    """'millions of dollars', 'billion-dollar', 'multibillion-dollar': a lower bound and no amount.

    >>> value = parse_vague_money("billions of dollars")
    >>> value.amount, value.low, value.qualifier
    (None, 2000000000.0, 'at_least')
    >>> parse_vague_money("hundreds of millions of euros").low
    200000000.0
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    scales = load_table("scales")["words"]
    scale_word = next((w for w in words if w.rstrip("s") in scales or w.removeprefix("multi") in scales), None)
    currencies = currency_words_in(text)
    if scale_word is None or len(currencies) != 1:
        return None
    scale = scales.get(scale_word.rstrip("s"), scales.get(scale_word.removeprefix("multi")))
    # Plural 'billions' or 'multi-billion' means at least two; 'tens of' ten, 'hundreds of' a hundred.
    several = 2 if scale_word.endswith("s") or "multi" in text.lower() else 1
    several *= 10 if "tens of" in text.lower() else 100 if "hundreds of" in text.lower() else 1
    currency, basis = _currency(currencies[0], context)
    return MoneyValue(
        amount=None, low=float(several * scale), high=None, currency=currency, qualifier="at_least",
        currency_basis=basis, per=None,
    )  # fmt: skip


def _major_units(amount: Amount) -> float:
    value = amount.number * (amount.scale or 1.0) * (amount.minor or 1.0)
    # round() to an integer raises on infinity (a number of 309 digits or more); `bounds` gives it no value
    return float(round(value, 6)) if value < 1e6 or not math.isfinite(value) else float(round(value))


def _currency(code: str, context: CurrencyContext) -> tuple[str | None, str | None]:
    """ISO code and basis of a currency form's code: explicit, or an ambiguous one read in context."""
    if code != DOLLAR and not code.startswith(FAMILY):
        return code, "explicit"
    family = code.removeprefix(FAMILY) if code != DOLLAR else DOLLAR
    if family in context.named:
        return context.named[family], "context"
    members = load_table("dateline_currencies")["ambiguous"][family]
    if context.local in members:
        return context.local, "context"
    if code == DOLLAR:
        return "USD", "assumed"
    return None, None  # '10 dinars' with no dateline: money, but the text does not say which dinar
