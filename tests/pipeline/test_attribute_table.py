"""The attribute ruler as a lookup table (`pipeline.attribute_table`): token by token what the ruler writes.

Rows are sentences that reach each kind of rule of en_core_web_sm's ruler: the tag map, word-and-tag
exceptions, two-token rules ('gonna', "let's", "y'all", "ain't", 'there are') and whitespace tokens."""

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from newsclaims.pipeline.attribute_table import AttributeTable
from newsclaims.pipeline.model import resolve_model_name

SENTENCES = [
    "Aozora secured a bridge loan of up to $400 billion from the bank, it said on Tuesday.",
    "Y'all ain't gonna believe it, let's go. C'mon, there are   two\n\n  things to see.",
    "Ya'll gotta see it. It's there, isn't it? There's a way, and there were others.",
    "Shr 28.5p vs 26.6p.\n\nFinal div 8p, making 13p vs 12p.",
    "He doesn't know whether they'd've gone; we're sure you'll see what I'm saying.",
    "\n\n  \t",
]
WRITTEN = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def tagged_and_parsed():
    """The model without its attribute ruler, lemmatizer and NER, and the ruler kept aside."""
    nlp = spacy.load(resolve_model_name(), exclude=["ner", "lemmatizer"])
    return nlp, nlp.get_pipe("attribute_ruler")


@pytest.mark.parametrize("text", SENTENCES)
def test_the_table_writes_what_the_ruler_writes(tagged_and_parsed, text):
    nlp, ruler = tagged_and_parsed
    table = AttributeTable.of(ruler)
    assert table is not None
    with nlp.select_pipes(disable=["attribute_ruler"]):
        doc = nlp(text)
    by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
    assert by_table.to_array(WRITTEN).tolist() == by_ruler.to_array(WRITTEN).tolist()
    assert [t.pos_ for t in by_table] == [t.pos_ for t in by_ruler]
    assert any(t.pos_ for t in by_table) or not text.strip()


# (pattern, why the table cannot read it)
UNREADABLE = [
    ([{"TAG": "NN", "OP": "+"}], "an operator"),
    ([{"ORTH": "Acme"}], "an attribute the table does not keep"),
    ([{"LOWER": {"FUZZY": "acme"}}], "a predicate other than equality, IN, NOT_IN and REGEX"),
    ([{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}], "three tokens"),
]


@pytest.mark.parametrize(("pattern", "why"), UNREADABLE)
def test_a_rule_it_cannot_read_leaves_the_ruler_as_it_is(pattern, why):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([pattern], {"LEMMA": "x"})
    assert AttributeTable.of(ruler) is None, why


def test_later_rules_win_and_index_picks_the_token():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    ruler.add([[{"LOWER": {"IN": ["gon", "gonna"]}}]], {"LEMMA": "going"})
    ruler.add([[{"LOWER": {"REGEX": "^n'?a$"}}]], {"POS": "PART"})
    table = AttributeTable.of(ruler)
    assert table is not None
    doc = table(nlp.make_doc("They are gon na win"))
    assert [(t.lemma_, t.pos_) for t in doc] == [("", ""), ("", ""), ("going", ""), ("to", "PART"), ("", "")]
    assert doc.to_array(WRITTEN).tolist() == ruler(nlp.make_doc("They are gon na win")).to_array(WRITTEN).tolist()
