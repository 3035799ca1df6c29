"""Whose quantity it is (subject) and which organization it is about (object), from the parse.

Subject: the owner named on the measured noun ('SoftBank's loan', 'Cascade shares', 'revenue at X', 'a
loan to X'), else the subject of the verb that has the noun or the quantity as its object ('X secured a
loan', 'X invested $5bn'), climbing through 'agreed to buy', 'and invested', relative clauses and
passives ('X was fined', 'X was valued at'). Pronouns and descriptions are resolved (`references`).
Object: 'investment in X', 'a stake in X', 'a loan from X', '13% of X', 'paid $5bn for X', 'buy X for
$5bn', 'X fined Y'; a loan's subject is the borrower ('X lent $5bn to Y': subject Y, object X). 'X and Y
each invested $Z' gives one subject per organization. A subject that is no
organization ('investors', 'inflation') leaves it null: no nearest-organization default.
"""

from spacy.tokens import Token

from newsclaims.pipeline.annotations import sentence_at, text_of, verb_above
from newsclaims.pipeline.claims.attachment import Attachment
from newsclaims.pipeline.claims.references import OrgIndex, OrgToken, refers_to
from newsclaims.pipeline.claims.words import Lemmatize, lemma_in

_OWNER_PREPOSITIONS = ("of", "at", "for", "to", "by")
_OBJECT_PREPOSITIONS = ("in", "into", "from", "of", "for", "on", "against", "with")
_PATIENT_VERBS = ("fine", "penalize", "penalise", "value", "charge", "sue", "award", "grant", "pay", "lend", "loan")
_TRANSFER_VERBS = ("buy", "acquire", "purchase", "sell", "divest", "take", "offer", "bid", "pay", "invest", "lend")
_SELLING_VERBS = ("sell", "divest")
_CONTRIBUTING_VERBS = ("provide", "contribute", "put", "supply", "lend", "extend", "take", "invest", "add")
_EACH_WORDS = ("each", "apiece", "respectively")
_LENDING_VERBS = ("lend", "loan", "extend", "advance")
_OWNING_VERBS = ("own", "hold", "control")
_LOAN_NOUNS = ("loan", "line", "facility", "credit", "financing", "bridge", "overdraft", "advance")
# not 'arrange': 'X arranged a loan with 14 banks' is mostly the borrower ('a loan arranged by Y' is read as
# the object, from its agent)
_GIVING_VERBS = ("provide", "extend", "give", "grant", "offer", "make", "lend", "advance")
_MAX_CLIMB = 4
_SHARE_NOUNS = ("share", "stock")
_BID_NOUNS = ("bid", "offer", "approach", "proposal", "tender", "counterbid", "counteroffer")
_BIDDER_PREPOSITIONS = ("from", "by")
_TAKEOVER_NOUNS = ("takeover", "acquisition", "purchase", "buyout", "buy-out")
# 'a 25% premium to Harborline's closing price': the price after 'to' is the target's; the payer holds it
_PREMIUM_NOUNS = ("premium", "discount")
_ROUND_NOUNS = ("round", "funding", "fundraising", "fund-raising")
# of shares, the issuer's ('offering' is no bid, though its lemma is 'offer')
_ISSUE_NOUNS = ("offering", "offerings", "issue", "placement", "placing", "flotation", "listing")


def holders(
    attachment: Attachment, quantity_root: Token, index: OrgIndex, lemmatize: Lemmatize | None
) -> tuple[list[OrgToken], OrgToken | None]:
    """([subjects], object) for the quantity; empty and None when the text names no organization."""
    noun, verb = attachment.noun, attachment.verb
    subject: OrgToken | None = None
    obj: OrgToken | None = None
    owner = figure_owner(quantity_root, index, lemmatize)
    if owner is not None:
        return [owner], None
    if verb is None:  # "Allied's shares were 3p up at 401p" parsed with the figure heading the clause
        found = _own_clause_subject(quantity_root, index, lemmatize)
        if found is not None:
            return [found], None
    if noun is not None:
        subject = _org_of(noun, index, lemmatize) if noun.pos_ in ("PROPN", "PRON") else None
        if subject is None:
            subject = _owner_of_noun(noun, index, lemmatize)
        obj = _object_of(noun, index, exclude=subject)
    lending = verb is not None and (
        (noun is None and lemma_in(verb, _LENDING_VERBS, lemmatize))
        or (noun is not None and lemma_in(noun, _LOAN_NOUNS, lemmatize) and lemma_in(verb, _GIVING_VERBS, lemmatize))
    )
    if verb is not None and lending:  # 'X lent Y $5bn', 'X is providing a credit line to Y'
        lender = _child(verb, ("nsubj",)) or _agent(verb)
        borrower = _pobj(verb, "to") or _dative(verb) or (_pobj(noun, "to") if noun is not None else None)
        borrower_org = _org_of(borrower, index, lemmatize) if borrower is not None else None
        if borrower_org is None and lemma_in(verb, _LENDING_VERBS, lemmatize):
            borrower_org = _direct_object(verb, index, lemmatize)  # 'X lends Y $5bn' parsed with Y the object
        lender_org = _org_of(lender, index, lemmatize) if lender is not None else None
        if borrower_org is not None or lender_org is not None:  # 'X lent $5bn to Y': Y's loan, from X
            return ([borrower_org] if borrower_org is not None else []), lender_org
    if verb is not None and subject is None and _contributing_part(verb, lemmatize):
        # 'X has borrowed €1.1bn from banks, with Nordea providing €700m': a part of X's borrowing, from Nordea
        main = verb.head.head
        takers = _verb_subjects(main, index, lemmatize)
        giver = _child(verb, ("nsubj",))
        giver_org = _org_of(giver, index, lemmatize) if giver is not None else None
        if takers:
            return takers, (giver_org if giver_org is not None and giver_org.org != takers[0].org else None)
    if verb is not None and subject is None and lemma_in(verb, _SELLING_VERBS, lemmatize):
        sold_noun = _child(verb, ("dobj", "obj"))
        buyer = _pobj(verb, "to") or (_pobj(sold_noun, "to") if sold_noun is not None else None)
        buyer_org = _org_of(buyer, index, lemmatize) if buyer is not None else None
        if buyer_org is not None:  # 'X sold its unit to Y for $5bn': a deal is the buyer's
            seller = _verb_subjects(verb, index, lemmatize)
            sold = _direct_object(verb, index, lemmatize, exclude=buyer_org)
            obj = sold or (seller[0] if seller and seller[0].org != buyer_org.org else None)
            return [buyer_org], obj
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
        measured_object = noun is None or noun.dep_ in ("dobj", "obj", "attr", "pobj", "appos", "conj")
        if subject is None and (
            measured_object or (noun is not None and noun.tag_ in _RELATIVE_TAGS)
        ):  # '..., on sales that fell 11%'
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


def figure_owner(quantity_root: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    """The organization a clause on the figure itself names as its holder, or None: the agent of a participle
    of owning ('20 pct owned by Santos'), the subject of a relative clause whose object is the figure ('the
    136p a share Moray Firth offered'), a possessive on the figure ("rejected Waste Management's 27 dlr per
    share offer", "Viacom's 9.9 mln dlr 1986 loss")."""
    return (
        _passive_owner(quantity_root, index, lemmatize)
        or _relative_clause_owner(quantity_root, index, lemmatize)
        or _possessive_owner(quantity_root, index)
    )


def _possessive_owner(quantity_root: Token, index: OrgIndex) -> OrgToken | None:
    """The organization named as a possessive of the figure, or of the noun the figure modifies ("X's $5bn
    loss"), or None. A pronoun ('its') is left to the clause rules."""
    heads = [quantity_root]
    if quantity_root.dep_ in ("compound", "nummod", "amod", "nmod") and quantity_root.head.pos_ == "NOUN":
        heads.append(quantity_root.head)
    for head in heads:
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                found = index.org_at(child)
                if found is not None:
                    return found
    return None


def _own_clause_subject(quantity_root: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    """The organization a figure heading its own clause has as subject, directly or on its auxiliary ('were')."""
    heads = [quantity_root, *(c for c in quantity_root.children if c.dep_ in ("aux", "auxpass", "cop"))]
    for head in heads:
        subject = _child(head, ("nsubj", "nsubjpass"))
        if subject is not None:
            return _org_of(subject, index, lemmatize)
    return None


def _contributing_part(verb: Token, lemmatize: Lemmatize | None) -> bool:
    """'..., with Nordea providing €700m': a giving verb in a 'with' clause hung on the main clause."""
    return (
        verb.dep_ in ("pcomp", "advcl")
        and verb.head.lower_ == "with"
        and verb.head.head is not verb.head
        and lemma_in(verb, _CONTRIBUTING_VERBS, lemmatize) is not None
    )


def sale_to(verb: Token | None, index: OrgIndex, lemmatize: Lemmatize | None) -> tuple[bool, OrgToken | None]:
    """(whether the verb sells to someone, the seller): 'X sold its unit to Y' -> (True, X). The buyer holds
    the price, but the passage is still about the seller, whom frames.py carries on to the next figures."""
    if verb is None or not lemma_in(verb, _SELLING_VERBS, lemmatize):
        return False, None
    sold_noun = _child(verb, ("dobj", "obj"))
    if _pobj(verb, "to") is None and (sold_noun is None or _pobj(sold_noun, "to") is None):
        return False, None
    sellers = _verb_subjects(verb, index, lemmatize)
    return True, (sellers[0] if sellers else None)


def _org_of(token: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    return index.org_at(token) or refers_to(token, index, lemmatize)


def _owner_of_noun(noun: Token, index: OrgIndex, lemmatize: Lemmatize | None, depth: int = 0) -> OrgToken | None:
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i):
            owner = _org_of(child, index, lemmatize)
            if owner is not None:
                return owner
    prepositions: tuple[str, ...] = _OWNER_PREPOSITIONS
    if lemma_in(noun, (*_SHARE_NOUNS, *_ROUND_NOUNS), lemmatize):  # 'shares in X rose 11%': X issued them
        prepositions = (*prepositions, "in")  # 'Y leads $400m round in X': X raises it
    elif lemma_in(noun, (*_BID_NOUNS, *_TAKEOVER_NOUNS), lemmatize) and noun.lower_ not in _ISSUE_NOUNS:
        # 'a bid from X for Y', 'X's takeover of Y': X bids, Y is the target
        prepositions = _BIDDER_PREPOSITIONS
    elif lemma_in(noun, _PREMIUM_NOUNS, lemmatize):
        prepositions = tuple(p for p in prepositions if p != "to")
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in prepositions and not _is_stake_like(noun):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    owner = _org_of(pobj, index, lemmatize)
                    issued = lemma_in(noun, (*_ISSUE_NOUNS, *_SHARE_NOUNS), lemmatize) is not None
                    if owner is None and issued and lemma_in(pobj, _SHARE_NOUNS, lemmatize) and depth < 2:
                        # 'the offering of 1.1 mln shares of X common stock': the issuer of the shares
                        owner = _owner_of_noun(pobj, index, lemmatize, depth + 1)
                    if owner is not None:
                        return owner
    return None


def _is_stake_like(noun: Token) -> bool:
    return noun.lower_ in ("stake", "stakes", "holding", "shareholding", "interest", "investment", "%", "percent")


def _object_of(token: Token, index: OrgIndex, exclude: OrgToken | None) -> OrgToken | None:
    prepositions: tuple[str, ...] = _OBJECT_PREPOSITIONS
    bid_noun = token.lower_.rstrip("s") in _BID_NOUNS
    takeover_noun = token.lower_.rstrip("s") in _TAKEOVER_NOUNS
    if bid_noun:
        prepositions = (*(p for p in prepositions if p not in _BIDDER_PREPOSITIONS), "for")
    for child in token.children:  # 'a round led by Index Ventures', 'a loan arranged by MUFG'
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = _agent(child)
            found = index.org_at(agent) if agent is not None else None
            if found is not None and (exclude is None or found.org != exclude.org):
                return found
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            # 'an offer for X', 'the takeover of X': X is the target
            target = (child.lower_ == "for" and bid_noun) or (child.lower_ == "of" and takeover_noun)
            if child.lower_ in ("of", "for") and token.pos_ == "NOUN" and not _is_stake_like(token) and not target:
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
    for step in range(_MAX_CLIMB):
        # 'X is expected to raise $5bn': above an infinitive, the passive subject of the governing verb
        subject = _nearest_before(verb, ("nsubj",) if step == 0 else ("nsubj", "nsubjpass"))
        if subject is None and step == 0:  # 'The offering of 1.1 mln shares of X was priced at 13.50 dlrs'
            patient = _child(verb, ("nsubjpass",))
            owner = None
            if patient is not None and patient.pos_ == "NOUN":
                owner = _owner_of_noun(patient, index, lemmatize)
            if owner is not None:
                return [owner]
        if subject is None and verb.tag_ == "VBN":
            subject = _agent(verb)
        if subject is None and step == 0:
            subject = _stranded_subject(verb)
        if subject is not None and subject.tag_ in _RELATIVE_TAGS:
            subject = _antecedent(verb)  # 'Tokiwa, which owns a railway, invested ¥25bn': the name it hangs on
            if subject is not None and _results_noun(subject, index, lemmatize):
                # 'X made a loss of €340m, on sales that fell 11%': the results of the clause's subject
                above = verb_above(subject)
                if above is not None and above is not verb:
                    verb = above
                    continue
        if subject is not None:
            found = _org_of(subject, index, lemmatize)
            if found is None:
                return []
            if _distributive(verb):
                return _coordinated(found, index)
            return [found]
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            found = _org_of(verb.head, index, lemmatize)
            return [found] if found is not None else []
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and verb.head is not verb:
            verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
            continue
        break
    return []


_RELATIVE_TAGS = ("WDT", "WP")
_RESULTS_NOUNS = ("sale", "sales", "revenue", "turnover", "profit", "earnings", "income")


def _results_noun(noun: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> bool:
    """Whether a noun names a company's results without naming the company ('sales', not "X's sales")."""
    return (
        noun.pos_ == "NOUN"
        and lemma_in(noun, _RESULTS_NOUNS, lemmatize) is not None
        and _org_of(noun, index, lemmatize) is None
        and not any(c.dep_ == "poss" for c in noun.children)
    )


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause hangs on, for a verb whose subject is its 'which', 'that' or 'who' (through
    'which it says could cut', 'which they said has'), or None. A description in apposition to a name stands
    for the name."""
    for _ in range(_MAX_CLIMB):
        if verb.dep_ == "relcl" and verb.head is not verb:
            noun = verb.head
            # 'Caldermoor Bank, its retail arm, which made ...': a description in apposition stands for the name
            return noun.head if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" else noun
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The name right before a subjectless verb that the parser hung on the previous clause: in 'X has a
    stake in Y and Z owns the rest' the small models make Z a conjunct of Y, leaving 'owns' without a
    subject. A proper noun that ends right before the verb (adverbs between allowed) and is attached as a
    conjunct or apposition elsewhere is that subject."""
    sentence_start = sentence_at(verb.doc, verb.i).start
    at = verb.i - 1
    while at >= sentence_start and verb.doc[at].pos_ == "ADV":
        at -= 1
    if at < sentence_start:
        return None
    token = verb.doc[at]
    if token.pos_ == "PROPN" and token.dep_ in ("conj", "appos") and token.head.i < token.i:
        return token
    return None


def _distributive(verb: Token) -> bool:
    """'X and Y each invested', 'invested $5bn apiece': the amount goes to every organization named."""
    sentence = sentence_at(verb.doc, verb.i)
    window = verb.doc[max(sentence.start, verb.i - 3) : min(sentence.end, verb.i + 12)]
    return any(t.lower_ in _EACH_WORDS for t in window)


def _coordinated(found: OrgToken, index: OrgIndex) -> list[OrgToken]:
    """The organizations joined to `found` by 'and' or commas ('Alder Capital, Birch and Cedar')."""
    text = text_of(index.doc)
    items = sorted(index.in_sentence(found.sentence), key=lambda i: i.org.start)
    position = next(n for n, i in enumerate(items) if i is found)
    group = [found]
    for step in (-1, 1):
        n = position
        while 0 <= n + step < len(items):
            left, right = (items[n + step], items[n]) if step < 0 else (items[n], items[n + step])
            between = text[left.org.end : max(right.org.start, right.org.name_start)].strip().lower()
            if between not in ("and", ",", ", and", "&", "as well as"):
                break
            n += step
            group.insert(0, items[n]) if step < 0 else group.append(items[n])
    return group


def _pobj(token: Token, preposition: str) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == preposition:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _dative(verb: Token) -> Token | None:
    """The indirect object: 'lent Russia $6bn', 'lend the company a further EUR200m' (the small models
    label it dative, or a second direct object before the amount)."""
    objects = [child for child in verb.children if child.dep_ in ("dative", "dobj")]
    for child in objects:
        if child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    if len(objects) == 2 and objects[0].i < objects[1].i:
        return objects[0]
    return None


def _passive_owner(quantity_root: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    """The organization after 'by' of a participle of owning right after the figure ('the Jackson pipeline,
    20 pct owned by Santos'), or None."""
    participles = [
        c for c in quantity_root.children if c.i == quantity_root.i + 1 and c.dep_ in ("acl", "amod", "relcl")
    ]
    head = quantity_root.head
    if quantity_root.dep_ == "npadvmod" and head.i == quantity_root.i + 1 and head.tag_ == "VBN":
        participles.append(head)  # '..., 20% owned by Santor': the parser hangs the figure on the participle
    for participle in participles:
        if lemma_in(participle, _OWNING_VERBS, lemmatize):
            agent = _agent(participle)
            if agent is not None:
                return _org_of(agent, index, lemmatize)
    return None


def _relative_clause_owner(quantity_root: Token, index: OrgIndex, lemmatize: Lemmatize | None) -> OrgToken | None:
    """The organization that is the subject of a relative clause whose object is the figure itself ('the 45
    dlrs a share that Dixons offered', 'the 136p a share Moray Firth offered last month'), or None. The
    clause hangs on the figure or on its unit ('a share')."""
    heads = [quantity_root] + [c for c in quantity_root.children if c.dep_ in ("appos", "npadvmod")]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "relcl" or clause.i < head.i:
                continue
            objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
            if any(o.lower_ not in ("that", "which") for o in objects):
                continue  # the clause has an object of its own: it says something else of the figure
            subject = _child(clause, ("nsubj",))
            if subject is not None:
                return _org_of(subject, index, lemmatize)
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _nearest_before(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """The child of one of `deps` nearest before the verb (a wire dateline's city parsed as a second
    subject comes first: 'NEW YORK, March 9 - MTS Corp said'), else the first."""
    found = [c for c in verb.children if c.dep_ in deps]
    before = [c for c in found if c.i < verb.i]
    return before[-1] if before else (found[0] if found else None)


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None
