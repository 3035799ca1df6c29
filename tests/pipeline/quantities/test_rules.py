"""Every form the quantity tables list is read: a new row cannot silently do nothing.

The tables themselves are validated in tests/test_tables.py."""

import re

import pytest

from newsclaims.numbers import numerals
from newsclaims.pipeline.quantities import lexicon
from newsclaims.pipeline.quantities.lexicon import MATCH_STARTS, grammar_productions, lex, phrase_pattern
from newsclaims.pipeline.quantities.money import DOLLAR, FAMILY, parse_money
from newsclaims.pipeline.quantities.percent import parse_percent
from newsclaims.tables import load_table
from tests.conftest import CORPUS

CURRENCIES = load_table("currencies")
ISO = re.compile(r"^[A-Z]{3}$")


@pytest.mark.parametrize(("form", "code"), sorted(CURRENCIES["prefix"].items()))
def test_every_prefix_currency_is_read(form, code):
    value = parse_money(f"{form}5 million") or parse_money(f"{form} 5 million")
    assert value is not None, form
    assert value.currency == ("USD" if code == "$" else code)


@pytest.mark.parametrize(("form", "code"), sorted(CURRENCIES["suffix"].items()))
def test_every_suffix_currency_is_read(form, code):
    value = parse_money(f"5 million {form}")
    assert value is not None, form
    expected = "USD" if code == DOLLAR else None if code.startswith(FAMILY) else code
    assert value.currency == expected


@pytest.mark.parametrize("code", CURRENCIES["iso_codes"])
def test_every_iso_code_is_read_both_sides(code):
    assert ISO.match(code)
    assert parse_money(f"{code} 27 million").currency == code
    assert parse_money(f"27 million {code}").currency == code


@pytest.mark.parametrize(("form", "factor"), sorted((k, v[1]) for k, v in CURRENCIES["minor"].items()))
def test_every_minor_unit_is_read(form, factor):
    assert parse_money(f"50 {form}").amount == pytest.approx(50 * factor)


@pytest.mark.parametrize(("word", "multiplier"), sorted(load_table("scales")["words"].items()))
def test_every_scale_word_is_read(word, multiplier):
    assert parse_money(f"$3 {word}").amount == pytest.approx(3 * multiplier)


@pytest.mark.parametrize(("form", "multiplier"), sorted(load_table("scales")["attached_only"].items()))
def test_attached_scales_only_touching_the_number(form, multiplier):
    assert parse_money(f"$3{form}").amount == pytest.approx(3 * multiplier)


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(load_table("qualifiers")["prefix"].items()))
def test_every_qualifier_is_read(phrase, qualifier):
    if qualifier == "range":
        value = parse_money(f"{phrase} $3 billion and $5 billion")
    else:
        value = parse_money(f"{phrase} $3 billion")
    assert value is not None and value.qualifier == qualifier


@pytest.mark.parametrize(("unit", "spec"), sorted(load_table("percent_units")["units"].items()))
def test_every_percent_unit_is_read(unit, spec):
    kind, factor = spec
    separator = "" if not unit[0].isalpha() else " "
    value = parse_percent(f"40{separator}{unit}")
    assert value is not None, unit
    assert value.value == pytest.approx(40 * factor)
    assert (value.kind == "points") == (kind == "points")


def test_iso_codes_are_unique_and_no_english_words():
    codes = CURRENCIES["iso_codes"]
    assert len(codes) == len(set(codes))
    assert not {"ALL", "CUP", "TOP", "MOP"} & set(codes)


def test_dateline_currencies_are_iso_codes_and_families_exist():
    table = load_table("dateline_currencies")
    assert all(ISO.match(code) for code in table["cities"].values())
    assert all(ISO.match(code) for members in table["ambiguous"].values() for code in members)
    families = {code[1:] for code in CURRENCIES["suffix"].values() if code.startswith(FAMILY)}
    assert families == set(table["ambiguous"]) - {DOLLAR}


def test_grammar_compiles_and_lexer_reads_each_piece():
    assert phrase_pattern("phrase").search("it raised about $5 billion") is not None
    assert [p.kind for p in lex("between $3 billion and $5 billion")] == [
        "qualifier",
        "currency",
        "number",
        "scale",
        "connector",
        "currency",
        "number",
        "scale",
    ]


def _forms_of_every_table() -> list[str]:
    numbers = load_table("number_words")
    forms = [*CURRENCIES["prefix"], *CURRENCIES["suffix"], *CURRENCIES["iso_codes"], *CURRENCIES["minor"]]
    forms += [*CURRENCIES["attached_minor"], *(f for f in CURRENCIES["attributive"] if not f.startswith("_"))]
    forms += [*load_table("qualifiers")["prefix"], *load_table("qualifiers")["suffix"]]
    forms += [
        *load_table("scales")["words"],
        *load_table("scales")["attached_only"],
        *load_table("percent_units")["units"],
    ]
    forms += [word for key in ("units", "tens", "multipliers", "fractions", "articles") for word in numbers[key]]
    forms += ["between", "minus", "negative", "-", "−", "percent of", "per cent of", "tens of millions of", "multi-"]
    return sorted(set(forms))


# Around each form: what may stand before a match (a letter, a non-ASCII letter, a digit, a space, a sign) and
# what may follow it (a number, a scale, a unit), so that every way a table's form opens a match is tried.
BEFORE = ["", "x", "é", "1", " ", "(", "-", "$"]
TEMPLATES = [
    "{form}5",
    "{form} 5 and 6 pct",
    "{form} 5 million dlrs",
    "5 {form}",
    "five {form} percent",
    "millions of {form} and {form}",
    "{form} dollars",
    "{form}s of euros",
]


@pytest.mark.parametrize("production", sorted(MATCH_STARTS))
def test_where_a_match_starts_is_only_asked_first(production):
    # `MATCH_STARTS` must hold at the start of every match: with it or without it, the same matches
    guarded = phrase_pattern(production)
    plain = re.compile(grammar_productions()[production])
    texts = [
        before + template.format(form=form)
        for form in _forms_of_every_table()
        for template in TEMPLATES
        for before in BEFORE
    ]
    differing = [t for t in texts if [m.span() for m in guarded.finditer(t)] != [m.span() for m in plain.finditer(t)]]
    assert differing == []


def _clear_pattern_caches() -> None:
    for cached in (numerals.number_words_pattern, lexicon._parts, lexicon._lexer, grammar_productions, phrase_pattern):
        cached.cache_clear()


def test_first_letter_lookaheads_change_no_match(monkeypatch):
    # `first_letters` only turns away places no form of an alternation starts at: without the lookaheads, the same
    # phrases are found, and the lexer reads the same pieces
    productions = ("phrase", "bare_amount", "vague_money", "amount")
    guarded = {name: phrase_pattern(name) for name in productions}
    guarded_lexer = lexicon._lexer()
    monkeypatch.setattr(numerals, "first_letters", lambda forms: "")
    monkeypatch.setattr(lexicon, "first_letters", lambda forms: "")
    _clear_pattern_caches()
    try:
        plain = {name: phrase_pattern(name) for name in productions}
        plain_lexer = lexicon._lexer()
    finally:
        monkeypatch.undo()
        _clear_pattern_caches()
    assert plain["phrase"].pattern != guarded["phrase"].pattern
    texts = [template.format(form=form) for form in _forms_of_every_table() for template in TEMPLATES]
    texts += [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "articles").glob("*.txt"))]
    for name in productions:
        differing = [t for t in texts if _spans(guarded[name], t) != _spans(plain[name], t)]
        assert differing == [], name
    pieces = [(t, i) for t in texts[:2000] for i in range(len(t))]
    assert [_piece(guarded_lexer, t, i) for t, i in pieces] == [_piece(plain_lexer, t, i) for t, i in pieces]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _piece(lexer: re.Pattern[str], text: str, at: int) -> tuple | None:
    match = lexer.match(text, at)
    return (match.span(), match.lastgroup) if match else None
