"""Changes told in words: 'first-quarter net income more than doubled', 'earnings climbed by nearly half',
'the company halved its dividend'.

A change is a verb of `rules/changes.json`: a multiplier ('doubled', 'tripled', 'halved'), or a rise or fall
verb followed by 'by' and a fraction ('rose by a third', 'fell by a quarter'), with the qualifier written
right before the multiplier or the fraction ('more than', 'nearly', 'about'). What changed (its measure) is
the verb's object when the verb has one ('Kessler doubled its dividend'), else its subject ('net income more
than doubled'); a change without a noun for its measure ('the company doubled in size') is no change here.

The words give a range of the ratio new/old (`factor_low`, `factor_high`): unqualified words allow a tenth of
the change either way ('doubled': 1.9 to 2.1; 'fell by a quarter': 0.725 to 0.775); 'about' three-twentieths;
'more than' opens the range past the factor ('more than doubled': 2 and up; 'more than halved': 0.5 and
down); 'nearly' closes it at the factor and allows a fifth of the change short of it ('nearly doubled': 1.8 to
2; 'climbed by nearly half': 1.4 to 1.5).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from newsclaims.pipeline.annotations import children_of, has_annotation, sentence_at, text_of
from newsclaims.pipeline.claims.attribute import phrase_key, rewrite
from newsclaims.pipeline.claims.kind import kind_of
from newsclaims.pipeline.claims.references import OrgIndex, refers_to
from newsclaims.pipeline.claims.words import Lemmatize, lemma_in
from newsclaims.pipeline.orgs.find import OrgSpan
from newsclaims.tables import load_table

Offsets = tuple[int, int]

_VERBS = ("VERB", "AUX")
_NOUNS = ("NOUN", "PROPN")
_MEASURE_DEPS = ("compound", "amod", "nmod")
_AUXILIARY_AT_END = re.compile(r"\b(?:has|have|had|was|were|is|are|been|be|will|would|could)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class ChangeFrame:
    """One change told in words, by character offsets into the Doc's text."""

    words: Offsets
    direction: str  # up | down
    factor_low: float | None
    factor_high: float | None
    measure: Offsets | None
    measure_key: str | None
    kind: str
    subject: Offsets | None  # an organization mention (its name)
    sentence: Offsets
    sentence_number: int  # the sentence's index in the Doc, from 0


@cache
def _rules() -> dict:
    return load_table("changes")


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    words = sorted(_rules()["qualifiers"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s+$", re.IGNORECASE)


@cache
def _by_fraction() -> re.Pattern[str]:
    qualifiers = sorted(_rules()["qualifiers"], key=len, reverse=True)
    fractions = sorted(_rules()["fractions"], key=len, reverse=True)
    return re.compile(
        r"\s+by\s+(?:(?P<qualifier>"
        + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in qualifiers)
        + r")\s+)?(?P<fraction>"
        + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in fractions)
        + r")\b",
        re.IGNORECASE,
    )


@cache
def _up_fraction() -> re.Pattern[str]:
    """'up a quarter', 'down by more than a third' after a headline's measure ('Vellmar turnover up a quarter')."""
    return re.compile(_by_fraction().pattern.replace(r"\s+by\s+", r"\s+(?:by\s+)?", 1), re.IGNORECASE)


_DIRECTIONS = {"up": True, "down": False}


@cache
def candidate_forms() -> frozenset[str]:
    """Word forms that may start or carry a change, found without the parse ('doubled', 'halving', 'by'
    before a fraction is looked for after a rise or fall verb): `parse_needs` asks for their sentences."""
    forms: set[str] = set()
    for word in _rules()["multipliers"]:
        stem = word[:-1] if word.endswith("e") else word
        forms |= {word, word + "s", word + "d", stem + "ing"}
    return frozenset(forms)


def change_sentence_candidates(doc: Doc) -> list[Offsets]:
    """Character spans of the words that may be a change: a multiplier's form, or 'by' before a fraction."""
    forms = candidate_forms()
    found = [(t.idx, t.idx + len(t.text)) for t in doc if t.lower_ in forms]
    pattern = _by_fraction()
    text = text_of(doc)
    found += [(t.idx, t.idx + 2) for t in doc if t.lower_ == "by" and pattern.match(text, t.idx - 1)]
    headline = _up_fraction()
    found += [
        (t.idx, t.idx + len(t.text))
        for t in doc
        if t.lower_ in _DIRECTIONS and headline.match(text, t.idx + len(t.text))
    ]
    return found


def find_changes(doc: Doc, orgs: list[OrgSpan], lemmatize: Lemmatize | None = None) -> list[ChangeFrame]:
    """The changes told in words in `doc`, in text order."""
    if not has_annotation(doc, "DEP"):
        return []
    rules = _rules()
    forms = candidate_forms()
    text = text_of(doc)
    index: OrgIndex | None = None
    frames = []
    headlines: list[tuple[Token, Token, int, int, float, tuple[float | None, float | None]]] = []
    last = len(doc) - 1
    for token in doc:
        # only a multiplier's form, or a verb with 'by' right after it, can start a change: the cheap test first
        multiplier = token.lower_ in forms
        if token.lower_ in _DIRECTIONS and token.i < last:
            # a headline's 'Vellmar turnover up a quarter': the measure is the word 'up' qualifies
            match = _up_fraction().match(text, token.idx + len(token.text))
            if match is not None and token.head.i != token.i and token.head.pos_ in (*_NOUNS, *_VERBS):
                part = _one_of(rules["fractions"], match.group("fraction"))
                factor = 1 + part if _DIRECTIONS[token.lower_] else 1 - part
                qualifier = _one_of(rules["qualifiers"], match.group("qualifier")) if match.group("qualifier") else None
                headlines.append((token.head, token, token.idx, match.end(), factor, _bounds(factor, qualifier)))
            continue
        if not multiplier and (token.i == last or doc[token.i + 1].lower_ != "by"):
            continue
        if token.pos_ not in _VERBS or any(c.dep_ == "neg" for c in children_of(token)):
            continue
        if multiplier:
            word = lemma_in(token, rules["multipliers"], lemmatize)
            if word is None:
                continue
            factor = rules["multipliers"][word]
            sentence_start = sentence_at(doc, token.i).start_char
            # 'has more than doubled': the qualifier before the verb (and its auxiliary)
            before = _AUXILIARY_AT_END.sub("", text[sentence_start : token.idx])
            match = _qualifier_pattern().search(before)
            qualifier = _one_of(rules["qualifiers"], match.group(1)) if match else None
            start = sentence_start + match.start(1) if match else token.idx
            frames.append((token, start, token.idx + len(token.text), factor, _bounds(factor, qualifier)))
            continue
        up = lemma_in(token, rules["rise_verbs"], lemmatize) is not None
        if not up and lemma_in(token, rules["fall_verbs"], lemmatize) is None:
            continue
        match = _by_fraction().match(text, token.idx + len(token.text))
        if match is None:
            continue
        part = _one_of(rules["fractions"], match.group("fraction"))
        factor = 1 + part if up else 1 - part
        qualifier = _one_of(rules["qualifiers"], match.group("qualifier")) if match.group("qualifier") else None
        frames.append((token, token.idx, match.end(), factor, _bounds(factor, qualifier)))
    changes = []
    starts = [s.start_char for s in doc.sents] if frames or headlines else []
    measured = [(_measure(token), token, start, end, factor, bounds) for token, start, end, factor, bounds in frames]
    measured += headlines
    for measure, token, start, end, factor, (low, high) in sorted(measured, key=lambda m: m[2]):
        if measure is None:
            continue
        if index is None:
            index = OrgIndex(doc, orgs, [s.start for s in doc.sents])
        words = _measure_words(measure)
        key = phrase_key(words, lemmatize)
        key = rewrite(key) if key is not None else None
        owner = _owner(token, measure, index, lemmatize)
        sentence = sentence_at(doc, token.i)
        changes.append(
            ChangeFrame(
                words=(start, end),
                direction="up" if factor > 1 else "down",
                factor_low=low,
                factor_high=high,
                measure=(words[0].idx, words[-1].idx + len(words[-1].text)),
                measure_key=key,
                kind=kind_of(key),
                subject=(max(owner.org.start, owner.org.name_start), owner.org.end) if owner is not None else None,
                sentence=(sentence.start_char, sentence.end_char),
                sentence_number=bisect_right(starts, sentence.start_char) - 1,
            )
        )
    return changes


def _one_of(table: dict, words: str):
    """The table's entry for words as written ('Two-thirds', 'more  than')."""
    return table[" ".join(words.lower().replace("-", " ").split())]


def _bounds(factor: float, qualifier: str | None) -> tuple[float | None, float | None]:
    """The range of new/old the words allow (see the module's docstring)."""
    change = factor - 1
    up = change > 0
    if qualifier == "above":
        return (factor, None) if up else (None, factor)
    if qualifier == "below":
        short = 1 + change * 0.8
        return (short, factor) if up else (factor, short)
    spread = 0.15 if qualifier == "about" else 0.1
    ends = sorted((1 + change * (1 - spread), 1 + change * (1 + spread)))
    return round(ends[0], 4), round(ends[1], 4)


def _measure(verb: Token) -> Token | None:
    """The noun whose change the verb tells: its object, else its subject (see the module's docstring)."""
    children = list(children_of(verb))
    for deps in (("dobj",), ("nsubj", "nsubjpass")):
        found = next((c for c in children if c.dep_ in deps), None)
        if found is not None:
            if found.pos_ not in _NOUNS or found.ent_type_ in ("ORG", "PERSON", "GPE"):
                if deps == ("dobj",):
                    continue
                return None  # 'Kessler doubled in size': the company is no measure
            return found
    return None


def _measure_words(noun: Token) -> list[Token]:
    """The noun with the words before it that say which measure ('first-quarter net income')."""
    keep = [noun]
    stack = [c for c in children_of(noun) if c.i < noun.i and c.dep_ in _MEASURE_DEPS]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in children_of(token) if c.i < noun.i and c.dep_ in (*_MEASURE_DEPS, "punct"))
    keep.sort(key=lambda t: t.i)
    at = keep.index(noun)
    start = at
    while start > 0 and keep[start - 1].i == keep[start].i - 1:
        start -= 1
    return keep[start : at + 1]


def _owner(verb: Token, measure: Token, index: OrgIndex, lemmatize: Lemmatize | None):
    """The organization whose measure it is: the measure's owner ('its profit', "Kessler's sales"), else the
    verb's subject when the measure is its object ('Kessler doubled its dividend')."""
    owner = next((c for c in children_of(measure) if c.dep_ == "poss"), None)
    if owner is not None:
        found = index.org_at(owner) or refers_to(owner, index, lemmatize)
        if found is not None:
            return found
    if measure.dep_ == "dobj":
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return index.org_at(subject) or refers_to(subject, index, lemmatize)
    return None
