"""The checker's view of a claim: its mention's number as an interval, its precision, and what it is of.

The checker works on the output contract alone (no spaCy, no article text needed): a `Quantity` joins a
money or percent mention to its claim and reads from the mention's text what the value cannot say, such as
how many digits were written ("$64.6 billion" is exact to a tenth of a billion, "about $65 billion" to a
few billion) and which scale word it used.
"""

import math
import re
from dataclasses import dataclass, replace

from newsclaims.models import ArticleResult, Claim, Mention
from newsclaims.numbers.scales import scale_name

# A written number: "1,250.5", "64.6", ".5"; the first one in the mention is its value (ranges are bounds).
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
# How far an approximate figure may be from the true value: "about $65 billion" for $62-68 billion.
APPROX_TOLERANCE = 0.05
# Words of a sentence that say nothing about which quantity it is.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "are",
        "has",
        "have",
        "had",
        "its",
        "it",
        "this",
        "that",
        "which",
        "who",
        "said",
        "says",
        "say",
        "would",
        "will",
        "could",
        "may",
        "might",
        "than",
        "more",
        "less",
        "about",
        "some",
        "up",
        "over",
        "under",
        "nearly",
        "also",
        "after",
        "before",
        "while",
        "into",
        "per",
        "cent",
        "percent",
        "million",
        "billion",
        "trillion",
        "mln",
        "bln",
        "dlrs",
        "stg",
    ]
)
# 'a 40% stake in Kestrel Networks', '30% of Orlestad Verft', '30% of Norwegian yard Orlestad'
_STAKE_IN = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:stake|holding|interest)?\s*(?:in|of)\s+(?:[a-z-]+\s+){0,3}?((?:[A-Z][\w&.'-]*\s?)+)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# a percentage bought or sold ('has agreed to buy 30% of', 'will pay CZK 2.8 billion for 35 percent of'), and what
# follows a part of a named company ('of Orlestad Verft', 'of its Clearwater unit')
_BOUGHT_PART = re.compile(
    r"\b(?:for|buy|buys|bought|buying|acquire[sd]?|acquiring|purchas(?:e|es|ed|ing)|sell|sells|sold|selling|take[sn]?|"
    r"took)\s+(?:(?:a|an|the|its|another|a\s+further|further)\s+)?$"
)
_OF_A_NAME = re.compile(r"^\s*of\s+(?:[a-z-]+\s+){0,3}?[A-Z]")


def company_part(q: "Quantity") -> bool:
    """'has agreed to buy 30% of Orlestad Verft', 'will pay CZK 2.8 billion for 35 percent of Morava Solar': a
    percentage of a named company that is bought or sold is a stake, whatever kind the claims gave it."""
    return (
        q.type == "percent"
        and q.percent_kind == "level"
        and bool(_BOUGHT_PART.search(q.before[-30:]))
        and bool(_OF_A_NAME.match(q.claim.sentence_text[len(q.before) + len(q.mention.text) :]))
    )


@dataclass(frozen=True)
class Quantity:
    """One money or percent claim with the numbers the checks compare."""

    claim: Claim
    mention: Mention
    type: str  # money | percent
    value: float | None  # the stated point: amount, or a percent value; None for a range
    low: float  # the interval the text allows (bounds, precision and 'about' included)
    high: float
    currency: str | None
    per: str | None
    percent_kind: str | None  # level | change | points
    qualifier: str
    digits: str  # significant digits of the value: "646" for "$64.6 billion" and "$646 million"
    scale: str | None  # the scale word as a name: million, billion...
    precision: float = 0.0005  # relative half-width of the last written digit; 0.05 for 'about $65 billion'
    spelled: bool = False  # the number is written in words ('seven billion', 'half a million')
    time: str | None = None  # what the claim's date says (its ISO value, else its text), for comparing
    occurrence: int = 0  # how many figures written the same come before it in its sentence ('24.5 cts vs 24.5 cts')

    @property
    def id(self) -> str:
        return self.mention.id

    @property
    def sentence(self) -> int:
        return self.mention.sentence

    @property
    def words(self) -> frozenset[str]:
        """The sentence's content words, lower case: what the quantity is talked about with."""
        return frozenset(w.lower() for w in _WORD.findall(self.claim.sentence_text)) - STOP_WORDS

    @property
    def at(self) -> int:
        """Where the mention starts in its sentence's text, -1 when the sentence does not quote it: its own copy
        where the sentence writes the same figure twice ('Qtly div 24.5 cts vs 24.5 cts')."""
        text, written = self.claim.sentence_text, self.mention.text
        at = text.find(written)
        for _ in range(self.occurrence):
            if at < 0:
                break
            at = text.find(written, at + len(written))
        return at

    @property
    def before(self) -> str:
        """The sentence's text before the mention, lower case ('' when the sentence does not quote it)."""
        at = self.at
        return self.claim.sentence_text[:at].lower() if at >= 0 else ""

    @property
    def after(self) -> str:
        """The sentence's text after the mention, lower case."""
        at = self.at
        return self.claim.sentence_text[at + len(self.mention.text) :].lower() if at >= 0 else ""

    @property
    def stake_target(self) -> str | None:
        """The company a stake is in: the claim's object, else the capitalised name after 'in' ('a 40% stake
        in Kestrel Networks' -> 'kestrel networks') when the model did not tag it as an organization."""
        if self.claim.object:
            return self.claim.object
        text, at = self.claim.sentence_text, self.at
        match = _STAKE_IN.match(text[at + len(self.mention.text) :]) if at >= 0 else None
        return match.group(1).strip().rstrip(".").lower() if match else None

    def names(self, target: str) -> bool:
        """Whether this claim is of or about `target` (an org_id, or a name from `stake_target`)."""
        return target in (self.claim.subject, self.claim.object) or target in self.claim.sentence_text.lower()

    @property
    def is_bound(self) -> bool:
        return self.qualifier in ("at_most", "at_least", "more_than", "less_than", "range")


def article_quantities(result: ArticleResult) -> list[Quantity]:
    """The money and percent claims of an article as `Quantity`s, in text order."""
    mentions = {m.id: m for m in result.mentions}
    found = [
        quantity_of(claim, mentions[claim.mention], _time(mentions.get(claim.time)))
        for claim in result.claims
        if claim.mention in mentions
    ]
    ordered = sorted((q for q in found if q is not None), key=lambda q: q.mention.start)
    # the nth figure written the same in one sentence is its nth copy (a mention read as two claims is one)
    copies: dict[tuple[int, str], list[str]] = {}
    for number, q in enumerate(ordered):
        ids = copies.setdefault((q.sentence, q.mention.text), [])
        if q.id not in ids:
            ids.append(q.id)
        if ids.index(q.id):
            ordered[number] = replace(q, occurrence=ids.index(q.id))
    return ordered


def significant_digits(number: str) -> str:
    """The digits that carry information, without separators, point and surrounding zeros.

    >>> [significant_digits(n) for n in ("64.6", "646", "1,250,000", "0.35")]
    ['646', '646', '125', '35']
    """
    digits = number.replace(",", "").replace(".", "").strip("0")
    return digits or "0"


def half_unit(number: str) -> float:
    """Half of the last written digit's place, relative to the number: how exact the figure claims to be.

    "64.6" is exact to 0.05 (0.08%), "65" to 0.5 (0.8%); trailing zeros of an integer count as rounding:
    "400" is read to the hundred, so 1/8 either side.

    >>> round(half_unit("64.6"), 5), round(half_unit("65"), 5), half_unit("400")
    (0.00077, 0.00769, 0.125)
    """
    plain = number.replace(",", "")
    value = float(plain) if plain.strip(".") else 0.0
    if value == 0:
        return 0.0
    decimals = len(plain.split(".")[1]) if "." in plain else -(len(plain) - len(plain.rstrip("0")))
    place = 10.0**-decimals
    return 0.5 * place / value


def _time(mention: Mention | None) -> str | None:
    if mention is None:
        return None
    return getattr(mention.value, "iso", None) or mention.text.lower()


def last_digit(number: str) -> float:
    """Half of the last written digit's place, relative to the number, trailing zeros taken as written:
    how far a figure can be from another it is a copy of ("$64.6 billion" of "$646 million").

    >>> round(last_digit("64.6"), 5), last_digit("400")
    (0.00077, 0.00125)
    """
    plain = number.replace(",", "")
    value = float(plain) if plain.strip(".") else 0.0
    if value == 0:
        return 0.0
    place = 10.0 ** -len(plain.split(".")[1]) if "." in plain else 1.0
    return 0.5 * place / value


def rounding_interval(q: Quantity) -> tuple[float, float] | None:
    """The values the figure's stated point rounds from, its bound set aside: 'up to $50 billion' -> 45..55
    billion, 'about $65 billion' -> 61.75..68.25 billion; None for a range, which has no point."""
    if q.value is None:
        return None
    number = _NUMBER.search(q.mention.text)
    slack = max(half_unit(number.group()) if number else 0.0, 0.0005)
    if q.qualifier == "approx":
        slack = max(slack, APPROX_TOLERANCE)
    return q.value - abs(q.value) * slack, q.value + abs(q.value) * slack


def quantity_of(claim: Claim, mention: Mention, time: str | None = None) -> Quantity | None:
    """The `Quantity` of a money or percent claim and its mention; None for other mentions."""
    if mention.type not in ("money", "percent"):
        return None
    value = mention.value
    number = _NUMBER.search(mention.text)
    written = number.group() if number else ""
    point = value.amount if mention.type == "money" else value.value
    low, high = _interval(point, value.low, value.high, value.qualifier, written)
    precision = max(last_digit(written) if written else 0.0, 0.0005)
    if value.qualifier == "approx":
        precision = max(precision, APPROX_TOLERANCE)
    if low is None:
        return None
    return Quantity(
        claim=claim,
        mention=mention,
        type=mention.type,
        value=point,
        low=low,
        high=high,
        currency=getattr(value, "currency", None),
        per=getattr(value, "per", None),
        percent_kind=getattr(value, "kind", None),
        qualifier=value.qualifier,
        digits=significant_digits(f"{abs(point):.12g}".split("e")[0]) if point else "",
        scale=scale_name(mention.text),
        precision=precision,
        spelled=not written,
        time=time,
    )


def _interval(point, low, high, qualifier, written) -> tuple[float | None, float]:
    """The values a reader may take the text to allow."""
    if qualifier == "range":
        return (low, high) if low is not None and high is not None else (None, math.inf)
    if point is None:
        return None, math.inf
    slack = abs(point) * max(half_unit(written) if written else 0.0, 0.0005)
    if qualifier == "approx":
        slack = max(slack, abs(point) * APPROX_TOLERANCE)
    if qualifier == "at_most" or qualifier == "less_than":
        return min(0.0, point), point + slack
    if qualifier == "at_least" or qualifier == "more_than":
        return point - slack, math.inf
    return point - slack, point + slack
