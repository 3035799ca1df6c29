"""How sure the text is of a quantity, and who says so.

Cues come from the words above the quantity in the parse (its clause and the clauses that govern it) and
from the sentence ('according to', 'reportedly'), with their lists in `rules/claims.json`. The first that
applies wins: `hedged` (could, may, might; possibly, potential), `expected` (expect, forecast, plan, aim,
target, guidance, 'is set to'; 'will' when no speaker is named), `reported` (a speech verb with its
speaker, 'according to', 'reportedly', sources), `asserted` otherwise. A speaker's 'will' ('X said it will
invest $5bn') is reported: the claim is what X said. The attribution is the speaker as written, with a
pronoun replaced by the organization it stands for.
"""

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsclaims.pipeline.claims.references import OrgIndex, refers_to
from newsclaims.pipeline.claims.words import Lemmatize, lemma_in, table, word_set

_SPEAKER_DEPS = ("nsubj", "nsubjpass")
_CUT_DEPS = ("relcl", "acl", "appos", "punct", "prep", "cc", "conj", "advcl", "parataxis")
_MAX_SPEAKER_TOKENS = 10


@dataclass(frozen=True)
class Stance:
    """Certainty, attribution text and the speech verb (its token index) that carries it, if any."""

    certainty: str
    attribution: str | None
    speech_verb: int | None


def stance(quantity: Span, index: OrgIndex, lemmatize: Lemmatize | None) -> Stance:
    """The certainty and attribution of the quantity covered by `quantity`."""
    chain = [quantity.root, *quantity.root.ancestors]
    speech = _speech_verb(chain, lemmatize)
    inner = chain if speech is None else _up_to(chain, speech)
    attribution = _speaker(speech, index, lemmatize) if speech is not None else None
    according = _according_to(quantity.sent)
    if attribution is None and according is not None:
        attribution = according
    reported = speech is not None or according is not None or _has_report_word(quantity.sent, lemmatize)
    if _hedged(inner, lemmatize):
        certainty = "hedged"
    elif _expected(inner, speech, lemmatize) or (not reported and _future(inner)):
        certainty = "expected"
    elif reported:
        certainty = "reported"
    else:
        certainty = "asserted"
    return Stance(certainty, attribution, speech.i if speech is not None else None)


def _up_to(chain: list[Token], speech: Token) -> list[Token]:
    """The chain below and at the speech verb (which may hang below the chain's top: 'X rose, it said')."""
    for position, token in enumerate(chain):
        if token.i == speech.i:
            return chain[: position + 1]
    return chain


def _speech_verb(chain: list[Token], lemmatize: Lemmatize | None) -> Token | None:
    speech_verbs = word_set("speech_verbs")
    for token in chain:
        if token.pos_ in ("VERB", "AUX") and lemma_in(token, speech_verbs, lemmatize) and _has_speaker(token):
            return token
        for child in token.children:  # 'Revenue rose 5%, the company said' parsed with 'said' below 'rose'
            if (
                child.dep_ in ("parataxis", "ccomp", "advcl")
                and child.i > token.i
                and child.pos_ == "VERB"
                and lemma_in(child, speech_verbs, lemmatize)
                and _has_speaker(child)
            ):
                return child
    return None


def _has_speaker(verb: Token) -> bool:
    return any(child.dep_ in _SPEAKER_DEPS for child in verb.children)


def _speaker(verb: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> str | None:
    subject = next((child for child in verb.children if child.dep_ in _SPEAKER_DEPS), None)
    if subject is None:
        return None
    if subject.lower_ in word_set("pronouns") or subject.pos_ == "PRON":
        antecedent = refers_to(subject, index, lemmatize)
        if antecedent is not None:
            return antecedent.org.name
        return subject.text if subject.lower_ not in ("which", "that", "who") else None
    return _phrase_text(subject)


def _phrase_text(head: Token) -> str:
    """The head's phrase without relative clauses, appositions and anything after a comma or '('."""
    keep = [head]
    stack = [child for child in head.children if child.dep_ not in _CUT_DEPS]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(child for child in token.children if child.dep_ not in ("relcl", "acl", "appos", "punct"))
    keep.sort(key=lambda t: t.i)
    # contiguous around the head, stopping at a bracket or comma
    start = end = keep.index(head)
    while start > 0 and keep[start - 1].i == keep[start].i - 1 and keep[start - 1].text not in (",", "(", ")"):
        start -= 1
    while end < len(keep) - 1 and keep[end + 1].i == keep[end].i + 1 and keep[end + 1].text not in (",", "(", ")"):
        end += 1
    words = keep[start : end + 1][-_MAX_SPEAKER_TOKENS:]
    doc = head.doc
    return doc[words[0].i : words[-1].i + 1].text


def _according_to(sentence: Span) -> str | None:
    for token in sentence:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    for source in to.children:
                        if source.dep_ == "pobj":
                            return _phrase_text(source)
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if following is not None and following.lower_ == "to" and following.i + 1 < sentence.end:
                return _phrase_text(
                    following.nbor(1).head if following.nbor(1).head != following else following.nbor(1)
                )
    return None


def _has_report_word(sentence: Span, lemmatize: Lemmatize | None) -> bool:
    words = word_set("report_words")
    return any(token.lower_ in words for token in sentence)


def _hedged(chain: list[Token], lemmatize: Lemmatize | None) -> bool:
    modals = word_set("hedge_modals")
    hedges = word_set("hedge_words")
    for token in chain:
        if token.lower_ in hedges or lemma_in(token, hedges, lemmatize):
            return True
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in modals:
                return True
            if child.dep_ in ("advmod", "amod") and child.lower_ in hedges:
                return True
    return False


def _expected(chain: list[Token], speech: Token | None, lemmatize: Lemmatize | None) -> bool:
    words = table()
    verbs = word_set("expect_verbs")
    nouns = word_set("expect_nouns")
    phrases = {tuple(p.split()) for p in words["expect_phrases"]}
    for token in chain:
        if token.pos_ in ("VERB", "AUX") and lemma_in(token, verbs, lemmatize):
            return True
        if token.pos_ == "NOUN" and lemma_in(token, nouns, lemmatize):
            return True
        for child in token.children:
            if (
                child.dep_ in ("compound", "amod", "nmod")
                and child.pos_ == "NOUN"
                and lemma_in(child, nouns, lemmatize)
            ):
                return True
        if token.i + 1 < len(token.doc):
            pair = (token.lower_, token.nbor(1).lower_)
            if pair in phrases:
                return True
            if token.i + 2 < len(token.doc) and (token.lower_, token.nbor(1).lower_, token.nbor(2).lower_) in phrases:
                return True
    return False


def _future(chain: list[Token]) -> bool:
    auxiliaries = word_set("future_auxiliaries")
    return any(child.dep_ == "aux" and child.lower_ in auxiliaries for token in chain for child in token.children)
