"""Events: a dated happening the article asserts (a deal's completion, a vote, a listing, an opening...)."""

from typing import Literal

from pydantic import Field

from newsclaims.models.base import ContractModel

# The kinds of event (keep in sync with `kinds` of pipeline/events/rules/events.json:
# tests/pipeline/events/test_events.py compares them).
EventKind = Literal[
    "completion",
    "agreement",
    "meeting",
    "listing",
    "opening",
    "launch",
    "payment",
    "record",
    "filing",
    "expiry",
    "hearing",
    "start",
    "closure",
    "maturity",
    "term",
]


class Event(ContractModel):
    """A date mention read as the day (or month) of something that happens: 'the deal closed on March 21'."""

    id: str = Field(pattern=r"^e\d+$", description="Event id, unique within the article: e1, e2, ...")
    kind: EventKind = Field(
        description=(
            "What happens: completion (a deal closes, is completed), agreement (signed, agreed), meeting (a "
            "meeting or vote), listing (shares list, debut, float), opening, launch, payment (paid, payable), "
            "record (a record date), filing, expiry (an offer or option expires), hearing, start (a strike, "
            "work or production begins), closure (a plant, shop or business closes or shuts), maturity (a bond or "
            "loan matures, is redeemed or paid off), term (how long a debt runs: 'Tenor: 7 years', 'borrowed over "
            "25 years', 'a five-year bond'; its date is a duration)."
        )
    )
    trigger: str = Field(description="The word that says what happens, as written: 'closed', 'completion'.")
    date: str = Field(description="Id of the date mention that says when (for a term: how long).")
    thing: str | None = Field(
        description="What the event is of, as written: 'the deal', 'its acquisition of Stalmet', 'the 21 May meeting'."
    )
    thing_key: str | None = Field(
        description=(
            "The thing normalized, shared by its variants: 'deal' for a deal, transaction, acquisition or "
            "takeover; 'meeting' for a general meeting or vote; words that tell one thing from another kept "
            "('special_dividend', 'annual_meeting')."
        )
    )
    subject: str | None = Field(description="org_id of the organization whose event it is, or null.")
    object: str | None = Field(description="org_id of the organization it is done to ('acquisition of X'), or null.")
    status: Literal["happened", "scheduled", "planned", "revised"] | None = Field(
        description=(
            "happened (told as past: 'closed on March 21'); scheduled (a set future date: 'will vote on 14 May', "
            "'is due to complete on 28 April'); planned (an expectation, plan or hope: 'expected to close in "
            "June'); revised (its sentence moves a date on purpose: 'postponed to', 'originally', 'now'); null "
            "when the text does not say."
        )
    )
    certainty: Literal["asserted", "reported", "expected", "hedged"] = Field(
        description="As for claims: asserted, reported (attributed), expected (future), hedged (could, may)."
    )
    sentence_text: str = Field(description="The sentence the event comes from, whitespace made single spaces.")
