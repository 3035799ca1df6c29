"""The output contract: strict models, described fields, and a committed JSON Schema kept current."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

import newsclaims.models as models
from newsclaims.cli import cli
from newsclaims.models.schema import json_schema, json_schema_text
from tests.conftest import SHARED

SCHEMA_FILE = Path(models.__file__).parent / "schema.json"


def test_committed_schema_is_current():
    # Regenerate with: newsclaims schema > newsclaims/models/schema.json
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text()


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert 0 == result.exit_code, result.output
    assert json.loads(result.output) == json_schema()


def _properties(schema):
    yield from schema.get("properties", {}).items()
    for definition in schema.get("$defs", {}).values():
        yield from definition.get("properties", {}).items()


def test_every_field_is_described():
    undescribed = [name for name, spec in _properties(json_schema()) if not spec.get("description")]
    assert undescribed == []


def test_every_model_forbids_unknown_fields():
    for definition in json_schema()["$defs"].values():
        if definition.get("type") == "object":
            assert definition.get("additionalProperties") is False, definition.get("title")


def test_unknown_field_is_rejected():
    with pytest.raises(ValidationError, match="extra"):
        models.ErrorRecord(code="empty", message="x", colour="red")


def test_mention_type_selects_the_value_model():
    mention = models.ArticleResult.model_validate(
        {
            "status": "ok",
            "article": {"id": "a", "source": None, "sha256": None, "published": None, "title": None, "chars": 0},
            "mentions": [
                {
                    "id": "m1",
                    "type": "percent",
                    "text": "13%",
                    "start": 0,
                    "end": 3,
                    "sentence": 0,
                    "value": {"value": 13.0, "low": None, "high": None, "qualifier": "exact", "kind": "level"},
                }
            ],
        }
    ).mentions[0]
    assert isinstance(mention, models.PercentMention)


def test_design_example_record_fits_the_contract():
    """DESIGN.md's example record (money, percent, date, org mentions, claims, findings) validates, apart
    from the two money fields this project adds (currency_basis, per), which the example predates."""
    example = SHARED / "example-record.json"
    if not example.exists():
        pytest.skip(f"{example} not present")
    record = json.loads(example.read_text(encoding="utf-8"))
    for mention in record["mentions"]:
        if mention["type"] == "money":
            mention["value"].setdefault("currency_basis", "assumed")
            mention["value"].setdefault("per", None)
    result = models.ArticleResult.model_validate(record)
    assert [m.type for m in result.mentions].count("org") == 3
    assert result.findings[0].check == "magnitude_slip"


def test_committed_contract_page_is_current():
    """docs/contract.md is generated from the models: newsclaims schema --markdown > docs/contract.md"""
    from newsclaims.models.schema import contract_markdown

    page = Path(__file__).resolve().parents[2] / "docs" / "contract.md"
    assert page.read_text(encoding="utf-8") == contract_markdown()
