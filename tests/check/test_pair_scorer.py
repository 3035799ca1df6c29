"""The pair scorer (`check/identity.py`, `check/pair_features.py`, `check/rules/pair_scorer.json`) as tables.

Rows are pairs of figures written for this table: the same quantity stated twice (a headline and its story, a
restatement in a later paragraph) and two quantities with slip-shaped digits (another round, another kind,
a comparison in one sentence). The scorer is trained on dev-news by `scripts/train_pair_scorer.py`; these rows
check that the shipped weights read the evidence the right way round, not the exact probabilities.
"""

import pytest

from newsclaims.check.identity import same_quantity, thresholds
from newsclaims.check.pair_features import FEATURES, pair_features
from newsclaims.check.quantities import article_quantities
from newsclaims.tables import load_table

ONE_QUANTITY = [
    # id, text, the two figures (mention texts, first occurrence of each unless equal)
    (
        "headline_and_lead",
        "Corvane to buy Ellis Pumps for $420 million\n\nCorvane Industries said on Tuesday it had agreed to buy "
        "Ellis Pumps for $4.2 billion in cash, its largest deal.",
        ("$420 million", "$4.2 billion"),
    ),
    (
        "restated_in_a_later_paragraph",
        "Brindle Energy has signed a $300 million revolving credit facility with six banks.\n\nThe company "
        "said the facility would fund drilling.\n\nBrindle will draw on the $3 billion revolving credit "
        "facility from April.",
        ("$300 million", "$3 billion"),
    ),
]
TWO_QUANTITIES = [
    (
        "another_named_round",
        "Pellary raised $60 million in a Series B round led by Index Ventures.\n\nThe company raised $6 "
        "million in a seed round in 2022.",
        ("$60 million", "$6 million"),
    ),
    (
        "revenue_and_profit",
        "Dunwell Foods said revenue rose to £2.4bn in the year.\n\nPre-tax profit was £240m, it said.",
        ("£2.4bn", "£240m"),
    ),
    (
        "compared_in_one_sentence",
        "Exports rose to $5 billion from $500 million a decade ago, the ministry said.",
        ("$5 billion", "$500 million"),
    ),
]


def _pair(model_nlp, text, figures):
    import newsclaims

    quantities = article_quantities(newsclaims.extract(text, "2026-03-02", nlp=model_nlp))
    first, second = figures
    a = next(q for q in quantities if q.mention.text == first)
    b = next(q for q in quantities if q.mention.text == second and q is not a)
    return a, b


@pytest.mark.parametrize(("text", "figures"), [pytest.param(*row[1:], id=row[0]) for row in ONE_QUANTITY])
def test_one_quantity_scores_above_the_warning_threshold(model_nlp, text, figures):
    a, b = _pair(model_nlp, text, figures)
    assert same_quantity(a, b) >= thresholds()["warning"], pair_features(a, b)


@pytest.mark.parametrize(("text", "figures"), [pytest.param(*row[1:], id=row[0]) for row in TWO_QUANTITIES])
def test_two_quantities_score_below_the_warning_threshold(model_nlp, text, figures):
    a, b = _pair(model_nlp, text, figures)
    assert same_quantity(a, b) < thresholds()["warning"], pair_features(a, b)


def test_the_weights_name_every_feature_and_nothing_else():
    assert sorted(load_table("pair_scorer")["weights"]) == sorted(FEATURES)


def test_thresholds_are_ordered_probabilities():
    found = thresholds()
    assert 0.0 < found["warning"] < found["error"] < 1.0
