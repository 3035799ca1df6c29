"""Words a person reads for the values of a record: what a mention was understood as, who an org id is.

The HTML page and the terminal summary say the same things in the same words; both take them from here.

>>> from newsclaims.models import MoneyValue
>>> describe_value(MoneyValue(amount=4e11, low=None, high=4e11, currency="USD", qualifier="at_most",
...                           currency_basis="explicit", per=None))
'at most 400,000,000,000 USD'
>>> short_amount(4e11), short_amount(64.6e9), short_amount(1250.0)
('400 billion', '64.6 billion', '1,250')
"""

from newsclaims.models import ArticleResult, Claim, DateValue, Mention, MoneyValue, OrgValue, PercentValue

QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about",
    "at_most": "at most",
    "at_least": "at least",
    "more_than": "more than",
    "less_than": "less than",
}
MENTION_TYPES = ("money", "percent", "date", "org")
_SYMBOLS = {
    "exact": "",
    "approx": "~",
    "at_most": "≤",
    "at_least": "≥",
    "more_than": ">",
    "less_than": "<",
    "range": "",
}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def describe_value(value: MoneyValue | PercentValue | DateValue | OrgValue) -> str:
    """The normalized value in one line: the number as the pipeline holds it, with its bounds and unit."""
    if isinstance(value, MoneyValue):
        return _money(value)
    if isinstance(value, PercentValue):
        return _percent(value)
    if isinstance(value, DateValue):
        return _date(value)
    aliases = f" (also {', '.join(value.aliases)})" if value.aliases else ""
    return f"organization {value.name}{aliases}; id {value.org_id}"


def describe_mention(mention: Mention) -> str:
    return describe_value(mention.value)


def brief_value(value: MoneyValue | PercentValue | DateValue | OrgValue) -> str:
    """The normalized value in a table cell: '≤400 billion USD', '~13%', '2027-03', 'P2Y'.

    >>> brief_value(PercentValue(value=0.5, low=None, high=None, qualifier="exact", kind="points"))
    '0.5 pp'
    """
    if isinstance(value, MoneyValue):
        unit = f" {value.currency}" if value.currency else ""
        per = f"/{value.per}" if value.per else ""
        if value.low is not None and value.high is not None and value.qualifier == "range":
            return f"{short_amount(value.low)}–{short_amount(value.high)}{unit}{per}"
        if value.amount is None:
            return "?"
        return f"{_SYMBOLS[value.qualifier]}{short_amount(value.amount)}{unit}{per}"
    if isinstance(value, PercentValue):
        unit = {"level": "%", "change": "% chg", "points": " pp"}[value.kind]
        if value.value is None:
            return (
                f"{_digits(value.low)}–{_digits(value.high)}{unit}"
                if value.low is not None and value.high is not None
                else "?"
            )
        return f"{_SYMBOLS[value.qualifier]}{_digits(value.value)}{unit}"
    if isinstance(value, DateValue):
        return value.iso or ("vague" if value.kind == "vague" else "unresolved")
    return value.org_id


def plural(count: int, noun: str) -> str:
    """'1 finding', '2 findings'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def short_amount(amount: float) -> str:
    """A figure the way a newsroom writes it: '400 billion', '64.6 billion', '1,250'."""
    for scale, word in _SCALES:
        if abs(amount) >= scale:
            return f"{_digits(amount / scale)} {word}"
    return _digits(amount)


def org_names(result: ArticleResult) -> dict[str, str]:
    """org_id -> the first name the article gives that organization."""
    names: dict[str, str] = {}
    for mention in result.mentions:
        if isinstance(mention.value, OrgValue):
            names.setdefault(mention.value.org_id, mention.value.name)
    return names


def mention_index(result: ArticleResult) -> dict[str, Mention]:
    return {mention.id: mention for mention in result.mentions}


def claim_parties(claim: Claim, mentions: dict[str, Mention], names: dict[str, str]) -> tuple[str, str, str]:
    """A claim's subject and object by name and its time as written; '' for what it lacks."""
    time = mentions.get(claim.time) if claim.time else None
    return (
        names.get(claim.subject, claim.subject) if claim.subject else "",
        names.get(claim.object, claim.object) if claim.object else "",
        time.text if time is not None else "",
    )


def _money(value: MoneyValue) -> str:
    unit = value.currency or "(currency unknown)"
    if value.qualifier == "range" or (value.amount is None and value.low is not None and value.high is not None):
        text = f"between {_full(value.low)} and {_full(value.high)} {unit}"
    elif value.amount is None:
        text = f"an amount in {unit} that could not be read"
    else:
        text = _bounded(value.qualifier, f"{_full(value.amount)} {unit}")
    if value.per:
        text += f" per {value.per}"
    if value.currency_basis in ("assumed", "context"):
        text += f" (currency {value.currency_basis})"
    return text


def _percent(value: PercentValue) -> str:
    unit = {"level": "%", "change": "% change", "points": " percentage points"}[value.kind]
    if value.value is None and value.low is not None and value.high is not None:
        return f"between {_digits(value.low)} and {_digits(value.high)}{unit}"
    if value.value is None:
        return f"a percentage that could not be read ({value.kind})"
    return _bounded(value.qualifier, f"{_digits(value.value)}{unit}")


def _date(value: DateValue) -> str:
    if value.kind == "vague":
        return "a vague time (not resolved)"
    label = "fiscal period" if value.fiscal else value.kind
    if value.kind == "duration":
        return f"duration {value.iso or '(length not read)'}"
    if value.iso is None:
        return f"{label}, {value.granularity or 'date'}: not resolved (needs a publication date)"
    days = ""
    if value.start and value.end and value.start != value.end:
        days = f", {value.start} to {value.end}"
    return f"{value.iso} ({value.granularity or 'date'}{days})"


def _bounded(qualifier: str, text: str) -> str:
    words = QUALIFIER_WORDS.get(qualifier, qualifier)
    return f"{words} {text}" if words else text


def _full(amount: float | None) -> str:
    """All the digits, with separators: the value exactly as the pipeline stored it."""
    if amount is None:
        return "?"
    return f"{amount:,.0f}" if float(amount).is_integer() or abs(amount) >= 1000 else _digits(amount)


def _digits(number: float) -> str:
    """A number without float noise: 64.6 not 64.59999999999999, 1,250 with its separator."""
    rounded = round(number, 6)
    text = f"{rounded:,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
