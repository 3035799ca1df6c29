"""Every form the quantity tables list is read: a new row cannot silently do nothing.

The tables themselves are validated in tests/test_tables.py."""

import re

import pytest

from newsclaims.pipeline.quantities.lexicon import lex, phrase_pattern
from newsclaims.pipeline.quantities.money import DOLLAR, FAMILY, parse_money
from newsclaims.pipeline.quantities.percent import parse_percent
from newsclaims.tables import load_table

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
