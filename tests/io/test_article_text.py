"""Finding a record's text again from its source, and only when the text is still the one extracted."""

import json

import pytest

from newsclaims.io.article_text import TextFinder
from newsclaims.models import ArticleMeta, text_sha256

TEXT = "Corran Metals agreed a $40 billion loan on Monday."


def _meta(source, text=TEXT, article_id="a"):
    sha = text_sha256(text) if text is not None else None
    return ArticleMeta(id=article_id, source=source, sha256=sha, published=None, title=None, chars=None)


def test_a_text_file_is_read_back(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    found = TextFinder().find(_meta(str(tmp_path / "a.txt")))
    assert (found.text, found.problem) == (TEXT, None)


def test_a_relative_source_is_also_looked_for_beside_the_results_file(tmp_path):
    (tmp_path / "wires").mkdir()
    (tmp_path / "wires" / "a.txt").write_text(TEXT, encoding="utf-8")
    assert TextFinder().find(_meta("wires/a.txt")).text is None
    assert TextFinder().find(_meta("wires/a.txt"), results_file=tmp_path / "out.jsonl").text == TEXT


def test_a_jsonl_line_is_found_by_its_hash(tmp_path):
    lines = [{"id": f"n{i}", "text": f"Story {i} raised ${i} million."} for i in range(5)]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    finder = TextFinder()
    for line in (lines[3], lines[0]):
        assert finder.find(_meta(str(tmp_path / "feed.jsonl"), line["text"])).text == line["text"]


def test_a_record_that_was_never_read_has_no_text_and_no_second_reason(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    found = TextFinder().find(_meta(str(tmp_path / "a.txt"), None))
    assert (found.text, found.problem) == (None, None)


def test_html_goes_through_the_same_extraction(tmp_path):
    body = "<p>" + " ".join([TEXT] * 8) + "</p>"
    (tmp_path / "a.html").write_text(
        f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
    )
    first = TextFinder().find(_meta(str(tmp_path / "a.html"), None)).text
    assert first is None  # a record without a hash has no text to look for
    from newsclaims.io.readers import ReadOptions, Source, read_source

    extracted = read_source(Source("a", str(tmp_path / "a.html"), "html"), ReadOptions()).text
    assert TextFinder().find(_meta(str(tmp_path / "a.html"), extracted)).text == extracted


@pytest.mark.parametrize(
    ("case", "problem"),
    [
        ("changed", "has changed since it was extracted (its SHA-256 differs)"),
        ("missing", "is not found, so mentions are listed instead"),
        ("stdin", "names no source file"),
        ("binary", "No text: "),
    ],
)
def test_why_there_is_no_text(tmp_path, case, problem):
    path = tmp_path / "a.txt"
    path.write_text(TEXT + " Updated.", encoding="utf-8")
    meta = {
        "changed": _meta(str(path)),
        "missing": _meta(str(tmp_path / "gone.txt")),
        "stdin": _meta(None),
        "binary": _meta(str(tmp_path / "b.txt")),
    }[case]
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    found = TextFinder().find(meta)
    assert found.text is None and problem in found.problem
