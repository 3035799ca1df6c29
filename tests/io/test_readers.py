"""Bad input becomes exactly one clear record; nothing else is lost."""

import os

import pytest

from newsclaims.io.readers import iter_articles

# file name, bytes, status, error code (None when ok)
INPUTS = [
    ("plain.txt", b"Acme raised $5 billion.", "ok", None),
    ("bom.txt", b"\xef\xbb\xbfAcme raised $5 billion.", "ok", None),
    ("utf16.txt", "Acme raised €5 billion.".encode("utf-16"), "ok", None),
    ("notes.md", b"# Title\n\nAcme raised $5 billion.", "ok", None),
    ("latin1.txt", "Caf\u00e9 raised \u00a35 million.".encode("latin-1"), "error", "decode_error"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "error", "binary"),
    ("empty.txt", b"", "skipped", "empty"),
    ("blank.txt", b"  \n\t \n", "skipped", "empty"),
    ("huge.txt", b"a" * 101, "error", "too_large"),
    # far over the limit in multi-byte characters: the read stops early, and the cut is no decode error
    ("huge-utf8.txt", "€".encode() * 5000, "error", "too_large"),
]


@pytest.mark.parametrize(("name", "data", "status", "code"), INPUTS)
def test_each_input_gives_one_record(tmp_path, name, data, status, code):
    (tmp_path / name).write_bytes(data)
    (article,) = list(iter_articles([str(tmp_path / name)], max_chars=100))
    assert article.status == status
    assert (article.error.code if article.error else None) == code
    if code:
        assert name in article.error.message
    else:
        assert "raised" in article.text and not article.text.startswith("\ufeff")


def test_folder_is_recursive_ordered_and_skips_hidden_and_other_suffixes(tmp_path):
    # Order: a folder's files by name, then its subfolders by name (stable across runs and machines).
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("two")
    (tmp_path / "one.md").write_text("one")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "data.csv").write_text("c")
    assert [a.id for a in iter_articles([str(tmp_path)])] == ["one", "b/two"]


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
