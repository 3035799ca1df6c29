"""The report in a real browser: click a finding, see both sides; hostile text inert; no JS, narrow, print."""

import pytest
from click.testing import CliRunner

from newsclaims.cli import cli
from newsclaims.report import ReportInput, write_report
from tests.conftest import CORPUS
from tests.report.records import TEXT, loan_record
from tests.report.test_html import hostile_item

BRIDGE_LOAN = CORPUS / "articles" / "aozora-bridge-loan.txt"

IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth; }"""


@pytest.fixture(scope="module")
def bridge_loan_report(tmp_path_factory):
    output = tmp_path_factory.mktemp("report") / "aozora-bridge-loan.html"
    result = CliRunner().invoke(cli, ["report", str(BRIDGE_LOAN), "-o", str(output), "-j", "1", "-q"])
    assert 0 == result.exit_code, result.output
    return output


@pytest.mark.model
def test_clicking_the_magnitude_slip_marks_both_loan_sizes_in_view(open_page, bridge_loan_report, tmp_path):
    page = open_page(bridge_loan_report, viewport={"width": 1280, "height": 720})
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # start away from the text
    finding = page.locator("li.finding", has=page.locator(".check", has_text="magnitude_slip"))
    cited = finding.get_attribute("data-mentions").split()
    assert len(cited) == 2
    finding.locator("a.finding-select").click()
    marks = [page.locator(f"mark#{mention_id}") for mention_id in cited]
    assert sorted(mark.inner_text().split("\n")[0] for mark in marks) == ["$40 billion", "up to $400 billion"]
    for mark in marks:
        assert "cited" in mark.get_attribute("class").split()
        assert mark.evaluate(IN_VIEW), f"{mark.inner_text()} is out of view"
    assert page.locator("mark.cited").count() == 2
    assert page.url.endswith("#" + finding.get_attribute("id"))
    page.screenshot(path=tmp_path / "bridge-loan-finding.png")
    assert (tmp_path / "bridge-loan-finding.png").stat().st_size > 10_000
    assert page.messages == []  # no script error, no blocked resource


def test_hostile_text_runs_nothing(open_page, tmp_path):
    written = write_report([hostile_item()], tmp_path / "hostile.html")
    page = open_page(written.pages[0])
    page.locator("a.finding-select").click()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("script").count() == 1 and page.locator("img, svg").count() == 0
    assert "<script>window.pwned = 1</script>" in page.locator(".text").inner_text()
    assert page.locator("body").is_visible()  # the injected <style> hid nothing
    assert page.messages == []  # nothing was even tried: no policy violation, no dialog


def test_without_javascript_a_finding_is_a_link_to_its_mentions(open_page, tmp_path):
    written = write_report([ReportInput(loan_record(), TEXT)], tmp_path / "page.html")
    page = open_page(written.pages[0], java_script_enabled=False, viewport={"width": 1000, "height": 400})
    page.locator("a.finding-select").click()
    assert page.url.endswith("#m2")
    page.locator(".cites a", has_text="$40 billion").click()
    assert page.url.endswith("#m3")
    assert page.locator("mark:target").get_attribute("id") == "m3"


def test_a_narrow_window_has_no_sideways_scroll_and_findings_come_first(open_page, tmp_path):
    record = loan_record()
    record.article.title = "A headline long enough to wrap several times in a narrow window " * 3
    written = write_report([ReportInput(record, TEXT * 5)], tmp_path / "page.html")
    page = open_page(written.pages[0], viewport={"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    findings = page.locator("#findings").bounding_box()
    text = page.locator(".text").bounding_box()
    assert findings["y"] + findings["height"] <= text["y"]


def test_print_shows_findings_in_the_flow_without_tooltips(open_page, tmp_path):
    written = write_report([ReportInput(loan_record(), TEXT)], tmp_path / "page.html")
    page = open_page(written.pages[0])
    assert page.locator("#findings").evaluate("el => getComputedStyle(el).position") == "sticky"
    page.locator("mark#m2").hover()
    assert page.locator("mark#m2 .tip").is_visible()  # on screen, the value shows on hover
    page.emulate_media(media="print")
    assert page.locator("#findings").evaluate("el => getComputedStyle(el).position") == "static"
    page.locator("mark#m2").hover()
    assert not page.locator("mark#m2 .tip").is_visible()
