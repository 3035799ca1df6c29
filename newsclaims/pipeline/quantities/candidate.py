"""The record a found quantity travels in through the pipeline, before it becomes a contract Mention."""

from dataclasses import dataclass

from newsclaims.models import MoneyValue, PercentValue


@dataclass(frozen=True)
class FoundQuantity:
    """A money or percent mention at exact character offsets of the document text."""

    type: str  # 'money' or 'percent'
    start: int
    end: int
    text: str
    value: MoneyValue | PercentValue
