"""The phrase lists of the checks (`words.json`), each as one whole-word pattern."""

import json
import re
from functools import cache
from pathlib import Path

_FILE = Path(__file__).with_name("words.json")


@cache
def phrase_lists() -> dict[str, list[str]]:
    """Every list of words.json by name."""
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    return {name: words for name, words in data.items() if not name.startswith("_")}


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
