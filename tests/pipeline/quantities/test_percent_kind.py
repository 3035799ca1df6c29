"""Level, change or points: the kind of a percent from the words around it (blank pipeline), as tables."""

import pytest

# sentence, percent span, kind
PERCENT_KINDS = [
    ("Aozora bought a 13% stake in Kestrel.", "13%", "level"),
    ("Revenue rose 13% in the quarter.", "13%", "change"),
    ("Unemployment fell to 4.5%.", "4.5%", "level"),
    ("The index fell 2.5 percent to a low.", "2.5 percent", "change"),
    ("It reported a 13% increase in sales.", "13%", "change"),
    ("It reported an increase of 7% in sales.", "7%", "change"),
    ("It holds a stake of 7% in the bank.", "7%", "level"),
    ("Shares closed 5% higher.", "5%", "change"),
    ("It will cut its workforce by as much as 15%.", "as much as 15%", "change"),
    ("Bad loans made up 2.87% of advances.", "2.87%", "level"),
    ("The yen firmed 0.6% against the dollar.", "0.6%", "change"),
    ("The bank raised rates by 50 basis points.", "50 basis points", "points"),
    ("Shares were up 4 pct.", "4 pct", "change"),
    ("Inflation eased to 2.4 per cent.", "2.4 per cent", "level"),
    # found in the dev-corpus audit
    ("Profit slumped because of a 40 pct drop in sales.", "40 pct", "change"),
    ("Output will grow by 4.3% in 2026 and 4.2% in 2027.", "4.2%", "change"),
    ("Prices fell 3.15 cents, or 1.9%, to $1.624.", "1.9%", "change"),
    ("Shares are off 64 pct from their peak.", "64 pct", "change"),
    # found on the independently annotated real articles
    ("Workers demanded a 53% pay rise.", "53%", "change"),
    ("It will cut output by another 10,000 cars, or 1.2%.", "1.2%", "change"),
    ("The stock slipped back 7% on Monday.", "7%", "change"),
    ("It fell 0.1 pct after increases of 0.7 pct in December.", "0.7 pct", "change"),
    ("It fell after a revised 2.3 pct December gain.", "2.3 pct", "change"),
    ("The claim includes a 60% addition for interest.", "60%", "change"),
    ("It lifted the estimate to 2.5 per cent and cut the growth forecast.", "2.5 per cent", "level"),
]


@pytest.mark.parametrize(("sentence", "span", "kind"), PERCENT_KINDS)
def test_percent_kind(mention_of, sentence, span, kind):
    assert mention_of(sentence, span).value.kind == kind
