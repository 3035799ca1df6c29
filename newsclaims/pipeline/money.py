"""Normalize a money phrase: 'up to $400 billion' -> amount 4e11, high 4e11, USD, at_most."""

from dataclasses import dataclass

from newsclaims.models import MoneyValue
from newsclaims.pipeline.grammar import Amount, parse_phrase


@dataclass(frozen=True)
class DollarReading:
    """What a bare '$' or 'dollars' means in this article, and why."""

    currency: str = "USD"
    basis: str = "assumed"  # 'assumed' (the default) or 'context' (e.g. a TORONTO dateline)


DEFAULT_DOLLAR = DollarReading()
UNKNOWN_CURRENCY = "?"  # keep in sync with rules/currencies.json


def parse_money(text: str, dollar: DollarReading = DEFAULT_DOLLAR) -> MoneyValue | None:
    """The normalized value of a money phrase, or None when `text` is not money.

    >>> parse_money("up to $400 billion").model_dump()
    {'amount': 400000000000.0, 'low': None, 'high': 400000000000.0, 'currency': 'USD', \
'qualifier': 'at_most', 'currency_basis': 'assumed', 'per': None}
    >>> parse_money("Rs 16,189 crore").amount
    161890000000.0
    >>> parse_money("in 2027") is None
    True
    """
    phrase = parse_phrase(text)
    if phrase is None:
        return None
    amounts = phrase.amounts
    if any(a.percent_kind or a.currency is None for a in amounts):
        return None
    values = [_major_units(a) for a in amounts]
    currency, basis = _currency(amounts[0].currency, dollar)
    qualifier = phrase.qualifier or "exact"
    if phrase.is_range:
        low, high = sorted(values)
        return MoneyValue(
            amount=None, low=low, high=high, currency=currency, qualifier="range",
            currency_basis=basis, per=None,
        )  # fmt: skip
    (value,) = values
    low = value if qualifier in ("at_least", "more_than") else None
    high = value if qualifier in ("at_most", "less_than") else None
    return MoneyValue(
        amount=value, low=low, high=high, currency=currency, qualifier=qualifier, currency_basis=basis, per=None
    )


def _major_units(amount: Amount) -> float:
    value = amount.number * (amount.scale or 1.0) * (amount.minor or 1.0)
    return float(round(value, 6)) if value < 1e6 else float(round(value))


def _currency(code: str, dollar: DollarReading) -> tuple[str | None, str | None]:
    if code == "$":
        return dollar.currency, dollar.basis
    if code == UNKNOWN_CURRENCY:  # '10 dinars': money, but which dinar the text does not say
        return None, None
    return code, "explicit"
