"""Flat CSV tables for spreadsheets and SQL loaders: one row per mention, claim or finding.

The columns come from the pydantic models of the contract, so a field added there appears here without a
second list to keep in sync. Every row starts with `article_id` and `article_sha256` (the keys to join on
and to resume by); nested values are flattened with their field name as prefix (`value_amount`,
`value_currency`); lists are written as JSON arrays; booleans as `true`/`false`; null as an empty cell.
The mention table holds the union of the value columns of every mention type, empty where a type has none.
The claims table carries its figure beside the mention id (`mention_text` and the money and percent value
columns, named as in the mentions table) and its date's `time_text` and `time_iso` beside `time`, so it
reads without a join.
"""

import csv
import io
import json
import typing
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel

from newsclaims.models import ArticleResult, Claim, Finding, Mention

Table = Literal["mentions", "claims", "findings"]
TABLES: tuple[Table, ...] = ("mentions", "claims", "findings")
ARTICLE_COLUMNS = ("article_id", "article_sha256")
# The item's own `id` is renamed so it cannot be mistaken for the article's.
ITEM_ID = {"mentions": "mention_id", "claims": "claim_id", "findings": "finding_id"}


def mention_models() -> tuple[type[BaseModel], ...]:
    """The concrete mention classes of the `Mention` union (money, percent, date, org)."""
    union = typing.get_args(Mention)[0]
    return typing.get_args(union)


ITEM_MODELS: dict[Table, tuple[type[BaseModel], ...]] = {
    "mentions": mention_models(),
    "claims": (Claim,),
    "findings": (Finding,),
}


def columns(table: Table) -> list[str]:
    """The header of `table`: article keys, then the union of the flattened item fields in model order
    (for claims, the figure's columns after `mention` and the date's after `time`).

    >>> columns("mentions")[:9]
    ['article_id', 'article_sha256', 'mention_id', 'type', 'text', 'start', 'end', 'sentence', 'value_amount']
    >>> columns("claims")[3:7]
    ['mention', 'mention_text', 'value_amount', 'value_low']
    """
    names: dict[str, None] = dict.fromkeys(ARTICLE_COLUMNS)
    for model in ITEM_MODELS[table]:
        for name in _field_columns(model, table):
            names[name] = None
            if table == "claims" and name in _CLAIM_EXTRAS:
                names.update(dict.fromkeys(_CLAIM_EXTRAS[name]()))
    return list(names)


def _figure_columns() -> list[str]:
    """The money and percent value columns, as the mentions table names them."""
    found: dict[str, None] = {"mention_text": None}
    for model in ITEM_MODELS["mentions"]:
        if model.model_fields["type"].annotation in (typing.Literal["money"], typing.Literal["percent"]):
            found.update(dict.fromkeys(c for c in _field_columns(model, "mentions") if c.startswith("value_")))
    return list(found)


_CLAIM_EXTRAS = {"mention": _figure_columns, "time": lambda: ["time_text", "time_iso"]}


def header_text(table: Table) -> str:
    """The header line of `table` as CSV text."""
    return _csv_text([columns(table)])


def rows_text(result: ArticleResult, table: Table) -> str:
    """All rows of one article as CSV text (empty when it has no items): written with one call."""
    header = columns(table)
    return _csv_text([[_cell(row.get(name)) for name in header] for row in _rows(result, table)])


def _rows(result: ArticleResult, table: Table) -> Iterator[dict[str, Any]]:
    keys = {"article_id": result.article.id, "article_sha256": result.article.sha256}
    mentions = {m.id: m for m in result.mentions} if table == "claims" else {}
    for item in getattr(result, table):
        row = keys | _flatten(item.model_dump(mode="json"), table)
        if table == "claims":
            figure, time = mentions.get(item.mention), mentions.get(item.time)
            if figure is not None:
                row |= {"mention_text": figure.text} | _flatten({"value": figure.value.model_dump(mode="json")}, table)
            if time is not None:
                row |= {"time_text": time.text, "time_iso": getattr(time.value, "iso", None)}
        yield row


def _field_columns(model: type[BaseModel], table: Table, prefix: str = "") -> Iterator[str]:
    for name, info in model.model_fields.items():
        nested = info.annotation
        if isinstance(nested, type) and issubclass(nested, BaseModel):
            yield from _field_columns(nested, table, f"{prefix}{name}_")
        else:
            yield ITEM_ID[table] if (not prefix and name == "id") else f"{prefix}{name}"


def _flatten(values: dict[str, Any], table: Table, prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, dict):
            flat |= _flatten(value, table, f"{prefix}{name}_")
        else:
            flat[ITEM_ID[table] if (not prefix and name == "id") else f"{prefix}{name}"] = value
    return flat


def _cell(value: Any) -> str:
    """
    >>> [_cell(v) for v in (None, True, 4e11, ["Acme", "ACME Corp"])]
    ['', 'true', '400000000000.0', '["Acme", "ACME Corp"]']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()
