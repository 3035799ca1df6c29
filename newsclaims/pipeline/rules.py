"""Load the rule tables kept as data beside this module (`rules/*.json`, `rules/*.jsonl`).

The tables are the place to teach newsclaims a new currency, scale word or qualifier; the code that reads
them stays the same. `tests/pipeline/test_rules.py` validates every table and pattern.
"""

import json
from functools import cache
from importlib import resources
from typing import Any


def _rules_dir():
    return resources.files("newsclaims.pipeline") / "rules"


@cache
def load_table(name: str) -> dict[str, Any]:
    """A JSON table from `rules/NAME.json`, without its `_doc` entry."""
    data = json.loads((_rules_dir() / f"{name}.json").read_text(encoding="utf-8"))
    data.pop("_doc", None)
    return data


@cache
def load_patterns(name: str = "quantity_patterns") -> tuple[dict[str, Any], ...]:
    """spaCy Matcher patterns, one `{"label", "pattern", "id"}` record per line of `rules/NAME.jsonl`."""
    text = (_rules_dir() / f"{name}.jsonl").read_text(encoding="utf-8")
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise ValueError(f"rules/{name}.jsonl line {number}: {error}") from error
    return tuple(records)
