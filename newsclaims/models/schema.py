"""The JSON Schema of the output contract, as downstream users read it."""

import json

from newsclaims.models.article import ArticleResult


def json_schema() -> dict:
    """JSON Schema of one output record (`ArticleResult`), serialization mode."""
    return ArticleResult.model_json_schema(mode="serialization")


def json_schema_text() -> str:
    """The schema as the committed `schema.json` holds it: sorted keys, two-space indent, final newline."""
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


_PREAMBLE = """# The output contract (schema_version "1")

One JSON object per input article, the same shape for success and failure: `newsclaims extract` writes one
per line (JSONL). This page is generated from the pydantic models (`newsclaims/models/`) by
`newsclaims schema --markdown > docs/contract.md`; `tests/models/test_schema.py` fails when it is stale.
The machine-readable form is `newsclaims schema` (JSON Schema, also committed as
`newsclaims/models/schema.json`).

Offsets index the article text exactly as read: `text[start:end] == mention.text`. Spans follow the
OntoNotes conventions spaCy's English models learned (qualifiers inside: "up to $400 billion"); the `value`
says what the span means. A finding cites mention and claim ids of its own record; a finding across
articles (from `newsclaims check`) also lists the article id of each cited mention.
"""


def _type_of(spec: dict) -> str:
    if "$ref" in spec:
        return f"[{spec['$ref'].rsplit('/', 1)[-1]}](#{spec['$ref'].rsplit('/', 1)[-1].lower()})"
    if "enum" in spec:
        return " \\| ".join(f"`{json.dumps(v)}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{json.dumps(spec['const'])}`"
    if "anyOf" in spec:
        return " \\| ".join(_type_of(s) for s in spec["anyOf"])
    if "oneOf" in spec:
        return " \\| ".join(_type_of(s) for s in spec["oneOf"])
    if spec.get("type") == "array":
        return f"list of {_type_of(spec.get('items', {}))}"
    return f"{spec.get('type', 'any')}"


def contract_markdown() -> str:
    """The contract as a Markdown page: every model, its fields, their types and descriptions."""
    schema = json_schema()
    models = {"ArticleResult": schema, **schema.get("$defs", {})}
    lines = [_PREAMBLE]
    for name, model in models.items():
        lines += [f"## {name}", "", model.get("description", "").strip(), ""]
        lines += ["| field | type | required | description |", "|---|---|---|---|"]
        required = set(model.get("required", []))
        for field, spec in model.get("properties", {}).items():
            description = spec.get("description", "").replace("|", "\\|").replace("\n", " ")
            lines.append(f"| `{field}` | {_type_of(spec)} | {'yes' if field in required else 'no'} | {description} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
