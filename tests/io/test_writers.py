"""JSONL out: one compact line per record, readable back into the contract."""

import io
import json

from newsclaims.io.writers import JsonlWriter
from newsclaims.models import ArticleMeta, ArticleResult


def _result(article_id: str) -> ArticleResult:
    meta = ArticleMeta(id=article_id, source=None, sha256=None, published=None, title="Ünïcode", chars=0)
    return ArticleResult(status="ok", article=meta)


def test_one_line_per_record_round_trips():
    stream = io.StringIO()
    writer = JsonlWriter(stream)
    writer.write(_result("a"))
    writer.write(_result("b"))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2 and stream.getvalue().endswith("\n")
    assert [ArticleResult.model_validate(json.loads(line)).article.id for line in lines] == ["a", "b"]
    assert "Ünïcode" in lines[0]  # UTF-8 kept as text, not escaped
