"""Find the money and percent mentions of a document: rule matches plus spaCy's NER, read and checked.

Candidates come from two places: the quantity grammar (`rules/quantity_grammar.json`, filled from the
tables) run over the text, and the MONEY/PERCENT entities of the statistical model when the pipeline
has one. Every candidate must read completely as money or percent (`money.parse_money`,
`percent.parse_percent`); overlapping readable candidates resolve to the longest. So a year, a time or
a bare count never becomes money: nothing reads it as an amount with a currency.
"""

import re
from functools import cache

from spacy.tokens import Doc

from newsclaims.models import MoneyValue, PercentValue
from newsclaims.numbers.numerals import parse_number
from newsclaims.pipeline.annotations import ents_of, per_doc, text_of
from newsclaims.pipeline.coverage import longest_without_overlap
from newsclaims.pipeline.dateline import currency_context
from newsclaims.pipeline.quantities.candidate import FoundQuantity
from newsclaims.pipeline.quantities.ellipsis import elliptical_amounts
from newsclaims.pipeline.quantities.grammar import descending_pair
from newsclaims.pipeline.quantities.lexicon import before_a_noun, ends_on_attributive_currency, phrase_pattern
from newsclaims.pipeline.quantities.money import CurrencyContext, money_of, parse_money, parse_vague_money
from newsclaims.pipeline.quantities.percent import UNIT_FIRST, parse_percent
from newsclaims.pipeline.quantities.percent_kind import classify_percent, coordinate_changes
from newsclaims.pipeline.quantities.rates import rate_unit
from newsclaims.pipeline.quantities.results_tables import table_amounts
from newsclaims.tables import load_table

NER_LABELS = {"MONEY", "PERCENT"}


def find_quantities(doc: Doc, context: CurrencyContext | None = None) -> list[FoundQuantity]:
    """Every money and percent mention of `doc`, in text order, without overlaps. `context` defaults to what
    the article's dateline says about its currency."""
    chosen = quantity_spans(doc, context) if context else per_doc(doc, "quantity_spans", quantity_spans)
    return coordinate_changes(text_of(doc), [_with_context(doc, quantity) for quantity in chosen])


def quantity_spans(doc: Doc, context: CurrencyContext | None = None) -> list[FoundQuantity]:
    """The money and percent mentions of `doc` before the words around them are read (a percent's kind, a
    rate's unit): where they are needs no tagger or parser, so `parse_needs` asks it to choose the sentences
    worth parsing, and `find_quantities` reads them from there (`annotations.per_doc`) when the component
    runs right after."""
    text = text_of(doc)
    context = context or currency_context(text)
    candidates: list[tuple[int, int]] = [m.span() for m in phrase_pattern("phrase").finditer(text)]
    candidates += [(ent.start_char, ent.end_char) for ent in ents_of(doc) if ent.label_ in NER_LABELS]
    readable: list[FoundQuantity] = []
    for start, end in set(candidates):
        readable.extend(_read_candidate(doc, start, end, context))
    for match in phrase_pattern("vague_money").finditer(text):
        value = parse_vague_money(match.group(), context)
        if value is not None:
            readable.append(FoundQuantity("money", *match.span(), match.group(), value))
    # bare amounts of a results table only where nothing else was read: they lose every overlap
    taken = longest_without_overlap(readable, span=lambda q: (q.start, q.end))
    covered = [(q.start, q.end) for q in taken]
    readable += [
        q for q in table_amounts(text, context) if not any(q.start < end and start < q.end for start, end in covered)
    ]
    chosen = longest_without_overlap(readable, span=lambda q: (q.start, q.end))
    return sorted(chosen + elliptical_amounts(doc, chosen), key=lambda q: q.start)


def _read_candidate(doc: Doc, start: int, end: int, context: CurrencyContext) -> list[FoundQuantity]:
    """The quantities in one candidate span: itself if it reads, else the amounts inside it."""
    text = text_of(doc)
    start, end = _strip(text, start, end)
    if UNIT_FIRST.fullmatch(text[start:end]) and _after_number(text, start):
        return []  # '5 percent of 10 banks': the percent is the 5's
    quantity = _read(text, start, end, context)
    if quantity is not None and _LETTER_AND_SMALL_INTEGER.fullmatch(quantity.text):
        return []  # 'the R2 road', 'an R1 car': one letter before a small whole number is a name, not rand
    if quantity is not None and not _is_move(doc, quantity):
        return [quantity]
    descending = descending_pair(text[start:end]) if quantity is None else None
    if descending is not None:
        # '1500 mln to 200 mln dlrs', 'between 700 bln and one billion dlrs': no range runs downwards; two amounts,
        # each with the unit written once (one end slipped, or a move told without 'from')
        first, (a, b), second, (c, d) = descending
        values = (money_of(first, context), money_of(second, context))
        if None not in values:
            return [
                FoundQuantity("money", start + a, start + b, text[start + a : start + b], values[0]),
                FoundQuantity("money", start + c, start + d, text[start + c : start + d], values[1]),
            ]
    # '5% to $3 billion', 'from $2 million to $3 million', 'rose 12 pence to 398 pence': each on its own.
    found = []
    for match in phrase_pattern("amount").finditer(text, start, end):
        part = _read(text, *_strip(text, *match.span()), context)
        if part is not None:
            found.append(part)
    return found


# a one-letter currency form ('R' for rand) before a whole number under 1,000 with no scale word: a name
_LETTER_AND_SMALL_INTEGER = re.compile(r"[A-Z]\d{1,3}")


def _after_number(text: str, start: int) -> bool:
    """Whether the word before `start` is a number ('5', 'five', 'hundred')."""
    before = re.findall(r"[\w.,-]+", text[max(0, start - 40) : start])
    return bool(before) and (before[-1][-1].isdigit() or parse_number(before[-1].lower()) is not None)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in _currency_symbols():
        if text[start] in "-−" and start + 1 < end and (text[start + 1].isdigit() or text[start + 1] in ".$"):
            break  # a minus sign: '-0.3%', '-$3 million'
        if (
            text[start] == "."
            and start + 1 < end
            and text[start + 1].isdigit()
            and not text[start - 1 : start].isdigit()
        ):
            break  # a number written without its zero: '.5%'
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.!?)]}'\"":
        # A final '.' may belong to an abbreviation ('Rs.') only at the start; at the end it is punctuation.
        end -= 1
    # 'a $40 billion loan' -> '$40 billion'; but 'a billion dollars' and 'a half percentage point' keep it.
    for article in ("the ", "a ", "an ", "The ", "A ", "An "):
        rest = start + len(article)
        if text.startswith(article, start) and rest < end and (article in ("the ", "The ") or not text[rest].isalpha()):
            if _read(text, rest, end) is not None:
                start = rest
            break
    return start, end


@cache
def _currency_symbols() -> frozenset[str]:
    """Characters a money span may start with although they are not alphanumeric: '$', '€', '₹'..."""
    return frozenset(form[0] for form in load_table("currencies")["prefix"] if not form[0].isalnum())


_SCALED = re.compile(r"\b(?:mln|bln|million|billion|milliard|trillion|m|bn)\b", re.IGNORECASE)


def _read(text: str, start: int, end: int, context: CurrencyContext | None = None) -> FoundQuantity | None:
    if start >= end:
        return None
    phrase = text[start:end]
    money = parse_money(phrase, context or CurrencyContext())
    if money is not None and not (
        ends_on_attributive_currency(phrase) and not (before_a_noun(text, end) and _SCALED.search(phrase))
    ):
        # 'a 60 mln mark price' is money; 'topped the 5 billion mark last year' is not, nor a bond's denomination
        # ('each 1,000 mark bond', a unit of the issue)
        return FoundQuantity("money", start, end, phrase, money)
    percent = parse_percent(phrase)
    if percent is not None:
        return FoundQuantity("percent", start, end, phrase, percent)
    return None


_TIME_PREPOSITIONS = {"in", "since", "during", "until", "through", "for", "of", "by", "before", "after"}


def _is_move(doc: Doc, quantity: FoundQuantity) -> bool:
    """'from $2 million to $3 million' and 'rose 12 pence to 398 pence' are two values (a move from one
    to the other, or a change then a level), not a range."""
    text = text_of(doc)
    if quantity.value.qualifier != "range" or text[quantity.start : quantity.start + 7].lower() == "between":
        return False
    if not re.search(r"\sto\s", text[quantity.start : quantity.end]):
        return False  # '$3-5 billion' is a range whatever comes before it
    words = text[max(0, quantity.start - 40) : quantity.start].lower().split()[-1:]
    if not words:
        return False
    if words[-1] == "from" or words[-1] in load_table("percent_kind")["change_words_before"]:
        return True
    # 'rose in 2025 to $5 billion', 'fell in 1986 to 5 mln dlrs': a year, then the amount it reached
    year = re.match(r"(1[89]|2[01])\d\d(?![\d.,%])", text[quantity.start : quantity.end])
    if year and words[-1] in _TIME_PREPOSITIONS:
        return True
    # 'raised its dividend by 2 cents to 12 cents': a small change then a much larger level. A range after
    # 'by' has bounds of one size ('cut costs by 10% to 15%').
    value = quantity.value
    return words[-1] == "by" and value.low > 0 and value.high / value.low >= 3


def _with_context(doc: Doc, quantity: FoundQuantity) -> FoundQuantity:
    """Fill what the surrounding words say: a percent's kind, a money amount's rate unit."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return quantity
    value = quantity.value
    if isinstance(value, PercentValue) and value.kind != "points":
        value = value.model_copy(update={"kind": classify_percent(span)})
    elif isinstance(value, MoneyValue):
        value = value.model_copy(update={"per": rate_unit(span)})
    return FoundQuantity(quantity.type, quantity.start, quantity.end, quantity.text, value)
