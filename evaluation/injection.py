"""Error injection for measuring the checker: change one written amount the way slips happen in newsrooms.

Each family rewrites the text of one money mention (`perturb`) and returns the new text, or None when the
family does not apply to it (no scale word to swap, no currency to change). The benchmark in
`scripts/evaluate.py` applies each family to one occurrence of a quantity the article states more than
once, re-runs extraction on the changed article, and asks whether a finding cites the changed mention.

>>> perturb("up to $400 billion", "times_ten"), perturb("$4.5 million", "tenth"), perturb("$64.6 billion", "scale_word")
('up to $4000 billion', '$0.45 million', '$64.6 million')
>>> perturb("$64.6 billion", "decimal_point"), perturb("646 mln dlrs", "decimal_point"), perturb("£25m", "currency")
('$646 billion', '64.6 mln dlrs', '$25m')
"""

import re
from decimal import Decimal

FAMILIES = ("times_ten", "tenth", "scale_word", "decimal_point", "currency")

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Scale words and their swap: million <-> billion in each spelling a newsroom uses.
_SCALE_SWAPS = {
    "million": "billion", "billion": "million", "mln": "bln", "bln": "mln", "mn": "bn", "bn": "mn",
    "m": "bn", "b": "m", "M": "B", "B": "M", "Million": "Billion", "Billion": "Million",
}  # fmt: skip
_SCALE = re.compile(r"(?<=[\d\s])(million|billion|Million|Billion|mln|bln|mn|bn|m|b|M|B)\b")
# Currency marks and words, and what each becomes: a plausible wrong currency for the same deal.
_CURRENCY_SWAPS = (
    ("US$", "€"), ("C$", "US$"), ("A$", "US$"), ("HK$", "US$"), ("S$", "US$"), ("NZ$", "US$"), ("$", "€"),
    ("€", "$"), ("£", "$"), ("¥", "$"), ("₹", "$"), ("Rs.", "$"), ("Rs", "$"),
    ("dollars", "euros"), ("dollar", "euro"), ("dlrs", "stg"), ("euros", "dollars"), ("euro", "dollar"),
    ("pounds", "dollars"), ("sterling", "dollars"), ("stg", "dlrs"), ("yen", "dollars"), ("rupees", "dollars"),
    ("francs", "dollars"), ("marks", "dollars"), ("yuan", "dollars"), ("won", "dollars"),
    ("USD", "EUR"), ("EUR", "USD"), ("GBP", "USD"), ("JPY", "USD"), ("cents", "pence"), ("cts", "pence"),
    ("pence", "cents"),
)  # fmt: skip


def perturb(mention_text: str, family: str) -> str | None:
    """The mention's text with one slip of `family` (see FAMILIES), or None when it does not apply."""
    if family == "currency":
        return _swap_currency(mention_text)
    if family == "scale_word":
        match = _SCALE.search(mention_text)
        if match is None:
            return None
        return mention_text[: match.start()] + _SCALE_SWAPS[match.group()] + mention_text[match.end() :]
    number = _NUMBER.search(mention_text)
    if number is None:
        return None
    written = number.group()
    if family == "times_ten":
        new = _scaled(written, 1)
    elif family == "tenth":
        new = _scaled(written, -1)
    elif family == "decimal_point":
        new = _move_point(written)
    else:
        raise ValueError(f"unknown family {family!r}; known: {', '.join(FAMILIES)}")
    return None if new is None else mention_text[: number.start()] + new + mention_text[number.end() :]


def _scaled(written: str, power: int) -> str:
    """`written` times 10**power, in the same style (thousands separators kept where they were)."""
    plain = written.replace(",", "")
    value = Decimal(plain).scaleb(power)
    places = max(0, (len(plain.split(".")[1]) if "." in plain else 0) - power)
    text = f"{value:,.{places}f}" if "," in written else f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _move_point(written: str) -> str | None:
    """A decimal point moved one place: '64.6' -> '646' (a point dropped), '646' -> '64.6' (one slipped in)."""
    plain = written.replace(",", "")
    if "." in plain:
        whole, fraction = plain.split(".")
        moved = (whole + fraction[0]).lstrip("0") or "0"
        return moved + ("." + fraction[1:] if fraction[1:] else "")
    if len(plain) < 2:
        return None
    return plain[:-1] + "." + plain[-1]


def _swap_currency(mention_text: str) -> str | None:
    for mark, other in _CURRENCY_SWAPS:
        pattern = re.escape(mark) if not mark.isalpha() else rf"\b{re.escape(mark)}\b"
        match = re.search(pattern, mention_text)
        if match:
            return mention_text[: match.start()] + other + mention_text[match.end() :]
    return None
