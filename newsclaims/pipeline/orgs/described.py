"""Names the article itself says are organizations, whatever the model tagged them.

News introduces a company the reader may not know with a description: a business noun right before the
name ('German carmaker Brandauer', 'rating agency Crisil', 'its frozen desserts business, Sabden Creamery')
or in apposition after it ('Qiantang Cell Technology, a Chinese battery start-up'). A name read that way is
an organization, and `find._repeated_names` then finds it everywhere else in the article. The small model
often calls such names a person, a place or a product, or nothing at all.

Business nouns are listed in `rules/orgs.json` (`business_nouns`): nouns for bodies only, never for people
('investor', 'backer', 'founder' can be either, so they are not there).
"""

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from newsclaims.tables import load_table

_WORD = r"[A-Z][\w'\u2019.&-]*"
_JOINER = r"(?:&|and|of|de|du|von|van)(?=[ ][A-Z])"
_NAME = rf"{_WORD}(?:[ ](?:{_WORD}|{_JOINER})){{0,4}}"
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s?)$")


def described_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name a business noun describes, in text order."""
    found: list[tuple[int, int]] = []
    for pattern in (_before_pattern(), _after_pattern()):
        for match in pattern.finditer(text):
            if "modifiers" in pattern.groupindex and not _stop_word_free(match.group("modifiers")):
                continue  # 'a partner at the firm' describes a person
            start, end = _trimmed(text, *match.span("name"))
            if end > start and _plausible(text[start:end]):
                found.append((start, end))
    return sorted(set(found))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Without a possessive or a final point that ends the sentence ('Brandauer's' -> 'Brandauer')."""
    name = text[start:end]
    possessive = _POSSESSIVE_END.search(name)
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    while end > start and text[end - 1] in ".,'\u2019-" and not re.search(r"\b(?:[A-Z]\.)+$", text[start:end]):
        end -= 1
    return start, end


def _plausible(name: str) -> bool:
    """Not a title or a common word capitalised ('Chief Executive ...', 'The ...', 'Shares ...')."""
    words = name.split()
    first = words[0].lower().strip(".")
    table = load_table("orgs")
    if first in STOP_WORDS or first in {t.lower() for t in table["person_titles"]} or first in _TITLE_WORDS:
        return False
    if len(words) == 1 and (first in table["generic_words"] or first in table["never_alone"] or len(first) < 2):
        return False
    return not name.isupper() or len(name) <= 6  # a run of capitals is a headline, not a name


_TITLE_WORDS = frozenset(
    {
        "chief",
        "executive",
        "president",
        "chairman",
        "chairwoman",
        "director",
        "minister",
        "governor",
        "secretary",
        "senator",
        "analyst",
        "economist",
        "spokesman",
        "spokeswoman",
        "founder",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)


def _nouns() -> str:
    words = sorted(load_table("orgs")["business_nouns"], key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _before_pattern() -> re.Pattern[str]:
    """'carmaker Brandauer', 'its frozen desserts business, Sabden Creamery,'."""
    return re.compile(rf"(?<![\w-])(?:{_nouns()})(?:[ ]|,[ ](?=(?:{_NAME}),))(?P<name>{_NAME})")


@cache
def _after_pattern() -> re.Pattern[str]:
    """'Qiantang Cell Technology, a Chinese battery start-up,' (the noun heads its phrase: no 'at', 'of'
    before it, and nothing but punctuation or a clause after it)."""
    modifier = r"(?:[\w'\u2019-]+[ ]){0,4}?"
    after = r"(?=[,.;:)]|[ ](?:that|which|whose|based|owned|listed|controlled|with|in|and|from|for|to)\b)"
    return re.compile(
        rf"(?<![\w.])(?P<name>{_NAME}),[ ](?:a|an|the|its)[ ](?P<modifiers>{modifier})(?:{_nouns()}){after}"
    )


def _stop_word_free(modifiers: str) -> bool:
    """Whether an apposition's modifiers hold no function word."""
    return not any(word.lower() in STOP_WORDS for word in modifiers.split())
