"""Shared fixtures: a blank English pipeline with the component (fast, no model) and the real model."""

from pathlib import Path

import pytest
import spacy

import newsclaims

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


def quantities(result):
    """The money and percent mentions of a result (tests of the quantity rules ignore dates and orgs)."""
    return [m for m in result.mentions if m.type in ("money", "percent")]


@pytest.fixture(scope="session")
def blank_nlp():
    """spacy.blank('en') + sentencizer + newsclaims: rules only, no statistical model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsclaims")
    return nlp


@pytest.fixture(scope="session")
def model_nlp():
    """The pipeline newsclaims runs by default: the installed English model plus the component."""
    return newsclaims.load_pipeline()


@pytest.fixture(scope="session")
def mention_of(blank_nlp):
    """The one mention with text `span` that the rules-only pipeline finds in `sentence`."""

    def find(sentence: str, span: str):
        (mention,) = [m for m in newsclaims.extract(sentence, nlp=blank_nlp).mentions if m.text == span]
        return mention

    return find
