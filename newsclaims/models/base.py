"""The shared base of every output model: strict about unknown fields."""

from pydantic import BaseModel, ConfigDict


class ContractModel(BaseModel):
    """A part of the output contract. Unknown fields are an error, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")
