"""What a check reports before it becomes a contract `Finding`: the quantities it cites, in text order."""

from dataclasses import dataclass
from typing import Literal

from newsclaims.check.phrasing import sentences, times
from newsclaims.check.quantities import Quantity
from newsclaims.models import CheckName, Finding, Mention

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Flag:
    """One suspected inconsistency among `cites`, with a sentence that quotes the figures."""

    check: CheckName
    severity: Severity
    cites: tuple[Quantity, ...]
    message: str
    observed: float | None
    expected: float | None
    confidence: float
    dates: tuple[Mention, ...] = ()  # date mentions the finding also cites

    @property
    def mentions(self) -> list[Mention]:
        """Every cited mention, in text order."""
        return sorted([*(q.mention for q in self.cites), *self.dates], key=lambda m: m.start)

    def finding(self, number: int) -> Finding:
        """The contract `Finding` of this flag, numbered f<number>."""
        ratio = self.observed / self.expected if self.observed is not None and self.expected else None
        return Finding(
            id=f"f{number}",
            check=self.check,
            severity=self.severity,
            mentions=[m.id for m in self.mentions],
            claims=[q.claim.id for q in self.cites],
            message=self.message,
            observed=self.observed,
            expected=self.expected,
            ratio=round(ratio, 6) if ratio is not None else None,
            confidence=self.confidence,
        )


def severity_for(confidence: float, *, error: float = 0.7, warning: float = 0.5, info: float = 0.3) -> Severity | None:
    """The severity a confidence earns: error, warning, info, or None below them all."""
    levels: tuple[tuple[Severity, float], ...] = (("error", error), ("warning", warning), ("info", info))
    for name, floor in levels:
        if confidence >= floor:
            return name
    return None


def quote(quantity: Quantity) -> str:
    """A mention as a message quotes it: '"$40 billion"'."""
    return f'"{quantity.mention.text}"'


def copies(q: Quantity, figures: list[Quantity]) -> list[Quantity]:
    """Every place the article gives `q`'s figure (the same value and currency), one per mention in text
    order: one mention read as two claims ('X and Y each invested $Z') is stated once."""
    found: dict[str, Quantity] = {}
    for other in figures:
        if other.currency == q.currency and other.value == q.value and other.type == q.type:
            found.setdefault(other.mention.id, other)
    found.setdefault(q.mention.id, q)
    return sorted(found.values(), key=lambda c: c.mention.start)


def stated(q: Quantity, figures: list[Quantity]) -> str:
    """How often and where the article gives `q`'s figure: '"$2.3 billion" twice (sentences 1 and 3)'."""
    found = copies(q, figures)
    return f"{quote(q)} {times(len(found))} ({sentences([c.sentence for c in found])})"


def odd_one_out(a: Quantity, b: Quantity, figures: list[Quantity]) -> tuple[Quantity | None, Quantity | None]:
    """(observed, expected): the side the article states fewer times, and the side it states more often;
    (None, None) when neither is stated more (counted in mentions, see `copies`)."""
    count_a, count_b = len(copies(a, figures)), len(copies(b, figures))
    if count_a > count_b:
        return b, a
    if count_b > count_a:
        return a, b
    return None, None


def how_often(observed: Quantity, expected: Quantity, figures: list[Quantity]) -> str:
    """'the article gives "$2.3 billion" twice (sentences 1 and 3) and "$230 million" once (sentence 5)'."""
    return f"the article gives {stated(expected, figures)} and {stated(observed, figures)}"
