"""Tag and parse only the sentences whose parse the rules read: the `newsclaims_partial_parse` component.

en_core_web_sm runs tok2vec, tagger, parser, attribute_ruler and ner. The tagger and the parser listen to
the shared tok2vec; the NER has a tok2vec of its own, and so has the `senter` the model ships disabled (a
small one: 16 wide, 2 deep). On 200 Reuters stories the NER took 43% of bare spaCy's time, tok2vec 24%,
the parser 12%, the attribute ruler 10%, the lemmatizer 9%, the tagger under 1% and the senter, run
instead of the parser, 1% (`scripts/bench_components.py`). newsclaims
needs entities everywhere, but the parse only around a money or percent mention (claims: holder, attribute,
tense, certainty; a percent's kind; a rate's unit) and a few other places listed in `parse_needs`.

So the pipeline newsclaims loads is: senter, `newsclaims_line_breaks`, ner, this component, `newsclaims`.
Sentence boundaries are the senter's plus the line breaks', everywhere; nothing here moves them. This
component takes the sentences `parse_needs.sentences_to_parse` asks for, makes each run of them a Doc of
its own (`Span.as_doc`, which keeps the sentence boundaries: they bind the parser), runs the model's
tok2vec, tagger, parser and attribute_ruler (loaded, disabled in the pipeline; the attribute ruler's rules
as a lookup table, `attribute_table`) over all of them in one batch per batch of articles, and copies
tags, POS, morphology, lemmas, heads and dependency labels back. A token of any other sentence has none
of these (`token.dep == 0`): the rules ask `annotations.parsed(token)` or `tagged(token)` before reading
them, and fall back as they do on a pipeline without a parser.
"""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from thinc.types import Ints2d

from newsclaims.pipeline.annotations import forget, text_of
from newsclaims.pipeline.attribute_table import AttributeTable
from newsclaims.pipeline.dateline import dateline_end
from newsclaims.pipeline.parse_needs import sentences_to_parse

PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler")
_COPIED = [TAG, POS, MORPH, LEMMA, HEAD, DEP]


class PartialParser:
    """Runs the model's parsing components (found by name in the pipeline, enabled or not) on the sentences
    that need a parse."""

    def __init__(self, nlp: Language, name: str = "newsclaims_partial_parse", batch_size: int = 64) -> None:
        self.name = name
        self.batch_size = batch_size
        self._nlp = nlp
        self._components: list | None = None

    def _parsing(self) -> list:
        # Looked up on first use: the components may be loaded after this one is added.
        if self._components is None:
            components = [self._nlp.get_pipe(name) for name in PARSE_COMPONENTS if name in self._nlp.component_names]
            # the attribute ruler's rules as a lookup table: the same writes, a tenth of the time
            self._components = [
                (AttributeTable.of(component) or component) if isinstance(component, AttributeRuler) else component
                for component in components
            ]
        return self._components

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        stream = iter(docs)
        while batch := list(islice(stream, size)):
            self._parse(batch)
            yield from batch

    def _parse(self, docs: list[Doc]) -> None:
        runs = [_runs(sentences_to_parse(doc)) for doc in docs]
        leads = [_after_dateline(doc) if doc_runs else None for doc, doc_runs in zip(docs, runs, strict=True)]
        pieces = [
            piece
            for doc, doc_runs, lead in zip(docs, runs, leads, strict=True)
            for piece in _pieces(doc, doc_runs, lead)
        ]
        if pieces:
            for component in self._parsing():
                pieces = list(component.pipe(pieces)) if hasattr(component, "pipe") else [component(p) for p in pieces]
            parsed = iter(pieces)
            for doc, doc_runs in zip(docs, runs, strict=True):
                if doc_runs:
                    _copy_back(doc, [(run[0][0], run[-1][1], next(parsed)) for run in doc_runs])
        if not self._shares_caches():
            for doc in docs:
                forget(doc)

    def _shares_caches(self) -> bool:
        """Whether `newsclaims` runs after this component: it reads the quantity spans found here from the
        per-Doc caches (`annotations.per_doc`) and clears them; without it, nothing of ours stays on a Doc."""
        names = self._nlp.pipe_names
        return self.name in names and "newsclaims" in names[names.index(self.name) :]


def _runs(sentences: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Sentences next to each other, together: one Doc for the parser, so each has its neighbours as context."""
    runs: list[list[tuple[int, int]]] = []
    for sentence in sentences:
        if runs and runs[-1][-1][1] == sentence[0]:
            runs[-1].append(sentence)
        else:
            runs.append([sentence])
    return runs


def _pieces(doc: Doc, runs: list[list[tuple[int, int]]], lead: int | None) -> list[Doc]:
    """The runs of one Doc as Docs (`_piece`). `Span.as_doc` averages the span's word vectors for the new
    Doc's `vector`, which no parsing component reads (they read each token's): the average is skipped (an
    empty vector, as a model without vectors gets) unless the Doc's owner hooked a vector of their own. Half of
    the pieces' cost on 200 stories."""
    hooks = doc.user_span_hooks
    hooked = "vector" in hooks
    if not hooked:
        hooks["vector"] = _no_vector
    try:
        return [_piece(doc, run, lead) for run in runs]
    finally:
        if not hooked:
            del hooks["vector"]  # the pieces share the Doc's hooks: theirs go too


def _no_vector(span) -> numpy.ndarray:
    return numpy.zeros((0,), dtype="float32")


def _piece(doc: Doc, run: list[tuple[int, int]], lead: int | None) -> Doc:
    """A run of sentences as a Doc of its own. `as_doc` keeps every token's sentence start (1) or not (-1),
    which binds the parser: it parses the Doc's sentences as they are, but for a wire dateline ('LONDON,
    March 3 -'), which it parses as a tree of its own: in the lead sentence's tree its city reads as the
    subject or the source of the lead's claims. (The dateline stays in the lead sentence: a reader counts
    sentences so, and messages name sentences by number.) `lead`: the token after the dateline
    (`_after_dateline`, found once per Doc), or None."""
    first = run[0][0]
    piece = doc[first : run[-1][1]].as_doc()
    if lead is not None and first < lead < run[-1][1]:
        values = piece.to_array([SENT_START]).astype("int64")
        values[lead - first] = 1
        piece.from_array([SENT_START], cast(Ints2d, values.reshape(-1, 1).astype("uint64")))
    return piece


def _after_dateline(doc: Doc) -> int | None:
    """The index of the token right after the dateline that opens `doc`, or None."""
    offset = dateline_end(text_of(doc))
    if offset <= 0:
        return None
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) and span[0].idx == offset and span.start > 0 else None


def _copy_back(doc: Doc, parsed: list[tuple[int, int, Doc]]) -> None:
    """Tags, POS, morphology, lemmas, heads and labels of the parsed sentences into `doc`; the sentence
    boundaries stay as they were (writing heads sets boundaries from the trees: they are put back)."""
    boundaries = doc.to_array([SENT_START])
    values = doc.to_array(_COPIED)
    for start, end, piece in parsed:
        values[start:end] = piece.to_array(_COPIED)
    doc.from_array(_COPIED, cast(Ints2d, values))
    doc.from_array([SENT_START], cast(Ints2d, boundaries.reshape(-1, 1)))


@Language.factory(
    "newsclaims_partial_parse",
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep", "token.head"],
    requires=["doc.sents", "doc.ents"],
    default_config={"batch_size": 64},
)
def make_partial_parser(nlp: Language, name: str, batch_size: int) -> PartialParser:
    """Factory of `newsclaims_partial_parse`: put it after "ner" and before "newsclaims", with the model's
    tok2vec, tagger, parser and attribute_ruler loaded but disabled (`load_pipeline` does that)."""
    return PartialParser(nlp, name, batch_size)
