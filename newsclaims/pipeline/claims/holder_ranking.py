"""The holder of a figure chosen among the organizations the rules and the passage propose, by learned weights.

The rules (`holders`, `topic`) each propose at most one organization: the parse's subject or owner, the
speaker, the previous claim's owner, the most-named organization, the headline's company. The candidates
here are those, plus every organization named in the figure's sentence and the three before it, one per
organization (its mentions grouped by `resolve_identities`). Each candidate gets value-free features
(which rule proposes it, where its nearest mention stands: sentence, tokens and dependency steps away,
grammatical subject, possessive, after which preposition; how often and where the article names it) and
the figure a few of its own (kind, whether a rule blocks the passage owner). A logistic regression trained
by `scripts/train_holder_ranker.py` on blind tune gold and the corpus claims (weights in
`rules/holder_ranker.json`) scores each candidate, and is combined with the rules rather than replacing
them: the rules' holder stands unless its probability is below `veto` (then none, or a confident other) or
another candidate's is higher by more than `swap`; a figure the rules leave empty takes the best candidate
when its probability reaches `fill`, unless a rule found its clause's subject to be people, a person, a
government or a market. Alone, the ranker named holders no better than the rules; combined,
it beat them on all three gold sets in cross-validation by article (issue 17).
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from newsclaims.pipeline.annotations import text_of
from newsclaims.pipeline.claims.references import OrgIndex, OrgToken
from newsclaims.pipeline.orgs.identity import resolve_identities
from newsclaims.tables import load_table

_OWNER_PREPOSITIONS = ("of", "at", "for", "to", "by")
_OBJECT_PREPOSITIONS = ("in", "into", "from", "on", "against", "with")
_PROPOSERS = ("rule", "parse_subject", "parse_object", "speaker", "previous", "protagonist", "headline")
# 'its subsidiary, Kanto Motors India': the unit named, and the parent whose unit it is
_UNIT_NOUNS = ("unit", "subsidiary", "arm", "division", "affiliate", "offshoot", "subsidiaries", "units")
# the sentences before the figure's whose organizations are candidates (references.py looks further back for
# 'the company'; measured by cross-validation, a pool of five sentences ranked worse on the dev-news gold)
POOL_SENTENCES = 3
_KINDS = ("stake", "price", "other", "loan", "debt", "deal", "revenue", "profit")


@dataclass(frozen=True)
class Candidate:
    """One organization that may hold the figure: the mention nearest before it (else after), and features."""

    org: OrgToken
    identity: str
    mentions: tuple[OrgToken, ...]
    features: dict[str, float]


@dataclass(frozen=True)
class Proposals:
    """What the rules propose for one figure (None where a rule proposes nothing)."""

    rule: OrgToken | None  # the rules' decision
    parse_subject: OrgToken | None
    parse_object: OrgToken | None
    speaker: OrgToken | None
    previous: OrgToken | None
    protagonist: OrgToken | None
    headline: OrgToken | None
    kind: str
    owned: bool  # a kind a company holds (topic._owned)
    blocked: bool  # the clause's subject is people, a person, a market: no passage owner stands in
    table_line: bool


# A tap for scripts/train_holder_ranker.py: when set, every ranked figure is passed to it with its candidates.
Tap = Callable[[tuple[int, int], list[Candidate], Proposals], None]
tap: Tap | None = None


def identities(index: OrgIndex) -> dict[int, str]:
    """The organization each mention of the index stands for (id of the OrgToken -> identity key)."""
    cached = getattr(index, "_identities", None)
    if cached is not None:
        return cached
    items = index.items
    found = resolve_identities(text_of(index.doc), [(max(i.org.start, i.org.name_start), i.org.end) for i in items])
    result = {id(item): identity.org_id for item, identity in zip(items, found, strict=True)}
    index._identities = result  # type: ignore[attr-defined]
    return result


def one_org(one: OrgToken, other: OrgToken, index: OrgIndex) -> bool:
    """Whether two mentions stand for one organization (as `resolve_identities` groups the article's names)."""
    keys = identities(index)
    return one.org == other.org or (id(one) in keys and keys.get(id(one)) == keys.get(id(other)))


def candidates(quantity: Token, verb: Token | None, proposals: Proposals, index: OrgIndex) -> list[Candidate]:
    """The candidate holders of the figure whose root token is `quantity`, with their features."""
    keys = identities(index)
    sentence = index.sentence_of(quantity.i)
    pool: dict[str, list[OrgToken]] = {}
    for near in range(max(0, sentence - POOL_SENTENCES), sentence + 1):
        for item in index.in_sentence(near):
            if not item.in_dateline and id(item) in keys:
                pool.setdefault(keys[id(item)], []).append(item)
    proposed: dict[str, set[str]] = {}
    for name in _PROPOSERS:
        item = getattr(proposals, name)
        if item is None or id(item) not in keys:
            continue
        key = keys[id(item)]
        proposed.setdefault(key, set()).add(name)
        if item not in pool.setdefault(key, []):
            pool[key].append(item)
    counts = _times_named(index)
    total = max(1, sum(counts.values()))
    first_line_end = text_of(index.doc).find("\n")
    clause_subjects = _clause_subject_tokens(verb)
    figure = _figure_features(proposals, len(pool))
    in_sentence = [m for m in index.in_sentence(sentence) if id(m) in keys and not m.in_dateline]
    before_figure = [m for m in in_sentence if m.last < quantity.i]
    nearest_before = keys[id(max(before_figure, key=lambda m: m.last))] if before_figure else None
    first_here = keys[id(min(in_sentence, key=lambda m: m.first))] if in_sentence else None
    verb_objects = {c.i for c in verb.children if c.dep_ in ("dobj", "obj", "dative")} if verb is not None else set()
    found: list[Candidate] = []
    for key, mentions in pool.items():
        nearest = min(
            mentions, key=lambda m: (sentence - m.sentence if m.sentence <= sentence else 9, _gap(m, quantity))
        )
        here = [m for m in mentions if m.sentence == sentence]
        by = proposed.get(key, set())
        features = {f"by_{name}": float(name in by) for name in _PROPOSERS}
        back = min((sentence - m.sentence for m in mentions if m.sentence <= sentence), default=POOL_SENTENCES + 1)
        features.update(
            in_sentence=float(bool(here)),
            sentences_back=min(back, POOL_SENTENCES + 1) / (POOL_SENTENCES + 1),
            token_gap=math.log1p(min((_gap(m, quantity) for m in here), default=60)),
            tree_steps=math.log1p(min((_tree_steps(m, quantity) for m in here), default=20)),
            before=float(any(m.last < quantity.i for m in here)),
            clause_subject=float(any(_head(m, quantity.doc).i in clause_subjects for m in here)),
            sentence_subject=float(any(m.is_subject for m in here)),
            possessive=float(any(_possessive(m, quantity.doc) for m in here)),
            owner_preposition=float(any(_after_preposition(m, quantity.doc, _OWNER_PREPOSITIONS) for m in here)),
            object_preposition=float(any(_after_preposition(m, quantity.doc, _OBJECT_PREPOSITIONS) for m in here)),
            share_named=counts.get(key, 0) / total,
            times_named=math.log1p(counts.get(key, 0)),
            in_headline=float(first_line_end > 0 and any(i.org.end <= first_line_end for i in _all_of(key, index))),
            nearest_before=float(key == nearest_before),
            first_in_sentence=float(key == first_here),
            clause_object=float(any(_head(m, quantity.doc).i in verb_objects for m in here)),
            unit=float(any(_unit(m, quantity.doc) for m in here)),
            parent=float(any(_parent(m, quantity.doc) for m in here)),
            others_here=float(len({keys[id(m)] for m in index.in_sentence(sentence) if id(m) in keys} - {key})),
        )
        features.update(figure)
        for name in ("by_previous", "by_protagonist", "by_headline", "by_speaker"):
            features[f"{name}_owned"] = features[name] * figure["owned"]
            features[f"{name}_blocked"] = features[name] * figure["blocked"]
        for name in ("by_previous", "by_protagonist", "by_headline", "by_speaker", "in_sentence"):
            features[f"{name}_other"] = features[name] * figure["kind_other"]
        features["clause_subject_blocked"] = features["clause_subject"] * figure["blocked"]
        found.append(Candidate(nearest, key, tuple(mentions), features))
    return found


def choose(quantity: tuple[int, int], found: list[Candidate], proposals: Proposals) -> OrgToken | None:
    """The rules' holder, unless the weights doubt it (probability below `veto`) or prefer another by more
    than `swap`; where the rules name none, or were doubted, the best candidate when its probability reaches
    `fill`; else None."""
    if tap is not None:
        tap(quantity, found, proposals)
    if not found:
        return proposals.rule
    ranker = _ranker()
    scored = [(probability(c.features), c) for c in found]
    best_p, best = max(scored, key=lambda pc: pc[0])
    rule = next((p for p, c in scored if c.features["by_rule"]), None)
    if rule is not None and rule >= ranker["veto"]:
        return best.org if best_p - rule > ranker["swap"] else proposals.rule
    if proposals.rule is None and proposals.blocked:
        return None  # the clause says the holder is people, a person, a government or a market
    return best.org if best_p >= ranker["fill"] else None


def ranking_on() -> bool:
    """Whether figures are ranked: with a tap (training) or when the table's weights are switched on."""
    return tap is not None or bool(_ranker()["enabled"])


def probability(features: dict[str, float]) -> float:
    ranker = _ranker()
    logit = ranker["intercept"] + sum(w * features.get(name, 0.0) for name, w in ranker["weights"].items())
    return 1.0 / (1.0 + math.exp(-logit))


@cache
def _ranker() -> dict:
    return load_table("holder_ranker")


def _figure_features(proposals: Proposals, pool: int) -> dict[str, float]:
    features = {f"kind_{kind}": float(proposals.kind == kind) for kind in _KINDS}
    features.update(
        owned=float(proposals.owned),
        blocked=float(proposals.blocked),
        table_line=float(proposals.table_line),
        rule_names_one=float(proposals.rule is not None),
        pool_size=math.log1p(pool),
    )
    return features


def _times_named(index: OrgIndex) -> dict[str, int]:
    """How often the article names each organization outside its dateline: counted once per index (as
    `identities`), not once per figure."""
    cached = getattr(index, "_times_named", None)
    if cached is not None:
        return cached
    keys = identities(index)
    counts: dict[str, int] = {}
    for item in index.items:
        if id(item) in keys and not item.in_dateline:
            counts[keys[id(item)]] = counts.get(keys[id(item)], 0) + 1
    index._times_named = counts  # type: ignore[attr-defined]
    return counts


def _all_of(key: str, index: OrgIndex) -> list[OrgToken]:
    """The mentions of one organization, in text order (grouped once per index)."""
    groups = getattr(index, "_mentions_by_key", None)
    if groups is None:
        keys = identities(index)
        groups = {}
        for item in index.items:
            groups.setdefault(keys.get(id(item)), []).append(item)
        index._mentions_by_key = groups  # type: ignore[attr-defined]
    return groups.get(key, [])


def _gap(item: OrgToken, quantity: Token) -> int:
    return item.first - quantity.i if item.first > quantity.i else max(0, quantity.i - item.last)


def _head(item: OrgToken, doc) -> Token:
    return doc[item.first : item.last + 1].root


def _tree_steps(item: OrgToken, quantity: Token) -> int:
    head = quantity.doc[item.first : item.last + 1].root
    up: dict[int, int] = {}
    token, steps = quantity, 0
    while True:
        up[token.i] = steps
        if token.head is token or steps > 40:
            break
        token, steps = token.head, steps + 1
    token, steps = head, 0
    while token.i not in up:
        if token.head is token or steps > 40:
            return 40
        token, steps = token.head, steps + 1
    return steps + up[token.i]


def _clause_subject_tokens(verb: Token | None) -> set[int]:
    """The subjects of the figure's verb and of the verbs it hangs on (through 'agreed to buy', 'and'), with
    their compounds and possessives ('Cascade shares', "X's unit")."""
    found: set[int] = set()
    for _ in range(3):
        if verb is None:
            break
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent"):
                subject = (
                    next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "agent" else child
                )
                found.add(subject.i)
                found.update(c.i for c in subject.children if c.dep_ in ("compound", "poss", "appos"))
        verb = (
            verb.head
            if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "relcl", "acl") and verb.head is not verb
            else None
        )
    return found


def _possessive(item: OrgToken, doc) -> bool:
    """ "X's loan", "its": a possessive marker right after the name, or the name as a possessive."""
    head = _head(item, doc)
    after = doc[item.last + 1] if item.last + 1 < len(doc) else None
    return head.dep_ == "poss" or (after is not None and after.tag_ == "POS")


def _unit(item: OrgToken, doc) -> bool:
    """'its subsidiary, Kanto Motors India', 'unit Beta Corp': the name of a unit."""
    head = _head(item, doc)
    before = doc[item.first - 1] if item.first > 0 else None
    return (head.dep_ in ("appos", "compound") and head.head.lower_ in _UNIT_NOUNS) or (
        before is not None and before.lower_ in _UNIT_NOUNS
    )


def _parent(item: OrgToken, doc) -> bool:
    """ "X's unit", 'a unit of X': the organization a unit belongs to."""
    head = _head(item, doc)
    if head.dep_ == "poss" and head.head.lower_ in _UNIT_NOUNS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _UNIT_NOUNS


def _after_preposition(item: OrgToken, doc, prepositions: tuple[str, ...]) -> bool:
    head = _head(item, doc)
    return head.dep_ == "pobj" and head.head.lower_ in prepositions
