"""spaCy's tokenizer, fed very long runs without whitespace in pieces, so that no text tokenizes in quadratic time.

spaCy splits a run of non-space characters by peeling prefixes and suffixes off it one at a time, and each
step searches the rest of the run for a suffix: a run of n brackets or quotes costs n * n (issue 18: a line
of 20,000 '(' took 35 s in the tokenizer alone, 200,000 would take an hour). Ordinary text has no such runs:
words, numbers, even URLs are far shorter than `LONG_RUN`. A run longer than that is tokenized in pieces of
`PIECE` characters (a token may be cut in two there: such a run is no word anyway) and the pieces' Docs
are joined into one whose text is exactly the input. Text without a
long run goes to spaCy's tokenizer unchanged, so nothing changes on ordinary text.
"""

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

LONG_RUN = 300  # characters without whitespace: longer than any word, number or ordinary URL
PIECE = 100  # characters per piece of a long run: 200,000 '(' in about a second

_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG_RUN + 1},}}")  # anchored at a run's start: one pass over the text


class ChunkedTokenizer:
    """Wraps a spaCy tokenizer (`nlp.tokenizer = ChunkedTokenizer(nlp.tokenizer)`); everything but tokenizing
    text with a long run is the wrapped tokenizer's."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        cuts = list(_cuts(text))
        if not cuts:
            return self.tokenizer(text)
        bounds = [0, *cuts, len(text)]
        docs = [self.tokenizer(text[start:end]) for start, end in pairwise(bounds) if end > start]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        return doc if doc.text == text else self.tokenizer(text)  # never a Doc whose text differs

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not yet set (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def _cuts(text: str) -> Iterator[int]:
    """Offsets at which to cut `text`: every `PIECE` characters inside each run longer than `LONG_RUN`."""
    for run in _LONG_RUN.finditer(text):
        yield from range(run.start() + PIECE, run.end(), PIECE)
