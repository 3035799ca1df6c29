"""The article page and the index as HTML: escaped, self-contained, usable without JavaScript."""

import base64
import hashlib
import re

import pytest

from newsclaims.models import ErrorRecord, text_sha256
from newsclaims.report.html import render_article, render_index
from newsclaims.report.index import index_view
from newsclaims.report.page import ReportInput, article_page
from tests.report.page_parse import parse_page
from tests.report.records import TEXT, loan_record, slip

# Payloads from the usual XSS cheat sheets, in every field a record carries into the page.
SCRIPT = "<script>window.pwned = 1</script>"
IMG = '"><img src=x onerror="window.pwned=2">'
HOSTILE_TEXT = (
    f"Corran Metals {SCRIPT} has agreed a bridge loan of up to $400 billion, bankers said on Monday. {IMG}\n\n"
    "The $40 billion loan matures in March 2027. </div></mark><style>body{display:none}</style>"
    '<a href="javascript:window.pwned=3">x</a> <svg onload="window.pwned=4"></svg> &lt;b&gt; &amp;'
)


def hostile_item() -> ReportInput:
    record = loan_record(HOSTILE_TEXT, article_id=f"id{IMG}", source=f"/tmp/{SCRIPT}.txt", title=f"T {SCRIPT} {IMG}")
    record.findings = [slip(message=f"slip {SCRIPT} {IMG}")]
    record.claims[0].attribution = f"bankers {IMG}"
    record.claims[0].attribute_key = f"loan{SCRIPT}"
    record.errors = [ErrorRecord(code="html_error", message=f"bad {IMG}")]
    return ReportInput(record, HOSTILE_TEXT)


def test_hostile_text_stays_text():
    html = render_article(article_page(hostile_item()))
    page = parse_page(html)
    scripts = page.tags("script")
    assert len(scripts) == 1, "only the page's own script"
    assert "pwned" not in scripts[0].text
    assert not page.tags("img") and not page.tags("svg") and not page.tags("style")[1:]
    handlers = [(e.tag, name) for e in page.elements for name in e.attrs if name.startswith("on")]
    assert handlers == []
    assert not [e for e in page.tags("a") if (e.attrs.get("href") or "").lower().startswith("javascript:")]
    # The article reads back exactly as written, payloads and all, once the markup is parsed.
    (body,) = page.with_class("text")
    shown = body.text
    for extra in (*page.with_class("tip"), *page.with_class("refs")):  # hover values, links back to findings
        shown = shown.replace(extra.text, "", 1)
    assert shown == HOSTILE_TEXT
    assert f"T {SCRIPT} {IMG}" in page.tags("h1")[0].text


def test_the_policy_allows_only_the_pages_own_script_and_style():
    html = render_article(article_page(hostile_item()))
    page = parse_page(html)
    (policy,) = [e.attrs["content"] for e in page.tags("meta") if e.attrs.get("http-equiv")]
    script, style = page.tags("script")[0].text, page.tags("style")[0].text

    def digest(source):
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert "default-src 'none'" in policy
    assert f"script-src 'sha256-{digest(script)}'" in policy
    assert f"style-src 'sha256-{digest(style)}'" in policy


def test_page_loads_nothing_from_outside():
    html = render_article(article_page(ReportInput(loan_record(), TEXT)))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not parse_page(html).tags("link")


def test_findings_work_without_javascript():
    """Each finding links to its first mention and lists a link to every mention it cites; targets exist."""
    page = parse_page(render_article(article_page(ReportInput(loan_record(), TEXT))))
    (finding,) = page.with_class("finding")
    assert finding.attrs["id"] == "f1" and finding.attrs["data-mentions"] == "m2 m3"
    links = [e.attrs["href"] for e in page.tags("a") if e.attrs.get("href", "").startswith("#m")]
    assert links[:3] == ["#m2", "#m2", "#m3"]
    for mention_id in ("m2", "m3"):
        mark = page.by_id(mention_id)
        assert mark.tag == "mark" and "flagged" in mark.attrs["class"] and "sev-error" in mark.attrs["class"]
        assert mark.attrs["tabindex"] == "0"
    assert page.by_id("m2").attrs["data-value"] == "at most 400,000,000,000 USD"


def test_claims_are_grouped_by_attribute():
    record = loan_record()
    record.claims[1].attribute_key = "term_loan"
    page = parse_page(render_article(article_page(ReportInput(record, TEXT))))
    claims = page.by_id("claims-h")
    groups = [e.text for e in page.tags("h3")]
    assert claims is not None and groups == ["bridge_loan", "term_loan"]
    assert page.by_id("c2").text.count("March 2027") == 1


@pytest.mark.parametrize(
    ("text", "problem"),
    [(None, "No text: the source x.txt is not found, so mentions are listed instead."), (TEXT.upper(), None)],
    ids=["no text", "offsets do not fit"],
)
def test_mentions_that_cannot_be_placed_are_listed(text, problem):
    page = parse_page(render_article(article_page(ReportInput(loan_record(), text, problem))))
    for mention_id in ("m1", "m2", "m3", "m4"):
        assert page.by_id(mention_id).tag == "tr"
    notices = [e.text for e in page.with_class("notice")]
    assert notices == ([problem] if problem else [])


def test_index_sorts_by_findings_and_links_each_side_of_a_corpus_finding():
    quiet = loan_record(article_id="quiet")
    quiet.findings = []
    warned = loan_record(article_id="warned")
    warned.findings = [slip(severity="warning")]
    failed = loan_record(article_id="failed")
    across = slip(finding_id="f9").model_copy(update={"articles": ["failed", "warned"], "check": "source_disagreement"})
    hrefs = {"quiet": "articles/quiet.html", "warned": "articles/warned.html", "failed": "articles/failed.html"}
    page = parse_page(render_index(index_view([quiet, warned, failed], hrefs, [across])))
    rows = [e.attrs["href"] for e in page.tags("a") if e.attrs["href"] in hrefs.values()]
    assert rows == ["articles/failed.html", "articles/warned.html", "articles/quiet.html"]
    (finding,) = page.with_class("finding")
    sources = [e.attrs["href"] for e in page.tags("a") if "#" in e.attrs["href"]]
    assert sources == ["articles/failed.html#m2", "articles/warned.html#m3"]
    assert "source_disagreement" in finding.text


def test_text_sha256_is_the_records_hash():
    assert loan_record().article.sha256 == text_sha256(TEXT)


@pytest.mark.parametrize("status", ["error", "skipped"])
def test_a_records_errors_are_shown_whatever_its_status(status):
    record = loan_record()
    record.status, record.errors = status, [ErrorRecord(code="empty", message="a.txt: no text")]
    page = parse_page(render_article(article_page(ReportInput(record, None))))
    assert [e.text for e in page.with_class("notice")] == ["Not processed (empty): a.txt: no text"]


# id, severities of the article's findings, --info, ids listed, ids kept apart behind the toggle
INFO_KEPT_APART = [
    ("info_behind_the_toggle", ("error", "info"), False, ["f1"], ["f2"]),
    ("info_listed_when_asked", ("error", "info"), True, ["f1", "f2"], []),
    ("only_info", ("info", "info"), False, [], ["f1", "f2"]),
    ("no_info", ("warning",), False, ["f1"], []),
]


@pytest.mark.parametrize(
    ("severities", "show_info", "listed", "apart"), [pytest.param(*row[1:], id=row[0]) for row in INFO_KEPT_APART]
)
def test_info_findings_are_counted_and_kept_behind_a_toggle(severities, show_info, listed, apart):
    """Issue 16 item 5: info findings stay in the record but the page lists them only when asked (as
    `show --info`); otherwise a count says they are there and a <details> toggle shows them, with no script."""
    record = loan_record()
    record.findings = [slip(f"f{n}", severity=s) for n, s in enumerate(severities, start=1)]
    html = render_article(article_page(ReportInput(record, TEXT), show_info=show_info))
    page = parse_page(html)
    toggles = page.with_class("kept-apart")
    behind = html[html.index("<details") : html.index("</details>")] if toggles else ""
    inside = {e.attrs["id"] for e in page.with_class("finding") if f'id="{e.attrs["id"]}"' in behind}
    assert sorted(e.attrs["id"] for e in page.with_class("finding") if e.attrs["id"] not in inside) == listed
    assert sorted(inside) == apart
    if apart:
        (toggle,) = toggles
        assert toggle.tag == "details" and "open" not in toggle.attrs
        assert f"{len(apart)} info finding" in page.tags("summary")[0].text
        # the text marks only what the listed findings cite
        assert all("sev-info" not in (e.attrs.get("class") or "") for e in page.tags("mark"))
    else:
        assert not toggles
    counts = page.with_class("counts")[0].text
    assert f"ℹ info: {severities.count('info')}" in counts
    if not listed:
        assert "No error or warning" in page.with_class("none")[0].text


def test_index_keeps_info_findings_across_articles_behind_a_toggle():
    failed, warned = loan_record(article_id="failed"), loan_record(article_id="warned")
    across = slip(finding_id="f9", severity="info").model_copy(
        update={"articles": ["failed", "warned"], "check": "source_disagreement"}
    )
    hrefs = {"warned": "articles/warned.html", "failed": "articles/failed.html"}
    hidden = render_index(index_view([failed, warned], hrefs, [across]))
    listed = parse_page(render_index(index_view([failed, warned], hrefs, [across], show_info=True)))
    assert hidden.index("<details") < hidden.index('id="f9"') < hidden.index("</details>")
    assert "No error or warning across articles." in hidden
    assert not listed.with_class("kept-apart") and listed.by_id("f9") is not None
