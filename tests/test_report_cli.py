"""`newsclaims report` and `newsclaims show` end to end: articles or result files in, pages and text out."""

import re
import shutil

import pytest
from click.testing import CliRunner

from newsclaims.cli import cli
from tests.report.page_parse import parse_page
from tests.test_check_cli import BRIDGE_LOAN, WIRE_A, WIRE_B

BLANK = ["--model", "blank:en", "-j", "1"]
ANSI = re.compile(r"\x1b\[")


def _invoke(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


@pytest.fixture
def wires(tmp_path):
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE_A, encoding="utf-8")
    (folder / "b.txt").write_text(WIRE_B, encoding="utf-8")
    return folder


def test_a_folder_of_articles_becomes_an_index_and_pages(tmp_path, wires):
    result = _invoke("report", wires, "-o", tmp_path / "report", *BLANK)
    assert 0 == result.exit_code, result.output
    assert "wrote 2 article pages and an index" in result.stderr
    page = parse_page((tmp_path / "report" / "articles" / "a.html").read_text(encoding="utf-8"))
    money = [e.text for e in page.tags("mark") if "m-money" in e.attrs["class"] and e.attrs.get("id")]
    assert money[0].startswith("C$640 million") and len(money) == 2
    assert not page.with_class("notice")


def test_a_results_file_is_shown_with_its_texts_read_back(tmp_path, wires):
    extracted = tmp_path / "wires.jsonl"
    assert 0 == _invoke("extract", wires, "-o", extracted, "-q", *BLANK).exit_code
    (wires / "b.txt").write_text(WIRE_B + " Edited.", encoding="utf-8")
    result = _invoke("report", extracted, "-o", tmp_path / "report")
    assert 0 == result.exit_code, result.output
    assert "(1 without their text: see each page)" in result.stderr
    a = parse_page((tmp_path / "report" / "articles" / "a.html").read_text(encoding="utf-8"))
    b = parse_page((tmp_path / "report" / "articles" / "b.html").read_text(encoding="utf-8"))
    assert a.with_class("text") and not a.with_class("notice")
    assert not b.with_class("text") and "has changed since it was extracted" in b.with_class("notice")[0].text


def test_findings_across_articles_link_to_each_source(tmp_path, wires):
    result = _invoke("report", wires, "-o", tmp_path / "report", "-j", "1")
    assert 0 == result.exit_code, result.output
    index = parse_page((tmp_path / "report" / "index.html").read_text(encoding="utf-8"))
    (finding,) = index.with_class("finding")
    assert "source_disagreement" in finding.text and "C$6.4 billion" in finding.text
    sources = sorted(e.attrs["href"].split("#")[0] for e in index.tags("a") if "#m" in e.attrs["href"])
    assert sources == ["articles/a.html", "articles/b.html"]


@pytest.mark.parametrize(
    ("output", "message"),
    [("one.html", "a single .html page holds one article, and the input has 2"), ("file.txt", "is a file")],
)
def test_output_that_cannot_hold_the_report(tmp_path, wires, output, message):
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    result = _invoke("report", wires, "-o", tmp_path / output, *BLANK)
    assert result.exit_code == 2 and message in result.output


def test_show_prints_findings_then_claims_without_colour_in_a_pipe(tmp_path):
    shutil.copy(BRIDGE_LOAN, tmp_path / "bridge.txt")
    result = _invoke("show", tmp_path / "bridge.txt")
    assert 0 == result.exit_code, result.output
    assert not ANSI.search(result.output)
    assert result.output.index("magnitude_slip") < result.output.index("Claims")
    assert "“up to $400 billion”" in result.output and "“$40 billion”" in result.output


def test_show_picks_records_of_a_results_file_by_id(tmp_path, wires):
    extracted = tmp_path / "wires.jsonl"
    assert 0 == _invoke("extract", wires, "-o", extracted, "-q", *BLANK).exit_code
    result = _invoke("show", extracted, "--id", "b")
    assert 0 == result.exit_code, result.output
    assert "id b" in result.output and "id a" not in result.output
    missing = _invoke("show", extracted, "--id", "zz")
    assert missing.exit_code == 2 and "no article with id zz" in missing.output
