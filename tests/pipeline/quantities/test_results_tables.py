"""Wire results tables: bare figures on a line with a money label are money; counts and prose are not.

Rows written for this table in the shape of the 1987 wire's results tables (the blind gold's annotators,
who never saw the rules, read every figure of such a line as money held by the company of the headline).
"""

import pytest

import newsclaims

TABLE = "QUILLMARK CORP <QMK> 4TH QTR NET\n\nDALLAS, March 5 - {line}\n\nNOTE: Quillmark Corp is a maker of pens."

CASES = [
    # (line, [(money text, amount, currency)])
    ("Net 2,317,000 vs 5,847,000", [("2,317,000", 2_317_000, "USD"), ("5,847,000", 5_847_000, "USD")]),
    ("Revs 15.4 mln vs 16.6 mln", [("15.4 mln", 15_400_000, "USD"), ("16.6 mln", 16_600_000, "USD")]),
    ("Net loss 166,000 vs profit 580,000", [("166,000", 166_000, "USD"), ("580,000", 580_000, "USD")]),
    # figures with a currency are read as before
    ("Shr 42 cts vs 1.21 dlrs", [("42 cts", 0.42, "USD"), ("1.21 dlrs", 1.21, "USD")]),
    # the bare figure is in the currency the line writes for its other figure (issue 16: 'stg vs 50.61 mln'
    # read as dollars made a currency conflict)
    (
        "Pretax profit 57.78 mln stg vs 50.61 mln",
        [("57.78 mln stg", 57_780_000, "GBP"), ("50.61 mln", 50_610_000, "GBP")],
    ),
    ("Div 9.50 yen vs 7.50", [("9.50 yen", 9.5, "JPY"), ("7.50", 7.5, "JPY")]),
    # a share count is no money
    ("Avg shrs 17.5 mln vs 13.5 mln", []),
    # no 'vs': prose, not a table line
    ("Net income was 2,317,000 last year", []),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_results_table_lines(model_nlp, line, expected):
    result = newsclaims.extract(TABLE.format(line=line), "1987-03-05", nlp=model_nlp)
    money = [(m.text, m.value.amount, m.value.currency) for m in result.mentions if m.type == "money"]
    assert money == [(t, pytest.approx(a), c) for t, a, c in expected]


def test_table_figures_belong_to_the_headline_company(model_nlp):
    result = newsclaims.extract(TABLE.format(line="Net 2,317,000 vs 5,847,000"), "1987-03-05", nlp=model_nlp)
    claims = [c for c in result.claims]
    assert [(c.attribute, c.kind, c.subject) for c in claims] == [("Net", "profit", "quillmark")] * 2


def test_a_table_is_the_headline_company_s_when_named_once(model_nlp):
    text = "VARNELL TOOL CORP <VTC> 1ST QTR NET\n\nTULSA, April 2 - Shr 12 cts vs 10 cts\n\nNet 812,000 vs 640,000"
    result = newsclaims.extract(text, "1987-04-02", nlp=model_nlp)
    assert {c.subject for c in result.claims} == {"varnell-tool"}
