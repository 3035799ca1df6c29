"""Output: one compact line per record, each written whole, readable back into the contract."""

import io
import json

from newsclaims.io.writers import JsonlWriter, RecordSink, jsonl_line
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


def test_sink_appends_whole_records_and_is_on_disk_at_once(tmp_path):
    path = tmp_path / "out" / "results.jsonl"
    sink = RecordSink(path)
    sink.write(jsonl_line(_result("a")))
    assert path.read_text(encoding="utf-8").count("\n") == 1  # no buffer to flush: a kill loses nothing written
    sink.close()
    sink = RecordSink(path, append=True)
    sink.write(jsonl_line(_result("b")))
    sink.write("")
    sink.close()
    assert [json.loads(line)["article"]["id"] for line in path.read_text(encoding="utf-8").splitlines()] == ["a", "b"]
