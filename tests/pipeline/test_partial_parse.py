"""The partial parse: tagger and parser only on the sentences the rules read them in (issue 21)."""

import numpy
import pytest
import spacy

import newsclaims
from newsclaims.pipeline.annotations import parsed, tagged
from newsclaims.pipeline.model import load_pipeline, resolve_model_name
from newsclaims.pipeline.parse_needs import sentences_to_parse

# (sentence after a first sentence that needs no parse, whether it is parsed, why)
SENTENCES = [
    ("Acme raised $5 million from investors.", True, "money"),
    ("Its margin rose 3 pct last year.", True, "percent"),
    ("Shareholders will vote on Tuesday.", True, "a weekday: its day follows the tense"),
    ("Output peaked in March.", True, "a month without its year"),
    ("It hired 2000 workers.", False, "a bare number is no candidate date"),
    ("It expanded its workforce to 2000 employees.", True, "a year-like number before a word it may count"),
    ("Output peaked in March 1986.", False, "a date that says its year, no trigger word"),
    ("The weather was fine and the talks went on.", False, "nothing the rules read the parse for"),
    ("The deal closed on March 21, 1987.", True, "a point date and a word that may be an event's trigger"),
    ("The weather turned on March 21, 1987.", False, "a date with its year and no trigger word"),
    ("Acme Corp said Kessler Group liked it.", False, "no 'the' inside a model ORG here"),
    ("Acme Corp said the Kessler Group liked it.", True, "a 'the' inside a model ORG: kept if the name ends it"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), SENTENCES)
def test_only_the_sentences_that_need_it_are_parsed(model_nlp, sentence, expected, why):
    doc = model_nlp("The sky was grey over the quiet town.\n\n" + sentence)
    sentences = list(doc.sents)
    assert len(sentences) == 2, [s.text for s in sentences]
    first, second = sentences
    assert not any(parsed(t) or tagged(t) for t in first), "the first sentence needs no parse"
    assert all(parsed(t) and tagged(t) for t in second) == expected, why
    assert any(parsed(t) for t in second) == expected, why


def test_the_default_pipeline_parses_in_part(model_nlp):
    assert model_nlp.pipe_names == [
        "senter",
        "newsclaims_line_breaks",
        "ner",
        "newsclaims_partial_parse",
        "newsclaims",
    ]
    assert {"tok2vec", "tagger", "parser", "attribute_ruler"} <= set(model_nlp.disabled)


def test_parse_everywhere_is_the_full_pipeline():
    nlp = load_pipeline(parse="everywhere")
    assert nlp.pipe_names[:3] == ["tok2vec", "tagger", "newsclaims_line_breaks"]
    assert "newsclaims_partial_parse" not in nlp.pipe_names
    with pytest.raises(ValueError, match="parse must be one of"):
        load_pipeline(parse="sometimes")


def test_the_environment_chooses_the_parse(monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_PARSE", "everywhere")
    assert "parser" in load_pipeline().pipe_names
    assert "parser" not in load_pipeline(parse="needed").pipe_names  # an explicit argument wins


def test_the_parse_keeps_the_sentence_boundaries(model_nlp):
    text = (
        "LONDON, March 3 - Acme Corp said it raised 40 mln dlrs. The talks went on\nall day. Shares rose 5 pct "
        "on Tuesday, dealers said, and the Bank of England bought 30 mln stg of bills."
    )
    before = model_nlp.make_doc(text)
    for name in ("senter", "newsclaims_line_breaks", "ner"):
        before = model_nlp.get_pipe(name)(before)
    starts = [s.start for s in before.sents]
    after = model_nlp.get_pipe("newsclaims_partial_parse")(before)
    assert [s.start for s in after.sents] == starts
    assert after.has_annotation("DEP")
    for sentence in after.sents:  # no tree crosses a sentence boundary
        assert all(sentence.start <= token.head.i < sentence.end for token in sentence)


def test_every_sentence_with_a_quantity_is_parsed(model_nlp):
    """The quantity finder reads no parse, so the sentences it asks for are all those with a mention."""
    text = (
        "Revenue was 5,000,000 vs 4,000,000.\n\nShr 1.23 dlrs vs 1.01 dlrs. The board met. It paid $5 million "
        "and 6 million later. Growth was two per cent. Nothing else happened. Costs fell 3 percentage points."
    )
    doc = model_nlp(text)
    wanted = {(s.start, s.end) for s in doc.sents if all(parsed(t) for t in s)}
    for mention in newsclaims.extract(text, nlp=model_nlp).mentions:
        if mention.type in ("money", "percent"):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            assert (span.sent.start, span.sent.end) in wanted, mention.text


def test_alone_it_leaves_nothing_on_the_doc():
    """Without `newsclaims` after it, the partial parse keeps none of the per-Doc caches it fills."""
    nlp = spacy.load(resolve_model_name(), disable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.enable_pipe("senter")
    nlp.add_pipe("newsclaims_partial_parse")
    doc = nlp("Acme raised $5 million. The weather was fine.")
    assert doc.user_data == {}
    assert [any(parsed(t) for t in s) for s in doc.sents] == [True, False]


def test_a_pipeline_without_a_parser_asks_for_nothing(blank_nlp):
    doc = blank_nlp.make_doc("Acme raised $5 million.")
    doc = blank_nlp.get_pipe("sentencizer")(doc)
    assert sentences_to_parse(doc) == [(0, len(doc))]


def test_a_dateline_is_a_tree_of_its_own_in_the_lead_sentence(model_nlp):
    """Its city is no subject of the lead's verb; the sentence keeps it (a reader counts sentences so)."""
    doc = model_nlp("ACME RAISES CASH\n\nLONDON, March 3 (Newswire) - Acme Corp said it raised $5 billion.")
    _headline, lead = doc.sents
    assert lead.text.startswith("LONDON")
    roots = [t.text for t in lead if t.head.i == t.i and not t.is_space]
    assert len(roots) == 2 and "said" in roots
    assert next(t for t in lead if t.text == "LONDON").head.text != "said"


def test_the_pieces_leave_no_vector_hook_and_keep_the_owners(model_nlp):
    # the pieces skip the average of their words' vectors through a span hook that lasts while they are made
    text = "Acme raised $5 million from investors."
    assert model_nlp(text).user_span_hooks == {}
    own = model_nlp.make_doc(text)
    owners = own.user_span_hooks["vector"] = lambda span: numpy.ones(3, dtype="float32")
    for _, component in model_nlp.pipeline:
        own = component(own)
    assert own.user_span_hooks == {"vector": owners}
    assert any(parsed(t) for t in own)
