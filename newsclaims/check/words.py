"""The phrase lists of the checks (`rules/words.json`, table `check_words`), each as one whole-word pattern."""

import re
from functools import cache

from newsclaims.tables import load_table


@cache
def phrase_lists() -> dict[str, list[str]]:
    """Every list of rules/words.json by name."""
    return load_table("check_words")


@cache
def phrases(name: str) -> str:
    """The list `name` as a regex alternation of whole words and phrases, longest first.

    >>> re.search(phrases("parts"), "a package, of which $3 billion").group()
    'of which'
    """
    words = sorted(phrase_lists()[name], key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b"


def pattern(name: str) -> re.Pattern[str]:
    """The list `name` compiled, case-insensitive."""
    return re.compile(phrases(name), re.IGNORECASE)
