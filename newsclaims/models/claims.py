"""Claims: what a quantity mention asserts (who, what, of what, when, how sure)."""

from typing import Literal

from pydantic import Field

from newsclaims.models.base import ContractModel

# The kinds of quantity a claim can be (keep in sync with `kinds` of pipeline/claims/rules/claims.json:
# tests/pipeline/claims/test_claims.py compares them).
ClaimKind = Literal[
    "loan",
    "debt",
    "investment",
    "funding",
    "stake",
    "valuation",
    "market_cap",
    "revenue",
    "profit",
    "deal",
    "price",
    "fine",
    "spending",
    "rate",
    "other",
]


class Claim(ContractModel):
    """A money or percent mention read as a statement about an organization's quantity."""

    id: str = Field(pattern=r"^c\d+$", description="Claim id, unique within the article: c1, c2, ...")
    mention: str = Field(description="Id of the quantity's mention.")
    subject: str | None = Field(description="org_id of the organization the quantity belongs to, or null.")
    object: str | None = Field(description="org_id of the organization it is about ('investment in X'), or null.")
    attribute: str | None = Field(description="The phrase saying what the quantity is: 'bridge loan'.")
    attribute_key: str | None = Field(description="Normalized attribute shared by its variants: 'bridge_loan'.")
    kind: ClaimKind = Field(description="Kind of quantity the claim states.")
    time: str | None = Field(description="Id of the date mention the claim is about, or null.")
    time_role: Literal["as_of", "maturity", "period"] | None = Field(
        default=None,
        description=(
            "What the time is to the quantity: as_of (when a level holds: a price, a stake), maturity (when a "
            "loan or bond falls due, or its tenor), period (the span a flow covers: revenue for a quarter); "
            "null when no time or no clear role."
        ),
    )
    certainty: Literal["asserted", "reported", "expected", "hedged"] = Field(
        description="asserted (stated as fact), reported (attributed), expected (future), hedged (could, may)."
    )
    attribution: str | None = Field(description="Who says so, as written ('the company', 'sources'), or null.")
    sentence_text: str = Field(
        description=(
            "The sentence the claim comes from, whitespace made single spaces; of a sentence longer than 1,000 "
            "characters, the words within 500 characters of the quantity, with '…' where it was cut."
        )
    )
