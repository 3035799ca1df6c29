"""Findings: numbers that cannot all be true, with the mentions that show it."""

from typing import Literal

from pydantic import Field

from newsclaims.models.base import ContractModel

# Every check newsclaims runs (keep in sync with newsclaims/check: tests/check/test_checks.py compares them).
CheckName = Literal[
    "magnitude_slip",
    "currency_conflict",
    "conversion_rate",
    "value_conflict",
    "value_range",
    "parts_exceed_total",
    "percent_change",
    "running_total",
    "stake_value",
    "percent_range",
    "shares_over_100",
    "maturity_before_announcement",
    "maturity_term",
    "date_conflict",
    "event_date_conflict",
    "source_disagreement",
    "fact_conflict",
]


class Finding(ContractModel):
    """One inconsistency, explainable from the two or three mentions it cites."""

    id: str = Field(pattern=r"^f\d+$", description="Finding id, unique within its record: f1, f2, ...")
    check: CheckName = Field(description="Name of the check that fired.")
    severity: Literal["error", "warning", "info"] = Field(description="How sure it is a real problem.")
    mentions: list[str] = Field(description="Ids of the cited mentions.")
    claims: list[str] = Field(description="Ids of the cited claims.")
    articles: list[str] | None = Field(
        default=None,
        description="For corpus-wide findings, the article id of each cited mention (same order); else null.",
    )
    message: str = Field(description="One sentence a person understands, quoting both numbers.")
    observed: float | None = Field(description="The value that looks wrong.")
    expected: float | None = Field(description="The likely value, when the evidence points to one.")
    ratio: float | None = Field(description="observed / expected, when both are known.")
    confidence: float = Field(ge=0, le=1, description="How likely the finding is a real error, 0..1.")
