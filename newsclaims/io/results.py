"""Reading newsclaims output back: JSONL files of `ArticleResult` records, one per line.

A file is taken as results by its records, not by its first line: of the JSON objects among its first
`SNIFF_LINES` non-blank lines, more are records (`schema_version` and `article`, which article JSONL never
has) than not. A first line that is broken therefore no longer turns a results file into articles (each
record then read as an article without text, and a `--fail-on` gate open). A line that is not a valid record
becomes an error record of its own, with the line number, and the rest of the file goes on.
"""

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from newsclaims.models import ArticleMeta, ArticleResult, ErrorRecord

SNIFF_LINES = 50


def is_results_file(path: Path) -> bool:
    """Whether `path` is a JSONL file of newsclaims output records."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    records = others = 0
    try:
        with path.open("rb") as stream:
            lines = (line for line in stream if line.strip())
            for line, _ in zip(lines, range(SNIFF_LINES), strict=False):
                try:
                    value = json.loads(line)
                except ValueError:
                    continue  # a broken line says nothing about what the file holds
                if isinstance(value, dict):
                    is_record = "schema_version" in value and "article" in value
                    records, others = records + is_record, others + (not is_record)
    except OSError:
        return False
    return records > others


def read_results(path: Path) -> Iterator[ArticleResult]:
    """The records of a results file; a broken line yields an `invalid_json` error record in its place."""
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield ArticleResult.model_validate_json(line)
            except ValidationError as error:
                problem = error.errors()[0]
                where = " -> ".join(str(part) for part in problem["loc"]) or "record"
                message = f"{path}:{number}: not a newsclaims record: [{where}] {problem['msg']}"
                meta = ArticleMeta(
                    id=f"{path.stem}:{number}", source=str(path), sha256=None, published=None, title=None, chars=None
                )
                yield ArticleResult(
                    status="error", errors=[ErrorRecord(code="invalid_json", message=message)], article=meta
                )
