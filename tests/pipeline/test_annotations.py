"""Per-Doc lookups that replace spaCy's walks (issue 18) give what spaCy's own properties give."""

import pytest

from newsclaims.pipeline.annotations import children_of, forget, root_of, sentence_at, verb_above

TEXTS = [
    "Northwind Holdings (NWH) said on Tuesday it had secured a bridge loan of up to $2.5 billion.\n\n"
    "The $250 million unsecured loan will fund its 13% stake in Contoso Energy, the company said.",
    "5 mln dlrs vs " * 40,  # a run-on line: one sentence, a deep parse
    "Revenue rose 5% to $3 million from $2.8 million , while costs fell . And then ?",
]


@pytest.mark.parametrize("text", TEXTS, ids=["article", "run-on", "punctuation"])
def test_lookups_match_spacy(model_nlp, text):
    doc = model_nlp(text)
    try:
        for token in doc:
            assert [c.i for c in children_of(token)] == [c.i for c in token.children]
            assert sentence_at(doc, token.i) == token.sent
            above = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            assert (verb_above(token) or token).i == (above or token).i
        for start in range(len(doc)):
            for length in (1, 2, 3, 6):
                span = doc[start : start + length]
                if len(span):
                    assert root_of(span).i == span.root.i, span.text
    finally:
        forget(doc)
