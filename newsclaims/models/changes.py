"""Changes told in words, not as a percentage: 'net income more than doubled', 'earnings climbed by nearly half',
'sales halved'. A fact-checker compares them with the two figures of the move when the article gives them."""

from typing import Literal

from pydantic import Field

from newsclaims.models.base import ContractModel


class StatedChange(ContractModel):
    """One change of a measure told in words: how many times the new figure is the old one, as a range."""

    id: str = Field(pattern=r"^c\d+$", description="Change id, unique within the article: c1, c2, ...")
    text: str = Field(description="The words of the change as written: 'more than doubled', 'by nearly half'.")
    start: int = Field(ge=0, description="Character offset of the words' first character in the article text.")
    end: int = Field(ge=0, description="Character offset one past their last character (exclusive).")
    sentence: int = Field(ge=0, description="Index of the sentence holding the words, from 0.")
    direction: Literal["up", "down"] = Field(
        description="up (doubled, rose by a third) or down (halved, fell by a quarter)."
    )
    factor_low: float | None = Field(
        description=(
            "The smallest new/old ratio the words allow ('doubled' 1.9, 'more than doubled' 2.0, 'rose by nearly "
            "half' 1.4); null when they set none ('more than halved')."
        )
    )
    factor_high: float | None = Field(
        description=(
            "The largest new/old ratio the words allow ('doubled' 2.1); null when they set none ('more than doubled')."
        )
    )
    measure: str | None = Field(description="What changed, as written: 'first-quarter net income'; null when unsaid.")
    measure_key: str | None = Field(
        description="The measure normalized as a claim's attribute_key is ('net_income'); null when unsaid."
    )
    kind: str = Field(description="The measure's kind, as a claim's kind ('profit', 'revenue'; 'other').")
    subject: str | None = Field(description="org_id of the organization whose measure it is, or null.")
    sentence_text: str = Field(description="The sentence the change comes from, whitespace made single spaces.")
