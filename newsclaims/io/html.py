"""Scraped HTML to article text, title and publication date, with trafilatura.

trafilatura keeps the main text and drops scripts, styles, navigation, footers and comments, so a price in a
menu or a script never becomes a mention. Advertising inside the article body, which it keeps, is pruned
before extraction (`SPONSORED_XPATH`): elements whose class or id names an ad, a sponsor or a promotion,
and paragraphs that open by saying they are sponsored ('Sponsored: ... rates from 4.5%'). Paragraphs,
headings and list items are separated by a blank line, as in the plain-text corpus, so a headline and the
first paragraph are never one sentence. Offsets in the output index into this extracted text (the
article's `sha256` is of it too), not into the HTML.
"""

import datetime as dt
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# lxml and trafilatura are imported where a page is read: a run over text or JSONL never pays the 0.2 s
# their import takes (in each process: --jobs workers, Dask workers).

# trafilatura logs "discarding data" and parse warnings per page; one error record per bad page is enough.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# Only dates the page states (meta tags, markup, URL), the original publication rather than the last
# update; the extensive search would take a copyright year or a date in the text for the publication date.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


# Advertising inside an article body. Class and id tokens (split at spaces, '-' and '_') that name an ad
# slot or paid content; and the words a paid paragraph opens with. A token match, not a substring, so
# 'header', 'shadow' or 'loaded' never match 'ad'.
_AD_TOKENS = ("ad", "ads", "advert", "advertisement", "advertorial", "sponsor", "sponsored", "promo", "promoted",
              "paid", "dfp", "outbrain", "taboola")  # fmt: skip
# An ad is short: a container with more text than this is the article itself ('story-body ad-free').
_AD_MAX_CHARS = 500
_PAID_OPENINGS = ("Sponsored", "SPONSORED", "Advertisement", "ADVERTISEMENT", "Paid content", "Paid post",
                  "Promoted", "Partner content", "Anzeige")  # fmt: skip


def _token_test(attribute: str) -> str:
    spaced = f"concat(' ', translate(normalize-space(@{attribute}), '-_ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    spaced += "'  abcdefghijklmnopqrstuvwxyz'), ' ')"
    return " or ".join(f"contains({spaced}, ' {token} ')" for token in _AD_TOKENS)


SPONSORED_XPATH = [
    f"//body//*[not(self::body) and not(self::article) and not(self::main) and ({_token_test('class')} or "
    f"{_token_test('id')}) and string-length(normalize-space(.)) <= {_AD_MAX_CHARS}]",
    *(f"//body//*[self::p or self::div or self::aside or self::section][starts-with(normalize-space(.), "
      f"'{opening}')]" for opening in _PAID_OPENINGS),
]  # fmt: skip


# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, in the head.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
CHARSET_SNIFF_BYTES = 4096


def declared_charset(page: bytes) -> str | None:
    """The encoding a page declares in its first 4 KiB, as written.

    >>> declared_charset(b'<html><head><meta charset="windows-1252"><title>')
    'windows-1252'
    >>> declared_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>")
    'Shift_JIS'
    """
    match = _META_CHARSET.search(page[:CHARSET_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


class HtmlFailure(ValueError):
    """A page trafilatura could not read; `code` is the error record's code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class HtmlArticle:
    """What a page says: its main text, and its title and publication date when the page gives them."""

    text: str
    title: str | None
    published: dt.date | None


def extract_html(html: str) -> HtmlArticle:
    """The main text and metadata of a page; `HtmlFailure` (no_text, html_error) when there is no text.

    >>> page = "<html><head><title>T</title></head><body><script>var p = '$9';</script>"
    >>> page += "<article><p>" + "Acme raised $5 billion in a bond sale on Tuesday. " * 3
    >>> page += "</p></article></body></html>"
    >>> extract_html(page).text.count("$9"), extract_html(page).text.count("$5 billion")
    (0, 3)
    """
    import trafilatura

    if too_deep(html):  # lxml would drop what lies deeper than 255 elements: read the page flattened
        html = flatten_deep_nesting(html) or html
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            date_extraction_params=DATE_PARAMS,
            prune_xpath=SPONSORED_XPATH,
        )
    except Exception as error:  # a hostile page must give an error record, never a crash
        raise HtmlFailure("html_error", f"HTML could not be parsed: {type(error).__name__}: {error}") from error
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise HtmlFailure("no_text", "HTML page without article text (nothing left after boilerplate removal)")
    text = _BLOCK_BREAK.sub("\n\n", text.strip())
    return HtmlArticle(text=text, title=getattr(document, "title", None) or None, published=_date(document))


# trafilatura ends each block (paragraph, heading, list item) with one line break.
_BLOCK_BREAK = re.compile(r"[ \t]*\n+[ \t]*")


# lxml (libxml2) stops building the tree 255 elements deep (2,048 with huge_tree), so the text of a page
# nested deeper is lost. Past MAX_DEPTH open elements, tags are dropped (their text stays) before the page
# is read, except the tags that make text a paragraph, a heading or a list item (trafilatura reads those,
# not loose text), up to HARD_DEPTH: what lies below 1,000 nested <div>s is read as if 200 deep.
MAX_DEPTH = 200
HARD_DEPTH = 240
# Elements whose content is not text to read: kept at any depth (they hold no elements, so they add one
# level at most), or a script below the limit would come out as the page's words.
_RAW_TEXT = frozenset({"script", "style", "noscript", "template", "textarea", "title", "iframe", "svg", "math"})
_TEXT_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody tr td th".split()  # noqa: SIM905
)
# Elements that never hold others, so they do not open a level.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905 (a word list)
)


class _Flattener(HTMLParser):
    """Re-emits a page as written, except start and end tags past MAX_DEPTH. Linear in the page: each
    open element is pushed and popped once, and an end tag finds its element through a stack per tag name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, emitted), outermost first
        self.where: dict[str, list[int]] = {}  # tag -> positions in `open`
        self.kept = 0  # emitted elements among `open`
        self.dropped = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        raw = self.get_starttag_text() or ""
        if tag in _VOID:
            self.out.append(raw)
            return
        keep = tag in _RAW_TEXT or self.kept < MAX_DEPTH or (tag in _TEXT_BLOCKS and self.kept < HARD_DEPTH)
        self.where.setdefault(tag, []).append(len(self.open))
        self.open.append((tag, keep))
        self.kept += keep
        if keep:
            self.out.append(raw)
        else:
            self.dropped += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        positions = self.where.get(tag)
        if not positions:
            self.out.append(f"</{tag}>")  # closes nothing open: harmless, left to lxml as written
            return
        at = positions[-1]
        keep = self.open[at][1]
        while len(self.open) > at:  # closing an element closes what is still open inside it
            inner, emitted = self.open.pop()
            self.where[inner].pop()
            self.kept -= emitted
        if keep:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def too_deep(html: str) -> bool:
    """Whether lxml stops building the page's tree at its depth limit (a quick parse, C speed: a few ms).

    >>> too_deep("<div>" * 300 + "x"), too_deep("<div>" * 100 + "x")
    (True, False)
    """
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:  # as bytes: lxml refuses a str that carries an XML encoding declaration
        lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (ValueError, lxml.etree.LxmlError):
        return False  # trafilatura's own reading reports what is wrong with the page
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def flatten_deep_nesting(html: str) -> str | None:
    """The page with the tags nested deeper than MAX_DEPTH removed, or None when it has none.

    >>> page = "<html><body>" + "<div>" * 300 + "<p>deep</p>" + "</div>" * 300 + "</body></html>"
    >>> flat = flatten_deep_nesting(page)
    >>> flat.count("<div>"), "<p>deep</p>" in flat, flatten_deep_nesting("<p>shallow</p>") is None
    (198, True, True)
    """
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out) if flattener.dropped else None


def _date(document) -> dt.date | None:
    value = getattr(document, "date", None)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
