"""Find the organization mentions of a document: spaCy's ORG entities, cleaned and filtered, plus the
names the article defines or repeats where the model missed them.

Cleaning (OntoNotes spans, as DESIGN.md asks): no leading bullet, bracket or punctuation, no leading
'the', no possessive ("SoftBank's" -> 'SoftBank'). Filters, each for a mistake the small model makes on
news (`tests/pipeline/test_orgs.py` has a case for each; `make eval` measures them on real articles):

- a span that overlaps a money or percent mention ('$40 billion' tagged ORG);
- a word that names a thing rather than a body ('AI', 'GDP', 'IPO': `rules/orgs.json` not_orgs), a market
  index ('FTSE 100') or a currency ('U.S. Dollar');
- a word that never names an organization alone ('Federal', 'Government', 'Finance');
- a person's name with an honorific ('Mr Ebbers');
- a headline in capitals read as one long name ('QATAR UNVEILS BUDGET FOR FISCAL 1987/88').

Added: an acronym defined in parentheses after a name ('Sumitomo Mitsui Banking Corporation (SMBC)'),
a name the article defines an acronym for where the name acts ('Swedish Export Credit (SEK) has launched'),
a name written where only a company fits ('Shares in Fernhill Glass fell', "Dunmore's board": `actor_cues`),
and every later occurrence of a name already found in the article, where the model did not tag it (also
spelt 'Lilco' for 'LILCO', and a partners' firm by its first two names: 'Welsh Carson').
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from newsclaims.pipeline.annotations import ents_of, per_doc, text_of
from newsclaims.pipeline.coverage import Coverage, longest_without_overlap
from newsclaims.pipeline.dateline import dateline_city, dateline_end
from newsclaims.pipeline.orgs.described import described_names
from newsclaims.pipeline.orgs.identity import name_key
from newsclaims.tables import load_table

_POSSESSIVE = re.compile(r"(?:['\u2019\"]s|s['\u2019]|['\u2019])$")  # Reuters-21578 writes 'Brazil"s'
_EDGE = " \t\n\r\x00\x0b\x0c\u00a0\u2009\u200b,;:.!?()[]{}<>\"'*•·–—-_/|#"
_NOT_NAME_LEAD = re.compile(r"(?:[A-Z][\w.']*(?:\s+[A-Z][\w.']*)?-based|\d[\d,.]*)\s+(?=[A-Z])")
_ACRONYM_IN_PARENS = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z0-9&.\-]{1,11})\)")


_OVERRIDABLE = {"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW"}


@dataclass(frozen=True)
class OrgSpan:
    """An organization mention at exact character offsets."""

    start: int
    end: int
    text: str
    name_start: int = -1  # where the name begins: after a leading 'the' that the span keeps

    @property
    def name(self) -> str:
        """The name without a leading 'the' ('the European Central Bank' -> 'European Central Bank')."""
        return self.text[max(0, self.name_start - self.start) :] if self.name_start >= 0 else self.text


# Each filter and addition by name, so `make eval` can switch one off and show what it is worth (the component's
# `org_rules` config: `nlp.add_pipe("newsclaims", config={"org_rules": {"person_names": False}})`).
RULES = frozenset(
    {
        "not_orgs",
        "honorific",
        "generic_word",
        "index_or_currency",
        "capitals_headline",
        "dateline_city",
        "defined_acronyms",
        "dateline_agency",
        "repeated_names",
        "short_forms",
        "suffixed_names",
        "industry_names",
        "described_names",
        "headline_names",
        "person_names",
        "bracketed_names",
        "acronym_defined_names",
        "place_government",
        "instrument_name",
        "actor_names",
    }
)


def find_orgs(doc: Doc, taken: list[tuple[int, int]] = (), rules: frozenset[str] = RULES) -> list[OrgSpan]:
    """The organization mentions of `doc` in text order, none overlapping each other or a `taken` span, found
    with the filters and additions named in `rules`."""
    text = text_of(doc)
    taken = Coverage(len(text), taken)
    found: list[OrgSpan] = []
    for ent in ents_of(doc):
        if ent.label_ != "ORG":
            continue
        start, end = clean_org_span(text, ent.start_char, ent.end_char)
        if start >= end or taken.overlaps(start, end) or _rejected(doc, start, end, rules):
            continue
        span_start = _with_article(text, ent.start_char, start) if _heads_its_phrase(doc, end) else start
        found.append(OrgSpan(span_start, end, text[span_start:end], start))
    if "suffixed_names" in rules:
        found = _suffixed_names(doc, found, taken)
    if "bracketed_names" in rules:
        found = _bracketed_names(text, found, taken)
    if "described_names" in rules:
        found += _described_names(doc, found, taken)
    if "acronym_defined_names" in rules:
        found += _acronym_defined_names(doc, found, taken)
    if "industry_names" in rules:
        found += _industry_names(doc, found, taken)
    if "defined_acronyms" in rules:
        found += _defined_acronyms(text, found, taken)
    if "dateline_agency" in rules:
        found += _dateline_agency(text, found, taken)
    if "actor_names" in rules:
        found += _actor_names(doc, found, taken)
    if "repeated_names" in rules:
        found += _repeated_names(doc, found, taken, rules)
    if "headline_names" in rules:
        found += _headline_names(doc, found, taken)
    return longest_without_overlap(found, span=lambda o: (o.start, o.end))


def orgs_needing_parse(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the model's organizations whose start `find_orgs` takes from the tagger and
    parser: those with a 'the' inside the entity, kept only when the name ends its noun phrase."""
    text = text_of(doc)
    wanted = []
    for ent in ents_of(doc):
        if ent.label_ == "ORG":
            start, end = clean_org_span(text, ent.start_char, ent.end_char)
            if start < end and _with_article(text, ent.start_char, start) != start:
                wanted.append((start, end))
    return wanted


def _occupied(doc: Doc, found: list[OrgSpan], taken: Coverage) -> Coverage:
    """What a name found by its string may not overlap: the quantities and dates, the orgs found so far,
    and the model's entities of the kinds a name never overrides (numbers, dates, money)."""
    occupied = Coverage(len(text_of(doc)), [(o.start, o.end) for o in found])
    occupied.merge(taken)
    opening = dateline_end(text_of(doc))
    for ent in ents_of(doc):
        if ent.label_ not in _OVERRIDABLE:
            # 'March 24 - American Telephone' tagged DATE: the dateline's date ends at its dash
            end = opening if ent.start_char < opening < ent.end_char else ent.end_char
            occupied.add(ent.start_char, end)
    return occupied


def _suffixed_names(doc: Doc, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """'Dean Foods Co', 'Hongkong and Shanghai Hotels Ltd': capitalised words ending in a legal suffix are
    a company whatever the model called them (it often says PERSON or GPE for names it does not know).

    Returns `found` with the suffixed names added. A suffixed name takes over the model's names it wholly
    contains: the model splits 'Cable and Wireless Plc' into 'Cable' and 'Wireless Plc', and keeps only
    'Co' of 'Kohlberg Kravis Roberts and Co'. It does not where the words before its 'and' are a name the
    article uses on its own ('Pfizer' in 'Pfizer and Eli Lilly and Co')."""
    text = text_of(doc)
    occupied = _occupied(doc, [], taken)
    suffixes = {suffix.lower() for suffix in _table()["company_suffixes"]}
    kept = list(found)
    for match in _suffixed_name_pattern().finditer(text):
        start, end = match.span()
        if match.group().startswith(("The ", "THE ")):
            start += 4
        words = text[start:end].split()
        tail = len(words) - 1  # the run of suffixes that ends the name: 'Co Inc' of 'Merrill Lynch and Co Inc'
        while tail > 1 and words[tail - 1].lower().strip(",") in suffixes:
            tail -= 1
        inner = [n for n, word in enumerate(words[:tail]) if word.lower().strip(",") in suffixes]
        if inner and words[inner[-1] + 1] == "of":
            inner = []  # 'Public Service Co of Indiana Inc': the company of a place goes on to its own suffix
        if inner:  # 'Pfizer Inc and Eli Lilly and Co': one suffix ends one name; the last one starts after it
            rest = " ".join(words[inner[-1] + 1 :])
            joined = re.match(r"(?:and|&|,)\s+", rest)
            if joined is None:
                continue
            start = end - len(rest) + joined.end()
        lead = re.match(r"(\w+) (?:of|at|in) (?=[A-Z])", text[start:end])
        if lead and lead.group(1).lower() in _table()["lead_words"]:  # 'Shares of Harrow and Mercer Plc'
            start += lead.end()
        possessive = list(re.finditer(r"['\u2019]s\s", text[start:end]))
        if possessive and _name_after_possessive(text[start + possessive[-1].end() : end]):
            # "Canada's Alcan Aluminium Ltd": the name starts after the possessive; but "Chesebrough-Pond's Inc"
            # is one name, whose possessive only a legal suffix follows
            start += possessive[-1].end()
        lead = _NOT_NAME_LEAD.match(text, start, end)  # 'Maine-based G.H. Bass and Co'
        if lead:
            start = lead.end()
        start = _without_separate_name(doc, start, end, found)
        if occupied.overlaps(start, end) or _in_capitals_line(doc, start, end):
            continue
        inside = [o for o in kept if o.start < end and start < o.end]
        if any(o.start < start or o.end > end for o in inside):
            continue  # crosses a name the model found: leave both alone
        kept = [o for o in kept if o not in inside]
        kept.append(OrgSpan(start, end, text[start:end], start))
        occupied.add(start, end)
    return kept


def _name_after_possessive(rest: str) -> bool:
    """Whether the words after a possessive inside a suffixed name are a name of their own, not only suffixes."""
    return any(word.lower().strip(",") not in _suffix_words() for word in rest.split())


_BRACKETED = re.compile(r"<(?P<name>[A-Z0-9][^<>\n]{1,80}?)>")


def _bracketed_names(text: str, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """A wire's company name in angle brackets ('<Rosewood Financial Inc>', '<UNITED FIRE AND CASUALTY> 4TH
    QTR NET'): the wire marks companies so (Reuters writes a listed one's ticker that way, '<STHL.L>', which
    is no name). Returns `found` with each bracketed name in place of the model's spans inside or across it;
    a ticker (one word in capitals, digits or points) or a span that holds a quantity or a date is left."""
    kept = list(found)
    for match in _BRACKETED.finditer(text):
        start, end = match.span("name")
        name = match.group("name").strip()
        if name != match.group("name") or not any(c.isalpha() for c in name):
            continue
        if " " not in name and not any(c.islower() for c in name):
            continue  # a ticker: '<T>', '<STHL.L>', '<CAW>'
        if taken.overlaps(start, end):
            continue
        kept = [o for o in kept if not (o.start < end + 1 and start - 1 < o.end)]
        kept.append(OrgSpan(start, end, name, start))
    return kept


def _without_separate_name(doc: Doc, start: int, end: int, found: list[OrgSpan]) -> int:
    """Where a suffixed name starts when the words before its first 'and' name another organization the
    article writes on its own elsewhere ('Chrysler and Ford Motor Co' -> 'Ford Motor Co'), or a person
    ('Morton Shulman and Guardman Investment Services Inc')."""
    text = text_of(doc)
    joined = re.search(r"\s(?:and|&)\s", text[start:end])
    if joined is None:
        return start
    left_end = start + joined.start()
    left = text[start:left_end]
    elsewhere = any(o.name == left and (o.end <= start or o.start >= end) for o in found)
    # 'Kohlberg Kravis Roberts and Co', 'Alex. Brown and Sons Inc' are a person's firm: only a name of its
    # own after the 'and' (two words or more before the suffix) parts from a person before it
    after = text[start + joined.end() : end].split()
    if len(after) == 1 or all(word.lower().strip(",.") in _suffix_words() for word in after):
        return start  # 'Merrill Lynch and Co', 'Smith Barney, Harris Upham and Co Inc': the suffix is the firm's
    own_name = len(after) >= 3
    person = own_name and any(
        e.label_ == "PERSON" and e.start_char < left_end and start < e.end_char for e in ents_of(doc)
    )
    return start + joined.end() if elsewhere or person else start


@cache
def _suffix_words() -> frozenset[str]:
    return frozenset(suffix.lower() for suffix in _table()["company_suffixes"])


def _described_names(doc: Doc, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """Names a business noun describes ('German carmaker Brandauer'): see `described`."""
    text = text_of(doc)
    occupied = _occupied(doc, found, taken)
    added = []
    for start, end in _described_spans(doc):
        if occupied.overlaps(start, end) or _in_capitals_line(doc, start, end):
            continue
        if _speaks_as_a_person(text, text[start:end]):  # 'a company Cross is forming' ... 'Cross said he'
            continue
        added.append(OrgSpan(start, end, text[start:end], start))
        occupied.add(start, end)
    return added


_NAME_WORD = r"[A-Z][\w'&.-]*"
_DEFINED_BY_ACRONYM = re.compile(
    rf"(?<![\w.-])(?P<name>{_NAME_WORD}(?:[ ](?:{_NAME_WORD}|of|and|for|de|&)){{0,5}}[ ]{_NAME_WORD})"
    r"[ ]\((?P<acronym>[A-Z][A-Za-z]{0,6}[A-Z][A-Za-z]{0,3})\)"
)
# what only an organization does right after its name is defined: 'X (XC) said', 'has launched', 'will issue'
_ACTOR_AFTER = re.compile(
    r"[ ](?:said|says|has|have|had|is|was|will|would|announced|reported|agreed|plans|launched|issued|raised|"
    r"offered|bought|sold|owns|acquired)\b"
)
_NOT_NAME_LABELS = ("PERSON", "GPE", "LOC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "NORP")


def _acronym_defined_names(doc: Doc, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """'Swedish Export Credit (SEK) has launched ...', 'A Westdeutsche Landesbank Girozentrale (WestLB) unit':
    capitalised words that the article defines an acronym for are an organization when the article uses them
    as one: the name with its acronym is the subject of what only an actor does, or the acronym is an
    organization found elsewhere. Not where the model calls most of the name something else ('Capital
    Requirements Directive (CRD)' is a law), nor a phrase that opens with a common word."""
    text = text_of(doc)
    occupied = _occupied(doc, found, taken)
    acronyms = {o.name for o in found}
    added = []
    for match in _DEFINED_BY_ACRONYM.finditer(text):
        start, end = match.span("name")
        words = match.group("name").split()
        while words and (words[0].lower() in STOP_WORDS or words[0].lower() in _table()["lead_words"]):
            start += len(words[0]) + 1  # 'A Westdeutsche ...', 'The Federal Home Loan Bank Board'
            words = words[1:]
        if len(words) < 2 or occupied.overlaps(start, end) or _in_capitals_line(doc, start, end):
            continue
        acts = _ACTOR_AFTER.match(text, match.end()) is not None or match.group("acronym") in acronyms
        if not acts or _named_otherwise(doc, start, end):
            continue
        added.append(OrgSpan(start, end, text[start:end], start))
        occupied.add(start, end)
    return added


# 'shares in Fernhill Glass', "Fernhill Glass's board": where only a company fits (`actor_cues` of the table,
# the possessive ones and those before a name; 'Oil shares' or 'X shareholders' say too little)
_CUE_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|&|and|of)){0,3}(?<=[\w.]))"

_SECURITY_AFTER = re.compile(r"[ ](?:cumulative|convertible|preferred|preference|common|ordinary|stock|shares)\b")


def _actor_names(doc: Doc, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """Capitalised words the article writes where only a company fits ('Shares in Fernhill Glass fell',
    "Fernhill Glass's chief executive") and the model tagged as nothing, or as a kind of name that is no place,
    people: an organization, which `_repeated_names` then finds everywhere. A name the model or the article
    makes a person counts only after a cue no person fits ('shares in X', "X's board"; not "X's stake") and
    when the article never has it speak as a person or after a title. Not a name that opens with a common
    word ('Shares in The ...'), one in a capitals headline, a place, or a class of shares."""
    text = text_of(doc)
    occupied = _occupied(doc, found, taken)
    people = _person_names(doc)
    added = []
    for pattern, company_only in _actor_cue_patterns():
        for match in pattern.finditer(text):
            start, end = match.span("name")
            words = match.group("name").split()
            if words[0].lower() in STOP_WORDS or words[0].lower() in _table()["generic_words"]:
                continue
            if occupied.overlaps(start, end) or _in_capitals_line(doc, start, end):
                continue
            labels = {e.label_ for e in ents_of(doc) if e.start_char < end and start < e.end_char}
            if labels & {"GPE", "LOC", "NORP"} or _SECURITY_AFTER.match(text, end):
                continue  # 'Shares in London', 'stake in Kenya', 'shares of Series C cumulative preferred'
            name = match.group("name")
            if ("PERSON" in labels or name in people) and (
                not company_only or _speaks_as_a_person(text, name) or _titled_surname(text, words[-1])
            ):
                continue  # "Buffett's stake" may be a person's; 'shares in Fernhill Glass' may not
            added.append(OrgSpan(start, end, text[start:end], start))
            occupied.add(start, end)
    return added


@cache
def _actor_cue_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The cue patterns, each with whether only a company fits it (a person may own shares or a stake, but
    has no board, chief executive, shareholders or revenue, and nobody holds shares in a person)."""
    cues = _table()["actor_cues"]
    possessives = [c for c in cues["after"] if c[:1] in ("'", "\u2019")]
    either = [c for c in possessives if c.endswith(("shares", "stock", "stake"))]
    company = [c for c in possessives if c not in either]
    before = "|".join(re.escape(c) for c in cues["before"])

    def after(found: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w&.-]){_CUE_NAME}(?:{'|'.join(re.escape(c) for c in found)})\b")

    return (
        (after(company), True),
        (after(either), False),
        (re.compile(rf"(?:{before}){_CUE_NAME}(?![\w&'\u2019-])"), True),
    )


def _named_otherwise(doc: Doc, start: int, end: int) -> bool:
    """Whether the model tags half the span or more as a kind of name that is no organization."""
    covered = sum(
        min(end, e.end_char) - max(start, e.start_char)
        for e in ents_of(doc)
        if e.label_ in _NOT_NAME_LABELS and e.start_char < end and start < e.end_char
    )
    return covered * 2 >= end - start


def _industry_names(doc: Doc, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """'Corvalis Software', 'Red Mesa Resources': capitalised words ending in an industry word
    (`industry_words`) name a company the model may not know. The first word is not a common word
    capitalised at a sentence start ('Software ...', 'The Energy ...')."""
    text = text_of(doc)
    occupied = _occupied(doc, found, taken)
    added = []
    for match in _industry_name_pattern().finditer(text):
        start, end = match.span()
        first = match.group().split()[0]
        if first.lower() in STOP_WORDS or first.lower() in _table()["generic_words"]:
            continue
        head = doc.char_span(start, start + len(first), alignment_mode="expand")
        if head is not None and head[0].ent_type_ in ("NORP", "GPE", "LOC"):
            continue  # 'European Energy', 'Asian Airlines' as an adjective of place
        if occupied.overlaps(start, end) or _in_capitals_line(doc, start, end):
            continue
        added.append(OrgSpan(start, end, text[start:end], start))
        occupied.add(start, end)
    return added


@cache
def _industry_name_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_table()["industry_words"], key=len, reverse=True))
    name = r"[A-Z][a-z][\w'&-]*"
    return re.compile(rf"(?<![\w.])(?:{name}[ ]){{1,3}}(?:{words})(?![\w])")


@cache
def _suffixed_name_pattern() -> re.Pattern[str]:
    suffixes = [s for s in _table()["company_suffixes"]]
    alternation = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    word = r"(?:[A-Z][\w'&.-]*|&|and|of|de)"
    return re.compile(rf"(?<![\w.])[A-Z][\w'&.-]*(?:[ ]{word}){{0,5}},?[ ](?:{alternation})(?![\w])")


_DATELINE_AGENCY = re.compile(r"[A-Z][A-Z .'-]{1,40}?(?:,[^()\n]{1,40})?\s*\((?P<agency>[A-Z][\w&. -]{1,30})\)\s*[-–—]")


def _dateline_agency(text: str, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """The news agency in a dateline's parentheses ('TOKYO, Nov 26 (Newswire) -') is an organization, and so
    is a wire's sign-off: one word in capitals that ends the text after a full stop ('... they said. REUTER'),
    which names the agency."""
    agencies = []
    for line_start in [0, *[m.end() for m in re.finditer(r"\n", text[:600])][:3]]:
        match = _DATELINE_AGENCY.match(text, line_start)
        if match:
            start, end = match.span("agency")
            if not taken.overlaps(start, end) and all(o.end <= start or o.start >= end for o in found):
                agencies.append(OrgSpan(start, end, match.group("agency")))
            break
    sign_off = _SIGN_OFF.search(text[-40:])
    if sign_off and sign_off.group(1) not in _NOT_SIGN_OFFS:
        start, end = len(text) - len(text[-40:]) + sign_off.start(1), len(text) - len(text[-40:]) + sign_off.end(1)
        if not taken.overlaps(start, end) and all(o.end <= start or o.start >= end for o in found):
            agencies.append(OrgSpan(start, end, sign_off.group(1)))
    return agencies


_SIGN_OFF = re.compile(r"(?:\n\s*|[.!?\"”]\s+)([A-Z]{3,12})\s*$")
_NOT_SIGN_OFFS = frozenset({"END", "ENDS", "MORE", "NNNN", "XXX"})  # a release's or a wire's end marks


def _heads_its_phrase(doc: Doc, end: int) -> bool:
    """Whether the name ends its noun phrase: in 'the SoftBank Group deal' the 'the' is the deal's."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return True
    following = doc[span.end]
    return following.pos_ not in ("NOUN", "PROPN") and span[-1].dep_ != "compound"


def _with_article(text: str, ent_start: int, name_start: int) -> int:
    """Where the span starts: a 'the' the model put inside the entity stays inside (OntoNotes keeps it in
    'the European Central Bank'); the name itself never has it."""
    article = re.search(r"(?i)\bthe\s+$", text[max(ent_start, name_start - 8) : name_start])
    if article and name_start - len(article.group()) >= ent_start:
        return name_start - len(article.group())
    return name_start


def clean_org_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the name without leading punctuation or 'the' and without a possessive.

    >>> text = "• the Bank of Japan's policy"
    >>> start, end = clean_org_span(text, 0, 21)
    >>> text[start:end]
    'Bank of Japan'
    """
    cut = re.search(r"\n|\s[-–—]+\s", text[start:end])
    if cut:
        end = start + cut.start()
    if text.count("(", start, end) > text.count(")", start, end):
        end = text.rindex("(", start, end)  # 'International Labour Organisation (ILO': the acronym is its own
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE and not _keeps_final_point(text, start, end):
        end -= 1
    if re.match(r"(?i)the\s", text[start:end]) and end - start > 4:
        start += 4
        while start < end and text[start].isspace():
            start += 1
    # 'Paris-based DIM S.A.', '31,781,461 Caesars World Inc': a place adjective or a count before the name
    lead = _NOT_NAME_LEAD.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    dangling = re.search(r"(?:\s+(?:of|and|for|the|&|at|in|on|is|was|has|had|said|says|will|would))+$", text[start:end])
    if dangling and dangling.start() > 0:  # 'The U.S. Trade Act of': the model stopped mid-phrase
        end = start + dangling.start()
    possessive = _POSSESSIVE.search(text, start, end)
    if possessive and possessive.start() > start and not _possessive_is_name(text, start, end):
        end = possessive.start()
    elif re.match(r"['\u2019]s\b", text[end : end + 3]) and _possessive_is_name(text, start, end + 2):
        end += 2  # the model stopped before the 's of "Macy's"
    while end > start and text[end - 1] in _EDGE and not _keeps_final_point(text, start, end):
        end -= 1
    return start, end


def _possessive_is_name(text: str, start: int, end: int) -> bool:
    """ "Moody's", "Macy's", "Sainsbury's": the 's belongs to the name when the rules list it, or when a
    one-word name is written with 's at least twice in the article and never without it."""
    name = text[start:end].replace("\u2019", "'")
    if name.lower() in _table()["names_with_s"]:
        return True
    bare = re.sub(r"['\"]s$", "", name)
    if bare == name or " " in bare:
        return False
    with_s = text.count(bare + "'s") + text.count(bare + "\u2019s")
    return with_s >= 2 and text.count(bare) == with_s


def _keeps_final_point(text: str, start: int, end: int) -> bool:
    """'Apple Inc.' and 'U.S.' keep their final point; a sentence's full stop does not belong to a name."""
    if text[end - 1] != ".":
        return False
    word = text[start:end].split()[-1].lower()
    return word in load_table("orgs")["legal_suffixes"] or bool(re.fullmatch(r"(?:[a-z]\.)+", word))


def _rejected(doc: Doc, start: int, end: int, rules: frozenset[str]) -> str | None:
    """The filter that rejects a model ORG span as not an organization, or None when it stands."""
    text = text_of(doc)
    name = text[start:end]
    table = _table()
    words = name.lower().split()
    if not any(c.isalpha() for c in name) or name.islower():
        return "no_name"
    checks = (
        ("not_orgs", lambda: name.lower() in table["not_orgs"]),
        ("honorific", lambda: _honorific().match(name) is not None),  # 'Mr Ebbers' is a person
        ("generic_word", lambda: len(words) == 1 and words[0] in table["never_alone"]),  # 'Federal' alone
        # 'the Maharashtra state government', 'the Saarland state': a place's government, named by a common noun
        ("place_government", lambda: len(words) > 1 and name.split()[-1] in _GOVERNMENT_NOUNS),
        # 'the 30-year Treasury bond', 'Fed funds were indicated at 6 pct': a market instrument's name
        ("instrument_name", lambda: name in _INSTRUMENT_ISSUERS and _INSTRUMENT_AFTER.match(text, end) is not None),
        (
            "index_or_currency",
            lambda: len(words) > 1 and (words[-1] in table["index_words"] or words[-1] in table["currency_words"]),
        ),
        # a wire headline in capitals: the model's guesses there are mostly wrong
        ("capitals_headline", lambda: _in_capitals_line(doc, start, end) and not _named_in_body(text, name)),
        # 'FRANKFURT, Tuesday March 10, 2026 (Newswire) - ...': the dateline's city is a place
        ("dateline_city", lambda: start < dateline_end(text) and name == (dateline_city(text) or "")),
        # 'Theodore Cross, editor of ...' then 'Cross said': the surname of a person the article names
        ("person_names", lambda: _names_a_person(doc, name)),
    )
    for rule, applies in checks:
        if rule in rules and applies():
            return rule
    return None


_INSTRUMENT_ISSUERS = ("Treasury", "Treasuries", "Fed", "Federal", "T-bill")
_INSTRUMENT_AFTER = re.compile(r"\s+(?:bonds?|bills?|notes?|securities|yields?|funds|issues|futures|market|prices)\b")
_GOVERNMENT_NOUNS = ("state", "government", "administration", "authorities", "cabinet")  # lower case only


def _names_a_person(doc: Doc, name: str) -> bool:
    """Whether the name is a person's full name the model tagged PERSON elsewhere in the article, or the
    surname of one ('Cross' after 'Theodore Cross'), and nothing marks it as a company: no legal suffix or
    industry word, and no business noun describing it."""
    words = name.split()
    marks = _company_marks()
    if len(words) > 3 or any(word.lower().strip(",.") in marks for word in words):
        return False
    if _speaks_as_a_person(text_of(doc), name):  # before a description: 'a company Cross is forming'
        return True
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and _titled_surname(text_of(doc), words[-1]):
        return True  # 'Ivar Lunde holds 14%' ... 'Mr Lunde told the BBC': a person's full name
    if name in per_doc(doc, "described_names", _described_strings):
        return False
    people = per_doc(doc, "person_names", _person_names)
    if name in people:
        return True
    # 'Leon Febres' tagged a person, then 'Febres Cordero said': a name that goes on from a person's surname
    return len(words) == 2 and any(len(person.split()) >= 2 and person.split()[-1] == words[0] for person in people)


@cache
def _company_marks() -> frozenset[str]:
    return frozenset(w.lower() for key in ("legal_suffixes", "industry_words") for w in _table()[key])


def _titled_surname(text: str, surname: str) -> bool:
    """Whether the article writes the word after a person's title ('Mr Lunde', 'Ms. Okafor')."""
    return re.search(rf"(?<![\w.])(?:{_titles()})\.? {re.escape(surname)}(?![\w-])", text) is not None


@cache
def _titles() -> str:
    return "|".join(re.escape(t) for t in sorted(_table()["person_titles"], key=len, reverse=True))


def _speaks_as_a_person(text: str, name: str) -> bool:
    """'Cross said he proposed the takeover': a name the article follows with 'said he' or 'said she' is a
    person's, whatever the model tagged it (a company says 'it')."""
    if not any(f"{name} {verb} " in text for verb in ("said", "says", "added")):
        return False  # the search below runs over the whole text for each name
    return re.search(rf"(?<![\w&.-]){re.escape(name)} (?:said|says|added) (?:he|she)\b", text) is not None


def _person_names(doc: Doc) -> frozenset[str]:
    """The full names the model tagged PERSON (two or three words) and never ORG, and their surnames when
    no organization's name starts with the surname ('Marcus Whitcombe' of 'Whitcombe & Rudd' is a family
    name the firm carries: 'Whitcombe' alone stays the firm)."""
    org_texts = {ent.text for ent in ents_of(doc) if ent.label_ == "ORG"}
    # a firm carrying the family name has more words than the surname ('Whitcombe & Rudd'); the model's
    # ORG tag on the bare surname ('Cross said') is what this filter is for
    # (not the model's runs into a verb: 'Sosnoff is' says nothing of a firm)
    org_words = {
        word for text in org_texts if len(text.split()) > 1 and text.split()[-1][:1].isupper() for word in text.split()
    }
    org_words |= {word for match in _suffixed_name_pattern().finditer(text_of(doc)) for word in match.group().split()}
    org_words |= {text_of(doc)[s:e].split()[0] for s, e in _described_spans(doc)}
    names = set()
    for ent in ents_of(doc):
        words = ent.text.split()
        if ent.label_ != "PERSON" or not 2 <= len(words) <= 3 or ent.text in org_texts:
            continue
        if all(w[:1].isupper() for w in words):
            names.add(ent.text)
            if words[-1] not in org_words:
                names.add(words[-1])
    return frozenset(names)


def _described_strings(doc: Doc) -> frozenset[str]:
    text = text_of(doc)
    return frozenset(text[start:end] for start, end in _described_spans(doc))


def _described_spans(doc: Doc) -> list[tuple[int, int]]:
    """`described_names` of the Doc's text, found once per Doc (three rules ask; read only)."""
    return per_doc(doc, "described_spans", lambda doc: described_names(text_of(doc)))


_TICKER = re.compile(r"<[A-Z][A-Z0-9.]{0,7}>")
_CAPITAL_WORD = re.compile(r"[A-Z][A-Z0-9&'.-]*$")


def _headline_names(doc: Doc, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """Organizations in a wire headline written in capitals, where the model's guesses are unreliable:
    the words before a ticker ('CAESARS WORLD <CAW> BID ...'), and the names the body writes in mixed case
    ('GEMCRAFT INC' for 'Gemcraft Inc'). Before a ticker, the run of capitalised words back to a function
    word or a number is the name, cut to the part the body writes as a name when it does."""
    text = text_of(doc)
    starts, capitals = per_doc(doc, "capitals_lines", _capitals_lines)
    if not any(capitals):
        return []
    occupied = _occupied(doc, found, taken)
    body_names = {o.name.lower(): o.name for o in found if not _in_capitals_line(doc, o.start, o.end)}
    body_names.update({n.lower(): n for n in _short_forms(text, list(body_names.values()))})
    for ent in ents_of(doc):  # 'AUSTRALIAN' of 'Australian Meat Corp' is an adjective in a headline
        if ent.label_ in ("GPE", "NORP", "LOC") and not _acts_as_company(text, ent.text):
            body_names.pop(ent.text.lower(), None)  # (but 'Storehouse ordinary shares' say a company)
    added = []
    for number, line_start in enumerate(starts):
        if not capitals[number]:
            continue
        line_end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
        spans = [
            _before_ticker(text, line_start, m.start(), body_names)
            for m in _TICKER.finditer(text, line_start, line_end)
        ]
        line = text[line_start:line_end]
        for name in sorted((n for n in body_names if len(n) >= 3), key=len, reverse=True):
            if not _may_match_ignoring_case(name, line):
                continue
            pattern = re.compile(rf"(?<![\w&.-]){re.escape(name)}(?![\w&-])", re.IGNORECASE)
            spans += [m.span() for m in pattern.finditer(text, line_start, line_end)]
        for span in spans:
            if span is None or occupied.overlaps(*span):
                continue
            added.append(OrgSpan(span[0], span[1], text[span[0] : span[1]], span[0]))
            occupied.add(*span)
    return added


def _before_ticker(text: str, line_start: int, ticker: int, body_names: dict[str, str]) -> tuple[int, int] | None:
    words = list(re.finditer(r"\S+", text[line_start:ticker]))
    run: list[re.Match] = []
    for word in reversed(words):
        token = word.group()
        if not _CAPITAL_WORD.match(token) or token.lower().strip(".") in STOP_WORDS or len(run) == 4:
            break
        run.insert(0, word)
    if not run:
        return None
    for first in range(len(run)):  # the longest tail the body writes as a name
        name = text[line_start + run[first].start() : line_start + run[-1].end()]
        if name.lower() in body_names or _named_in_body(text, name):
            return line_start + run[first].start(), line_start + run[-1].end()
    if len(run) <= 3:
        return line_start + run[0].start(), line_start + run[-1].end()
    return None


def _in_capitals_line(doc: Doc, start: int, end: int) -> bool:
    """Whether the span sits on a line written in capitals (a wire headline)."""
    starts, capitals = per_doc(doc, "capitals_lines", _capitals_lines)
    line = bisect_right(starts, start) - 1
    return capitals[line]


def _capitals_lines(doc: Doc) -> tuple[list[int], list[bool]]:
    """Each line's first offset, and whether the line is in capitals (over 90% of at least 8 letters)."""
    starts, capitals, offset = [], [], 0
    for line in text_of(doc).split("\n"):
        letters = sum(map(str.isalpha, line))  # map, not a generator: a third of the time, the same counts
        upper = sum(map(str.isupper, line))
        starts.append(offset)
        capitals.append(letters >= 8 and upper / letters > 0.9)
        offset += len(line) + 1
    return starts, capitals


_named_in_text: tuple[str, dict[str, bool]] | None = None  # the last text read, and its answers by name


def _named_in_body(text: str, name: str) -> bool:
    """Whether the article's running text writes this name as a name, capitalised and not in capitals
    ('DEAN FOODS' ... 'Dean Foods'; but 'OFFER' ... 'offer' is a word). Each name is looked for once per
    text (issue 18: a page of capitals repeating its names searched the whole text for every mention)."""
    global _named_in_text
    cache = _named_in_text  # one read: another thread (Dask) may replace it, never corrupt this one
    if cache is None or cache[0] is not text:
        cache = _named_in_text = (text, {})
    known = cache[1]
    if name not in known:
        known[name] = _search_named_in_body(text, name)
    return known[name]


def _search_named_in_body(text: str, name: str) -> bool:
    if not _may_match_ignoring_case(name, text):
        return False
    pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
    return any(
        not found.isupper() and all(word[:1].isupper() for word in found.split() if len(word) > 3)
        for found in (m.group() for m in re.finditer(pattern, text, re.IGNORECASE))
    )


def _may_match_ignoring_case(name: str, text: str) -> bool:
    """False only where a case-insensitive search for `name` cannot match in `text`: both are ASCII (so
    cases fold as `str.lower` folds them) and the lowercase name is not in the lowercase text. It spares
    compiling a pattern per name and article, which also pushed the rules' fixed patterns out of `re`'s cache.

    >>> _may_match_ignoring_case("Dean Foods", "DEAN FOODS <DF> BUYS"), _may_match_ignoring_case("Acme", "ACM")
    (True, False)
    """
    return not (name.isascii() and text.isascii()) or name.lower() in text.lower()


def _defined_acronyms(text: str, found: list[OrgSpan], taken) -> list[OrgSpan]:
    """'Sumitomo Mitsui Banking Corporation (SMBC)': the acronym in parentheses is a mention too."""
    added = []
    starts = {o.start for o in found}
    for org in found:
        match = _ACRONYM_IN_PARENS.match(text, org.end)
        if not match:
            continue
        start, end = match.span("acronym")
        if start in starts or taken.overlaps(start, end):
            continue
        added.append(OrgSpan(start, end, match.group("acronym")))
    return added


def _repeated_names(doc: Doc, found: list[OrgSpan], taken, rules: frozenset[str]) -> list[OrgSpan]:
    """Later (or earlier) occurrences of a name the article uses for an organization, where the model
    missed them: the same string, case-sensitive, on word edges, not inside another entity."""
    text = text_of(doc)
    names = {org.name for org in found if _worth_propagating(org.name)}
    names |= _capitalised_spellings(doc, found)
    with_article = {org.name for org in found if org.name != org.text}
    place_words = {e.text for e in ents_of(doc) if e.label_ in ("GPE", "NORP", "LOC")}
    short_forms = set()
    if "short_forms" in rules:
        forms = _short_forms(text, [org.name for org in found]) - names
        acting = {form for form in forms if _acts_as_company(text, form)}
        short_forms = (forms - place_words) | acting
    else:
        acting = set()
    names |= short_forms
    if not names:
        return []
    # The model tagged the name ORG somewhere; elsewhere it may have called the same string a PERSON or a
    # GPE ('Yukos'): the article's one name wins. Dates, numbers and quantities keep their spans.
    occupied = _occupied(doc, found, taken)
    pattern = re.compile(
        r"(?<![\w&.-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w&-])"
    )
    # A short form may take over a span the model gave another label only where that span is exactly the
    # word and the label is not a place or nationality ('Lumen' tagged PERSON, but never 'Korea').
    entities = Coverage(
        len(text),
        [
            (e.start_char, e.end_char)
            for e in ents_of(doc)
            if e.text not in short_forms
            or (e.label_ not in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC") and e.text not in acting)
        ],
    )
    added = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if occupied.overlaps(start, end):
            continue
        if "instrument_name" in rules and match.group() in _INSTRUMENT_ISSUERS and _INSTRUMENT_AFTER.match(text, end):
            continue  # 'the Treasury said' is the department, 'the 30-year Treasury bond' an instrument
        if match.group() in short_forms and (
            (entities.overlaps(start, end) and not _acting_over_a_part(doc, match.group(), start, end, acting))
            or re.match(r"\s+[A-Z]", text[end : end + 2])
        ):
            continue  # a short form never overrides the model, nor starts another name ('San Miguel')
        span_start = start
        article = re.search(r"(?i)\bthe\s+$", text[max(0, start - 8) : start])
        if match.group() in with_article and article:
            span_start = start - len(article.group())
        added.append(OrgSpan(span_start, end, text[span_start:end], start))
        occupied.add(start, end)
    return added


def _acting_over_a_part(doc: Doc, form: str, start: int, end: int, acting: set[str]) -> bool:
    """Whether a short form of several words that the article uses as a company ('Alcan New Zealand
    shareholders') overlaps only the model's names inside it ('New Zealand'), which it then takes over."""
    if form not in acting or " " not in form:
        return False
    inside = [e for e in ents_of(doc) if e.start_char < end and start < e.end_char]
    return all(start <= e.start_char and e.end_char <= end and e.end_char - e.start_char < end - start for e in inside)


def _capitalised_spellings(doc: Doc, found: list[OrgSpan]) -> set[str]:
    """'Lilco' where the running text also writes 'LILCO' for the company: a one-word name of four letters or more
    found in capitals outside a headline, spelt with only its first letter capitalised, is the same name."""
    text = text_of(doc)
    spellings = set()
    for org in found:
        name = org.name
        if len(name) >= 4 and name.isalpha() and name.isupper() and not _in_capitals_line(doc, org.start, org.end):
            spelling = name.capitalize()
            if re.search(rf"(?<![\w.-]){spelling}(?![\w-])", text):
                spellings.add(spelling)
    return spellings


def _acts_as_company(text: str, name: str) -> bool:
    """Whether the article writes the name where only a company fits: 'X shares', "X's board", 'shares in
    X' (`actor_cues`). Then a short form the model calls a place ('Skerryvane', 'Tokiwa') is the company."""
    cues = _table()["actor_cues"]
    at = text.find(name)  # the cues are tried beside each place the name is written, not over the whole text
    while at >= 0:
        end = at + len(name)
        if any(text.startswith(cue, end) for cue in cues["after"]) or any(
            text.endswith(cue, 0, at) for cue in cues["before"]
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _short_forms(text: str, names: list[str]) -> set[str]:
    """The leading word of a longer name ('Harborline' of 'Harborline Freight Corp'), when the article uses
    it on its own, it names no other organization, and it is not a common word: a capitalised word the
    article never writes in lower case."""
    firsts: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 3:
            firsts.setdefault(words[0], set()).add(name_key(name))  # 'Storehouse PLC' and 'Storehouse Plc': one
    forms = set()
    for word, owners in firsts.items():
        parent = min(owners, key=len)  # 'Tokiwa Holdings' and its unit 'Tokiwa Frontier Ventures': the parent's
        of_parent = all(o == parent or o.startswith(parent + " ") for o in owners)
        if len(owners) > 1 and len({" ".join(o.split()[:2]) for o in owners}) > 1 and not of_parent:
            continue  # 'Bank' of 'Bank of Japan' and 'Bank of America'
        lower = word.lower()
        if lower in _table()["generic_words"] or lower in STOP_WORDS or not word.isalpha():
            continue
        if lower in text and re.search(rf"(?<![\w.]){re.escape(lower)}(?!\w)", text):
            continue
        forms.add(word)
    return forms | _core_names(names) | _partners_short_forms(text, names)


def _partners_short_forms(text: str, names: list[str]) -> set[str]:
    """'Welsh Carson' of 'Welsh, Carson, Anderson and Stowe IV': a firm named after its partners, the names
    parted by commas, goes by its first two names without the comma, where the article writes them so."""
    forms = set()
    for name in names:
        partners = re.match(r"([A-Z][\w'-]+), ([A-Z][\w'-]+),? (?:[A-Z]|and |& )", name)
        if partners:
            form = f"{partners.group(1)} {partners.group(2)}"
            if re.search(rf"(?<![\w.-]){re.escape(form)}(?![\w-])", text):
                forms.add(form)
    return forms


def _core_names(names: list[str]) -> set[str]:
    """A name without its trailing legal suffix or industry word, when two or more capitalised words are
    left: 'Northern Crest' of 'Northern Crest Energy', 'Lung Fai' of 'Lung Fai Holdings'."""
    table = _table()
    trailing = _trailing_words()
    cores = set()
    for name in names:
        words = name.split()
        while len(words) > 2 and words[-1].lower().strip(",") in trailing:
            words = words[:-1]
        shortened = len(words) >= 2 and len(words) < len(name.split()) and all(w[:1].isupper() for w in words)
        if shortened and not all(w.lower() in table["generic_words"] or w.lower() in STOP_WORDS for w in words):
            cores.add(" ".join(words))
    return cores


@cache
def _trailing_words() -> frozenset[str]:
    table = _table()
    keys = ("legal_suffixes", "weak_suffixes", "company_suffixes", "industry_words")
    return frozenset(w.lower() for key in keys for w in table[key])


def _worth_propagating(name: str) -> bool:
    """A name distinctive enough to find by its string: capitalised, not a generic word."""
    words = name.lower().split()
    if len(words) == 1 and (words[0] in _table()["generic_words"] or len(name) < 2):
        return False
    return name[0].isupper() or name[0].isdigit()


@cache
def _table() -> dict:
    return load_table("orgs")


@cache
def _honorific() -> re.Pattern[str]:
    """A person's title opening a name ('Mr Ebbers', 'Dame Sharon White'), from `person_titles`."""
    titles = "|".join(re.escape(t) for t in sorted(_table()["person_titles"], key=len, reverse=True))
    return re.compile(rf"^(?:{titles})\.?\s")
