"""--resume repairs what a killed run left and says which articles are done."""

import json

import pytest

from newsclaims.io.csv_writer import header_text, rows_text
from newsclaims.io.resume import ResumeError, resume_csv, resume_jsonl
from newsclaims.models import ArticleMeta, ArticleResult, ErrorRecord, MoneyMention


def _line(article_id: str, status: str = "ok") -> str:
    sha = None if status == "error" else article_id * 4
    errors = [ErrorRecord(code="binary", message="binary")] if status == "error" else []
    meta = ArticleMeta(id=article_id, source=None, sha256=sha, published=None, title=None, chars=None)
    return ArticleResult(status=status, errors=errors, article=meta).model_dump_json() + "\n"


A, B, C = _line("a"), _line("b"), _line("c")
BAD = _line("x", "error")

# existing file, ids done, file after repair
JSONL_CASES = [
    pytest.param(A + B, {"a", "b"}, A + B, id="whole-lines-kept"),
    pytest.param(A + B + C[:40], {"a", "b"}, A + B, id="torn-last-line-cut"),
    pytest.param(A + B + C[:-1], {"a", "b"}, A + B, id="last-line-without-newline-cut"),
    pytest.param(A + BAD + B, {"a", "b"}, A + B, id="error-record-removed-for-retry"),
    pytest.param(A + "garbage\n" + B + C[:10], {"a", "b"}, A + B, id="garbage-and-torn-removed"),
    pytest.param(BAD, set(), "", id="only-an-error"),
    pytest.param("", set(), "", id="empty-file"),
]


@pytest.mark.parametrize(("existing", "done", "after"), JSONL_CASES)
def test_resume_jsonl(tmp_path, existing, done, after):
    path = tmp_path / "out.jsonl"
    path.write_text(existing, encoding="utf-8")
    state = resume_jsonl(path)
    assert {article_id for article_id, _ in state.done} == done
    assert path.read_text(encoding="utf-8") == after
    assert all(json.loads(line) for line in after.splitlines())
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_resume_jsonl_without_a_file(tmp_path):
    assert resume_jsonl(tmp_path / "none.jsonl").done == frozenset()


def _csv_rows(article_id: str, mentions: int) -> str:
    meta = ArticleMeta(id=article_id, source=None, sha256=article_id * 4, published=None, title=None, chars=9)
    items = [
        MoneyMention(
            id=f"m{n}",
            type="money",
            text="$5",
            start=0,
            end=2,
            sentence=0,
            value={"amount": 5.0, "low": None, "high": None, "currency": "USD", "qualifier": "exact"}
            | {"currency_basis": "assumed", "per": None},
        )
        for n in range(1, mentions + 1)
    ]
    return rows_text(ArticleResult(status="ok", article=meta, mentions=items), "mentions")


HEADER = header_text("mentions")
RA, RB = _csv_rows("a", 2), _csv_rows("b", 3)

# existing file, ids done, file after repair
CSV_CASES = [
    pytest.param(HEADER + RA + RB, {"a"}, HEADER + RA, id="last-article-redone"),
    pytest.param(HEADER + RA + RB[:-30], {"a"}, HEADER + RA, id="torn-row-cuts-its-article"),
    pytest.param(HEADER + RA, set(), HEADER, id="single-article-redone"),
    pytest.param(HEADER, set(), HEADER, id="header-only"),
    pytest.param(HEADER[:20], set(), "", id="torn-header"),
]


@pytest.mark.parametrize(("existing", "done", "after"), CSV_CASES)
def test_resume_csv(tmp_path, existing, done, after):
    path = tmp_path / "out.csv"
    path.write_text(existing, encoding="utf-8")
    state = resume_csv(path, "mentions")
    assert {article_id for article_id, _ in state.done} == done
    assert path.read_text(encoding="utf-8") == after
    assert state.has_header == bool(after)


def test_resume_csv_refuses_another_table(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text(header_text("claims"), encoding="utf-8")
    with pytest.raises(ResumeError, match="not a CSV of the mentions table"):
        resume_csv(path, "mentions")
