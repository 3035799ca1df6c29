"""The JSON Schema of the output contract, as downstream users read it."""

import json

from newsclaims.models.article import ArticleResult


def json_schema() -> dict:
    """JSON Schema of one output record (`ArticleResult`), serialization mode."""
    return ArticleResult.model_json_schema(mode="serialization")


def json_schema_text() -> str:
    """The schema as the committed `schema.json` holds it: sorted keys, two-space indent, final newline."""
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
