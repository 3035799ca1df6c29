"""The output contract (schema_version "1"): one `ArticleResult` per input article.

This is the ground floor of the package: it imports nothing else of newsclaims, so readers, the
pipeline, the checker and downstream users can all depend on it.
"""

from newsclaims.models.article import SCHEMA_VERSION, ArticleMeta, ArticleResult, ErrorRecord, text_sha256
from newsclaims.models.changes import StatedChange
from newsclaims.models.claims import Claim, ClaimKind
from newsclaims.models.events import Event, EventKind
from newsclaims.models.findings import CheckName, Finding
from newsclaims.models.mentions import (
    DateMention,
    DateValue,
    Mention,
    MoneyMention,
    MoneyValue,
    OrgMention,
    OrgValue,
    PercentMention,
    PercentValue,
    Qualifier,
)
from newsclaims.models.schema import json_schema

__all__ = [
    "SCHEMA_VERSION",
    "ArticleMeta",
    "ArticleResult",
    "CheckName",
    "Claim",
    "ClaimKind",
    "DateMention",
    "DateValue",
    "ErrorRecord",
    "Event",
    "EventKind",
    "Finding",
    "Mention",
    "MoneyMention",
    "MoneyValue",
    "OrgMention",
    "OrgValue",
    "PercentMention",
    "PercentValue",
    "Qualifier",
    "StatedChange",
    "json_schema",
    "text_sha256",
]
