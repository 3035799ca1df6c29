"""Across articles: two sources meet on one quantity even when the claims could not name its holder.

Rows written for this table: the same sentence in two files with one figure changed (issue 16: "an identical
sentence with one figure x10 is the easiest disagreement there is"), the unchanged copy, and a results-table
line that reads the same for every company.
"""

import pytest

import newsclaims
from newsclaims.check.corpus import check_corpus

PUBLISHED = "1987-03-10"

# (id, first article, second article, disagreement expected)
PAIRS = [
    # a line that writes one figure twice ('vs' the same figure a year ago): each copy keeps its own place in the
    # line, so the second copy slipped in one file meets the second of the other (round of 2026-12-07 night)
    (
        "a_line_writing_one_figure_twice_second_copy_x10",
        "HARLOW FOODS <HFI> SETS QUARTERLY\n\nQtly div 31.5 cts vs 31.5 cts prior",
        "HARLOW FOODS <HFI> SETS QUARTERLY\n\nQtly div 31.5 cts vs 315 cts prior",
        True,
    ),
    (
        "same_sentence_one_figure_x10",
        "Officials said the programme would cost about 350 mln dlrs over the next three years, most of it "
        "spent on new rolling stock for the northern lines.",
        "Officials said the programme would cost about 3,500 mln dlrs over the next three years, most of it "
        "spent on new rolling stock for the northern lines.",
        True,
    ),
    (
        "same_sentence_bound_x10",
        "Officials said the agency would lend up to 350 mln dlrs over the next three years to rebuild the "
        "northern rail lines.",
        "Officials said the agency would lend up to 3,500 mln dlrs over the next three years to rebuild the "
        "northern rail lines.",
        True,
    ),
    (
        "same_sentence_unchanged",
        "Officials said the programme would cost about 350 mln dlrs over the next three years, most of it "
        "spent on new rolling stock for the northern lines.",
        "Officials said the programme would cost about 350 mln dlrs over the next three years, most of it "
        "spent on new rolling stock for the northern lines.",
        False,
    ),
    (
        "table_line_of_two_companies",
        "Shr 42 cts vs 1.21 dlrs\n\nNet 2,317,000 dlrs vs 5,847,000 dlrs",
        "Shr 42 cts vs 1.21 dlrs\n\nNet 23,170,000 dlrs vs 5,847,000 dlrs",
        False,
    ),
    # a short line of one company's table, in two files of the same day: the same table (issue 16, cross-file
    # recall on dev-news: table lines and short headlines never met)
    (
        "two_table_lines_alike_told_apart_by_order",
        "KELLWOOD MILLS <KWM> 4TH QTR NET\n\nNet 1.4 mln dlrs vs 1.2 mln dlrs\n\nYear\n\nNet 3.0 mln dlrs vs "
        "1.4 mln dlrs",
        "KELLWOOD MILLS <KWM> 4TH QTR NET\n\nNet 14 mln dlrs vs 1.2 mln dlrs\n\nYear\n\nNet 3.0 mln dlrs vs "
        "1.4 mln dlrs",
        True,
    ),
    (
        "table_line_of_one_company_same_day",
        "KELLWOOD MILLS <KWM> 4TH QTR NET\n\nShr 42 cts vs 1.21 dlrs\n\nNet 2,317,000 dlrs vs 5,847,000 dlrs",
        "KELLWOOD MILLS <KWM> 4TH QTR NET\n\nShr 42 cts vs 1.21 dlrs\n\nNet 23,170,000 dlrs vs 5,847,000 dlrs",
        True,
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), [pytest.param(*row[1:], id=row[0]) for row in PAIRS])
def test_sources_meet_by_their_sentence(model_nlp, first, second, expected):
    a = newsclaims.extract(first, PUBLISHED, article_id="a", nlp=model_nlp)
    b = newsclaims.extract(second, PUBLISHED, article_id="b", nlp=model_nlp)
    findings = [f for f in check_corpus([a, b]) if f.check == "source_disagreement"]
    assert bool(findings) == expected, [f.message for f in findings]
    if expected:
        assert set(findings[0].articles) == {"a", "b"}
        assert 'the figure in "' in findings[0].message or "'s " in findings[0].message


def test_a_short_line_meets_only_a_line_of_the_same_day(model_nlp):
    first = "KELLWOOD MILLS <KWM> 4TH QTR NET\n\nShr 42 cts vs 1.21 dlrs\n\nNet 2,317,000 dlrs vs 5,847,000 dlrs"
    second = first.replace("2,317,000", "23,170,000")
    a = newsclaims.extract(first, PUBLISHED, article_id="a", nlp=model_nlp)
    b = newsclaims.extract(second, "1987-06-10", article_id="b", nlp=model_nlp)  # next quarter's table
    assert [f.message for f in check_corpus([a, b]) if f.check == "source_disagreement"] == []
