"""Findings: numbers that cannot all be true, with the mentions that show it."""

from typing import Literal

from pydantic import Field

from newsclaims.models.base import ContractModel


class Finding(ContractModel):
    """One inconsistency, explainable from the two or three mentions it cites."""

    id: str = Field(pattern=r"^f\d+$", description="Finding id, unique within its record: f1, f2, ...")
    check: str = Field(description="Name of the check that fired: magnitude_slip, value_conflict, ...")
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
