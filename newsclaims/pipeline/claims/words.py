"""Lemmas and the claim word tables (`rules/claims.json`).

spaCy's English models fill `lemma_` with their rule lemmatizer. newsclaims loads it but does not run it
over every token (`model.py`): the claim rules ask for the lemmas of a handful of tokens around each
quantity, so `lemma` calls the lemmatizer on those alone. Without a lemmatizer (a blank pipeline, or one
that lacks it), English endings are stripped until a form is found in the table being asked.
"""

from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

from newsclaims.tables import load_table

Lemmatize = Callable[[Token], str]


def table() -> dict:
    """The claim word tables."""
    return load_table("claims")


@cache
def word_set(name: str) -> frozenset[str]:
    """A list of `rules/claims.json` as a set."""
    return frozenset(table()[name])


def lemma(token: Token, lemmatize: Lemmatize | None = None) -> str:
    """The token's lemma, lower case: from the Doc, else from `lemmatize`, else its lower-case form."""
    if token.lemma_:
        return token.lemma_.lower()
    if lemmatize is not None:
        return lemmatize(token).lower()
    return token.lower_


def lemma_in(token: Token, words: Iterable[str], lemmatize: Lemmatize | None = None) -> str | None:
    """The member of `words` the token is a form of, or None ('invested' -> 'invest')."""
    words = words if isinstance(words, (set, frozenset, dict)) else frozenset(words)
    base = lemma(token, lemmatize)
    if base in words:
        return base
    for form in _stripped_forms(token.lower_):
        if form in words:
            return form
    return None


# past forms that stripping an ending does not reach
_IRREGULAR = {
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "said": "say",
    "told": "tell",
    "lent": "lend",
    "paid": "pay",
    "spent": "spend",
    "sold": "sell",
    "bought": "buy",
    "made": "make",
    "lost": "lose",
    "held": "hold",
    "grew": "grow",
    "grown": "grow",
    "sank": "sink",
    "took": "take",
    "brought": "bring",
    "came": "come",
    "stood": "stand",
    "hit": "hit",
    "wrote": "write",
    "written": "write",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "ran": "run",
    "shrank": "shrink",
    "swelled": "swell",
    "won": "win",
    "gave": "give",
    "saw": "see",
}


@lru_cache(maxsize=16_384)  # the rules ask for the same few words' forms against many tables
def _stripped_forms(word: str) -> tuple[str, ...]:
    """Candidate bases of an inflected English word, for when no lemmatizer is at hand."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            forms += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # 'cutting' -> 'cut'
    if word in _IRREGULAR:
        forms.append(_IRREGULAR[word])
    return tuple(forms)


def rule_lemmatizer(nlp) -> Lemmatize | None:
    """A per-token lemmatizer from the pipeline's `lemmatizer` component, run or not; None without one."""
    if "lemmatizer" not in getattr(nlp, "component_names", ()):
        return None
    component = nlp.get_pipe("lemmatizer")
    rule_lemmatize = getattr(component, "rule_lemmatize", None)
    lookup_lemmatize = getattr(component, "lookup_lemmatize", None)
    mode = getattr(component, "mode", "rule")
    method = rule_lemmatize if mode == "rule" else lookup_lemmatize
    if method is None:
        return None
    if mode == "rule":
        method = IndexedRuleLemmatizer.of(component) or method

    known: dict[tuple[str, str, str], str] = {}  # the rules read the form, its tag and part of speech only

    def lemmatize(token: Token) -> str:
        key = (token.lower_, token.tag_, token.pos_)
        if key in known:
            return known[key]
        if mode == "rule" and not token.pos_:
            found = token.lower_
        else:
            try:
                forms = method(token)
            except (KeyError, ValueError):  # tables missing for this language
                forms = []
            found = forms[0] if forms else token.lower_
        if len(known) < 100_000:
            known[key] = found
        return found

    return lemmatize


class IndexedRuleLemmatizer:
    """spaCy's `Lemmatizer.rule_lemmatize` with each part of speech's word index as a set: the component keeps
    it as a list (57,000 nouns), and asks it for every form a rule makes of a word it has not seen, so each new
    word cost up to a millisecond (a quarter of the claim rules' time on 400 stories). The same steps on the same
    tables, in the same order; used only where the component's own method is spaCy's (`of`); test_words.py
    compares the two on every token of the corpus."""

    def __init__(self, component) -> None:
        self._component = component
        self._tables: dict[str, tuple[frozenset[str], dict, list, bool]] = {}

    @classmethod
    def of(cls, component) -> "IndexedRuleLemmatizer | None":
        """One for the component, or None when its rule lemmatizing is not spaCy's own."""
        if type(component).rule_lemmatize is not Lemmatizer.rule_lemmatize:
            return None
        return cls(component)

    def _of_pos(self, univ_pos: str) -> tuple[frozenset[str], dict, list, bool]:
        if univ_pos not in self._tables:
            lookups = self._component.lookups
            index = lookups.get_table("lemma_index", {}).get(univ_pos)
            exceptions = lookups.get_table("lemma_exc", {}).get(univ_pos)
            rules = lookups.get_table("lemma_rules", {}).get(univ_pos)
            self._tables[univ_pos] = (
                frozenset(index or ()),
                exceptions or {},
                rules or [],
                any((index, exceptions, rules)),
            )
        return self._tables[univ_pos]

    def __call__(self, token: Token) -> list[str]:
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return [string.lower()]
        if self._component.is_base_form(token):
            return [string.lower()]
        index, exceptions, rules, known = self._of_pos(univ_pos)
        if not known:
            return [string] if univ_pos == "propn" else [string.lower()]
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms
