"""Scale words ('million', 'mln', 'bn', 'crore', the 'm' of '$5m') by name and factor, from `scales.json`.

The pipeline reads the same table to normalize amounts; the checker reads it here to tell which scale word
a figure was written with, so that a 'million'/'billion' swap is seen whatever the spelling ('$4.5 mil',
'4.5 MM', 'Rs 45 lac').
"""

import re
from functools import cache

from newsclaims.tables import load_table

# The name of each factor a scale word can have: what a message says ("'million' and 'billion' look swapped").
SCALE_NAMES = {1e3: "thousand", 1e5: "lakh", 1e6: "million", 1e7: "crore", 1e9: "billion", 1e12: "trillion"}


@cache
def scale_words() -> dict[str, float]:
    """Every written scale form -> its factor: loose words ('bn') and forms written against the number ('m')."""
    table = load_table("scales")
    return {**table["words"], **table["attached_only"]}


@cache
def scale_pattern() -> re.Pattern[str]:
    """The first scale word of a figure's text: a loose word (group 1) or a letter against the number (group 2).

    >>> scale_pattern().search("$4.5 mil").group(1), scale_pattern().search("$5m").group(2)
    ('mil', 'm')
    """
    table = load_table("scales")
    words = "|".join(re.escape(w) for w in sorted(table["words"], key=len, reverse=True))
    attached = "|".join(re.escape(w) for w in sorted(table["attached_only"], key=len, reverse=True))
    return re.compile(rf"(?:\b|(?<=\d))({words})s?\b|(?<=\d)\s?({attached})\b")


def scale_ratio(a: str | None, b: str | None) -> float | None:
    """How many times scale `a` is scale `b`, for two scale names; None unless both are scales.

    >>> scale_ratio("billion", "million"), scale_ratio("crore", "lakh"), scale_ratio("million", None)
    (1000.0, 100.0, None)
    """
    factors = {name: factor for factor, name in SCALE_NAMES.items()}
    if a not in factors or b not in factors:
        return None
    return factors[a] / factors[b]


def scale_name(text: str) -> str | None:
    """The name of the first scale word in `text`, or None.

    >>> [scale_name(t) for t in ("$4.5 billion", "4.5 mln dlrs", "$4.5 mil", "Rs 45 lac", "12 MM", "$3", "$5m")]
    ['billion', 'million', 'million', 'lakh', 'million', None, 'million']
    >>> scale_name("650 MLN DLRS")  # a wire headline in capitals
    'million'
    """
    match = scale_pattern().search(text) or scale_pattern().search(text.lower())
    if match is None:
        return None
    return SCALE_NAMES.get(scale_words()[match.group(1) or match.group(2)])
