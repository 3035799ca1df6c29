"""Mentions: a typed span of the article text with its normalized value."""

from typing import Annotated, Literal

from pydantic import Field

from newsclaims.models.base import ContractModel

Qualifier = Literal["exact", "approx", "at_most", "at_least", "more_than", "less_than", "range"]

_QUALIFIER_DOC = (
    "How the text bounds the number: exact; approx ('about', 'nearly', 'some'); at_most ('up to'); "
    "at_least ('at least'); more_than ('more than', 'over'); less_than ('less than', 'under'); "
    "range ('$3-5 billion', 'between 5% and 7%')."
)


class MoneyValue(ContractModel):
    """A monetary amount. "up to $400 billion" -> amount 4e11, high 4e11, qualifier at_most."""

    amount: float | None = Field(
        description="The amount the text states, in major currency units (50 cents -> 0.5); null for a range."
    )
    low: float | None = Field(description="Lower bound when the text gives one (at_least, more_than, range).")
    high: float | None = Field(description="Upper bound when the text gives one (at_most, less_than, range).")
    currency: str | None = Field(
        pattern=r"^[A-Z]{3}$", description="ISO 4217 code; null when the text does not say which currency."
    )
    qualifier: Qualifier = Field(description=_QUALIFIER_DOC)
    currency_basis: Literal["explicit", "assumed", "context"] | None = Field(
        description=(
            "Why this currency: explicit (the text names it: US$, €, 'euros', 'stg'); assumed (a bare '$' or "
            "'dollars' read as USD by default); context (a bare '$' read from the article, e.g. a TORONTO "
            "dateline -> CAD)."
        )
    )
    per: str | None = Field(
        description="The unit of a rate written after the amount: 'share' for '$0.35 a share', 'barrel', 'year'."
    )


class PercentValue(ContractModel):
    """A percentage, a change in percent, or a difference in percentage points."""

    value: float | None = Field(
        description=(
            "The number in percent; for kind 'points', in percentage points (50 basis points -> 0.5). Null for a range."
        )
    )
    low: float | None = Field(description="Lower bound when the text gives one.")
    high: float | None = Field(description="Upper bound when the text gives one.")
    qualifier: Qualifier = Field(description=_QUALIFIER_DOC)
    kind: Literal["level", "change", "points"] = Field(
        description=(
            "level: a share or rate ('a 13% stake', 'rose to 5%'); change: how much something moved "
            "('rose 13%', 'a 13% increase'); points: percentage points or basis points."
        )
    )


class DateValue(ContractModel):
    """A point in time, a duration, or a vague time expression."""

    kind: Literal["point", "duration", "vague"] = Field(description="point, duration ('two years') or vague.")
    iso: str | None = Field(
        description=(
            "As precise as the text: '2027-03-15', '2027-03', '2026-Q3', '2026-H1', '2026-SU' (season), '2027', "
            "'202X' (decade, TIMEX3 style); for a duration its ISO 8601 length ('P1Y', 'P18M'); null when "
            "vague or not resolvable."
        )
    )
    start: str | None = Field(description="First ISO day of the period, when it can be resolved.")
    end: str | None = Field(description="Last ISO day of the period, when it can be resolved.")
    granularity: Literal["day", "week", "month", "season", "quarter", "half", "year", "decade"] | None = Field(
        description="The precision the text gives (for a duration, the unit of its length)."
    )
    relative: bool = Field(
        description=(
            "True when the text needs an anchor ('Tuesday', 'last year', 'March 3' without a year); resolved "
            "against the article's publication date (see `article.published_source`), else left null."
        )
    )
    fiscal: bool = Field(
        default=False,
        description="True for a fiscal period ('fiscal 2027', 'FY27'); its days depend on the company, so null.",
    )


class OrgValue(ContractModel):
    """An organization, with the identity shared by all its names in the article."""

    name: str = Field(description="The cleaned name as written (no leading 'the', no possessive).")
    org_id: str = Field(description="Canonical key shared by every name of this organization in the article.")
    aliases: list[str] = Field(description="The other names of the same organization in the article.")


class _MentionBase(ContractModel):
    id: str = Field(pattern=r"^m\d+$", description="Mention id, unique within the article: m1, m2, ...")
    type: str = Field(description="Mention type (each subclass narrows it).")
    text: str = Field(description="The span exactly as written; equals the article text[start:end].")
    start: int = Field(ge=0, description="Character offset of the first character in the article text.")
    end: int = Field(ge=0, description="Character offset one past the last character (exclusive).")
    sentence: int = Field(ge=0, description="Index of the sentence holding the mention, from 0.")


class MoneyMention(_MentionBase):
    """A monetary amount, e.g. 'up to $2.5 billion'."""

    type: Literal["money"] = Field(description="Mention type.")
    value: MoneyValue = Field(description="The normalized amount.")


class PercentMention(_MentionBase):
    """A percentage, e.g. 'about 13%' or '50 basis points'."""

    type: Literal["percent"] = Field(description="Mention type.")
    value: PercentValue = Field(description="The normalized percentage.")


class DateMention(_MentionBase):
    """A date, period or duration, e.g. 'March 2027'."""

    type: Literal["date"] = Field(description="Mention type.")
    value: DateValue = Field(description="The resolved date.")


class OrgMention(_MentionBase):
    """An organization name, e.g. 'Sumitomo Mitsui Banking Corporation'."""

    type: Literal["org"] = Field(description="Mention type.")
    value: OrgValue = Field(description="The organization's identity.")


Mention = Annotated[
    MoneyMention | PercentMention | DateMention | OrgMention,
    Field(discriminator="type"),
]
