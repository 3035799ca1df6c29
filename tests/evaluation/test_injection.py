"""Error injection for the checker benchmark: each family rewrites one written amount as a newsroom slip."""

import pytest

import newsclaims
from evaluation.checks import (
    cites_span,
    conversion_copies,
    injected_copies,
    naive_tenfold,
    repeated_amounts,
)
from evaluation.injection import perturb

PERTURBATIONS = [
    # mention text, family, slipped text (None: the family does not apply)
    ("$40 billion", "times_ten", "$400 billion"),
    ("$1,250 million", "times_ten", "$12,500 million"),
    ("0.35 dlrs", "times_ten", "3.5 dlrs"),
    ("$25 billion", "tenth", "$2.5 billion"),
    ("€20m", "tenth", "€2m"),
    ("18.25 dlrs", "decimal_point", "182.5 dlrs"),
    ("646 mln dlrs", "decimal_point", "64.6 mln dlrs"),
    ("$5", "decimal_point", None),
    ("$4.5 million", "scale_word", "$4.5 billion"),
    ("12 bln stg", "scale_word", "12 mln stg"),
    ("£25m", "scale_word", "£25bn"),
    ("$85", "scale_word", None),
    ("US$3 billion", "currency", "€3 billion"),
    ("20 million euros", "currency", "20 million dollars"),
    ("1.2 bln stg", "currency", "1.2 bln dlrs"),
    ("seven billion", "currency", None),
]


@pytest.mark.parametrize(("text", "family", "slipped"), PERTURBATIONS)
def test_perturb(text, family, slipped):
    assert perturb(text, family) == slipped


def test_unknown_family_is_an_error():
    with pytest.raises(ValueError, match="unknown family"):
        perturb("$5 billion", "sideways")


def test_copies_change_one_repeated_amount_each(blank_nlp):
    text = "Acme took a $40 billion loan. The $40 billion loan is due in 2030. It also paid $3 million in fees."
    result = newsclaims.extract(text, nlp=blank_nlp)
    assert [[m.text for m in group] for group in repeated_amounts(result)] == [["$40 billion", "$40 billion"]]
    copies = list(injected_copies("acme", text, result))
    assert {c.family for c in copies} == {"times_ten", "tenth", "decimal_point", "scale_word", "currency"}
    assert len(copies) == 10  # five families x two occurrences
    for copy in copies:
        assert copy.text[copy.start : copy.end] == copy.after
        assert copy.text.count("$3 million") == 1
        changed = newsclaims.extract(copy.text, nlp=blank_nlp)
        # the naive baseline is the issue's: any two amounts exactly ten times apart
        if copy.family in ("times_ten", "tenth"):
            assert cites_span(changed, naive_tenfold(changed), copy.start, copy.end)


def test_conversion_copies_change_either_side_and_the_checker_sees_it(model_nlp):
    text = "Acme agreed to buy Bolt for £820m ($1.04bn) in cash, the company said on Monday."
    result = newsclaims.extract(text, "2026-04-16", nlp=model_nlp)
    copies = list(conversion_copies("acme", text, result))
    assert {c.before for c in copies} == {"£820m", "$1.04bn"}
    assert {c.family for c in copies} == {"times_ten", "tenth", "scale_word"}
    for copy in copies:
        assert copy.text[copy.start : copy.end] == copy.after
        changed = newsclaims.extract(copy.text, "2026-04-16", nlp=model_nlp)
        assert cites_span(changed, changed.findings, copy.start, copy.end), (copy.after, changed.findings)
