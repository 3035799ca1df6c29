"""`newsclaims check`: findings within and across articles, from article files or from extract's output."""

import json
import shutil

import pytest
from click.testing import CliRunner

from evaluation.synthetic import synthetic_record
from newsclaims.check.corpus_report import corpus_report
from newsclaims.cli import cli
from newsclaims.models import ArticleResult, Finding
from tests.conftest import CORPUS

BRIDGE_LOAN = CORPUS / "articles" / "aozora-bridge-loan.txt"

# Two sources on one deal: the second slips a zero. Invented companies, written for this test.
WIRE_A = (
    "TORONTO, March 2 (Newswire) - Harlow Foods agreed to buy Penrith Dairies for C$640 million in cash, the "
    "companies said on Monday.\n\nThe C$640 million deal is expected to close in June."
)
WIRE_B = (
    "Harlow Foods will pay C$6.4 billion for Penrith Dairies, the company said on Monday, and expects the deal "
    "to close in June."
)


def _findings(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_article_findings_come_with_their_article_ids(tmp_path):
    shutil.copy(BRIDGE_LOAN, tmp_path / "bridge.txt")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "-j", "1"])
    assert 0 == result.exit_code, result.output
    findings = _findings(result.stdout)
    slips = [f for f in findings if f["check"] == "magnitude_slip"]
    assert len(slips) == 1 and slips[0]["severity"] == "error"
    assert slips[0]["articles"] == ["bridge", "bridge"]
    assert "magnitude_slip" in result.stderr and "1 articles checked" in result.stderr


def test_fail_on_sets_the_exit_status(tmp_path):
    shutil.copy(BRIDGE_LOAN, tmp_path / "bridge.txt")
    failing = CliRunner().invoke(cli, ["check", str(tmp_path), "-j", "1", "-q", "--fail-on", "error"])
    assert failing.exit_code == 1
    (tmp_path / "bridge.txt").write_text("Acme raised $5 billion on Monday.", encoding="utf-8")
    passing = CliRunner().invoke(cli, ["check", str(tmp_path), "-j", "1", "-q", "--fail-on", "warning"])
    assert 0 == passing.exit_code, passing.output
    assert _findings(passing.stdout) == []


def test_sources_that_disagree_are_listed_with_each_side(tmp_path):
    (tmp_path / "wires").mkdir()
    (tmp_path / "wires" / "a.txt").write_text(WIRE_A, encoding="utf-8")
    (tmp_path / "wires" / "b.txt").write_text(WIRE_B, encoding="utf-8")
    extracted = tmp_path / "wires.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "wires"), "-o", str(extracted), "-j", "1", "-q"])
    assert 0 == result.exit_code, result.output
    out = tmp_path / "findings.jsonl"
    result = CliRunner().invoke(cli, ["check", str(extracted), "-o", str(out)])
    assert 0 == result.exit_code, result.output
    across = [f for f in _findings(out.read_text(encoding="utf-8")) if f["check"] == "source_disagreement"]
    assert len(across) == 1, result.stderr
    assert sorted(set(across[0]["articles"])) == ["a", "b"]
    assert "C$640 million" in across[0]["message"] and "C$6.4 billion" in across[0]["message"]
    assert "1 across them" in result.stderr


def test_broken_result_lines_are_reported_and_the_rest_is_checked(tmp_path):
    shutil.copy(BRIDGE_LOAN, tmp_path / "bridge.txt")
    extracted = tmp_path / "out.jsonl"
    CliRunner().invoke(cli, ["extract", str(tmp_path / "bridge.txt"), "-o", str(extracted), "-j", "1", "-q"])
    with extracted.open("a", encoding="utf-8") as stream:
        stream.write('{"schema_version": "1", "article": 3}\n')
    result = CliRunner().invoke(cli, ["check", str(extracted)])
    assert 0 == result.exit_code, result.output
    assert "(1 unreadable)" in result.stderr
    assert any(f["check"] == "magnitude_slip" for f in _findings(result.stdout))


def test_output_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "findings.jsonl"
    out.write_text("keep\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(BRIDGE_LOAN), "-o", str(out), "-j", "1"])
    assert result.exit_code != 0 and "exists" in result.output
    assert out.read_text(encoding="utf-8") == "keep\n"


def test_check_reads_jsonl_articles_with_extracts_field_options(tmp_path):
    text = BRIDGE_LOAN.read_text(encoding="utf-8")
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"guid": "loan-1", "body_html": text, "when": "2026-11-26"}) + "\n", encoding="utf-8")
    plain = CliRunner().invoke(cli, ["check", str(export), "-j", "1", "-q"])
    assert plain.exit_code == 0 and _findings(plain.stdout) == []  # no 'text' field: a missing_text record
    options = ["--text-field", "body_html", "--id-field", "guid", "--date-field", "when"]
    result = CliRunner().invoke(cli, ["check", str(export), "-j", "1", "-q", *options])
    assert 0 == result.exit_code, result.output
    slips = [f for f in _findings(result.stdout) if f["check"] == "magnitude_slip"]
    assert len(slips) == 1 and slips[0]["articles"] == ["loan-1", "loan-1"]


def _results_file(tmp_path, lines):
    path = tmp_path / "results.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _record(number, severity=None):
    record = synthetic_record(number, companies=3, claims=1)
    if severity is not None:
        finding = Finding(id="f1", check="value_conflict", severity=severity, mentions=["m4"], claims=["c1"],
                          message="Two figures for one deal.", observed=None, expected=None, ratio=None,
                          confidence=0.6)  # fmt: skip
        record = record.model_copy(update={"findings": [finding]})
    return record.model_dump_json() + "\n"


# A results file is decided by its records, and a record that cannot be checked keeps the gate shut:
# (lines of the file, --fail-on, exit status, what stderr says)
GATES = [
    pytest.param([_record(1), _record(2)], "warning", 0, "2 articles checked (0 unreadable)", id="clean"),
    pytest.param([_record(1, "warning")], "warning", 1, "value_conflict", id="finding"),
    pytest.param([_record(1, "info")], "warning", 0, "1 findings", id="finding-below-threshold"),
    pytest.param(["not json\n", _record(1), _record(2)], "warning", 2, "1 of 3 records could not be checked",
                 id="first-line-not-json"),
    pytest.param(["{\"id\": 1}\n", _record(1, "error"), _record(2)], "error", 2, "could not be checked",
                 id="first-line-another-object"),
    pytest.param(["garbage\n", "more garbage\n"], "warning", 2, "2 of 2 records could not be checked",
                 id="nothing-but-garbage"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "fail_on", "status", "says"), GATES)
def test_the_gate_opens_only_on_records_that_were_checked(tmp_path, lines, fail_on, status, says):
    results = _results_file(tmp_path, lines)
    result = CliRunner().invoke(cli, ["check", str(results), "--fail-on", fail_on, "--model", "blank:en"])
    assert result.exit_code == status, result.output
    assert says in result.stderr


def test_strict_without_fail_on_refuses_unreadable_records(tmp_path):
    results = _results_file(tmp_path, ["not json\n", _record(1)])
    assert 0 == CliRunner().invoke(cli, ["check", str(results), "-q"]).exit_code
    assert 2 == CliRunner().invoke(cli, ["check", str(results), "-q", "--strict"]).exit_code


def test_check_writes_every_finding_as_before_while_it_streams(tmp_path):
    results = _results_file(tmp_path, [_record(n, "warning" if n == 3 else None) for n in range(30)])
    out = tmp_path / "findings.jsonl"
    result = CliRunner().invoke(cli, ["check", str(results), "-q", "-o", str(out)])
    assert 0 == result.exit_code, result.output
    findings = _findings(out.read_text(encoding="utf-8"))
    expected = corpus_report([ArticleResult.model_validate_json(line) for line in results.read_text().splitlines()])
    assert findings == [json.loads(f.model_dump_json()) for f in expected.findings]
    assert [f["id"] for f in findings] == [f"f{n}" for n in range(1, len(findings) + 1)]
    assert findings[0]["check"] == "value_conflict" and findings[-1]["check"] == "source_disagreement"
