"""Tag and parse only the sentences whose parse the rules read: the `newsclaims_partial_parse` component.

en_core_web_sm runs tok2vec, tagger, parser, attribute_ruler and ner. The tagger and the parser listen to
the shared tok2vec; the NER has a tok2vec of its own, and so has the `senter` the model ships disabled (a
small one: 16 wide, 2 deep). On 200 Reuters stories the NER took 36% of the pipeline's time, tok2vec 21%,
the parser 11%, the attribute ruler 10% and the tagger under 1% (`scripts/bench_components.py`). newsclaims
needs entities everywhere, but the parse only around a money or percent mention (claims: holder, attribute,
tense, certainty; a percent's kind; a rate's unit) and a few other places listed in `parse_needs`.

So the pipeline newsclaims loads is: senter, `newsclaims_line_breaks`, ner, this component, `newsclaims`.
Sentence boundaries are the senter's plus the line breaks', everywhere; nothing here moves them. This
component takes the sentences `parse_needs.sentences_to_parse` asks for, makes each a Doc of its own
(`Span.as_doc`), runs the model's tok2vec, tagger, parser and attribute_ruler (loaded, disabled in the
pipeline) over all of them in one batch per batch of articles, and copies tags, POS, morphology, lemmas,
heads and dependency labels back. A token of any other sentence has none of these (`token.dep == 0`):
the rules ask `annotations.parsed(token)` before reading the parse, and fall back as they do on a
pipeline without a parser.
"""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from newsclaims.pipeline.line_breaks import line_breaks
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
            self._components = [
                self._nlp.get_pipe(name) for name in PARSE_COMPONENTS if name in self._nlp.component_names
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
        wanted = [sentences_to_parse(doc) for doc in docs]
        pieces = [doc[start:end].as_doc() for doc, ranges in zip(docs, wanted, strict=True) for start, end in ranges]
        if not pieces:
            return
        for piece in pieces:
            _as_the_parser_saw_it(piece)
        for component in self._parsing():
            pieces = list(component.pipe(pieces)) if hasattr(component, "pipe") else [component(p) for p in pieces]
        parsed = iter(pieces)
        for doc, ranges in zip(docs, wanted, strict=True):
            if ranges:
                _copy_back(doc, [(start, end, next(parsed)) for start, end in ranges])


def _as_the_parser_saw_it(piece: Doc) -> None:
    """Sentence starts as the full pipeline gave the parser: only those of line breaks and lines in capitals
    (the senter's own would bind the parser)."""
    values = numpy.zeros((len(piece), 1), dtype="uint64")
    values[0, 0] = 1
    piece.from_array([SENT_START], cast(Ints2d, values))
    line_breaks(piece)


def _copy_back(doc: Doc, parsed: list[tuple[int, int, Doc]]) -> None:
    """Tags, POS, morphology, lemmas, heads and labels of the parsed sentences into `doc`; the sentence
    boundaries stay as they were (writing heads sets boundaries from the trees: they are put back)."""
    boundaries = doc.to_array([SENT_START])
    values = doc.to_array(_COPIED)
    for start, end, piece in parsed:
        values[start:end] = piece.to_array(_COPIED)
    doc.from_array(_COPIED, values)
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
