"""The claim rules' lemmas: the indexed rule lemmatizer gives what spaCy's own gives."""

import spacy

from newsclaims.pipeline.claims.words import IndexedRuleLemmatizer
from newsclaims.pipeline.model import resolve_model_name
from tests.conftest import CORPUS


def test_indexed_rule_lemmatizer_gives_spacys_lemmas_on_every_token_of_the_corpus():
    nlp = spacy.load(resolve_model_name(), exclude=["ner"])
    component = nlp.get_pipe("lemmatizer")
    indexed = IndexedRuleLemmatizer.of(component)
    assert indexed is not None
    texts = [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "articles").glob("*.txt"))]
    tokens = [token for doc in nlp.pipe(texts) for token in doc if token.pos_]
    assert len(tokens) > 5_000
    differing = [(t.text, t.pos_) for t in tokens if indexed(t) != component.rule_lemmatize(t)]
    assert differing == []


def test_a_lemmatizer_of_its_own_is_left_alone():
    class Own(spacy.pipeline.Lemmatizer):
        def rule_lemmatize(self, token):
            return ["own"]

    nlp = spacy.blank("en")
    assert IndexedRuleLemmatizer.of(Own(nlp.vocab, None, mode="rule")) is None
