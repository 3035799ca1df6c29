"""Lists that leave out the verb: 'X holds 7.5%, Singapore's Temasek 5.1% and the Qatari state 3%'.

The second and third clauses say 'Temasek [holds] 5.1%' without the verb, and the small parsers hang their
names anywhere (a conjunct, an apposition, a modifier of the amount). Read from the tokens instead: a
quantity right after a noun phrase that opens a list item (after a comma or 'and'), with nothing after it
but the list's punctuation, in a sentence whose verb and first quantity come before, is that noun phrase's
and says what the first quantity says. The holder is the phrase's organization, or nobody named as one
('the Qatari state', 'founder Lu Weiguo'): no passage owner stands in for a holder the text names.
"""

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsclaims.pipeline.annotations import per_doc, sentence_at
from newsclaims.pipeline.claims.references import OrgIndex, OrgToken
from newsclaims.pipeline.claims.words import Lemmatize, lemma, word_set

_PHRASE_POS = ("PROPN", "NOUN", "ADJ", "DET", "PART")
_PHRASE_TEXT = ("-", "'s", "\u2019s", "&")
_OPENERS = (",", "and", "while", "&", ";")
_CLOSERS = (",", "and", ".", ";", ")", "while")
_MAX_PHRASE = 8


@dataclass(frozen=True)
class Gapped:
    """A quantity in a verbless list item, and the organization its phrase names (None: not one)."""

    holder: OrgToken | None


def gapped(
    quantity: Span, index: OrgIndex, quantity_tokens: frozenset[int], lemmatize: Lemmatize | None
) -> Gapped | None:
    """The list item the quantity closes, or None when it is not one."""
    doc = quantity.doc
    sentence = sentence_at(doc, quantity.start)  # `quantity.sent`, without walking the sentence
    end = quantity.end
    if end < sentence.end and doc[end].text not in _CLOSERS:
        return None
    phrase: list[Token] = []
    at = quantity.start - 1
    while at >= sentence.start and len(phrase) < _MAX_PHRASE:
        token = doc[at]
        if at in quantity_tokens or not (
            token.pos_ in _PHRASE_POS or token.text in _PHRASE_TEXT or token.dep_ == "amod"
        ):
            break
        phrase.insert(0, token)
        at -= 1
    if not phrase or at < sentence.start or doc[at].lower_ not in _OPENERS:
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in phrase) or phrase[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    # a verb and a quantity before the item, in its sentence: the first of each, found once per sentence
    first_verb = _first_verb(doc, sentence)
    if first_verb is None or first_verb >= at or not _quantity_token_between(doc, quantity_tokens, sentence.start, at):
        return None
    holder = next((found for t in phrase if (found := index.org_at(t)) is not None), None)
    head = phrase[-1]
    if holder is None and head.pos_ != "PROPN" and lemma(head, lemmatize) not in word_set("people_holders"):
        return None  # 'revenue rose 5%, and operating profit 3%': the phrase says what, not whose
    return Gapped(holder=holder)


def _first_verb(doc, sentence: Span) -> int | None:
    """The index of the sentence's first verb or auxiliary (kept per sentence: issue 18, a list of thousands of
    items in one sentence asked it once per item)."""
    known: dict[int, int | None] = per_doc(doc, "gapping_first_verb", lambda doc: {})
    if sentence.start not in known:
        known[sentence.start] = next((t.i for t in sentence if t.pos_ in ("VERB", "AUX")), None)
    return known[sentence.start]


def _quantity_token_between(doc, quantity_tokens: frozenset[int], start: int, end: int) -> bool:
    """Whether a money or percent token lies in [start, end), by bisection over the sorted tokens."""
    cached = per_doc(doc, "gapping_quantity_tokens", lambda doc: {})
    ordered = cached.get(id(quantity_tokens))
    if ordered is None or ordered[0] is not quantity_tokens:
        ordered = cached[id(quantity_tokens)] = (quantity_tokens, sorted(quantity_tokens))
    tokens = ordered[1]
    at = bisect_left(tokens, start)
    return at < len(tokens) and tokens[at] < end
