"""Scraped HTML: main text, title and date kept; scripts, styles and navigation never reach the text."""

import datetime as dt

import pytest

from newsclaims.io.html import HtmlFailure, extract_html

BODY = (
    "<p>Acme Corp said on Tuesday it raised $5 billion in a bond sale, up 13% from a year earlier, "
    "and will spend the money on three new plants over the next two years.</p>"
    "<p>Its shares rose 4% in early trading, the company said in a statement to the exchange.</p>"
)
PAGE = (
    "<html><head><title>Acme raises $5bn | Example News</title>"
    '<meta property="article:published_time" content="2026-11-20T10:00:00Z">'
    "<style>.price:after { content: '$7 billion'; }</style>"
    "<script>var ad = 'Win $1 million now'; trackClick(99);</script></head>"
    "<body><nav><a href='/'>Home</a> | <a href='/m'>Markets up 9%</a></nav>"
    f"<article><h1>Acme raises $5 billion</h1>{BODY}</article>"
    "<footer>Copyright 2019 Example News. Subscribe for $2 a week.</footer>"
    "<script>window.price = '$8 trillion';</script></body></html>"
)


def test_script_laden_page_keeps_only_the_article():
    article = extract_html(PAGE)
    assert "raised $5 billion" in article.text and "shares rose 4%" in article.text
    for boilerplate in ("$1 million", "$7 billion", "$8 trillion", "Markets up 9%", "trackClick", "$2 a week"):
        assert boilerplate not in article.text
    assert article.title and "Acme raises" in article.title
    assert article.published == dt.date(2026, 11, 20)


def test_page_without_a_date_has_none():
    # The copyright year in the footer is not a publication date.
    page = PAGE.replace('<meta property="article:published_time" content="2026-11-20T10:00:00Z">', "")
    assert extract_html(page).published is None


# hostile pages: none may raise anything but HtmlFailure
HOSTILE = [
    pytest.param("", id="empty"),
    pytest.param("<html><body><script>var a = 1;</script><nav>Home</nav></body></html>", id="only-script-and-nav"),
    pytest.param("<div>" * 100_000 + "Acme raised $5 billion." + "</div>" * 100_000, id="nested-100k-deep"),
    pytest.param("<html><body><!--" + "x" * 1_000_000 + "</body></html>", id="unclosed-comment"),
    pytest.param("<<<>>><html<body <p>>>>&&&;;", id="tag-soup"),
    pytest.param("<p>" + "&#0;&#xD800;&#99999999;" * 100 + "</p>", id="invalid-character-references"),
]


@pytest.mark.parametrize("page", HOSTILE)
def test_hostile_page_never_crashes(page):
    try:
        article = extract_html(page)
    except HtmlFailure as failure:
        assert failure.code in ("no_text", "html_error")
    else:
        assert article.text.strip()


ARTICLE_BODY = (
    "<p>Harlow Foods agreed to buy Penrith Dairies for $640 million in cash, the companies said on Monday.</p>"
    "{ad}<p>Harlow will fund the purchase with a $400 million bridge loan from two banks.</p>"
)
# Advertising inside the article body: (name, the ad's HTML, words of it that must not reach the text)
INLINE_ADS = [
    ("sponsored_paragraph", "<p>Sponsored: Compare savings accounts with rates from 4.5% today.</p>", "4.5%"),
    ("sponsored_class", '<div class="sponsored-block"><p>Invest in gold: returns of 12% a year</p></div>', "12%"),
    ("ad_slot_id", '<div id="ad_slot_3"><p>Loans from 3.9% APR</p></div>', "3.9%"),
    ("advertisement_label", "<div><p>Advertisement</p><p>Mortgage rates from 5.1%</p></div>", "5.1%"),
    ("promo_box", '<section class="Promo"><p>Subscribe for $1 a week</p></section>', "$1 a week"),
]


@pytest.mark.parametrize(("name", "ad", "words"), INLINE_ADS, ids=[row[0] for row in INLINE_ADS])
def test_inline_ads_stay_out_of_the_text(name, ad, words):
    page = f"<html><body><article><h1>Harlow to buy Penrith</h1>{ARTICLE_BODY.format(ad=ad)}</article></body></html>"
    text = extract_html(page).text
    assert words not in text
    assert "$640 million" in text and "$400 million bridge loan" in text


# Look-alikes that are the article, not an ad: a long body whose class says 'ad-free', a word holding 'ad'.
NOT_ADS = [
    '<div class="story-body ad-free">{body}</div>',
    '<div class="header-shadow">{body}</div>',
    "<div>{body}<p>Sponsors of the bill said the subsidy would cost $2 billion.</p></div>",
]


@pytest.mark.parametrize("wrapper", NOT_ADS)
def test_the_article_is_never_taken_for_an_ad(wrapper):
    body = ARTICLE_BODY.format(ad="") * 3
    text = extract_html(f"<html><body><article>{wrapper.format(body=body)}</article></body></html>").text
    assert text.count("$640 million") == 3
    assert "Sponsors of the bill" in text or "Sponsors" not in wrapper


def test_a_headline_and_the_first_paragraph_are_separate_sentences(model_nlp):
    page = f"<html><body><article><h1>Harlow to buy Penrith for $640 million</h1>{ARTICLE_BODY.format(ad='')}"
    page += "</article></body></html>"
    text = extract_html(page).text
    assert text.startswith("Harlow to buy Penrith for $640 million\n\nHarlow Foods agreed")
    doc = model_nlp(text)
    assert next(s.text.strip() for s in doc.sents) == "Harlow to buy Penrith for $640 million"
