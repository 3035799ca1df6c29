"""The holder ranker (`pipeline/claims/holder_ranking.py`, weights in `rules/holder_ranker.json`) as tables.

First, how the rules' holder and the ranker's probabilities combine (`choose`), on made-up probabilities;
then the features of candidates in passages written for these tests; then the table and the code agree on
the feature names. The weights are fitted by `scripts/train_holder_ranker.py`; retrain, never edit them.
"""

import math

import pytest

import newsclaims
from newsclaims.pipeline.claims import holder_ranking
from newsclaims.pipeline.claims.holder_ranking import Candidate, Proposals, choose
from newsclaims.tables import load_table

RANKER = {"enabled": True, "intercept": 0.0, "weights": {"p": 1.0}, "veto": 0.3, "fill": 0.7, "swap": 0.3}

CHOICES = [
    # (id, the rules' candidate or None, probability of each candidate "A", "B", whether a rule blocked the
    # passage owner, expected holder or None)
    ("rule_kept_when_likely", "A", {"A": 0.8, "B": 0.3}, False, "A"),
    ("rule_kept_when_another_is_only_a_little_likelier", "A", {"A": 0.5, "B": 0.7}, False, "A"),
    ("rule_swapped_when_another_is_much_likelier", "A", {"A": 0.35, "B": 0.9}, False, "B"),
    ("rule_vetoed_and_nobody_sure", "A", {"A": 0.1, "B": 0.5}, False, None),
    ("rule_vetoed_and_another_sure", "A", {"A": 0.1, "B": 0.8}, False, "B"),
    ("empty_filled_when_sure", None, {"A": 0.75, "B": 0.2}, False, "A"),
    ("empty_left_when_unsure", None, {"A": 0.65, "B": 0.2}, False, None),
    ("empty_left_when_a_rule_found_people_or_a_government", None, {"A": 0.9, "B": 0.2}, True, None),
]


class _Org:
    def __init__(self, name):
        self.name = name


@pytest.mark.parametrize(
    ("rule", "probabilities", "blocked", "expected"), [c[1:] for c in CHOICES], ids=[c[0] for c in CHOICES]
)
def test_choose_combines_the_rules_and_the_weights(monkeypatch, rule, probabilities, blocked, expected):
    monkeypatch.setattr(holder_ranking, "_ranker", lambda: RANKER)
    # a probability p is logit(p) in the single feature 'p'
    found = [
        Candidate(_Org(name), name, (), {"p": math.log(p / (1 - p)), "by_rule": float(name == rule)})
        for name, p in probabilities.items()
    ]
    proposals = Proposals(
        rule=_Org(rule) if rule else None, parse_subject=None, parse_object=None, speaker=None, previous=None,
        protagonist=None, headline=None, kind="other", owned=False, blocked=blocked, table_line=False,
    )  # fmt: skip
    chosen = choose((0, 1), found, proposals)
    assert (chosen.name if chosen is not None else None) == expected


FEATURES = [
    # (id, passage, figure, organization, features expected of its candidate)
    (
        "subject_and_object_of_the_clause",
        "Harrowgate Mills said it bought a 20 pct stake in Cobbold Textiles for 40 mln dlrs.",
        "20 pct",
        "Harrowgate Mills",
        dict(by_rule=1.0, by_parse_subject=1.0, clause_subject=1.0, before=1.0, in_sentence=1.0),
    ),
    (
        "object_after_in",
        "Harrowgate Mills said it bought a 20 pct stake in Cobbold Textiles for 40 mln dlrs.",
        "20 pct",
        "Cobbold Textiles",
        dict(by_rule=0.0, by_parse_object=1.0, object_preposition=1.0, before=0.0),
    ),
    (
        "unit_named_after_its_noun",
        "Quillon Motors said its subsidiary, Quillon Motors Andhra, would spend 90 mln dlrs on a plant.",
        "90 mln dlrs",
        "Quillon Motors Andhra",
        dict(unit=1.0, in_sentence=1.0),
    ),
    (
        "an_earlier_sentence_org",
        "Brisco Foods reported a loss on Monday. Revenue fell 8 pct to 310 mln dlrs, it said.",
        "8 pct",
        "Brisco Foods",
        dict(in_sentence=0.0, sentences_back=0.25),
    ),
]


@pytest.mark.parametrize(
    ("passage", "figure", "organization", "expected"), [c[1:] for c in FEATURES], ids=[c[0] for c in FEATURES]
)
def test_candidate_features(model_nlp, monkeypatch, passage, figure, organization, expected):
    seen = []
    monkeypatch.setattr(holder_ranking, "tap", lambda quantity, found, proposals: seen.append((quantity, found)))
    newsclaims.extract(passage, nlp=model_nlp)
    start = passage.index(figure)
    found = next(found for quantity, found in seen if quantity[0] <= start < quantity[1])
    candidate = next(c for c in found if any(m.org.name == organization for m in c.mentions))
    assert {name: candidate.features[name] for name in expected} == expected


def test_the_table_weighs_exactly_the_features_the_code_computes(model_nlp, monkeypatch):
    seen = []
    monkeypatch.setattr(holder_ranking, "tap", lambda quantity, found, proposals: seen.extend(found))
    newsclaims.extract("Harrowgate Mills said it bought a 20 pct stake in Cobbold Textiles.", nlp=model_nlp)
    assert seen and all(sorted(c.features) == sorted(load_table("holder_ranker")["weights"]) for c in seen)


def test_the_ranker_never_makes_the_figures_object_its_holder(model_nlp, monkeypatch):
    """Whatever the weights say, the organization a stake is in (the parse's object) does not hold it: a ranker
    that always picks the object leaves the holder empty."""
    from newsclaims.pipeline.claims import frames

    monkeypatch.setattr(frames, "choose", lambda quantity, found, proposals: proposals.parse_object)
    passage = "The Dutch government is to buy a 20% stake in shipbuilder Velsen Werft NV."
    result = newsclaims.extract(passage, "2026-03-10", nlp=model_nlp)
    (claim,) = result.claims
    (velsen,) = [m for m in result.mentions if m.type == "org"]
    assert (claim.subject, claim.object) == (None, velsen.value.org_id)
