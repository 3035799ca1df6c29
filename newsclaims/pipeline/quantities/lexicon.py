"""Split the text of a quantity span into typed pieces, using the rule tables.

'up to US$4.7 billion' -> [qualifier at_most] [currency USD] [number 4.7] [scale 1e9]. The money and
percent parsers read these pieces; they never see raw characters. The regex is assembled once, here,
from the tables in `rules/`, longest alternatives first so 'US$' wins over '$'.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from newsclaims.numbers.numerals import DIGITS, first_letters, number_words_pattern, parse_number
from newsclaims.tables import load_table


@dataclass(frozen=True)
class Piece:
    """One lexed piece of a quantity: kind is number, scale, currency, minor, percent, qualifier,
    connector, plus (a suffix qualifier), sign (a minus before a currency sign) or determiner."""

    kind: str
    text: str
    start: int
    end: int
    value: float | str | None = None
    extra: float | str | None = None


_SIGN_WORD = r"(?i:\b(?:minus|negative)\s+)(?=[\d.a-z])"
_SIGN_WORD_RE = re.compile(_SIGN_WORD)


def _alternation(forms, *, ignore_case: bool) -> str:
    """Any of `forms`, longest first, not inside a longer word (a digit may touch it: '20m', '5bn')."""
    escaped = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)]
    flags = "(?i:" if ignore_case else "(?:"
    return rf"{flags}(?<![^\W\d_]){first_letters(forms)}(?:{'|'.join(escaped)})(?![^\W\d_]))"


@cache
def _parts() -> dict[str, str]:
    """Regex of each kind of piece, assembled from the rule tables."""
    currencies = load_table("currencies")
    scales = load_table("scales")
    qualifiers = load_table("qualifiers")
    percent_units = load_table("percent_units")["units"]

    def currency_group(forms, after_number=False):
        # Codes and symbols are matched as written (USD, Rs, C$); words ignore case (Dollars, EUROS).
        words = [f for f in forms if _is_currency_word(f)]
        symbols = [f for f in forms if f not in words]
        parts = []
        if words:
            parts.append(_alternation(words, ignore_case=True))
        if symbols:
            # Symbols may touch a number ('US$4.7', 'USD34.6'), so only a letter before them is a stop.
            touching = set(currencies["prefix_touching"]["forms"])  # 'P3.1 billion', never 'P 2 billion'
            escaped = [
                re.escape(f).replace(r"\ ", r"\s?") + (r"(?=\d)" if f in touching else "")
                for f in sorted(symbols, key=len, reverse=True)
            ]
            # After a number, a symbol written against the next number is that number's ('£40m-£50m'); one
            # with a space after it ends its own amount ('10 $ 30 $': two amounts).
            following = r"(?![a-z]|[-−]?\.?\d)" if after_number else r"(?![a-z])"
            opening = first_letters(symbols)
            parts.append(r"(?:(?<![A-Za-z])" + opening + "(?:" + "|".join(escaped) + r")" + following + ")")
        return "(?:" + "|".join(parts) + ")"

    codes = currencies["iso_codes"]
    attributive = [f for f in currencies["attributive"] if not f.startswith("_")]
    prefix_forms = {**{code: code for code in codes}, **currencies["prefix"]}
    suffix_forms = {**{code: code for code in codes}, **_suffix_forms()}
    attached = "|".join(re.escape(f) for f in sorted(scales["attached_only"], key=len, reverse=True))
    lower_words = [w for w in scales["words"] if w.islower()]
    sign = f"(?:{_SIGN_WORD})?"
    return {
        "qualifier_suffix": "(?:" + "|".join(re.escape(f) for f in qualifiers["suffix"]) + r")(?![^\W\d_])",
        "percent": _percent_units_pattern(percent_units),
        "minor": "(?:"
        + _alternation(currencies["minor"], ignore_case=True)
        + "|(?<=\\d)(?:"
        + "|".join(re.escape(f) for f in currencies["attached_minor"])
        + r")(?![^\W\d_]))",
        # detection reads an attributive word ('a 60 mln mark price') only before a noun; the lexer then reads the
        # phrase found without what follows it
        "currency_word": "(?:"
        + currency_group(suffix_forms, after_number=True)
        + "|"
        + _alternation(attributive, ignore_case=True)
        + _BEFORE_A_NOUN
        + ")",
        "currency_word_in_phrase": "(?:"
        + currency_group(suffix_forms, after_number=True)
        + "|"
        + _alternation(attributive, ignore_case=True)
        + ")",
        "currency": currency_group(prefix_forms),
        # '-$3 million', 'minus $5', 'negative €2bn': a sign before the currency sign reads like one before the number
        "money_sign": r"(?:(?:(?:^|(?<=[\s(]))[-−]|(?i:\b(?:minus|negative)\s+))(?="
        + currency_group(prefix_forms)
        + r"))",
        "qualifier": _alternation(qualifiers["prefix"], ignore_case=True),
        "scale": "(?:"
        + _alternation([w for w in scales["words"] if not w.islower()], ignore_case=False)
        + "|"
        + _alternation(lower_words, ignore_case=True)
        + ")",
        # 'K', 'm', 'bn' written against the number: '$54K', '€20m'. Only right after a digit.
        "scale_attached": rf"(?<=\d)(?:{attached})(?![^\W\d_])",
        # A minus sign counts only where it cannot be a range dash: at the start or after a space ('-0.3%',
        # 'between -1% and 2%'), never in '10-15%'.
        # 'minus five percent', 'negative 0.3%': a sign written as a word reads like the sign
        "numeral": rf"{sign}(?:(?:(?:^|(?<=\s))[-−](?=\.?\d))?(?:{DIGITS})(?![\d]|[.,]\d)|{number_words_pattern()})",
        "number": rf"{sign}(?:(?<![\w.,])(?:[-−](?=\.?\d))?(?:{DIGITS})(?![\d]|[.,]\d)|{number_words_pattern()})",
    }


@cache
def _lexer() -> re.Pattern[str]:
    parts = _parts()
    spec = [
        ("qualifier_suffix", parts["qualifier_suffix"]),
        ("sign", parts["money_sign"]),
        ("percent", parts["percent"]),
        ("minor", parts["minor"]),
        # Prefix forms first: 'AUD$' must not stop at the code 'AUD'.
        ("currency", parts["currency"]),
        ("currency_suffix_word", parts["currency_word_in_phrase"]),
        ("qualifier", parts["qualifier"]),
        ("scale", parts["scale"]),
        ("scale_attached", parts["scale_attached"]),
        ("number", parts["numeral"]),
        # A dash with a space before it but none after is a minus sign ('between -1% and 2%'), read as number.
        ("connector", r"(?i:\s*\b(?:to|and|or|through)\b\s*|\s+[-–—]\s+|[-–—]\s*)"),
        ("determiner", r"(?i:\b(?:the|a|an)\b)"),
        ("space", r"\s+"),
    ]
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in spec))


@cache
def phrase_pattern(production: str = "phrase") -> re.Pattern[str]:
    """The detection regex of a grammar production in `rules/quantity_grammar.json`, filled from the tables."""
    return re.compile(MATCH_STARTS.get(production, "") + "(?:" + grammar_productions()[production] + ")")


@cache
def grammar_productions() -> dict[str, str]:
    """Each production of `rules/quantity_grammar.json` as a regex, filled from the tables."""
    grammar = load_table("quantity_grammar")
    parts = dict(_parts())
    for name, template in grammar.items():  # in file order: a production may use the ones above it
        parts[name] = template.format(**parts)
    return parts


# Where a match of the productions searched over whole texts can start, asked first: the engine then passes over
# the inside of a word without trying each alternative there (0.3 of 0.5 s on 400 stories). Each holds at the
# start of every match: every piece a phrase can open with refuses a letter before it ({qualifier}, {number}, the
# percent words, a {currency} word) or an ASCII letter ({currency} symbols), but '(?i:between)', which may follow
# anything; 'vague_money' opens with 'tens', 'hundreds', 'millions'... or 'multi', 'million'... Keep in sync with
# `rules/quantity_grammar.json`; tests/pipeline/quantities/test_rules.py tries every table's forms.
MATCH_STARTS = {
    "phrase": r"(?:(?<![A-Za-z])|(?=[bB]))",
    "bare_amount": r"(?<![A-Za-z])",
    "vague_money": r"(?=[tThHmMbB])",
}


def _percent_units_pattern(units) -> str:
    words = [u for u in units if u[0].isalpha()]
    symbols = [u for u in units if not u[0].isalpha()]
    parts = [_alternation(words, ignore_case=True)]
    if symbols:
        parts.append("|".join(re.escape(s) for s in symbols))
    return "(?:" + "|".join(parts) + ")"


def currency_words_in(text: str) -> list[str]:
    """The currency codes of the currency words in `text` ('$' for the dollar family).

    >>> currency_words_in("hundreds of millions of euros")
    ['EUR']
    """
    currencies = load_table("currencies")
    return [
        _currency_code(currencies, "suffix", re.sub(r"\s+", " ", m.group()))
        for m in _currency_word_pattern().finditer(text)
    ]


@cache
def _currency_word_pattern() -> re.Pattern[str]:
    # compiled once: passed to `re` as a string it was compiled again whenever `re`'s cache had let it go
    return re.compile(_parts()["currency_word"])


def named_family_members(text: str) -> dict[str, str]:
    """For each ambiguous currency family (not '$'), the first member the text names explicitly:
    'Swiss francs' -> {'francs': 'CHF'}, so a later bare 'francs' can be read.

    >>> named_family_members("It raised 905 mln Swiss francs, up from 870 mln francs.")
    {'francs': 'CHF'}
    """
    ambiguous = load_table("dateline_currencies")["ambiguous"]
    named: dict[str, str] = {}
    if text.isascii():  # then a word matches only where the lower-cased text has it
        lowered = text.lower()
        if not any(
            all(w in (text if as_written else lowered) for w in words) for words, as_written in _family_member_words()
        ):
            return named  # the currency word pattern runs over the whole text: most articles name no member
    for code in currency_words_in(text):
        for family, members in ambiguous.items():
            if family != "$" and code in members and family not in named:
                named[family] = code
    return named


@cache
def _family_member_words() -> list[tuple[tuple[str, ...], bool]]:
    """The words of each currency form that names a member of an ambiguous family ('Swiss francs', 'SEK'),
    and whether they are matched as written (a symbol or code) or in any case (a word, lower-cased here): one
    form's words all in an article's text is a condition of `named_family_members` finding a member there.
    An ASCII text never holds a symbol with other characters; a word with them is a condition it always meets."""
    ambiguous = load_table("dateline_currencies")["ambiguous"]
    members = {code for family, codes in ambiguous.items() if family != "$" for code in codes}
    currencies = load_table("currencies")
    forms = [form for form, code in _suffix_forms().items() if code in members]
    forms += [code for code in currencies["iso_codes"] if code in members]
    words = [form for form, code in currencies["attributive"].items() if code in members]
    conditions = []
    for form in forms + words:
        as_written = form not in words and not _is_currency_word(form)  # as `_parts` splits them
        if as_written and not form.isascii():
            continue
        pieces = tuple(form.split()) if as_written else tuple(form.lower().split()) if form.isascii() else ()
        conditions.append((pieces, as_written))
    return conditions


def _is_currency_word(form: str) -> bool:
    """Whether a currency form is matched in any case ('Dollars', 'EUROS'), not as written ('USD', 'Rs')."""
    return form.islower() or (" " in form and not form.isupper())


def lex(text: str) -> list[Piece] | None:
    """The pieces of `text`, or None when some part of it is not a quantity word.

    >>> [p.kind for p in lex("up to US$4.7 billion")]
    ['qualifier', 'currency', 'number', 'scale']
    >>> [p.kind for p in lex("Rs 16,189 crore")]
    ['currency', 'number', 'scale']
    >>> lex("42 apples") is None
    True
    """
    pieces = _lexed(text)
    return list(pieces) if pieces is not None else None


@lru_cache(maxsize=16_384)  # a phrase is read as money, then as percent; wire copy repeats its phrases ('5 pct')
def _lexed(text: str) -> tuple[Piece, ...] | None:
    currencies = load_table("currencies")
    scales = load_table("scales")
    qualifiers = load_table("qualifiers")
    percent_units = load_table("percent_units")["units"]
    pieces: list[Piece] = []
    position = 0
    lexer = _lexer()
    while position < len(text):
        match = lexer.match(text, position)
        if match is None or match.end() == position:
            return None
        kind = match.lastgroup
        raw = match.group()
        key = re.sub(r"\s+", " ", raw)
        start, end = match.span()
        position = end
        if kind == "space":
            continue
        if kind == "number":
            sign = _SIGN_WORD_RE.match(raw)
            value = parse_number(raw[sign.end() :] if sign else raw)
            if value is None:
                return None
            if sign:
                value = -value
            pieces.append(Piece("number", raw, start, end, value))
        elif kind in ("scale", "scale_attached"):
            table = scales["words"] if kind == "scale" else scales["attached_only"]
            value = table.get(key, table.get(key.lower()))
            if value is None:  # case-insensitive spelling of a word scale ('Billion')
                value = {k.lower(): v for k, v in scales["words"].items()}[key.lower()]
            pieces.append(Piece("scale", raw, start, end, float(value)))
        elif kind == "currency":
            pieces.append(Piece("currency", raw, start, end, _currency_code(currencies, "prefix", key)))
        elif kind == "currency_suffix_word":
            pieces.append(Piece("currency", raw, start, end, _currency_code(currencies, "suffix", key)))
        elif kind == "minor":
            code, factor = _lookup({**currencies["minor"], **currencies["attached_minor"]}, key)
            pieces.append(Piece("minor", raw, start, end, code, float(factor)))
        elif kind == "percent":
            unit_kind, factor = _lookup(percent_units, key)
            pieces.append(Piece("percent", raw, start, end, unit_kind, float(factor)))
        elif kind == "qualifier":
            pieces.append(Piece("qualifier", raw, start, end, _lookup(qualifiers["prefix"], key)))
        elif kind == "qualifier_suffix":
            pieces.append(Piece("plus", raw, start, end, qualifiers["suffix"][raw]))
        elif kind == "connector":
            pieces.append(Piece("connector", raw, start, end, raw.strip().lower()))
        elif kind == "sign":
            pieces.append(Piece("sign", raw, start, end, -1.0))
        elif kind == "determiner":
            pieces.append(Piece("determiner", raw, start, end, raw.lower()))
    return tuple(pieces)


@cache
def _suffix_forms() -> dict[str, str]:
    """Currency forms read after a number: the suffix table, and the symbols written without letters ('$',
    '€', '₾', '元'), which most of the world writes after the number too ('100 ₡', '250€', '10 $')."""
    currencies = load_table("currencies")
    symbols = {form: code for form, code in currencies["prefix"].items() if not re.search(r"[A-Za-z]", form)}
    return {**symbols, **_singulars(currencies["suffix"]), **currencies["suffix"]}


def _singulars(suffix: dict[str, str]) -> dict[str, str]:
    """The singular of each currency named with its country's adjective, used before a noun ('a 3.4 billion
    Ugandan shilling deal', 'a 100 mln Danish crown bond'): 'Ugandan shillings' -> 'Ugandan shilling'. Only a
    name of two words or more: a bare singular word ('mark', 'crown') is as often no currency."""
    return {
        form[:-1]: code
        for form, code in suffix.items()
        if " " in form and form.endswith("s") and not form.endswith("ss") and form.split()[0][:1].isupper()
        and not code.startswith("?")
    }  # fmt: skip


# what must follow an attributive currency word: a word that is no preposition, article, conjunction or verb of being
_BEFORE_A_NOUN = (
    r"(?=\s+(?!(?:in|on|for|at|of|and|or|but|by|to|with|the|a|an|this|that|last|as|is|was|are|were|after|before|"
    r"since|from|mark|level|barrier|threshold)\b)[a-z-]+)"
)


@cache
def _attributive_end() -> re.Pattern[str]:
    forms = [f for f in load_table("currencies")["attributive"] if not f.startswith("_")]
    return re.compile(_alternation(forms, ignore_case=True) + r"\s*$")


def ends_on_attributive_currency(phrase: str) -> bool:
    """Whether a money phrase ends on a currency word read only before a noun ('60 mln mark')."""
    return bool(_attributive_end().search(phrase))


def before_a_noun(text: str, end: int) -> bool:
    """Whether the text after `end` goes on with a word that can be the noun an amount describes ('price' in
    'the 60 mln mark price'), not a preposition, an article or the end of the sentence."""
    return bool(re.match(_BEFORE_A_NOUN, text[end : end + 40]))


def _currency_code(currencies: dict, position: str, key: str) -> str:
    if position == "suffix" and key.lower() in {f.lower() for f in currencies["attributive"]}:
        return _lookup(currencies["attributive"], key)
    forms = currencies[position] if position == "prefix" else _suffix_forms()
    if key in currencies["iso_codes"]:
        return forms.get(key, key)
    return _lookup(forms, key)


def _lookup(table: dict, key: str):
    if key in table:
        return table[key]
    folded = {k.lower(): v for k, v in table.items()}
    return folded[key.lower()]
