"""One record per input, whatever the input: hostile files put in a folder beside a plain article, run
through `newsclaims extract` end to end (the blank pipeline). Each case must give exactly its one record,
and the plain article after it must still get its own.

HOSTILE_RUNS is the table of inputs that once lost a whole run or hung it (issue 18); a new one met in the
wild gets a row here. Reader-level cases (encodings, sizes, broken lines) are in tests/io/test_readers.py.
"""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclaims.cli import cli

PLAIN = "Acme lent $5 billion to Borealis."
DEEP_BODY = "<p>Acme raised $5 billion in a bond sale on Tuesday, the company said in a statement.</p>" * 3


def _bytes_name(folder: Path) -> str:
    """A file whose name is not valid UTF-8 (Latin-1 'café')."""
    try:
        with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as stream:
            stream.write(PLAIN.encode())
    except OSError:  # a file system that only takes UTF-8 names (macOS)
        pytest.skip("this file system refuses names that are not UTF-8")
    return "caf\\xe9"


def _fifo(folder: Path) -> str:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(folder / "pipe.txt")
    return "pipe"


def _write(name: str, data: str | bytes, record_id: str | None = None):
    def make(folder: Path) -> str:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return record_id or path.stem

    return make


def _jsonl_line(**fields) -> str:
    # json.dumps writes a lone surrogate as the escape "\ud800", as JavaScript exports do
    return json.dumps({"text": PLAIN, **fields}) + "\n"


# (make the hostile input in the folder and return its record's id, expected status, error code)
HOSTILE_RUNS = [
    pytest.param(_bytes_name, "ok", None, id="file-name-not-utf-8"),
    pytest.param(_write("a\x1b]0;pwned\x07.txt", PLAIN), "ok", None, id="escape-sequence-in-file-name"),
    pytest.param(_fifo, "error", "unreadable", id="fifo-in-folder"),
    pytest.param(_write("surrogate.jsonl", _jsonl_line(id="s1", text="Acme \ud800 lent $5 billion."), "s1"), "ok", None,
                 id="lone-surrogate-in-jsonl-text"),
    pytest.param(_write("title.jsonl", _jsonl_line(id="t1", title="Loan \udc00"), "t1"), "ok", None,
                 id="lone-surrogate-in-jsonl-title"),
    pytest.param(_write("ident.jsonl", _jsonl_line(id="x\ud83d"), "x\ufffd"), "ok", None,
                 id="lone-surrogate-in-jsonl-id"),
    pytest.param(_write("digits.txt", "Acme paid $" + "9" * 400 + " for Borealis."), "ok", None,
                 id="400-digit-amount"),
    pytest.param(_write("deep.html", "<html><body>" + "<div>" * 1000 + DEEP_BODY + "</div>" * 1000 + "</body></html>"),
                 "ok", None, id="html-nested-1000-levels"),
]  # fmt: skip


@pytest.mark.parametrize(("make", "status", "code"), HOSTILE_RUNS)
def test_a_hostile_input_gets_its_one_record_and_the_run_goes_on(tmp_path, make, status, code):
    folder = tmp_path / "in"
    folder.mkdir()
    expected_id = make(folder)
    (folder / "zz-plain.txt").write_text(PLAIN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(folder), "--model", "blank:en", "-q"])
    assert 0 == result.exit_code, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2, result.stdout
    hostile, plain = records
    assert (plain["article"]["id"], plain["status"]) == ("zz-plain", "ok")
    assert hostile["status"] == status
    assert [error["code"] for error in hostile["errors"]] == ([code] if code else [])
    assert "\ud800" not in result.stdout and "\x1b" not in result.stderr
    assert hostile["article"]["id"] == expected_id


def test_a_lone_surrogate_reads_as_one_replacement_character_so_offsets_hold(tmp_path):
    line = _jsonl_line(id="s1", text="Acme \ud800 lent $5 billion.", title="Loan \udc00")
    (tmp_path / "s.jsonl").write_text(line, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "s.jsonl"), "--model", "blank:en", "-q"])
    assert 0 == result.exit_code, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["article"]["title"] == "Loan \ufffd" and record["article"]["chars"] == len(
        "Acme \ud800 lent $5 billion."
    )
    (money,) = record["mentions"]
    assert "Acme \ufffd lent $5 billion."[money["start"] : money["end"]] == money["text"] == "$5 billion"


def test_a_number_too_long_for_a_float_is_a_mention_without_value(tmp_path):
    (tmp_path / "a.txt").write_text("Acme paid $" + "9" * 400 + " billion, or 4%.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), "--model", "blank:en", "-q"])
    assert 0 == result.exit_code, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    money, percent = record["mentions"]
    assert money["type"] == "money" and money["text"].endswith("9 billion")
    assert (money["value"]["amount"], money["value"]["low"], money["value"]["high"]) == (None, None, None)
    assert money["value"]["currency"] == "USD" and percent["value"]["value"] == 4.0


def test_a_script_nested_past_the_parser_limit_stays_out_of_the_text(tmp_path):
    script = "<script>var price = '$9 billion';</script><style>p:after { content: '$7 billion' }</style>"
    page = "<html><body>" + "<div>" * 600 + script + DEEP_BODY + "</div>" * 600 + "</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "deep.html"), "--model", "blank:en", "-q"])
    assert 0 == result.exit_code, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [m["text"] for m in record["mentions"] if m["type"] == "money"] == ["$5 billion"] * 3


@pytest.mark.parametrize("prolog", ["", '<?xml version="1.0" encoding="utf-8"?>\n'], ids=["html", "xhtml"])
def test_a_deep_article_under_a_shallow_header_is_read_whole(tmp_path, prolog):
    header = "<header><h1>Acme markets</h1><p>" + "Shallow words about the markets this week. " * 8 + "</p></header>"
    body = "".join(f"<p>Acme raised ${n} billion in a bond sale on Tuesday, the company said.</p>" for n in (5, 6, 7))
    page = prolog + "<html><body>" + header + "<div>" * 400 + body + "</div>" * 400 + "</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "deep.html"), "--model", "blank:en", "-q"])
    assert 0 == result.exit_code, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [m["text"] for m in record["mentions"] if m["type"] == "money"] == ["$5 billion", "$6 billion", "$7 billion"]


def test_a_fifo_named_on_the_command_line_is_read(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(PLAIN, encoding="utf-8"))
    writer.start()
    result = CliRunner().invoke(cli, ["extract", str(fifo), "--model", "blank:en", "-q"])
    writer.join()
    assert 0 == result.exit_code, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["status"] == "ok" and record["mentions"][0]["text"] == "$5 billion"
