"""The words that say what a quantity is ('unsecured bridge loan') and their normalized key (bridge_loan).

The key keeps the nouns of the phrase, singular, and only the adjectives that change what is measured
(`keep_adjectives`: net, gross, operating, total, ...); size, novelty and security words, date words and
mentions (org names, dates, other amounts) are dropped, so 'Bridge loans of up to $X' and 'This $Y
unsecured bridge loan' share `bridge_loan`. Whole keys are then mapped to the form variants share
(`key_rewrites`: market_cap -> market_capitalization). All word lists are in `rules/claims.json`.
"""

from spacy.tokens import Token

from newsclaims.pipeline.claims.attachment import Attachment
from newsclaims.pipeline.claims.words import Lemmatize, lemma, table, word_set

_PHRASE_DEPS = ("compound", "amod", "nmod", "npadvmod", "advmod")
_PRICE_NOUNS = ("share", "shares", "stock", "stocks")
_PLACE_ENTITIES = ("GPE", "NORP", "LOC")


def attribute_of(attachment: Attachment, mention_tokens: frozenset[int], lemmatize: Lemmatize | None):
    """(attribute as written, attribute_key) for the attachment; (None, None) when nothing says it."""
    noun = attachment.noun
    if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i not in mention_tokens:
        words = _phrase(noun, mention_tokens)
        words += _of_compound(noun, lemmatize)
        phrase = " ".join(t.text for t in words)
        key = phrase_key(words, lemmatize)
        if key is None:
            return phrase, None
        if key == "share" and noun.tag_ == "NN" and _of_a_name(noun):
            return phrase, "stake"  # 'a 30 per cent share of Tidemark Hospitality': a part of the company
        if key == "share" and noun.tag_ == "NN" and _of_the_market(noun):
            return phrase, "market_share"  # 'a 30 per cent share of the market': no price, no stake
        if key in _PRICE_NOUNS and attachment.verb is not None:
            key = "share"  # 'shares rose 5%', 'the stock closed at $20': rewritten to share_price
        return phrase, rewrite(key)
    if attachment.verb_key is not None and attachment.verb is not None:
        return attachment.verb.text, rewrite(attachment.verb_key)
    return None, None


def _phrase(noun: Token, mention_tokens: frozenset[int]) -> list[Token]:
    """The noun with the modifiers written right before it, stopping at a determiner, a mention or a gap."""
    words = [noun]
    left = noun.i - 1
    modifiers = {t.i for t in _modifiers(noun)}
    doc = noun.doc
    while left >= 0 and left in modifiers and left not in mention_tokens:
        words.insert(0, doc[left])
        left -= 1
    while words and (words[0].is_punct or words[0].pos_ in ("DET", "ADP", "CCONJ", "PART")):
        words.pop(0)
    return words or [noun]


def _of_a_name(noun: Token) -> bool:
    """Whether the noun is followed by 'of' or 'in' and a proper name or a word for a company ('share of
    Tidemark', 'share in BP', 'share of the company that runs the car park', 'share in the venture'); not a
    market or a vote ('a 5% share of the market')."""
    companies = word_set("reference_nouns") | set(table()["typed_reference_nouns"]) | {"venture"}
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            return any(c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.lower_ in companies) for c in child.children)
    return False


def _of_the_market(noun: Token) -> bool:
    """Whether the noun is followed by 'of' or 'in' and a market ('share of the market for soups')."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            return any(c.dep_ == "pobj" and c.lower_ in ("market", "markets", "sales") for c in child.children)
    return False


def _of_compound(noun: Token, lemmatize: Lemmatize | None) -> list[Token]:
    """'of credit' of 'letter of credit', 'line of credit', 'certificate of deposit': a fixed phrase whose
    'of' complement is part of the name of the thing, not what it belongs to (`of_compounds`)."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects or child.i + 1 >= len(noun.doc):
                return []
            word = noun.doc[child.i + 1]  # 'credit' of 'letter of credit facility' may be the object's compound
            if lemma(word, lemmatize) in word_set("of_compounds") and objects[0].i - child.i <= 2:
                return [child, *noun.doc[child.i + 1 : objects[0].i + 1]]
    return []


def _modifiers(token: Token):
    for child in token.lefts:
        if child.dep_ in _PHRASE_DEPS or (child.dep_ == "punct" and child.text in ("-", "–")):
            yield child
            yield from _modifiers(child)


def phrase_key(words: list[Token], lemmatize: Lemmatize | None) -> str | None:
    """The normalized key of a phrase's tokens, or None when every word is noise."""
    words_table = table()
    keep = word_set("keep_adjectives")
    drop = word_set("drop_words")
    plural_only = word_set("plural_only")
    singular = words_table["singular_forms"]
    parts: list[str] = []
    for index, token in enumerate(words):
        word = token.lower_
        if word in drop or token.is_punct or token.like_num or token.is_digit:
            continue
        if token.ent_type_ in _PLACE_ENTITIES and index < len(words) - 1:
            continue  # 'U.S. gold futures', 'French subsidy': the place is not what is measured
        is_head = index == len(words) - 1
        if token.pos_ == "ADJ" and not is_head and word.replace("-", "") not in {k.replace("-", "") for k in keep}:
            continue
        if word in singular:
            parts.append(singular[word])
        elif word in plural_only:
            parts.append(word)
        elif token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS"):
            parts.append(_singular(token, lemmatize))
        else:
            parts.append(word.replace("-", ""))
    parts = [p for p in parts if p]
    return "_".join(parts) if parts else None


def _singular(token: Token, lemmatize: Lemmatize | None) -> str:
    base = lemma(token, lemmatize)
    if base and base != token.lower_:
        return base
    word = token.lower_
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _security_of_sale(key: str) -> str:
    """'bond_sale', 'note_offering', 'eurobond_issue' -> the security sold: the amount of a bond sale is the
    amount of the bonds, and articles alternate the two ('a EUR1bn bond sale ... the bonds, worth EUR1bn')."""
    head, _, suffix = key.rpartition("_")
    if suffix in word_set("issuance_suffixes") and head.rpartition("_")[2] in word_set("security_nouns"):
        return head
    return key


def rewrite(key: str) -> str:
    """The form a key's variants share ('market_cap' -> 'market_capitalization')."""
    rewrites = table()["key_rewrites"]
    key = _security_of_sale(key)
    if key in rewrites:
        return rewrites[key]
    for variant, shared in rewrites.items():  # 'bridge_facility' keeps its head's rewrite only as a whole key
        if key.endswith("_" + variant) and variant in ("market_cap", "market_value", "market_capitalisation"):
            return key[: -len(variant)] + shared
    return key
