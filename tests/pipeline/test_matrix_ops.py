"""The model's layers multiply with numpy on one BLAS thread (`pipeline.matrix_ops`), or with blis on request."""

import pytest
import spacy

from newsclaims.pipeline.matrix_ops import use_numpy_matmul
from newsclaims.pipeline.model import load_pipeline, resolve_model_name

SENTENCES = [
    "Aozora secured a bridge loan of up to $400 billion from Sumitomo Mitsui Banking Corp, the bank said.",
    "Shares of Kestrel Holdings rose 12% to 340 pence in London on Tuesday after the results.",
]


def _blis_layers(nlp) -> set[str]:
    return {
        f"{name}:{layer.name}"
        for name, component in nlp.components
        if getattr(component, "model", None) is not None and hasattr(component.model, "walk")
        for layer in component.model.walk()
        if layer.ops.use_blis
    }


def test_every_layer_of_the_loaded_model_uses_numpy(model_nlp):
    assert _blis_layers(model_nlp) == set()


def test_blis_on_request(monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_MATMUL", "blis")
    nlp = spacy.load(resolve_model_name())
    assert use_numpy_matmul(nlp) is False
    assert _blis_layers(nlp)


def test_an_unknown_choice_is_an_error(monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_MATMUL", "mkl")
    with pytest.raises(ValueError, match="NEWSCLAIMS_MATMUL"):
        use_numpy_matmul(spacy.blank("en"))


def test_numpy_and_blis_read_alike(model_nlp, monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_MATMUL", "blis")
    with_blis = load_pipeline()
    assert _blis_layers(with_blis)
    for text in SENTENCES:
        ours, theirs = model_nlp(text), with_blis(text)
        assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
        assert [(t.tag_, t.dep_, t.head.i) for t in ours] == [(t.tag_, t.dep_, t.head.i) for t in theirs]
        assert ours._.newsclaims_claims == theirs._.newsclaims_claims


def test_blank_pipeline_has_no_layers_to_change():
    assert use_numpy_matmul(spacy.blank("en")) is False
