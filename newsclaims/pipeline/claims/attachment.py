"""What a quantity hangs on in the parse: the noun it measures, or the verb that says what it is.

'a bridge loan of up to $400 billion' -> noun 'loan'; 'a 13% stake' -> noun 'stake'; 'revenue rose 13% to
$5 billion' -> noun 'revenue' (the subject of a measuring verb); 'cut its deposit rate by 25 basis points'
-> noun 'rate' (the object of a change verb); 'invested $5 billion' -> verb 'invested', key investment;
'$5 billion in revenue' -> noun 'revenue'.
"""

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from newsclaims.pipeline.annotations import children_of, per_doc, root_of, verb_above
from newsclaims.pipeline.claims.words import Lemmatize, lemma_in, table, word_set

_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
_MODIFIER_DEPS = ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "poss", "appos")
_ARGUMENT_DEPS = ("dobj", "attr", "oprd", "nsubj", "nsubjpass", "dative", "npadvmod", "advmod", "acomp", "obj")
_MAX_STEPS = 8
_MOVE_VIAS = ("dobj", "npadvmod", "to", "by", "advmod", "at")


@dataclass(frozen=True)
class Attachment:
    """Where a quantity sits: `noun` is the thing measured, `verb` the verb above it or its noun,
    `verb_key` the attribute a verb gives when no noun says it, `via` how the quantity joins ('of', 'to',
    'dobj', ...), `change` when the quantity is a move of the noun rather than its level."""

    noun: Token | None = None
    verb: Token | None = None
    verb_key: str | None = None
    via: str | None = None
    change: bool = False


def attach(
    quantity: Span,
    mention_tokens: frozenset[int],
    lemmatize: Lemmatize | None,
    *,
    is_money: bool = True,
    quantity_tokens: frozenset[int] = frozenset(),
) -> Attachment:
    """The attachment of the quantity covered by `quantity`. `mention_tokens` are the token indices of all
    mentions (money, percent, date, org): they are never the thing measured. A quantity that restates
    another ('8 billion pesos ($430 million)', '$5bn and $6bn') takes the attachment of the first:
    `quantity_tokens` are the tokens of every money and percent mention."""
    root = root_of(quantity)
    measured = _complement_noun(root, quantity, mention_tokens) if is_money and not _targets(root, lemmatize) else None
    if measured is not None:  # '$5 billion in revenue', '$40 billion of loans'; not '9% in early trade'
        return Attachment(noun=measured, verb=_governing_verb(root), via="in")
    token = root
    for _ in range(_MAX_STEPS):
        dep, head = token.dep_, token.head
        if head is token:
            return _from_verb(token, "root", quantity, lemmatize, is_money) if token.pos_ in _VERBS else Attachment()
        if dep == "conj" or (dep == "prep" and head.i in mention_tokens):  # '$5bn and $6bn', '$5bn (£4bn)'
            token = head
            continue
        if head.i in quantity_tokens and not (quantity.start <= head.i < quantity.end):
            # '8 billion pesos ($430 million) of notes': the conversion hangs on the amount it converts
            measured = _complement_noun(head, head.doc[head.i : head.i + 1], mention_tokens) if is_money else None
            if measured is not None:
                return Attachment(noun=measured, verb=_governing_verb(head), via="in")
            token = head
            continue
        if dep == "prep" and token.pos_ == "ADP" and head.pos_ in _VERBS and token.i == root.i:
            return _from_verb(
                head, token.lower_, quantity, lemmatize, is_money
            )  # 'slipped below $1,950': the span's root is 'below'
        if dep in ("pobj", "pcomp"):
            preposition, governor = head, head.head
            governor = _owner_of_attributable(governor)
            if governor.pos_ in _NOUNS and governor.i not in mention_tokens:
                return _from_noun(governor, preposition.lower_, mention_tokens, lemmatize)
            if governor.pos_ in _VERBS:
                return _from_verb(governor, preposition.lower_, quantity, lemmatize, is_money)
            token = governor  # 'worth $5bn' (worth is ADJ), 'up to' chains
            continue
        if dep in _MODIFIER_DEPS and _nounish(head) and head.i not in mention_tokens:
            return _from_noun(head, dep, mention_tokens, lemmatize)
        if (
            dep == "advmod"
            and token.lower_ in _DIRECTIONS
            and (_nounish(head) or (head.dep_ == "ROOT" and head.lower_ in _measure_words()))
            and head.i not in mention_tokens
        ):
            # a headline's 'Cebu Highland profit down 12%' (the tagger may call 'profit' a verb there: its word is
            # then the key)
            if _nounish(head):
                return _from_noun(head, dep, mention_tokens, lemmatize)
            return Attachment(verb=head, verb_key=head.lower_, via=dep, change=True)
        if dep in _ARGUMENT_DEPS and head.pos_ in _VERBS:
            if token.lower_ == "worth" and _is_a_business(_child(head, ("nsubj",)), lemmatize):
                return Attachment(verb=head, verb_key="valuation", via="worth")  # 'we are worth 75 billion forints'
            return _from_verb(head, dep, quantity, lemmatize, is_money)
        token = head
    return Attachment()


def _is_a_business(subject: Token | None, lemmatize: Lemmatize | None) -> bool:
    """Whether the subject of 'is worth' is a business, so that what it is worth is its valuation: a name, the
    speakers' 'we', or a word for a business ('the company', 'the brewery'); not 'the deal is worth', nor 'it'."""
    if subject is None:
        return False
    if subject.pos_ == "PROPN" or subject.lower_ == "we":
        return True
    nouns = word_set("reference_nouns") | word_set("enterprise_nouns")
    return subject.pos_ == "NOUN" and lemma_in(subject, nouns, lemmatize) is not None


def _owner_of_attributable(noun: Token) -> Token:
    """'net income attributable to the parent of P3.1 billion': the amount is the income's, not the parent's (the
    parser hangs 'of P3.1 billion' on the last noun of the 'attributable to' phrase)."""
    above = noun.head
    if noun.dep_ == "pobj" and above.lower_ == "to" and above.head.lower_ in _ATTRIBUTABLE:
        owner = above.head.head
        if owner.pos_ in _NOUNS:
            return owner
    return noun


_ATTRIBUTABLE = frozenset({"attributable", "available", "payable"})


def _nounish(token: Token) -> bool:
    """A noun, or a word the tagger called a verb that the parse uses as one: in 'rejected a $380m bid' the
    small model tags 'bid' VERB but makes it the object, with the amount as its modifier."""
    return token.pos_ in _NOUNS or (
        token.pos_ == "VERB" and token.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "pobj", "attr", "appos")
    )


def _complement_noun(root: Token, quantity: Span, mention_tokens: frozenset[int]) -> Token | None:
    """'revenue' in '$5 billion in revenue', 'loans' in '$40 billion of loans'; not 'cash' in '$7.8 billion
    in cash and stock' or 'trading' in '$45 in morning trading'."""
    complements = _complements(root, mention_tokens)
    at = bisect_left(complements, quantity.end, key=lambda complement: complement[0])  # the first after it
    if at == len(complements):
        return None
    noun = complements[at][1]
    return None if noun.lower_ in word_set("complement_exceptions") else _compound_head(noun)


def _complements(root: Token, mention_tokens: frozenset[int]) -> list[tuple[int, Token]]:
    """(preposition index, noun) of each 'in'/'of' below `root` whose object is a noun that is no mention,
    in text order; kept per token, since the head of a long list is asked once per item (issue 18)."""
    known: dict[int, tuple[frozenset[int], list[tuple[int, Token]]]] = per_doc(root.doc, "complements", lambda d: {})
    cached = known.get(root.i)
    if cached is not None and cached[0] is mention_tokens:
        return cached[1]
    found = []
    for child in children_of(root):
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            noun = next(
                (n for n in children_of(child) if n.dep_ == "pobj" and n.pos_ == "NOUN" and n.i not in mention_tokens),
                None,
            )
            if noun is not None:
                found.append((child.i, noun))
    known[root.i] = (mention_tokens, found)
    return found


def _targets(root: Token, lemmatize: Lemmatize | None) -> bool:
    """'invest €500m in new depots': after these verbs 'in' names where the money goes, not what it is."""
    verb = _governing_verb(root)
    return verb is not None and lemma_in(verb, word_set("target_verbs"), lemmatize) is not None


def _compound_head(noun: Token) -> Token:
    """'loan' for 'term' in 'a $4 billion term loan': the last noun of a compound."""
    while noun.dep_ == "compound" and noun.head.pos_ in _NOUNS and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _from_noun(
    noun: Token, via: str, mention_tokens: frozenset[int], lemmatize: Lemmatize | None, depth: int = 0
) -> Attachment:
    noun = _compound_head(noun)
    base = lemma_in(noun, word_set("amount_nouns") | word_set("change_nouns"), lemmatize)
    if base in word_set("change_nouns"):
        measured = _complement_noun(noun, noun.doc[noun.i : noun.i + 1], mention_tokens)
        if measured is None:  # 'a rise in revenue': the complement may sit left of the quantity
            measured = next(
                (
                    grandchild
                    for child in noun.children
                    if child.dep_ == "prep" and child.lower_ in ("in", "of")
                    for grandchild in child.children
                    if grandchild.dep_ == "pobj" and grandchild.pos_ == "NOUN" and grandchild.i not in mention_tokens
                ),
                None,
            )
        if measured is not None:
            return Attachment(noun=measured, verb=_governing_verb(noun), via=via, change=True)
        return Attachment(noun=noun, verb=_governing_verb(noun), via=via, change=True)
    if base in word_set("amount_nouns") and noun.head is not noun and depth < _MAX_STEPS:
        # 'a total of $5 billion', 'to the tune of $5 billion': the amount noun stands for the quantity
        parent = noun.head
        if parent.dep_ == "prep" and parent.head.pos_ in _VERBS:
            return _from_verb(parent.head, parent.lower_, noun.doc[noun.i : noun.i + 1], lemmatize)
        if noun.dep_ in _ARGUMENT_DEPS and parent.pos_ in _VERBS:
            return _from_verb(parent, noun.dep_, noun.doc[noun.i : noun.i + 1], lemmatize)
        if parent.pos_ in _NOUNS and parent.i not in mention_tokens and parent.i != noun.i:
            return _from_noun(parent, noun.dep_, mention_tokens, lemmatize, depth + 1)
    return Attachment(noun=noun, verb=_governing_verb(noun), via=via)


@cache
def _measure_words() -> frozenset[str]:
    """The words of the claim kinds' keys ('profit', 'sales', 'revenue', 'earnings', ...)."""
    return frozenset(word for _, keys in table()["kinds"] for key in keys for word in key.split("_"))


_DIRECTIONS = frozenset({"up", "down", "higher", "lower", "off"})
_WHOLE_WORDS = frozenset({"whole", "entire", "combined", "enlarged", "merged"})


def _from_verb(verb: Token, via: str, quantity: Span, lemmatize: Lemmatize | None, is_money: bool = True) -> Attachment:
    words = table()
    measure = lemma_in(verb, word_set("measure_verbs"), lemmatize)
    change = lemma_in(verb, word_set("change_verbs"), lemmatize)
    named = lemma_in(verb, words["verb_attributes"], lemmatize)
    obj = _child(verb, ("dobj", "obj"), exclude=quantity)
    subject = _child(verb, ("nsubj", "nsubjpass"))
    if named == "value" and via == "at":  # 'valued at $5bn': the valuation of the object or the noun it modifies
        valued = obj or subject or (verb.head if verb.dep_ in ("acl", "relcl") else None)
        if (
            valued is not None
            and valued.pos_ == "NOUN"
            and not lemma_in(valued, word_set("reference_nouns"), lemmatize)
            and valued.lower_ not in ("whole", "entirety")  # 'values the whole of Brightmoor at £1.2bn'
            and not any(c.dep_ == "amod" and c.lower_ in _WHOLE_WORDS for c in valued.children)
            and not lemma_in(valued, word_set("enterprise_nouns"), lemmatize)  # 'values the brewery at £6m'
        ):
            return Attachment(noun=valued, verb=verb, via=via)  # 'values the deal at', not 'the company'
        return Attachment(verb=verb, verb_key="valuation", via=via)
    if change and via in ("to", "by", "from") and obj is not None:  # 'cut its rate by 25bp', 'raised its stake to 15%'
        return Attachment(noun=obj, verb=verb, via=via, change=via != "to")
    if named in word_set("market_verbs") and subject is not None and subject.pos_ == "NOUN":
        measure = named  # 'crude lost 68 cents', 'the index added 2%': a move of the subject, not a loss
    moves = measure or named in word_set("market_verbs")
    if moves and subject is not None and subject.pos_ == "PROPN" and via in _MOVE_VIAS:
        return Attachment(verb=verb, verb_key="share_price", via=via, change=via != "to")  # 'MUFG gained 4.2%'
    if lemma_in(verb, word_set("rate_verbs"), lemmatize) and not is_money and subject is not None:
        return Attachment(noun=_compound_head(subject), verb=verb, via=via)  # 'the notes pay 5%'
    if (
        named
        and via in ("dobj", "obj", "dative", "for", "root", "npadvmod")
        and not (measure and subject is not None and via != "for")
    ):
        key = words["verb_attributes"][named]
        if key == "sale" and via == "for" and obj is not None:
            key = "disposal"  # 'sold a third of the business for £1.5m': the price of a sale, not sales (not 'it will
            # sell for about 150,000 dlrs', a product's price, said as its sales are)
        return Attachment(verb=verb, verb_key=key, via=via)
    if measure or change:  # 'revenue rose 13% to $5 billion', 'the loan totals $40 billion'
        measured = subject
        if measured is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOUNS:
            measured = verb.head  # 'a deal that is worth', 'shares, which rose 5%'
        if measured is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in _VERBS:
            measured = _child(verb.head, ("nsubj", "nsubjpass"))
        if measured is None and verb.dep_ == "pcomp" and verb.head.head.pos_ in _VERBS:
            measured = _child(verb.head.head, ("nsubj", "nsubjpass"))  # 'gold ..., after touching $1,941'

        if measured is not None and measured.pos_ in ("NOUN", "PROPN", "PRON"):
            return Attachment(noun=measured, verb=verb, via=via, change=via in ("by", "dobj", "npadvmod"))
        return Attachment(verb=verb, via=via)
    if named:
        return Attachment(verb=verb, verb_key=words["verb_attributes"][named], via=via)
    return Attachment(verb=verb, via=via)


def _child(token: Token, deps: tuple[str, ...], exclude: Span | None = None) -> Token | None:
    for child in children_of(token):
        if child.dep_ in deps and not (exclude is not None and exclude.start <= child.i < exclude.end):
            return child
    return None


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above the token ('secured' above 'loan' in 'secured a loan of $5bn')."""
    return verb_above(token)
