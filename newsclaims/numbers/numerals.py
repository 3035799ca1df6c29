"""Read numbers as news writes them: '16,189', '13 009', '1.5', 'forty', 'twenty-five', 'one and a half'."""

import math
import re
import unicodedata
from functools import cache

from newsclaims.tables import load_table

# A digit group: '1,234,567', '13 009' (thin or normal space before 3 digits), '1.5', '.5', and the
# fractions of wire copy: '6-1/2' (6.5), '5/8' (0.625).
FRACTION = r"(?:\d{1,3}[- ])?\d{1,2}/\d{1,2}(?![\d/])"
VULGAR = "¼½¾⅛⅜⅝⅞⅓⅔"  # '4¾%'
GROUPED = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+)(?:\.\d+)?"
# European style, read only where it cannot be English: a decimal comma with one or two digits after it
# ('12,50 €', '1.200,50', '1 200,50'); '12,500' stays twelve thousand five hundred.
DECIMAL_COMMA = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+),\d{1,2}(?![\d,.])"
# thousands set off by points, as continental Europe writes them ('5.000.000 euros'); one group ('5.000') is
# as often a decimal and is left to GROUPED
DOTTED_THOUSANDS = r"\d{1,3}(?:\.\d{3}){2,}(?![\d,.])"
# a decimal point set off by spaces, as tokenized wire corpora write it ('6 . 2 %', '1 . 7200 marks'); running
# text never puts a space before a full stop
SPACED_DECIMAL = r"\d{1,3} \. \d+(?![\d,.])"
DIGITS = rf"{FRACTION}|\d{{0,3}}[{VULGAR}]|{SPACED_DECIMAL}|{DECIMAL_COMMA}|{DOTTED_THOUSANDS}|{GROUPED}|\.\d+"


@cache
def _word_values() -> dict[str, float]:
    table = load_table("number_words")
    values: dict[str, float] = {}
    for group in ("units", "tens", "multipliers", "fractions"):
        values.update({word: float(value) for word, value in table[group].items()})
    values.update({article: 1.0 for article in table["articles"]})
    return values


@cache
def number_words_pattern() -> str:
    """Regex for a run of number words ('forty', 'twenty-five', 'one hundred and five', 'half a').

    'a'/'an' start a number only before a scale or fraction word ('a billion', 'a half'); elsewhere it is
    the article ('a 13% stake').
    """
    table = load_table("number_words")
    words = sorted(_word_values(), key=len, reverse=True)
    word = r"(?:" + "|".join(re.escape(w) for w in words) + r")"
    content = [w for w in words if w not in table["articles"] and w not in table["fractions"]]
    fractions = "|".join(re.escape(w) for w in sorted(table["fractions"], key=len, reverse=True))
    # A fraction opens a number only as 'half a ...' or 'half percentage point': 'the fourth quarter to
    # 5.6%' and 'cut in half to 39 dlrs' hold no number.
    first = (
        r"(?:"
        + "|".join(re.escape(w) for w in content)
        + r"|(?:"
        + fractions
        + r")(?=[\s-]+(?:an?|of\s+an?|percentage)\b))"
    )
    followers = [*load_table("scales")["words"], *table["multipliers"], *table["fractions"]]
    article = r"(?:an?(?=\s+(?:" + "|".join(re.escape(w) for w in followers) + r")\b))"
    digit = "|".join(_DIGIT_WORDS)
    # a decimal read aloud: 'fifteen point five', 'one point three five'
    decimals = rf"(?:\s+point(?:\s+(?:{digit}))+)?"
    # 'a quarter of a million', 'half of a percentage point': 'of' joins a fraction to its article
    of_article = "|".join(
        rf"(?<={re.escape(f)})\s+of(?=\s+an?\b)" for f in [*table["fractions"], *table["plural_fractions"]]
    )
    plural = "|".join(re.escape(f) for f in table["plural_fractions"])
    word = rf"(?:{word}|(?:{plural})(?=\s+of\s+an?\b))"
    run = rf"(?:(?:[\s-]+|\s+and\s+|(?:{of_article})[\s-]+){word})*"
    content_word = r"(?:" + "|".join(re.escape(w) for w in content) + r")"
    inner = r"(?:" + "|".join(re.escape(w) for w in sorted(table["inner_scales"], key=len, reverse=True)) + r")"
    # groups after a scale word: 'three million two hundred thousand', 'twenty-one thousand and twelve'; an
    # 'and' joins a group only when no scale follows it ('between one million and two million' is a range)
    groups = (
        rf"(?:(?:\s+{inner}[\s-]+{content_word}{run}(?!\s+and\s+{content_word}))+(?:\s+{inner}\b)?"
        rf"|\s+{inner}\s+and\s+{content_word}{run}(?![\s-]+(?:{word}|{inner})\b))?"
    )
    opening = first_letters([*content, *table["fractions"], "a"])
    return rf"(?i:\b{opening}(?:{first}|{article}){run}{groups}{decimals}\b)"


def first_letters(forms) -> str:
    """A lookahead for the first characters of `forms`, to write right before their alternation (in the same
    case rule): the regex engine tries an alternation's forms one by one, so a place where none can start is
    turned away by one test instead of one per form (a third of the quantity phrase search over a text).

    >>> first_letters(["million", "mln", "bn"])
    '(?=[bm])'
    """
    return "(?=[" + "".join(sorted({re.escape(form[0]) for form in forms})) + "])"


_DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DIGIT_WORDS |= {"eight": 8, "nine": 9}


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words, or None.

    >>> parse_number("16,189")
    16189.0
    >>> parse_number("13 009")
    13009.0
    >>> parse_number("twenty-five")
    25.0
    >>> parse_number("one and a half")
    1.5
    >>> parse_number("half a")
    0.5
    >>> parse_number("a half")
    0.5
    >>> parse_number("a")
    1.0
    >>> parse_number("12 34") is None
    True
    >>> parse_number("two two") is None
    True
    >>> parse_number("6-1/2"), parse_number("5/8"), parse_number("13/16")
    (6.5, 0.625, 0.8125)
    >>> parse_number("8/5") is None
    True
    >>> parse_number("4¾")
    4.75
    >>> parse_number("-0.3"), parse_number("−1.2")
    (-0.3, -1.2)
    >>> parse_number("6 . 2")
    6.2
    >>> parse_number("1.200,50"), parse_number("12,50"), parse_number("12,500"), parse_number("5.000.000")
    (1200.5, 12.5, 12500.0, 5000000.0)
    """
    text = text.strip()
    if text[:1] in ("-", "−") and (text[1:2] in "0123456789." and text[1:2] != ""):
        value = parse_number(text[1:])
        return -value if value is not None else None
    if not text:
        return None
    if text[-1] in VULGAR and re.fullmatch(r"[0-9]*", text[:-1]):  # not '²¼': str.isdigit takes superscripts
        return float(text[:-1] or 0) + unicodedata.numeric(text[-1])
    fraction = re.fullmatch(r"(?:(\d{1,3})[- ])?(\d{1,2})/(\d{1,2})", text)
    if fraction:
        whole, numerator, denominator = fraction.groups()
        if int(denominator) == 0 or int(numerator) >= int(denominator):
            return None
        return int(whole or 0) + int(numerator) / int(denominator)
    if not text.isascii() and any(c.isdigit() and not "0" <= c <= "9" for c in text):
        return None  # digits of other scripts ('𝟎', '²') are no amount a newsroom writes
    if re.fullmatch(DOTTED_THOUSANDS, text):
        return float(text.replace(".", ""))
    if re.fullmatch(DECIMAL_COMMA, text):
        return float(re.sub(r"[.\s\u00a0\u202f]", "", text).replace(",", "."))
    if re.fullmatch(DIGITS, text):
        return float(re.sub(r"[,\s\u00a0\u202f]", "", text))
    return _parse_number_words(text)


def _parse_number_words(text: str) -> float | None:
    """The value of number words, a decimal read aloud included.

    >>> _parse_number_words("fifteen point five"), _parse_number_words("one point three five")
    (15.5, 1.35)
    """
    words, point, decimals = text.lower().partition(" point ")
    if point:
        digits = decimals.split()
        whole = _parse_number_words(words)
        if whole is None or not digits or any(d not in _DIGIT_WORDS for d in digits):
            return None
        return whole + float("0." + "".join(str(_DIGIT_WORDS[d]) for d in digits))
    table = load_table("number_words")
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    # 'a quarter of a': the 'of' joins the fraction to its article
    fractions = {**table["fractions"], **table["plural_fractions"]}
    tokens = [t for i, t in enumerate(tokens) if not (t == "of" and i and tokens[i - 1] in fractions)]
    inner = [i for i, t in enumerate(tokens) if t in table["inner_scales"]]
    if inner == [len(tokens) - 1]:
        return None  # 'two hundred thousand': a number and a scale word, which the quantity grammar reads
    if inner:
        return _parse_scaled_groups(tokens, inner)
    values = {**_word_values(), **table["plural_fractions"]}
    if not tokens or any(t not in values for t in tokens):
        return None
    total = 0.0
    current = 0.0
    previous = None
    for position, token in enumerate(tokens):
        value = values[token]
        # 'two two', 'twenty forty', 'five twenty' are not one number.
        if previous in table["units"] and token in {**table["units"], **table["tens"]}:
            return None
        if previous in table["tens"] and token in table["tens"]:
            return None
        previous = token
        if token in fractions:
            # 'half a' -> 0.5; 'one and a half' -> 1 + 0.5; 'two and a half' -> 2.5.
            if position + 1 < len(tokens) and tokens[position + 1] in ("a", "an"):
                current = (current or 1.0) * value
                break
            current = current + value if current else value
        elif token == "hundred":
            current = (current or 1.0) * 100
        elif token == "dozen":
            current = (current or 1.0) * 12
        elif token in ("a", "an"):
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if current or following in fractions:  # 'one and a half', 'a half': the 'a' belongs to the fraction
                continue
            current = 1.0
        else:
            current += value
    total += current
    return total


def _parse_scaled_groups(tokens: list[str], inner: list[int]) -> float | None:
    """A number in words with scale words inside, each group before a smaller scale.

    >>> _parse_scaled_groups("three million two hundred thousand".split(), [1, 4])
    3200000.0
    >>> _parse_scaled_groups("two thousand three million".split(), [1, 3]) is None
    True
    """
    scales = load_table("scales")["words"]
    total, start, previous = 0.0, 0, math.inf
    for index in inner:
        scale = scales[tokens[index]]
        group = _parse_number_words(" ".join(tokens[start:index])) if index > start else None
        if group is None or scale >= previous:
            return None
        total += group * scale
        start, previous = index + 1, scale
    if start < len(tokens):
        rest = _parse_number_words(" ".join(tokens[start:]))
        if rest is None or rest >= previous:
            return None
        total += rest
    return total
