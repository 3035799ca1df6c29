"""The per-article record: the same shape for success and failure."""

import datetime as dt
import hashlib
from typing import Literal

from pydantic import Field

from newsclaims.models.base import ContractModel
from newsclaims.models.changes import StatedChange
from newsclaims.models.claims import Claim
from newsclaims.models.events import Event
from newsclaims.models.findings import Finding
from newsclaims.models.mentions import Mention

SCHEMA_VERSION = "1"


def text_sha256(text: str) -> str:
    """SHA-256 of the text as UTF-8 (`ArticleMeta.sha256`): the article's identity for --resume, for joins
    downstream, and for finding the text of a record again."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ErrorRecord(ContractModel):
    """Why an article could not be (fully) processed."""

    code: str = Field(
        pattern=r"^[a-z_]+$",
        description=(
            "Machine-readable reason: unreadable, not_found, binary, decode_error, empty, too_large, "
            "invalid_json (a JSONL line that is not a JSON object), missing_text (a JSONL object without a text "
            "field), no_text (an HTML page without article text), html_error, pipeline_error, timeout (the "
            "article took longer than --article-timeout)."
        ),
    )
    message: str = Field(description="What went wrong, for a person.")


class ArticleMeta(ContractModel):
    """Where the article came from and what it is."""

    id: str = Field(description="Article id: the file's path below the folder given, without suffix.")
    source: str | None = Field(description="Path or URL it was read from; null for text passed in directly.")
    sha256: str | None = Field(description="SHA-256 of the article text (UTF-8); null when it could not be read.")
    published: dt.date | None = Field(description="Publication date (ISO), when known.")
    published_source: Literal["given", "input", "text"] | None = Field(
        default=None,
        description=(
            "Where `published` came from: given (--published or the caller), input (the file's metadata: an "
            "HTML date or a JSONL field), text (a dateline or date line at the top of the article)."
        ),
    )
    title: str | None = Field(description="Title, when the input has one.")
    chars: int | None = Field(ge=0, description="Length of the text in characters; offsets index into it.")
    encoding: str | None = Field(
        default=None,
        description="The encoding the bytes were decoded from, when it was not UTF-8 (a detected fallback).",
    )


class ArticleResult(ContractModel):
    """Everything newsclaims found in one article: one JSONL line of output."""

    schema_version: Literal["1"] = Field(default=SCHEMA_VERSION, description="Version of this contract.")
    status: Literal["ok", "error", "skipped"] = Field(description="ok, error (see errors) or skipped.")
    errors: list[ErrorRecord] = Field(default_factory=list, description="Problems met, if any.")
    article: ArticleMeta = Field(description="The article's identity and metadata.")
    mentions: list[Mention] = Field(default_factory=list, description="Typed spans in text order.")
    claims: list[Claim] = Field(default_factory=list, description="What the quantity mentions assert.")
    events: list[Event] = Field(
        default_factory=list,
        description="Dated events the article asserts (a completion, a vote, a listing...); absent in older records.",
    )
    changes: list[StatedChange] = Field(
        default_factory=list,
        description="Changes told in words ('more than doubled', 'rose by a third'); absent in older records.",
    )
    findings: list[Finding] = Field(default_factory=list, description="Inconsistencies among the claims.")
