"""Which organization a pronoun ('it', 'its') or a description ('the company', 'the bank') stands for.

A small salience model, no coreference library: look back through the current sentence and the three
before it, nearest sentence first; in each, the last organization that is the grammatical subject of its
clause wins, else the last one named. A description prefers an organization whose name has its word ('the
bank' -> 'Hoshizora Bank'). A news agency in a dateline's parentheses is never an antecedent.
"""

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsclaims.pipeline.claims.words import Lemmatize, lemma_in, word_set
from newsclaims.pipeline.orgs import OrgSpan

_LOOKBACK_SENTENCES = 3
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class OrgToken:
    """An organization mention with the tokens it covers."""

    org: OrgSpan
    first: int  # token index
    last: int  # token index, inclusive
    sentence: int
    is_subject: bool
    in_dateline: bool


class OrgIndex:
    """The article's organization mentions, by token, for the claim rules."""

    def __init__(self, doc: Doc, orgs: list[OrgSpan], sentence_starts: list[int]) -> None:
        self.doc = doc
        self.sentence_starts = sentence_starts  # token indices
        self.by_token: dict[int, OrgToken] = {}
        self.items: list[OrgToken] = []
        for org in orgs:
            span = doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            item = OrgToken(
                org=org,
                first=span.start,
                last=span.end - 1,
                sentence=self.sentence_of(span.start),
                is_subject=any(t.dep_ in _SUBJECT_DEPS or t.head.dep_ in _SUBJECT_DEPS for t in span),
                in_dateline=_in_dateline(doc, span.start, span.end),
            )
            self.items.append(item)
            for i in range(span.start, span.end):
                self.by_token[i] = item

    def sentence_of(self, token_index: int) -> int:
        return max(0, bisect_right(self.sentence_starts, token_index) - 1)

    def org_at(self, token: Token) -> OrgToken | None:
        """The organization mention covering the token, or one its compound or appositive names
        ('Cascade shares' -> Cascade; 'the lender, MUFG,' -> MUFG)."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        for child in token.children:
            if child.dep_ in ("compound", "appos", "poss") and child.i in self.by_token:
                return self.by_token[child.i]
        return None


def refers_to(token: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    """The organization a pronoun or description stands for, or None when it is neither or none fits."""
    word = token.lower_
    description = None
    if word not in word_set("pronouns"):
        description = lemma_in(token, word_set("reference_nouns"), lemmatize)
        if description is None or not _is_definite(token):
            return None
    sentence = index.sentence_of(token.i)
    candidates = [
        item
        for item in index.items
        if item.last < token.i and sentence - _LOOKBACK_SENTENCES <= item.sentence <= sentence and not item.in_dateline
    ]
    if description is not None:
        named = [item for item in candidates if description in item.org.name.lower()]
        candidates = named or candidates
    for back in range(sentence, sentence - _LOOKBACK_SENTENCES - 1, -1):
        here = [item for item in candidates if item.sentence == back]
        if not here:
            continue
        subjects = [item for item in here if item.is_subject]
        return (subjects or here)[-1]
    return None


def _is_definite(token: Token) -> bool:
    """'the company', 'the Tokyo-based bank'; not 'a company' or 'companies'."""
    if token.tag_ in ("NNS", "NNPS"):
        return False
    return any(child.dep_ in ("det", "poss") and child.lower_ in ("the", "this", "that", "its") for child in token.children)


def _in_dateline(doc: Doc, start: int, end: int) -> bool:
    """'(Reuters)' right before the dash of a dateline."""
    return (
        start > 0
        and end < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and end + 1 < len(doc)
        and doc[end + 1].text in ("-", "–", "—", "--")
    )
