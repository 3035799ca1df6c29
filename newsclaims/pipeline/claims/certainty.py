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
from functools import cache

from spacy.tokens import Span, Token

from newsclaims.pipeline.annotations import children_of, per_doc, root_of
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
    cues = per_doc(quantity.doc, "certainty_cues", lambda doc: _ChainCues(lemmatize))
    root = root_of(quantity)
    speech, speech_in_chain = cues.speech_verb(root)
    # the chain up to and with the speech verb when the verb is on it, else the whole chain
    ceiling = speech if speech is not None and speech_in_chain else None
    attribution = _speaker(speech, index, lemmatize) if speech is not None else None
    sentence = index.sentence_of(quantity.start)  # the sentence `quantity.sent` is, found without walking it
    according = cues.per_sentence(("according", sentence), lambda: _according_to(quantity.sent))
    if attribution is None and according is not None:
        attribution = according
    reported = (
        speech is not None
        or according is not None
        or cues.per_sentence(("report", sentence), lambda: _has_report_word(quantity.sent, lemmatize))
    )
    if cues.on_chain("hedged", root, ceiling):
        certainty = "hedged"
    elif cues.on_chain("expected", root, ceiling) or (not reported and cues.on_chain("future", root, ceiling)):
        certainty = "expected"
    elif reported:
        certainty = "reported"
    else:
        certainty = "asserted"
    return Stance(certainty, attribution, speech.i if speech is not None else None)


class _ChainCues:
    """The cues of every token's chain (the token and its ancestors), each found once per Doc.

    Each cue is a property of one token (and its children and neighbours); a chain has a cue when one of its
    tokens has it. The nearest token with the cue above each token is kept, so asking for every quantity of
    a long sentence costs the length of the parse once, not once per quantity (issue 18)."""

    def __init__(self, lemmatize: Lemmatize | None) -> None:
        self._lemmatize = lemmatize
        self._depth: dict[int, int] = {}
        self._nearest: dict[tuple[str, int], Token | None] = {}
        self._sentences: dict[tuple[str, int], object] = {}
        self._tests = {
            "hedged": lambda token: _hedged_token(token, lemmatize),
            "expected": lambda token: _expected_token(token, lemmatize),
            "future": _future_token,
        }

    def per_sentence(self, key: tuple[str, int], compute):
        if key not in self._sentences:
            self._sentences[key] = compute()
        return self._sentences[key]

    def speech_verb(self, token: Token) -> tuple[Token | None, bool]:
        """The speech verb of the chain (the first token of it that is one, or that has one after it as a
        clause) and whether it is on the chain itself."""
        holder = self._nearest_with("speech", token, lambda t: _speech_verb_at(t, self._lemmatize) is not None)
        if holder is None:
            return None, False
        verb = _speech_verb_at(holder, self._lemmatize)
        return verb, verb is not None and verb.i == holder.i

    def on_chain(self, cue: str, token: Token, ceiling: Token | None) -> bool:
        """Whether a token of the chain from `token` up to `ceiling` (inclusive; None: to the root) has `cue`."""
        nearest = self._nearest_with(cue, token, self._tests[cue])
        if nearest is None:
            return False
        return ceiling is None or self.depth(nearest) >= self.depth(ceiling)

    def depth(self, token: Token) -> int:
        """Steps from the token to its root."""
        path = []
        while token.i not in self._depth:
            path.append(token)
            if token.head.i == token.i or len(path) > len(token.doc):
                self._depth[token.i] = 0
                path.pop()
                break
            token = token.head
        depth = self._depth[token.i]
        for below in reversed(path):
            depth += 1
            self._depth[below.i] = depth
        return self._depth[path[0].i] if path else depth

    def _nearest_with(self, cue: str, token: Token, test) -> Token | None:
        """The first token of the chain from `token` upwards that passes `test` (kept per token)."""
        path = []
        found: Token | None = None
        while (cue, token.i) not in self._nearest:
            path.append(token)
            if test(token):
                found = token
                break
            if token.head.i == token.i or len(path) > len(token.doc):
                break
            token = token.head
        else:
            found = self._nearest[(cue, token.i)]
        for below in path:
            self._nearest[(cue, below.i)] = found
        return found


def _speech_verb_at(token: Token, lemmatize: Lemmatize | None) -> Token | None:
    """The token itself when it is a speech verb with a speaker, else a speech verb with a speaker hanging
    after it as a clause ('Revenue rose 5%, the company said' parsed with 'said' below 'rose')."""
    speech_verbs = word_set("speech_verbs")
    if token.pos_ in ("VERB", "AUX") and lemma_in(token, speech_verbs, lemmatize) and _has_speaker(token):
        return token
    for child in children_of(token):
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
    return any(child.dep_ in _SPEAKER_DEPS for child in children_of(verb))


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


def _hedged_token(token: Token, lemmatize: Lemmatize | None) -> bool:
    modals = word_set("hedge_modals")
    hedges = word_set("hedge_words")
    if token.lower_ in hedges or lemma_in(token, hedges, lemmatize):
        return True
    for child in children_of(token):
        if child.dep_ == "aux" and child.lower_ in modals:
            return True
        if child.dep_ in ("advmod", "amod") and child.lower_ in hedges:
            return True
    return False


def _expected_token(token: Token, lemmatize: Lemmatize | None) -> bool:
    verbs = word_set("expect_verbs")
    nouns = word_set("expect_nouns")
    phrases = _expect_phrases()
    if token.pos_ in ("VERB", "AUX") and lemma_in(token, verbs, lemmatize):
        return True
    if token.pos_ == "NOUN" and lemma_in(token, nouns, lemmatize):
        return True
    for child in children_of(token):
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "NOUN" and lemma_in(child, nouns, lemmatize):
            return True
    if token.i + 1 < len(token.doc):
        pair = (token.lower_, token.nbor(1).lower_)
        if pair in phrases:
            return True
        if token.i + 2 < len(token.doc) and (token.lower_, token.nbor(1).lower_, token.nbor(2).lower_) in phrases:
            return True
    return False


@cache
def _expect_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in table()["expect_phrases"])


def _future_token(token: Token) -> bool:
    auxiliaries = word_set("future_auxiliaries")
    return any(child.dep_ == "aux" and child.lower_ in auxiliaries for child in children_of(token))
