"""The command line, end to end with the blank pipeline (fast) and once with the real model."""

import json

import pytest
from click.testing import CliRunner

from newsclaims.cli import cli

BLANK = ["--model", "blank:en"]


def _records(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_folder_to_stdout_one_line_per_article(tmp_path):
    (tmp_path / "a.txt").write_text("Acme raised $5 billion, up 13%.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Nothing to see.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\xfd bad")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), *BLANK, "-q"])
    assert 0 == result.exit_code, result.output
    records = _records(result.stdout)
    assert [(r["article"]["id"], r["status"]) for r in records] == [("a", "ok"), ("b", "ok"), ("c", "error")]
    assert [m["text"] for m in records[0]["mentions"]] == ["$5 billion", "13%"]
    assert records[2]["errors"][0]["code"] == "decode_error"
    assert "decode_error" not in result.stderr and "not valid UTF-8" in result.stderr


def test_strict_exits_nonzero_on_error_records(tmp_path):
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), *BLANK, "-q", "--strict"])
    assert result.exit_code == 1
    assert _records(result.stdout)[0]["errors"][0]["code"] == "binary"


def test_stdin_and_published(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "-", *BLANK, "-q", "--published", "2026-11-26"], input="It lent €20m.")
    assert 0 == result.exit_code, result.output
    (record,) = _records(result.stdout)
    assert record["article"]["id"] == "stdin" and record["article"]["published"] == "2026-11-26"
    assert record["mentions"][0]["value"]["currency"] == "EUR"


def test_output_file_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n")
    article = tmp_path / "a.txt"
    article.write_text("It lent $5 billion.")
    result = CliRunner().invoke(cli, ["extract", str(article), *BLANK, "-o", str(out)])
    assert result.exit_code != 0 and "exists" in result.output
    assert out.read_text() == "keep me\n"
    result = CliRunner().invoke(cli, ["extract", str(article), *BLANK, "-o", str(out), "--force"])
    assert 0 == result.exit_code, result.output
    assert "wrote" in result.stderr
    assert len(_records(out.read_text())) == 1


def test_unknown_model_is_a_clean_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("x")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", "no_such_model"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "Traceback" not in result.output


@pytest.mark.parametrize("command", ["extract", "schema"])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert 0 == result.exit_code, result.output
    assert "Example:" in result.output


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    output = subprocess.run(
        [sys.executable, "-m", "newsclaims", "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert output.startswith("newsclaims, version ")
