"""The unit of a rate after an amount ('$0.35 a share' -> share), as a table."""

import pytest

# sentence, money span, per
RATES = [
    ("It pays $0.35 a share.", "$0.35", "share"),
    ("Oil hit $85 per barrel.", "$85", "barrel"),
    ("It budgets $1MM per region.", "$1MM", "region"),
    ("It earns $5 million a year from fees.", "$5 million", "year"),
    ("Revenue was $22 million a year earlier.", "$22 million", None),
    ("It sold $40 billion of bonds.", "$40 billion", None),
    ("It paid one dlr each last month.", "one dlr", None),
    ("Fees fell to 39 dlrs per mln dlr traded.", "39 dlrs", None),
    ("Oper shr loss three cts vs profit 12 cts", "three cts", "share"),
    ("He signed a £5.5m-a-year contract.", "£5.5m", "year"),
    # a wire note's per-share figure with no 'a' or 'per' (round of 2026-12-07 night: read as a conversion before)
    ("Net includes a 2.4 mln dlr, or 21 ct shr, charge.", "21 ct", "share"),
]


@pytest.mark.parametrize(("sentence", "span", "per"), RATES)
def test_rate_unit(mention_of, sentence, span, per):
    assert mention_of(sentence, span).value.per == per
