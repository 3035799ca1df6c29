"""Every input article becomes exactly one record: read, or refused with a clear code; nothing is lost.

HOSTILE is the issue's table of hostile files; a new kind of bad file met in the wild gets a row there.
"""

import datetime as dt
import os

import pytest

from newsclaims.io.jsonl_input import JsonlFields
from newsclaims.io.readers import ReadOptions, count_sources, iter_articles

ARTICLE = "Acme raised $5 billion, up 13% on the year."
PAGE = (
    "<html><head><title>Acme raises cash</title><script>var p='$9 billion';</script>"
    '<meta name="date" content="2026-10-01"></head><body><nav>Markets | Deals</nav><article><p>'
    + "Acme raised $5 billion in a bond sale on Tuesday, the company said in a statement. " * 3
    + "</p></article><script>track('$1 trillion')</script></body></html>"
)

# file name, bytes (or a function making them from the temp folder), status, code, encoding
HOSTILE = [
    pytest.param("plain.txt", ARTICLE.encode(), "ok", None, None, id="utf-8"),
    pytest.param("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode(), "ok", None, None, id="utf-8-bom"),
    pytest.param("notes.md", b"# Title\n\n" + ARTICLE.encode(), "ok", None, None, id="markdown"),
    pytest.param("utf16.txt", ARTICLE.encode("utf-16"), "ok", None, "utf-16", id="utf-16"),
    pytest.param("latin1.txt", "Café raised £5 million.".encode("latin-1"), "ok", None, "cp1252", id="latin-1"),
    pytest.param(
        "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512), "error", "binary", None, id="binary"
    ),
    pytest.param("nul.txt", ARTICLE.encode() + b"\x00" + ARTICLE.encode(), "error", "binary", None, id="nul-bytes"),
    pytest.param("broken.txt", "€".encode() + b"\xff\xfe raised", "error", "decode_error", None, id="invalid-utf-8"),
    pytest.param("empty.txt", b"", "skipped", "empty", None, id="empty"),
    pytest.param("blank.txt", b"  \n\t \n", "skipped", "empty", None, id="whitespace-only"),
    pytest.param("huge.txt", b"Acme raised $5 billion. " * 1_300_000, "error", "too_large", None, id="30-MB"),
    pytest.param("line.txt", b"Acme raised $5 billion " + b"x" * 200_000, "ok", None, None, id="200k-char-line"),
    pytest.param("page.html", PAGE.encode(), "ok", None, None, id="script-laden-html"),
    pytest.param(
        "nav.htm",
        b"<html><head><style>p {}</style></head><body><script>x()</script></body></html>",
        "skipped",
        "no_text",
        None,
        id="html-without-text",
    ),
    pytest.param("bad.html", b"<html>\x00\x00\x00\x01\x02", "error", "binary", None, id="html-binary"),
    pytest.param(
        "broken.jsonl", b'{"id": "x", "text": "Acme raised', "error", "invalid_json", None, id="broken-jsonl-line"
    ),
    # issue 18: lxml builds no deeper than 255 elements; a lone surrogate could not be written as JSON
    pytest.param(
        "deep.html",
        ("<html><body>" + "<div>" * 1000 + "<p>" + ARTICLE * 4 + "</p>" + "</div>" * 1000 + "</body></html>").encode(),
        "ok",
        None,
        None,
        id="html-nested-1000-levels",
    ),
    pytest.param(
        "cut.jsonl", b'{"id": "x", "text": "Acme \\ud83d raised $5 billion"}', "ok", None, None, id="lone-surrogate"
    ),
]


@pytest.mark.parametrize(("name", "data", "status", "code", "encoding"), HOSTILE)
def test_each_hostile_file_gives_one_clear_record(tmp_path, name, data, status, code, encoding):
    (tmp_path / name).write_bytes(data)
    (article,) = list(iter_articles([str(tmp_path / name)]))
    assert (article.status, article.error.code if article.error else None) == (status, code)
    assert article.encoding == encoding
    if code:
        assert article.text is None and name in article.error.message
    else:
        assert "raised" in article.text and "\ufeff" not in article.text
        assert not any("\ud800" <= char <= "\udfff" for char in article.text)  # UTF-8 can write it


def test_html_gives_text_title_and_date_without_boilerplate(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (article,) = iter_articles([str(tmp_path)])
    assert (article.id, article.title, article.published) == ("page", "Acme raises cash", dt.date(2026, 10, 1))
    assert "$9 billion" not in article.text and "$1 trillion" not in article.text and "Markets" not in article.text


@pytest.mark.parametrize(
    ("max_chars", "data", "code"),
    [
        pytest.param(100, b"a" * 101, "too_large", id="one-char-over"),
        pytest.param(100, b"a" * 100, None, id="at-the-limit"),
        # far over the limit in multi-byte characters: the read stops early, and the cut is no decode error
        pytest.param(100, "€".encode() * 5000, "too_large", id="multi-byte-cut"),
    ],
)
def test_max_chars(tmp_path, max_chars, data, code):
    (tmp_path / "a.txt").write_bytes(data)
    (article,) = iter_articles([str(tmp_path)], ReadOptions(max_chars=max_chars))
    assert (article.error.code if article.error else None) == code


JSONL = b"\n".join(
    [
        b'{"id": "first", "text": "Acme rose 4%.", "published": "2026-11-02", "title": "Up"}',
        b'{"text": "No id here, 5%."}',
        b"",  # blank lines are not articles
        b'{"id": "broken", "text": "Acme',
        b'["not", "an", "object"]',
        b'{"id": "no-text", "summary": "x"}',
        b'{"id": "blank-text", "text": "   "}',
        b'{"id": "last", "body": "Its shares fell 2%."}',
    ]
)


def test_jsonl_one_record_per_line_and_a_broken_line_does_not_stop_the_file(tmp_path):
    (tmp_path / "export.jsonl").write_bytes(JSONL)
    articles = list(iter_articles([str(tmp_path)]))
    assert [(a.id, a.status, a.error.code if a.error else None) for a in articles] == [
        ("first", "ok", None),
        ("export:2", "ok", None),
        ("export:4", "error", "invalid_json"),
        ("export:5", "error", "invalid_json"),
        ("export:6", "error", "missing_text"),
        ("blank-text", "skipped", "empty"),
        ("last", "ok", None),
    ]
    assert (articles[0].title, articles[0].published) == ("Up", dt.date(2026, 11, 2))
    assert "export.jsonl:4" in articles[2].error.message  # the line number, for a person to find it
    assert count_sources([str(tmp_path)], ReadOptions()) == 7


def test_jsonl_custom_fields(tmp_path):
    (tmp_path / "cms.jsonl").write_text('{"guid": "g1", "story": "It lent $5m.", "pubDate": "2026-01-02"}\n')
    fields = JsonlFields(text=("story",), id="guid", date=("pubDate",))
    (article,) = iter_articles([str(tmp_path)], ReadOptions(fields=fields))
    assert (article.id, article.text, article.published) == ("g1", "It lent $5m.", dt.date(2026, 1, 2))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"", [("empty", "skipped", "empty")], id="empty-file"),
        pytest.param(b"\n\n  \n", [("empty", "skipped", "empty")], id="only-blank-lines"),
        pytest.param(
            b'{"text": "' + b"a" * 700 + b'"}\n{"text": "ok"}',
            [("empty:1", "error", "too_large"), ("empty:2", "ok", None)],
            id="overlong-line-then-good",
        ),
    ],
)
def test_jsonl_edge_files(tmp_path, data, expected):
    (tmp_path / "empty.jsonl").write_bytes(data)
    articles = iter_articles([str(tmp_path)], ReadOptions(max_chars=100))
    assert [(a.id, a.status, a.error.code if a.error else None) for a in articles] == expected


def test_folder_is_recursive_ordered_and_skips_hidden_and_other_suffixes(tmp_path):
    # Order: a folder's files by name, then its subfolders by name (stable across runs and machines).
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("two")
    (tmp_path / "b" / "three.HTML").write_text("<p>three</p>")
    (tmp_path / "one.md").write_text("one")
    (tmp_path / "lines.jsonl").write_text('{"text": "l1"}\n{"text": "l2"}\n')
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "data.csv").write_text("c")
    ids = [a.id for a in iter_articles([str(tmp_path)])]
    assert ids == ["lines:1", "lines:2", "one", "b/three", "b/two"]


def test_symlink_loop_is_survived(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("one")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    assert [a.id for a in iter_articles([str(tmp_path)])] == ["a/one"]


def test_missing_path_is_an_error_record(tmp_path):
    (article,) = list(iter_articles([str(tmp_path / "nope.txt")]))
    assert (article.status, article.error.code) == ("error", "not_found")


def test_unreadable_file_is_an_error_record(tmp_path):
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")  # listed, but cannot be opened
    (article,) = list(iter_articles([str(tmp_path)]))
    assert (article.id, article.status, article.error.code) == ("broken", "error", "unreadable")


def test_folder_that_cannot_be_listed_is_an_error_record(tmp_path, monkeypatch):
    # Root can list any folder, so the refusal is simulated where os.walk lists folders.
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("two")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    articles = [(a.id, a.status, a.error.code if a.error else None) for a in iter_articles([str(tmp_path)])]
    assert articles == [("a", "ok", None), ("locked", "error", "unreadable")]


def test_html_in_a_declared_legacy_encoding(tmp_path):
    body = "Компания привлекла $5 млрд в ходе размещения облигаций во вторник, сообщила компания. " * 3
    page = f'<html><head><meta charset="koi8-r"><title>Т</title></head><body><article><p>{body}</p></article>'
    (tmp_path / "ru.html").write_bytes(page.encode("koi8_r"))
    (article,) = iter_articles([str(tmp_path)])
    assert article.encoding == "koi8-r" and "Компания привлекла $5" in article.text
