"""The command line, end to end with the blank pipeline (fast) and once with the real model."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsclaims.cli import cli
from newsclaims.io.output_lock import OutputLock, lock_path
from newsclaims.models import ArticleResult, Finding

BLANK = ["--model", "blank:en"]


def _records(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_folder_to_stdout_one_line_per_article(tmp_path):
    (tmp_path / "a.txt").write_text("Acme raised $5 billion, up 13%.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Nothing to see.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("é".encode() + b"\xff bad")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), *BLANK, "-q"])
    assert 0 == result.exit_code, result.output
    records = _records(result.stdout)
    assert [(r["article"]["id"], r["status"]) for r in records] == [("a", "ok"), ("b", "ok"), ("c", "error")]
    assert [m["text"] for m in records[0]["mentions"]] == ["$5 billion", "13%"]
    assert records[2]["errors"][0]["code"] == "decode_error"
    assert "decode_error" not in result.stderr and "broken UTF-8" in result.stderr


def test_strict_exits_with_status_2_on_error_records(tmp_path):
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), *BLANK, "-q", "--strict"])
    assert result.exit_code == 2
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
    assert result.exit_code != 0 and "exists" in result.output and "--resume" in result.output
    assert out.read_text() == "keep me\n"
    result = CliRunner().invoke(cli, ["extract", str(article), *BLANK, "-o", str(out), "--force"])
    assert 0 == result.exit_code, result.output
    assert "wrote" in result.stderr
    assert len(_records(out.read_text())) == 1


def test_unknown_model_is_a_clean_error_and_creates_no_output(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("x")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", "no_such_model", "-o", str(out)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert not out.exists()  # so the corrected rerun needs no --force


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


PAGE = (
    "<html><head><title>Acme raises cash</title><meta name='date' content='2026-10-01'>"
    "<script>var ad = '$9 billion';</script></head><body><nav>Markets</nav><article><p>"
    + "Acme raised $5 billion in a bond sale on Tuesday, the company said in a statement. " * 3
    + "</p></article></body></html>"
)


def test_every_input_kind_in_one_run(tmp_path):
    (tmp_path / "a.txt").write_text("Acme lent $5 billion.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\nShares rose 4%.", encoding="utf-8")
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        '{"id": "d1", "text": "It paid €20m.", "published": "2026-09-09", "title": "D"}\n{"id": "d2", "text": "x\n',
        encoding="utf-8",
    )
    (tmp_path / "e.txt").write_bytes("Café raised £5 million.".encode("latin-1"))
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), *BLANK, "-q", "--published", "2026-11-26"])
    assert 0 == result.exit_code, result.output
    records = {r["article"]["id"]: r for r in _records(result.stdout)}
    assert list(records) == ["a", "b", "c", "d1", "d:2", "e"]
    meta = {key: (r["article"]["published"], r["article"]["published_source"]) for key, r in records.items()}
    assert meta["a"] == ("2026-11-26", "given") and meta["c"] == ("2026-10-01", "input")
    assert meta["d1"] == ("2026-09-09", "input") and records["d1"]["article"]["title"] == "D"
    assert [m["text"] for m in records["c"]["mentions"]] == ["$5 billion"] * 3  # not the script's $9 billion
    assert records["d:2"]["errors"][0]["code"] == "invalid_json" and "d.jsonl:2" in result.stderr
    assert records["e"]["article"]["encoding"] == "cp1252" and records["e"]["mentions"][0]["value"]["currency"] == "GBP"


def test_jsonl_field_options_and_stdin_jsonl():
    lines = '{"guid": "g1", "story": "It lent $5m.", "when": "2026-01-02"}\n{"guid": "g2", "text": "wrong field"}\n'
    options = ["--text-field", "story", "--id-field", "guid", "--date-field", "when", "--stdin-format", "jsonl"]
    result = CliRunner().invoke(cli, ["extract", "-", *BLANK, "-q", *options], input=lines)
    assert 0 == result.exit_code, result.output
    first, second = _records(result.stdout)
    assert (first["article"]["id"], first["article"]["published"], first["status"]) == ("g1", "2026-01-02", "ok")
    assert (second["article"]["id"], second["errors"][0]["code"]) == ("stdin:2", "missing_text")


def test_csv_mentions_table_with_header_once_across_resume(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Acme lent up to $5 billion, a 13% stake.", encoding="utf-8")
    out = tmp_path / "mentions.csv"
    command = ["extract", str(tmp_path / "in"), *BLANK, "-q", "--format", "csv", "-o", str(out)]
    assert 0 == CliRunner().invoke(cli, command).exit_code
    (tmp_path / "in" / "b.txt").write_text("Shares fell 2%.", encoding="utf-8")
    result = CliRunner().invoke(cli, [*command, "--resume"])
    assert 0 == result.exit_code, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["article_id"], r["text"], r["value_amount"], r["value_kind"]) for r in rows] == [
        ("a", "up to $5 billion", "5000000000.0", ""),
        ("a", "13%", "", "level"),
        ("b", "2%", "", "change"),
    ]
    assert out.read_text(encoding="utf-8").count("article_id") == 1


@pytest.mark.parametrize("table", ["claims", "findings"])
def test_csv_tables_without_items_have_their_header(tmp_path, table):
    (tmp_path / "a.txt").write_text("Acme lent $5 billion.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), *BLANK, "-q", "--format", "csv", "--table", table])
    assert 0 == result.exit_code, result.output
    assert result.stdout.startswith(f"article_id,article_sha256,{table[:-1]}_id,")


def test_resume_skips_done_articles_and_retries_errors(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out.jsonl"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"Article {name} says 5%.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01")
    command = ["extract", str(folder), *BLANK, "-o", str(out)]
    assert 0 == CliRunner().invoke(cli, command).exit_code
    first = out.read_text(encoding="utf-8").splitlines()
    (folder / "bad.txt").write_text("Fixed: it rose 7%.", encoding="utf-8")  # fixing a file and rerunning helps
    (folder / "b.txt").write_text("Article b, edited: 6%.", encoding="utf-8")  # a changed text is new work
    with out.open("a", encoding="utf-8") as stream:
        stream.write(first[0][:50])  # a torn line, as a kill mid-write would leave
    result = CliRunner().invoke(cli, [*command, "--resume"])
    assert 0 == result.exit_code, result.output
    records = _records(out.read_text(encoding="utf-8"))
    assert [r["article"]["id"] for r in records] == ["a", "b", "c", "b", "bad"]
    assert [r["status"] for r in records] == ["ok"] * 5
    # first run: a, b, bad (error), c; the done lines stay as they were, the error line goes for its retry
    assert out.read_text(encoding="utf-8").splitlines()[:3] == [first[0], first[1], first[3]]
    assert "3 already done" not in result.stderr and "2 already done" in result.stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param(["--resume"], "--resume needs -o", id="resume-without-output"),
        pytest.param(["--resume", "--force", "-o", "x.jsonl"], "contradict", id="resume-and-force"),
    ],
)
def test_conflicting_options_are_refused(tmp_path, options, message):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), *BLANK, *options])
    assert result.exit_code != 0 and message in result.output


def test_summary_without_bar_when_stderr_is_not_a_terminal(tmp_path):
    (tmp_path / "a.txt").write_text("Acme lent $5 billion, up 13%.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), *BLANK])
    assert 0 == result.exit_code, result.output
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith(
        "2 articles: 1 ok, 0 error, 1 skipped, 0 already done (1 empty); mentions: 1 money, 1 percent"
    )
    assert "\r" not in result.stderr and "articles/s" in summary


def test_jobs_two_gives_the_same_output_in_the_same_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(23):
        (folder / f"{number:02d}.txt").write_text(f"Deal {number} was worth ${number + 1} million.", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.jsonl"
        command = ["extract", str(folder), *BLANK, "-q", "--jobs", jobs, "--batch-size", "3", "-o", str(out)]
        result = CliRunner().invoke(cli, command)
        assert 0 == result.exit_code, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [r["article"]["id"] for r in _records(outputs[1])] == [f"{n:02d}" for n in range(23)]


def test_output_inside_an_input_folder_is_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text("Acme lent $5 billion.", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    command = ["extract", str(tmp_path), *BLANK, "-q", "-o", str(out)]
    assert 0 == CliRunner().invoke(cli, command).exit_code
    (tmp_path / "b.txt").write_text("Shares fell 2%.", encoding="utf-8")
    result = CliRunner().invoke(cli, [*command, "--resume"])
    assert 0 == result.exit_code, result.output
    assert [r["article"]["id"] for r in _records(out.read_text(encoding="utf-8"))] == ["a", "b"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_aliases_file_gives_one_org_id_across_articles(tmp_path, jobs):
    (tmp_path / "a.txt").write_text("Google said it would spend more.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Alphabet Inc. raised its budget.", encoding="utf-8")
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,canonical\nGoogle,Alphabet\n", encoding="utf-8")
    args = ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--aliases", str(aliases), "-q", "-j", jobs]
    result = CliRunner().invoke(cli, args)
    assert 0 == result.exit_code, result.output
    ids = {m["value"]["org_id"] for r in _records(result.stdout) for m in r["mentions"] if m["type"] == "org"}
    assert ids == {"alphabet"}


def test_a_broken_aliases_file_is_a_clean_error(tmp_path):
    (tmp_path / "a.txt").write_text("Google said it would spend more.", encoding="utf-8")
    aliases = tmp_path / "aliases.json"
    aliases.write_text("{broken", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), *BLANK, "--aliases", str(aliases)])
    assert result.exit_code == 2
    assert "aliases.json: not valid JSON" in result.output


# A command line that respects a desk's scripts (issue 21): 0 ran clean, 1 only for findings at or above
# --fail-on, 2 the run itself failed. (command, files to make, expected status, text on stderr)
EXIT_STATUSES = [
    pytest.param(["extract", "{tmp}/missing.txt"], 0, "missing.txt: no such file", id="missing-path"),
    pytest.param(["extract", "{tmp}/missing.txt", "--strict"], 2, "no such file", id="missing-path-strict"),
    pytest.param(["extract", "{tmp}/a.txt", "--no-such-option"], 2, "No such option", id="usage-error"),
    pytest.param(["extract", "{tmp}/a.txt", "--aliases", "{tmp}/broken.json"], 2, "not valid JSON", id="bad-aliases"),
    pytest.param(["extract", "{tmp}/a.txt", "-o", "{tmp}/a.txt/out.jsonl"], 2, "cannot write", id="bad-output"),
    pytest.param(["check", "{tmp}/results.jsonl", "--fail-on", "error"], 1, "findings", id="findings"),
    pytest.param(["check", "{tmp}/results.jsonl", "--fail-on", "warning", "-q"], 1, "", id="findings-quiet"),
    pytest.param(["check", "{tmp}/a.txt", "--fail-on", "error"], 0, "0 findings", id="no-findings"),
]


def _record_with_a_finding(severity: str) -> str:
    """A results line whose record holds one finding of `severity` (the blank pipeline makes no claims)."""
    made = CliRunner().invoke(cli, ["extract", "-", *BLANK, "-q"], input="It lent up to $400 billion, or $40 billion.")
    record = ArticleResult.model_validate_json(made.stdout)
    finding = Finding(id="f1", check="magnitude_slip", severity=severity, mentions=["m1", "m2"], claims=[],
                      message='"$40 billion" against "up to $400 billion".', observed=4e10, expected=None,
                      ratio=None, confidence=0.9)  # fmt: skip
    return record.model_copy(update={"findings": [finding]}).model_dump_json() + "\n"


@pytest.mark.parametrize(("command", "status", "says"), EXIT_STATUSES)
def test_exit_status_says_what_happened(tmp_path, command, status, says):
    (tmp_path / "a.txt").write_text("Acme lent $5 billion.", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "results.jsonl").write_text(_record_with_a_finding("error"), encoding="utf-8")
    result = CliRunner().invoke(cli, [part.format(tmp=tmp_path) for part in command] + BLANK)
    assert result.exit_code == status, result.output
    assert says in result.stderr and "Traceback" not in result.output


def test_help_says_what_a_missing_path_ends_with():
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert 0 == result.exit_code, result.output
    text = " ".join(result.output.split())
    assert "does not exist" in text and "not_found record" in text and "status 0 (2 with --strict)" in text


def test_an_output_that_cannot_be_written_is_one_line_and_status_2(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this platform")
    (tmp_path / "a.txt").write_text("Acme lent $5 billion.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), *BLANK, "-q", "-o", "/dev/full", "--force"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: cannot write /dev/full: No space left on device; the records written are whole: "
        "rerun with --resume when it can be written"
    ]


@pytest.mark.parametrize("second", [["--force"], ["--resume"]], ids=["new-output", "resume"])
def test_a_second_run_on_the_same_output_is_refused_while_the_first_holds_it(tmp_path, second):
    (tmp_path / "a.txt").write_text("Acme lent $5 billion.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = ["extract", str(tmp_path / "a.txt"), *BLANK, "-q", "-o", str(out)]
    assert 0 == CliRunner().invoke(cli, first).exit_code
    before = out.read_text(encoding="utf-8")
    with OutputLock(out):  # what a first run holds while it writes (flock: a second open file is refused)
        result = CliRunner().invoke(cli, [*first, *second])
    assert result.exit_code == 2
    assert f"another newsclaims run (process {os.getpid()}) is writing {out}" in result.stderr
    assert out.read_text(encoding="utf-8") == before
    assert not lock_path(out).exists()  # the holder removes it when done
    assert 0 == CliRunner().invoke(cli, [*first, *second]).exit_code


def test_two_processes_writing_one_new_output_one_is_refused(tmp_path):
    """Two real runs at once on the same new -o: one writes every record, the other is refused."""
    for number in range(40):
        (tmp_path / f"{number:02d}.txt").write_text(f"Deal {number} was worth ${number + 1} million.", encoding="utf-8")
    out = tmp_path / "out" / "results.jsonl"
    command = [sys.executable, "-m", "newsclaims", "extract", str(tmp_path), *BLANK, "-q", "-j", "1", "-o", str(out)]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = sorted((run.wait(), run.communicate()[1]) for run in runs)
    assert [status for status, _ in outcomes] == [0, 2], outcomes
    # refused while the first writes, or, when it came late, because the first's output now exists
    assert "is writing" in outcomes[1][1] or "exists" in outcomes[1][1], outcomes
    assert [r["article"]["id"] for r in _records(out.read_text(encoding="utf-8"))] == [f"{n:02d}" for n in range(40)]


def test_help_schema_and_show_of_records_do_not_import_spacy(tmp_path):
    made = CliRunner().invoke(cli, ["extract", "-", *BLANK, "-q"], input="Acme lent $5 billion.")
    results = tmp_path / "results.jsonl"
    results.write_text(made.stdout, encoding="utf-8")
    for command in (["--help"], ["schema"], ["show", str(results), "--no-color"], ["check", str(results), "-q"]):
        code = (
            "import sys\nfrom newsclaims.cli import cli\n"
            f"cli.main({command!r}, prog_name='newsclaims', standalone_mode=False)\n"
            "print('SPACY', 'spacy' in sys.modules)"
        )
        output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert output.strip().splitlines()[-1] == "SPACY False", (command, output)


def test_help_and_jsonl_runs_do_not_import_sqlite_utils(tmp_path):
    """sqlite-utils imports numpy (a sixth of a second): only `--format sqlite` loads it."""
    article = tmp_path / "a.txt"
    article.write_text("Acme lent $5 billion.", encoding="utf-8")
    for command in (["--help"], ["extract", str(article), "-q", *BLANK], ["check", str(article), "-q", *BLANK]):
        code = (
            "import sys\nfrom newsclaims.cli import cli\n"
            f"cli.main({command!r}, prog_name='newsclaims', standalone_mode=False)\n"
            "print('SQLITE_UTILS', 'sqlite_utils' in sys.modules)"
        )
        output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert output.strip().splitlines()[-1] == "SQLITE_UTILS False", (command, output)


def test_a_bug_exits_with_status_2_never_1(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("newsclaims.cli.TextFinder", broken)
    (tmp_path / "a.txt").write_text("Acme lent $5 billion.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "a.txt"), "-o", str(tmp_path / "a.html"), *BLANK])
    assert result.exit_code == 2
    assert "ZeroDivisionError: a bug" in result.stderr and "internal error" in result.stderr


def test_show_lists_info_findings_only_when_asked(tmp_path):
    """Issue 16: info findings (figures set side by side, not doubted) stay in the records but `show` lists
    them only with --info; the summary still counts them."""
    article = tmp_path / "brennan.txt"
    article.write_text(
        "Brennan Steel signed a $700 million term loan with five banks.\n\n"
        "It also arranged a separate $70 million letter of credit facility.",
        encoding="utf-8",
    )
    runner = CliRunner()
    hidden = runner.invoke(cli, ["show", str(article), "--published", "2026-03-02", "--no-color"])
    listed = runner.invoke(cli, ["show", str(article), "--published", "2026-03-02", "--no-color", "--info"])
    assert hidden.exit_code == 0 and listed.exit_code == 0
    assert "1 info" in hidden.output and "(--info lists them)" in hidden.output
    assert "INFO" not in hidden.output.replace("1 info)", "")
    assert "INFO" in listed.output and "(--info lists them)" not in listed.output
