"""Whose figures a passage reports when a sentence does not say: 'Revenue rose 13% to $5 billion.'

In company news a quantity with no owner in its own sentence is almost always the company the passage is
about. For the kinds that belong to a company (revenue, profit, loans, debt, deals, stakes, valuations,
funding, fines, a share price, a company's rate), the owner is, in order: the organization that says the
sentence ('..., the company said'); the owner of the claim just before, within three sentences; the
organization the article is about (the one named most often, at least twice). Kinds that are as often a
market's or a government's (commodity prices, spending, inflation) are left null. No organization of the
context stands in when the figure's clause has a subject of its own that cannot be the company: a market,
an index, people, a name the organization rules did not take (`subject_elsewhere`).
"""

import re
from collections import Counter

from spacy.tokens import Token

from newsclaims.pipeline.annotations import text_of
from newsclaims.pipeline.claims.references import OrgIndex, OrgToken, refers_to, subject_of
from newsclaims.pipeline.claims.words import Lemmatize, lemma, word_set
from newsclaims.pipeline.dateline import dateline_end
from newsclaims.pipeline.orgs.identity import name_key, resolve_identities

OWNED_KINDS = frozenset(
    {"profit", "revenue", "deal", "market_cap", "valuation", "debt", "loan", "funding", "stake", "fine"}
)
CARRY_SENTENCES = 3


def context_owner(
    kind: str,
    key: str | None,
    per: str | None,
    speech_verb: Token | None,
    previous: tuple[OrgToken, int] | None,
    sentence: int,
    index: OrgIndex,
    lemmatize: Lemmatize | None,
    is_money: bool = False,
    issue_term: bool = False,
) -> OrgToken | None:
    """The organization a quantity without an owner in its sentence belongs to, or None. Of a kind a company
    holds: the speaker, else the passage's owner. Of any other kind, an amount of money only, and only a
    company that says it ('Occidental said the total value of the offering was 1.16 billion dlrs'): a
    percentage of no company kind is as often a market's or an economy's, and a public body speaks of the
    economy ('the Commerce Department said imports rose to 12.3 billion dlrs'). A term of a security the
    passage's company issues (`issue_term`: 'The coupon has been fixed at 4-1/4 pct') is of a company kind."""
    company_kind = owned(kind, key, per) or issue_term
    if not company_kind and not (is_money and spoken_kind(kind, key, per)):
        return None
    if speech_verb is not None:
        speaker = subject_of(speech_verb)
        if speaker is not None and not intermediary(speaker, speech_verb):
            found = index.org_at(speaker) or refers_to(speaker, index, lemmatize)
            if found is not None and (company_kind or not public_body(found)):
                return found
    if not company_kind:
        return None
    if previous is not None and sentence - previous[1] <= CARRY_SENTENCES:
        return previous[0]
    return protagonist(index)


def spoken_kind(kind: str, key: str | None, per: str | None) -> bool:
    """Whether the organization that says a sentence may hold a figure of this kind that names no holder: any
    kind but an economy's or a market's (a macro rate, inflation, a yield, a commodity's price per unit)."""
    if kind == "rate":
        return owned(kind, key, per)
    if kind == "price":
        return per is None or per in _COMPANY_UNITS
    return True


def public_body(item: OrgToken) -> bool:
    """Whether the name says a government body, a central bank or an agency ('Commerce Department', 'European
    Central Bank', 'National Statistics Institute'): `public_body_words` of rules/claims.json."""
    return any(word in word_set("public_body_words") for word in item.org.name.lower().split())


# 'co-lead Swiss Bank Corp said', 'Mitsui Finance said as lead manager', 'said William Blair and Co, co-managers
# of the offering': a bank that arranges, underwrites or advises speaks of its client's figures
_INTERMEDIARY_WORDS = frozenset(
    {
        "manager", "managers", "co-manager", "co-managers", "co-lead", "lead-manager", "underwriter",
        "underwriters", "arranger", "arrangers", "bookrunner", "bookrunners", "broker", "brokers", "dealer",
        "dealers", "adviser", "advisers", "advisor", "advisors",
    }
)  # fmt: skip


def intermediary(speaker: Token, speech_verb: Token) -> bool:
    """Whether the speaker is named as a lead manager, underwriter, broker or adviser: in its own phrase, in
    the three words before it, or right after the speech verb ('said as lead manager')."""
    doc = speaker.doc
    words = [t.lower_ for t in speaker.subtree]
    words += [t.lower_ for t in doc[max(0, speaker.left_edge.i - 3) : speaker.left_edge.i]]
    words += [t.lower_ for t in doc[speech_verb.i + 1 : min(len(doc), speech_verb.i + 4)]]
    return any(w in _INTERMEDIARY_WORDS for w in " ".join(words).replace(" - ", "-").split())


def owned(kind: str, key: str | None, per: str | None) -> bool:
    if kind in OWNED_KINDS:
        return True
    if kind == "price":
        return per == "share" or (key is not None and key.startswith(("share", "stock")))
    if kind == "rate":
        return key is not None and key not in word_set("macro_rates") and not key.endswith(("inflation", "yield"))
    return False


def protagonist(index: OrgIndex) -> OrgToken | None:
    """The organization the article names most often (twice or more; the first named on a tie)."""
    cached = getattr(index, "_protagonist", False)
    if cached is not False:
        return cached
    counts: Counter = Counter()
    first: dict[str, OrgToken] = {}
    items = [item for item in index.items if not item.in_dateline]
    identities = resolve_identities(
        text_of(index.doc), [(max(i.org.start, i.org.name_start), i.org.end) for i in items]
    )
    for item, identity in zip(items, identities, strict=True):
        key = identity.org_id
        counts[key] += 1
        first.setdefault(key, item)
    best = None
    if counts:
        key, count = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]].first))
        ranked = sorted(counts.values(), reverse=True)
        if count >= 2 and (len(ranked) == 1 or ranked[0] > ranked[1]):
            best = first[key]
    index._protagonist = best
    return best


def story_company(
    verb: Token | None,
    sentence: int,
    index: OrgIndex,
    lemmatize: Lemmatize | None,
    quantity: Token | None = None,
    per: str | None = None,
) -> OrgToken | None:
    """The company a story's headline names, for a figure of any kind whose sentence names no organization
    and whose clause has no subject of its own that is something else ('The index closed 0.6% higher', 'the
    government is spending ...', 'Tokiwa shares rose', a name the model did not tag): 'The company said
    each unit would be priced at about five dollars.' Measured on the blind gold's tuning half (issue 17):
    of such figures the headline company is the annotators' holder about three times as often as it is
    wrong or stands where they put no organization."""
    if index.in_sentence(sentence) or subject_elsewhere(verb, index, lemmatize, quantity):
        return None
    if per is not None and per not in _COMPANY_UNITS:
        return None  # '$85.40 per barrel', '$1,946 an ounce': a commodity's price is a market's
    return headline_org(index)


_COMPANY_UNITS = ("share", "unit")


def subject_elsewhere(
    verb: Token | None, index: OrgIndex, lemmatize: Lemmatize | None, quantity: Token | None = None
) -> bool:
    """Whether the figure's clause has a subject of its own that cannot be the passage's company (a name the
    organization rules did not take, a market, an index, a government, people): 'The FTSE 250 rose 0.9%',
    "Norway's oil fund holds 3.1%". Then no organization of the context stands in for it."""
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (quantity is not None and (subject is quantity or subject.is_ancestor(quantity))):
        return False  # 'The price of 3.30 ringgit a share values Pelican at ...': the subject is the figure's own
    if subject.dep_ == "nsubjpass" and lemma(subject, lemmatize) in word_set("people_holders"):
        return False  # 'Shareholders will be offered new shares at HK$1.85': people receive, the company offers
    if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP") and verb.head is not verb:
        # '<Prudential>, which announced a 62 pct rise': the clause is about the organization it hangs on; '346
        # pence, which represents a premium of 9.84 pct': about the figure it hangs on, whose holder goes on
        head = verb.head
        figure = head.like_num or any(c.dep_ == "nummod" for c in head.children)
        return index.org_at(head) is None and not figure
    return not _stands_for_a_company(subject, lemmatize)


def _stands_for_a_company(subject: Token, lemmatize: Lemmatize | None) -> bool:
    """Whether a clause's subject can be the story's company: a pronoun, 'the company', or a common noun of a
    company's figures ('revenue', 'the unit', 'net profit'); not a name, a market or a government."""
    if subject.pos_ == "PROPN":
        return False
    if subject.pos_ == "PRON":  # 'That is a discount of 22% to ...': a demonstrative points back at a statement
        return subject.lower_ in word_set("pronouns") or subject.lower_ in _DEMONSTRATIVES
    word = lemma(subject, lemmatize)
    terms = word_set("issue_terms")
    if word == "price" and any(c.dep_ == "compound" and lemma(c, lemmatize) in terms for c in subject.children):
        return True  # 'The conversion price ... has been fixed at 346 pence': a term of the company's issue
    return word not in word_set("people_holders") and word not in word_set("not_company_subjects")


_ENTRY_DASH = re.compile(r"\s*>?(?:,[^\n,]{1,30}){0,2}\s+[-–—]+\s")
# a name of two words or more ('Note - ...' heads no entry)
_ENTRY_HEAD = re.compile(r"<?[A-Z][\w&.'-]*(?:[ ](?:[A-Z&][\w&.'-]*|of|and)){1,6}" + _ENTRY_DASH.pattern)


def entry_head(quantity: Token, index: OrgIndex) -> tuple[bool, OrgToken | None]:
    """Whether the figure's paragraph is an entry of a list headed by a name and a dash ('Norwest Corp - Shelf
    offering of up to 100 mln dlrs ...', 'First Bancorp, Troy, N.C. - Initial offering of ...'), and the
    organization that heads it, whose the entry's figures are (None where the head is no organization found:
    then no owner of an earlier entry carries into it)."""
    text = text_of(index.doc)
    start = text.rfind("\n", 0, quantity.idx) + 1
    if start < dateline_end(text):
        return False, None
    opening = next((item for item in index.items if item.org.start in (start, start + 1)), None)
    if opening is not None and opening.last < quantity.i and not opening.in_dateline:
        dash = _ENTRY_DASH.match(text, opening.org.end)
        if dash is not None and dash.end() <= quantity.idx:
            return True, opening
    head = _ENTRY_HEAD.match(text, start)
    return (head is not None and head.end() <= quantity.idx), None


_DEMONSTRATIVES = ("that", "this")
_BID_NOUNS = ("offer", "bid", "proposal", "approach", "counterbid", "counteroffer")
# verbs whose subject is a bid's target, not its bidder ('Taft rejects 145 dlr/shr offer')
_TARGET_VERBS = ("reject", "receive", "accept", "consider", "spurn", "rebuff", "weigh", "review", "study", "oppose")
_BIDDER_BEFORE = re.compile(
    r"\b(?:offer|bid|proposal|approach|counterbid)s?\s+(?:of|from|by)\s+(?:the\s+)?<?$", re.IGNORECASE
)
_BIDDER_AFTER = re.compile(
    r"^>?(?:['\u2019]s?)\s+(?:[\w-]+\s+){0,3}?(?:offer|bid|proposal|approach|counterbid)\b", re.IGNORECASE
)


def bid_of_no_owner(noun: Token | None, verb: Token | None, has_subject: bool, lemmatize: Lemmatize | None) -> bool:
    """Whether a figure measures a bid whose own clause does not name the bidder: a bid noun ('the offer of 145
    dlrs per share'; not an 'offering' of securities) with no owner on it or in its clause, or one that the
    clause's subject receives ('Taft rejects 145 dlr/shr offer': Taft is the target)."""
    if noun is None or noun.lower_.startswith("offering") or lemma(noun, lemmatize) not in _BID_NOUNS:
        return False
    if verb is not None and lemma(verb, lemmatize) in _TARGET_VERBS:
        return True
    owned = any(c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON") for c in noun.children)
    return not owned and not has_subject


def bidder(index: OrgIndex) -> OrgToken | None:
    """The one organization the article names as a bidder: after 'offer of', 'bid from', 'proposal by', or
    before "'s offer" ('the pending buyout proposal of <Theta Corp>', "Brandt's revised bid"); None when the
    article names none or several."""
    cached = getattr(index, "_bidder", False)
    if cached is not False:
        return cached
    text = text_of(index.doc)
    found: dict[str, OrgToken] = {}
    for item in index.items:
        start, end = max(item.org.start, item.org.name_start), item.org.end
        before, after = text[max(0, start - 40) : item.org.start], text[end : end + 40]
        if _BIDDER_BEFORE.search(before) or _BIDDER_AFTER.match(after):
            found.setdefault(name_key(item.org.name), item)
    best = next(iter(found.values())) if len(found) == 1 else None
    index._bidder = best  # type: ignore[attr-defined]
    return best


def headline_org(index: OrgIndex) -> OrgToken | None:
    """The organization a first line of its own names ('GEMCRAFT INC <GMC> 4TH QTR NET'), or None when the
    first line names none or several."""
    text = text_of(index.doc)
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return None
    named = [item for item in index.items if item.org.end <= first_line_end and not item.in_dateline]
    return named[0] if len({name_key(i.org.name) for i in named}) == 1 else None


def issue_term(noun: Token | None, verb: Token | None, lemmatize: Lemmatize | None) -> bool:
    """Whether a figure states a term of a security being issued: the noun it measures or its clause's subject
    (through 'is priced at par to yield') is one of `issue_terms` or has one as a compound ('The coupon has
    been fixed at 4-1/4 pct', 'The put price is 126.8 to yield 8-3/4 pct',
    'denominations of 10,000 francs'). Such terms are the issuer's, whom the passage names."""
    words: list[Token] = [noun] if noun is not None else []
    for _ in range(3):
        if verb is None:
            break
        words.extend(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        verb = verb.head if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb else None
    terms = word_set("issue_terms")
    for word in words:
        modifiers = [c for c in word.children if c.dep_ in ("compound", "amod", "nmod")]
        if any(m.pos_ == "PROPN" or lemma(m, lemmatize) in word_set("not_company_subjects") for m in modifiers):
            return False  # 'the 30-year Treasury bond', 'the benchmark bond': a market's, not an issue's
        if lemma(word, lemmatize) in terms or any(
            c.dep_ == "compound" and lemma(c, lemmatize) in terms for c in word.children
        ):
            return True
    return False
