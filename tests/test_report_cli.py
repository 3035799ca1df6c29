"""`newsclaims report` and `newsclaims show` end to end: articles or result files in, pages and text out."""

import json
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from evaluation.synthetic import synthetic_record
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


@pytest.mark.parametrize("stdin_format", ["text", "jsonl"])
def test_report_of_stdin_keeps_the_text_it_read(tmp_path, stdin_format):
    text = BRIDGE_LOAN.read_text(encoding="utf-8")
    given = text if stdin_format == "text" else json.dumps({"id": "loan", "text": text}) + "\n"
    page = tmp_path / "stdin.html"
    arguments = ["report", "-", "-o", str(page), "--stdin-format", stdin_format, *BLANK]
    result = CliRunner().invoke(cli, arguments, input=given)
    assert 0 == result.exit_code, result.output
    html = page.read_text(encoding="utf-8")
    assert "No text" not in html
    assert re.search(r'<mark class="m m-money" id="m\d+"[^>]*>up to \$400 billion<', html)


# Files show must not read as an article's text: (name, content), each refused with a usage error.
NOT_SHOWABLE = [
    ("claims.csv", "article_id,article_sha256,claim_id,mention\nbridge,ab,c1,m1\n"),
    ("results.db", "SQLite format 3\x00"),
    ("facts.json", '{"Google": "Alphabet"}'),
]


@pytest.mark.parametrize(("name", "content"), NOT_SHOWABLE)
def test_show_refuses_a_file_that_is_neither_results_nor_an_article(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = _invoke("show", tmp_path / name, *BLANK[:2])
    assert result.exit_code == 2, result.output
    assert "neither a results file" in result.output and "Findings" not in result.output


DESK = BRIDGE_LOAN.parent.parent / "desk"


def test_report_and_show_with_facts_show_the_conflicts_with_the_table(tmp_path):
    article = DESK / "articles" / "northwind-bridge-loan.txt"
    facts = ["--facts", DESK / "facts.csv", "--published", "2026-11-26"]
    shown = _invoke("show", article, *facts, "--no-color")
    assert 0 == shown.exit_code, shown.output
    assert shown.output.count("fact_conflict") == 4 and "facts line 5" in shown.output
    page = tmp_path / "northwind.html"
    written = _invoke("report", article, "-o", page, "-j", "1", *facts)
    assert 0 == written.exit_code, written.output
    html = page.read_text(encoding="utf-8")
    assert html.count('<span class="check">fact_conflict</span>') == 4
    plain = _invoke("show", article, "--published", "2026-11-26", "--no-color")
    assert "fact_conflict" not in plain.output


# Terminal control sequences an article or a file name may carry: an OSC 52 clipboard write, a clear
# screen, a colour, a hyperlink in Rich's markup.
HOSTILE_TEXT = "Acme\x1b]52;c;ZWNobyBwd25lZA==\x07 lent $5 billion.\x1b[2J\x1b[31m [link=https://x.test]Y[/link] \x9b1m"


@pytest.mark.parametrize("colour", ["--no-color", "--color"])
def test_show_prints_what_an_article_says_but_never_its_control_sequences(tmp_path, colour):
    (tmp_path / "a\x1b[2Jb.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    extracted = tmp_path / "results.jsonl"
    assert 0 == _invoke("extract", tmp_path, "-o", extracted, "-q", *BLANK).exit_code
    result = _invoke("show", extracted, colour)
    assert 0 == result.exit_code, result.output
    escapes = set(re.findall(r"\x1b[^a-zA-Z]*[a-zA-Z]?", result.output))
    if colour == "--no-color":
        assert escapes == set()
    else:  # only the colours and weights show itself chooses (SGR), nothing that moves, clears or writes
        assert escapes and all(re.fullmatch(r"\x1b\[[0-9;]*m", escape) for escape in escapes), escapes
    assert "\x07" not in result.output and "\x9b" not in result.output
    assert "a␛[2Jb" in result.output  # the id, shown, not acted on


def test_extract_messages_on_stderr_show_control_characters_in_file_names(tmp_path):
    (tmp_path / "evil\x1b]0;title\x07.txt").write_bytes(b"\x00\x01binary")
    result = _invoke("extract", tmp_path, *BLANK)
    assert 0 == result.exit_code, result.output
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil␛]0;title␇.txt" in result.stderr and "binary" in result.stderr


def test_records_that_share_an_id_get_a_page_each(tmp_path):
    results = tmp_path / "results.jsonl"
    lines = []
    for text in ("Acme lent $5 billion.", "Acme lent $6 billion."):
        made = CliRunner().invoke(cli, ["extract", "-", "-q", *BLANK], input=text)
        lines.append(made.stdout)  # both have the id 'stdin'
    results.write_text("".join(lines), encoding="utf-8")
    result = _invoke("report", results, "-o", tmp_path / "report", *BLANK)
    assert 0 == result.exit_code, result.output
    assert "a second record with id 'stdin' is shown as 'stdin~2'" in result.stderr
    pages = sorted(path.name for path in (tmp_path / "report" / "articles").iterdir())
    assert pages == ["stdin.html", "stdin_2.html"]
    assert "$6 billion" in (tmp_path / "report" / "articles" / "stdin_2.html").read_text(encoding="utf-8")
    assert "$5 billion" in (tmp_path / "report" / "articles" / "stdin.html").read_text(encoding="utf-8")


def test_report_reads_sources_only_where_it_was_told(tmp_path):
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Acme lent $5 billion to a private person.", encoding="utf-8")
    results = tmp_path / "results" / "r.jsonl"
    results.parent.mkdir()
    made = CliRunner().invoke(cli, ["extract", str(secret), "-q", *BLANK])  # a record naming the file by path
    results.write_text(made.stdout, encoding="utf-8")

    refused = _invoke("report", results, "-o", tmp_path / "r1.html", *BLANK)
    assert 0 == refused.exit_code, refused.output
    page = (tmp_path / "r1.html").read_text(encoding="utf-8")
    assert "private person" not in page and "outside the folders this report reads" in page

    allowed = _invoke("report", results, "-o", tmp_path / "r2.html", "--sources", secret.parent, *BLANK)
    assert 0 == allowed.exit_code, allowed.output
    assert "private person" in (tmp_path / "r2.html").read_text(encoding="utf-8")

    beside = tmp_path / "results" / "secret.txt"  # a source beside the results file is read without asking
    shutil.copy(secret, beside)
    results.write_text(made.stdout.replace(str(secret), str(beside)), encoding="utf-8")
    assert 0 == _invoke("report", results, "-o", tmp_path / "r3.html", *BLANK).exit_code
    assert "private person" in (tmp_path / "r3.html").read_text(encoding="utf-8")


def test_show_into_a_pipe_that_closes_ends_quietly(tmp_path):
    results = tmp_path / "results.jsonl"
    results.write_text("".join(synthetic_record(n, companies=9).model_dump_json() + "\n" for n in range(300)))
    command = [sys.executable, "-m", "newsclaims", "show", str(results), "--no-color"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    _, stderr = process.communicate()
    assert process.returncode == 141, stderr
    assert b"Traceback" not in stderr and b"Error" not in stderr


# Two wires on one deal, the second as given here: (its text, what the index says across articles). The
# count comes from the streaming check's store (`CorpusCheck.compared`).
ACROSS_INDEX = [
    (WIRE_B.replace("C$6.4 billion", "C$640 million"), "1 figure given by two sources or more was compared"),
    (WIRE_B.replace("Harlow Foods", "Ardley Mills"), "Nothing to compare across articles"),
]


@pytest.mark.parametrize(("second", "says"), ACROSS_INDEX, ids=["agreeing", "another-buyer"])
def test_the_index_says_how_many_figures_two_sources_gave(tmp_path, second, says):
    (tmp_path / "wires").mkdir()
    (tmp_path / "wires" / "a.txt").write_text(WIRE_A, encoding="utf-8")
    (tmp_path / "wires" / "b.txt").write_text(second, encoding="utf-8")
    result = _invoke("report", tmp_path / "wires", "-o", tmp_path / "report", "-j", "1", "-q")
    assert 0 == result.exit_code, result.output
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert says in index and "source_disagreement" not in index


@pytest.mark.parametrize(("flag", "behind_toggle"), [([], True), (["--info"], False)], ids=["default", "--info"])
def test_report_keeps_info_findings_apart_unless_asked(tmp_path, flag, behind_toggle):
    """Issue 16 item 5: as `show`, the report counts info findings and lists them only with --info; by
    default they sit behind a toggle that needs no script."""
    article = tmp_path / "brennan.txt"
    article.write_text(
        "Brennan Steel signed a $700 million term loan with five banks.\n\n"
        "It also arranged a separate $70 million letter of credit facility.",
        encoding="utf-8",
    )
    out = tmp_path / "brennan.html"
    result = _invoke("report", article, "-o", out, "--published", "2026-03-02", "-q", *flag)
    assert 0 == result.exit_code, result.output
    html = out.read_text(encoding="utf-8")
    page = parse_page(html)
    (info,) = [e for e in page.with_class("finding") if "sev-info" in e.attrs["class"]]
    assert "ℹ info: 1" in page.with_class("counts")[0].text
    assert bool(page.with_class("kept-apart")) == behind_toggle
    if behind_toggle:
        assert html.index("<details") < html.index(f'id="{info.attrs["id"]}"') < html.index("</details>")
