"""Long runs without whitespace are tokenized in pieces (issue 18); everything else exactly as spaCy does."""

import pytest
import spacy

from newsclaims.pipeline.tokenizer import LONG_RUN, ChunkedTokenizer


@pytest.fixture(scope="module")
def tokenizers():
    nlp = spacy.blank("en")
    return nlp.tokenizer, ChunkedTokenizer(nlp.tokenizer)


ORDINARY = [
    "Northwind (NWH) raised $2.5 billion on March 3, 2026.",
    "See https://example.com/reports/2026/annual-results-of-the-group-and-its-subsidiaries.pdf for details.",
    '((((nested)))) and "quoted" text, 1-2-3-4-5, Q3/Q4.',
    "x" * LONG_RUN + " ends here",
]
LONG = [
    "(" * 5_000,
    "Revenue rose " + '"' * (LONG_RUN + 1) + " then $5 million.",
    ("$1234567" * 800) + "\n\n" + "'s" * 3_000,
]


@pytest.mark.parametrize("text", ORDINARY, ids=range(len(ORDINARY)))
def test_ordinary_text_is_tokenized_as_spacy_does(tokenizers, text):
    plain, chunked = tokenizers
    assert [(t.text, t.whitespace_) for t in chunked(text)] == [(t.text, t.whitespace_) for t in plain(text)]


@pytest.mark.parametrize("text", LONG, ids=range(len(LONG)))
def test_long_runs_keep_the_text_exactly(tokenizers, text):
    _, chunked = tokenizers
    doc = chunked(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)


def test_pieces_of_a_run_of_brackets_are_the_same_tokens(tokenizers):
    plain, chunked = tokenizers
    text = "(" * 2_000
    assert [t.text for t in chunked(text)] == [t.text for t in plain(text)]
