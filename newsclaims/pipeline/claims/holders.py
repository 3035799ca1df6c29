"""Whose quantity it is (subject) and which organization it is about (object), from the parse.

Subject: the owner named on the measured noun ('SoftBank's loan', 'Cascade shares', 'revenue at X', 'a
loan to X'), else the subject of the verb that has the noun or the quantity as its object ('X secured a
loan', 'X invested $5bn'), climbing through 'agreed to buy', 'and invested', relative clauses and
passives ('X was fined', 'X was valued at'). Pronouns and descriptions are resolved (`references`).
Object: 'investment in X', 'a stake in X', 'a loan from X', '13% of X', 'paid $5bn for X', 'buy X for
$5bn', 'X fined Y'. 'X and Y each invested $Z' gives one subject per organization. A subject that is no
organization ('investors', 'inflation') leaves it null: no nearest-organization default.
"""

from spacy.tokens import Token

from newsclaims.pipeline.claims.attachment import Attachment
from newsclaims.pipeline.claims.references import OrgIndex, OrgToken, refers_to
from newsclaims.pipeline.claims.words import Lemmatize, lemma_in

_OWNER_PREPOSITIONS = ("of", "at", "for", "to", "by")
_OBJECT_PREPOSITIONS = ("in", "into", "from", "of", "for", "on", "against")
_PATIENT_VERBS = ("fine", "penalize", "penalise", "value", "charge", "sue", "award", "grant", "pay", "lend", "loan")
_TRANSFER_VERBS = ("buy", "acquire", "purchase", "sell", "divest", "take", "offer", "bid", "pay", "invest", "lend")
_EACH_WORDS = ("each", "apiece", "respectively")
_MAX_CLIMB = 4


def holders(
    attachment: Attachment, quantity_root: Token, index: OrgIndex, lemmatize: Lemmatize | None
) -> tuple[list[OrgToken], OrgToken | None]:
    """([subjects], object) for the quantity; empty and None when the text names no organization."""
    noun, verb = attachment.noun, attachment.verb
    subject: OrgToken | None = None
    obj: OrgToken | None = None
    if noun is not None:
        subject = _org_of(noun, index, lemmatize) if noun.pos_ in ("PROPN", "PRON") else None
        if subject is None:
            subject = _owner_of_noun(noun, index, lemmatize)
        obj = _object_of(noun, index, exclude=subject)
    if verb is not None:
        patient = lemma_in(verb, _PATIENT_VERBS, lemmatize)
        if subject is None and patient in ("fine", "penalize", "penalise", "value", "charge", "sue"):
            valued = _child(verb, ("dobj", "dative", "nsubjpass"))
            if valued is None and verb.dep_ in ("acl", "relcl"):
                valued = verb.head
            subject = _org_of(valued, index, lemmatize) if valued is not None else None
            agent = _child(verb, ("nsubj",)) or _agent(verb)
            if obj is None and agent is not None and patient != "value":
                obj = _org_of(agent, index, lemmatize)
        if subject is None and (noun is None or noun.dep_ in ("dobj", "obj", "attr", "pobj", "appos", "conj")):
            subjects = _verb_subjects(verb, index, lemmatize)
            if subjects:
                if obj is None:
                    obj = _object_of(verb, index, exclude=subjects[0]) or _direct_object(verb, index, lemmatize)
                return [s for s in subjects if obj is None or s.org != obj.org], obj
        if obj is None:
            obj = _object_of(verb, index, exclude=subject)
            if obj is None and lemma_in(verb, _TRANSFER_VERBS, lemmatize):
                obj = _direct_object(verb, index, lemmatize, exclude=subject)
    if subject is not None and obj is not None and subject.org == obj.org:
        obj = None
    return ([subject] if subject is not None else []), obj


def _org_of(token: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    return index.org_at(token) or refers_to(token, index, lemmatize)


def _owner_of_noun(noun: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i):
            owner = _org_of(child, index, lemmatize)
            if owner is not None:
                return owner
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPOSITIONS and not _is_stake_like(noun):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    owner = _org_of(pobj, index, lemmatize)
                    if owner is not None:
                        return owner
    return None


def _is_stake_like(noun: Token) -> bool:
    return noun.lower_ in ("stake", "stakes", "holding", "shareholding", "interest", "investment", "%", "percent")


def _object_of(token: Token, index: OrgIndex, exclude: OrgToken | None) -> OrgToken | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPOSITIONS:
            if child.lower_ in ("of", "for") and token.pos_ == "NOUN" and not _is_stake_like(token):
                continue  # 'revenue of X' names the owner, handled above
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = index.org_at(pobj)
                    if found is not None and (exclude is None or found.org != exclude.org):
                        return found
    return None


def _direct_object(
    verb: Token, index: OrgIndex, lemmatize: Lemmatize | None, exclude: OrgToken | None = None
) -> OrgToken | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            found = _org_of(child, index, lemmatize)
            if found is not None and (exclude is None or found.org != exclude.org):
                return found
    return None


def _verb_subjects(verb: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> list[OrgToken]:
    """The organizations doing what the verb says, climbing to a governing verb when it has no subject."""
    for _ in range(_MAX_CLIMB):
        subject = _child(verb, ("nsubj",))
        if subject is None and verb.tag_ == "VBN":
            subject = _agent(verb)
        if subject is not None:
            found = _org_of(subject, index, lemmatize)
            if found is None:
                return []
            group = [found]
            if _distributive(verb, subject):
                for conj in subject.conjuncts:
                    other = index.org_at(conj)
                    if other is not None and other.org not in {g.org for g in group}:
                        group.append(other)
            return group
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            found = _org_of(verb.head, index, lemmatize)
            return [found] if found is not None else []
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and verb.head is not verb:
            verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
            continue
        break
    return []


def _distributive(verb: Token, subject: Token) -> bool:
    """'X and Y each invested': the amount goes to every conjunct."""
    if not subject.conjuncts:
        return False
    near = [*subject.children, *verb.children]
    return any(t.lower_ in _EACH_WORDS for t in near) or any(
        t.lower_ in _EACH_WORDS for t in verb.doc[verb.i : min(len(verb.doc), verb.i + 12)] if t.sent == verb.sent
    )


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None
