"""Reading newsclaims output back: JSONL files of `ArticleResult` records, one per line.

A file is taken as results when its first non-blank line is a JSON object with `schema_version` and
`article` (article JSONL has neither). A line that is not a valid record becomes an error record of its
own, with the line number, and the rest of the file goes on.
"""

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from newsclaims.models import ArticleMeta, ArticleResult, ErrorRecord


def is_results_file(path: Path) -> bool:
    """Whether `path` is a JSONL file of newsclaims output records."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    try:
        with path.open("rb") as stream:
            for line in stream:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and "schema_version" in record and "article" in record
    except (OSError, ValueError):
        return False
    return False


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
