"""The pair scorer (`check/identity.py`, `check/pair_features.py`, `check/rules/pair_scorer.json`) as tables.

Rows are pairs of figures written for this table: the same quantity stated twice (a headline and its story, a
restatement in a later paragraph) and two quantities with slip-shaped digits (another round, another kind,
a comparison in one sentence). The scorer is trained on dev-news by `scripts/train_pair_scorer.py`; these rows
check that the shipped weights read the evidence the right way round, not the exact probabilities.
"""

import pytest

from newsclaims.check.identity import same_quantity, thresholds
from newsclaims.check.pair_features import FEATURES, earlier_figure, in_results_table, pair_features
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
        "results_table_and_prose",
        "Halvard Corp 4th qtr net\n\nShr 12 cts vs nine cts\n\nNet 2.2 mln vs 1.7 mln\n\nRevs 14.7 mln vs 11.0 "
        "mln\n\nThe year-ago quarter included a gain of 1.1 mln dlrs from the sale of a warehouse.",
        ("11.0 mln", "1.1 mln dlrs"),
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


# What the words around a figure say of its place: (id, text, figure, an earlier figure, on a results-table line)
FIGURE_PLACES = [
    ("the_earlier_side_of_a_move", "Its profit rose to 6.5 mln dlrs from 5.4 mln dlrs.", "5.4 mln dlrs", True, False),
    ("the_later_side_of_a_move", "Its profit rose to 6.5 mln dlrs from 5.4 mln dlrs.", "6.5 mln dlrs", False, False),
    ("a_table_line_first", "Revs 14.7 mln dlrs vs 11.0 mln dlrs", "14.7 mln dlrs", False, True),
    ("a_table_line_year_ago", "Revs 14.7 mln dlrs vs 11.0 mln dlrs", "11.0 mln dlrs", True, True),
    ("compared_with", "Sales were $4.1 billion, compared with $3.8 billion.", "$3.8 billion", True, False),
    ("a_long_sentence_with_vs_is_prose", "Its revenue of 14.7 mln dlrs for the quarter compares well with the "
     "figure analysts had expected vs the 11.0 mln dlrs of a year ago.", "14.7 mln dlrs", False, False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "earlier", "table"), [pytest.param(*row[1:], id=row[0]) for row in FIGURE_PLACES]
)
def test_where_a_figure_stands(model_nlp, text, figure, earlier, table):
    import newsclaims

    quantities = article_quantities(newsclaims.extract(text, "1987-03-02", nlp=model_nlp))
    found = next(q for q in quantities if q.mention.text == figure)
    assert (earlier_figure(found), in_results_table(found)) == (earlier, table)


def test_the_weights_name_every_feature_and_nothing_else():
    assert sorted(load_table("pair_scorer")["weights"]) == sorted(FEATURES)


def test_thresholds_are_ordered_probabilities():
    found = thresholds()
    assert 0.0 < found["warning"] < found["error"] < 1.0
