"""Find the money and percent mentions of a document: rule matches plus spaCy's NER, read and checked.

Candidates come from two places: the quantity grammar (`rules/quantity_grammar.json`, filled from the
tables) run over the text, and the MONEY/PERCENT entities of the statistical model when the pipeline
has one. Every candidate must read completely as money or percent (`money.parse_money`,
`percent.parse_percent`); overlapping readable candidates resolve to the longest. So a year, a time or
a bare count never becomes money: nothing reads it as an amount with a currency.
"""

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from newsclaims.models import MoneyValue, PercentValue
from newsclaims.pipeline.dateline import currency_context
from newsclaims.pipeline.lexicon import phrase_pattern
from newsclaims.pipeline.money import CurrencyContext, parse_money, parse_vague_money
from newsclaims.pipeline.percent import parse_percent
from newsclaims.pipeline.percent_kind import classify_percent
from newsclaims.pipeline.rules import load_table

NER_LABELS = {"MONEY", "PERCENT"}


@dataclass(frozen=True)
class Quantity:
    """A money or percent mention at exact character offsets of the document text."""

    type: str  # 'money' or 'percent'
    start: int
    end: int
    text: str
    value: MoneyValue | PercentValue


def find_quantities(doc: Doc, context: CurrencyContext | None = None) -> list[Quantity]:
    """Every money and percent mention of `doc`, in text order, without overlaps. `context` defaults to what
    the article's dateline says about its currency."""
    text = doc.text
    context = context or currency_context(text)
    candidates: list[tuple[int, int]] = [m.span() for m in phrase_pattern("phrase").finditer(text)]
    candidates += [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in NER_LABELS]
    readable: list[Quantity] = []
    for start, end in set(candidates):
        readable.extend(_read_candidate(doc, start, end, context))
    for match in phrase_pattern("vague_money").finditer(text):
        value = parse_vague_money(match.group(), context)
        if value is not None:
            readable.append(Quantity("money", *match.span(), match.group(), value))
    chosen = sorted(_longest_without_overlap(readable), key=lambda q: q.start)
    chosen = sorted(chosen + _elliptical_amounts(doc, chosen), key=lambda q: q.start)
    return _coordinated_changes(text, [_with_context(doc, quantity) for quantity in chosen])


def _elliptical_amounts(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """'rose to 946 mln dlrs from 148 mln a week earlier': the second amount takes the first one's currency.

    Only a scaled number ('148 mln', not '148') shortly after a money amount, tied to it by a comparing word
    or the same scale word, with nothing noun-like after it (`rules/ellipsis.json`)."""
    cues = load_table("ellipsis")
    text = doc.text
    money = [q for q in found if q.type == "money" and q.value.amount is not None]
    if not money:
        return []
    taken = [(q.start, q.end) for q in found]
    count_words = set(cues["count_words"])
    extra: list[Quantity] = []
    for match in phrase_pattern("bare_amount").finditer(text):
        start, end = _strip(text, *match.span())
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        paragraph_start = text.rfind("\n", 0, start) + 1
        earliest = min(paragraph_start, start - cues["window"])
        antecedent = next((q for q in reversed(money) if earliest <= q.start < start), None)
        if antecedent is None:
            continue
        line_end = text.find("\n", end)
        line = text[paragraph_start : line_end if line_end >= 0 else len(text)].lower()
        if count_words & set(re.findall(r"[a-z]+", line)):
            continue
        before = text[paragraph_start:start].replace("(", " ( ").split()[-1:]
        scale_word = re.findall(r"[^\W\d_]+", text[start:end])[-1:]
        parallel = bool(scale_word) and scale_word[0].lower() in antecedent.text.lower().split()
        if not parallel and (not before or before[0].lower() not in cues["before"]):
            continue
        after = re.match(r"\s*([^\W\d_]+)?", text[end:])
        next_word = (after.group(1) or "").lower() if after else ""
        if next_word and next_word not in cues["after"] and text[end : end + 1] not in ",.;:)":
            continue
        value = parse_money(text[start:end], antecedent=antecedent.value)
        if value is not None:
            extra.append(Quantity("money", start, end, text[start:end], value))
    return extra


def _coordinated_changes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'grow by 4.3% in 2005 and 4.2% in 2006': a percent joined to a change just before it in the same
    sentence, with no level word ('to', 'at') in front of it, is a change too."""
    cues = load_table("percent_kind")
    result = list(quantities)
    previous: Quantity | None = None
    for index, quantity in enumerate(result):
        if quantity.type != "percent":
            continue
        if previous is not None and quantity.value.kind == "level" and previous.value.kind == "change":
            between = text[previous.end : quantity.start]
            words = re.findall(r"[a-z]+", between.lower())
            joined = not re.search(r"[.;\n]", between) and set(words) & set(cues["coordinators"])
            if joined and len(words) <= 8 and words[-1:] != [] and words[-1] not in cues["level_words_before"]:
                value = quantity.value.model_copy(update={"kind": "change"})
                result[index] = Quantity(quantity.type, quantity.start, quantity.end, quantity.text, value)
        previous = result[index]
    return result


def _read_candidate(doc: Doc, start: int, end: int, context: CurrencyContext) -> list[Quantity]:
    """The quantities in one candidate span: itself if it reads, else the amounts inside it."""
    text = doc.text
    start, end = _strip(text, start, end)
    quantity = _read(text, start, end, context)
    if quantity is not None and not _is_move(doc, quantity):
        return [quantity]
    # '5% to $3 billion', 'from $2 million to $3 million', 'rose 12 pence to 398 pence': each on its own.
    found = []
    for match in phrase_pattern("amount").finditer(text, start, end):
        part = _read(text, *_strip(text, *match.span()), context)
        if part is not None:
            found.append(part)
    return found


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in "$€£¥₹₩₽₺₪₦฿":
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


def _read(text: str, start: int, end: int, context: CurrencyContext | None = None) -> Quantity | None:
    if start >= end:
        return None
    phrase = text[start:end]
    money = parse_money(phrase, context or CurrencyContext())
    if money is not None:
        return Quantity("money", start, end, phrase, money)
    percent = parse_percent(phrase)
    if percent is not None:
        return Quantity("percent", start, end, phrase, percent)
    return None


def _is_move(doc: Doc, quantity: Quantity) -> bool:
    """'from $2 million to $3 million' and 'rose 12 pence to 398 pence' are two values (a move from one
    to the other, or a change then a level), not a range."""
    text = doc.text
    if quantity.value.qualifier != "range" or text[quantity.start : quantity.start + 7].lower() == "between":
        return False
    if not re.search(r"\sto\s", text[quantity.start : quantity.end]):
        return False  # '$3-5 billion' is a range whatever comes before it
    words = text[max(0, quantity.start - 40) : quantity.start].lower().split()[-1:]
    if not words:
        return False
    if words[-1] == "from" or words[-1] in load_table("percent_kind")["change_words_before"]:
        return True
    # 'raised its dividend by 2 cents to 12 cents': a small change then a much larger level. A range after
    # 'by' has bounds of one size ('cut costs by 10% to 15%').
    value = quantity.value
    return words[-1] == "by" and value.low > 0 and value.high / value.low >= 3


def _longest_without_overlap(quantities: list[Quantity]) -> list[Quantity]:
    chosen: list[Quantity] = []
    for quantity in sorted(quantities, key=lambda q: (q.end - q.start, -q.start), reverse=True):
        if all(quantity.end <= other.start or quantity.start >= other.end for other in chosen):
            chosen.append(quantity)
    return chosen


def _with_context(doc: Doc, quantity: Quantity) -> Quantity:
    """Fill what the surrounding words say: a percent's kind, a money amount's rate unit."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return quantity
    value = quantity.value
    if isinstance(value, PercentValue) and value.kind != "points":
        value = value.model_copy(update={"kind": classify_percent(span)})
    elif isinstance(value, MoneyValue):
        value = value.model_copy(update={"per": _rate_unit(span)})
    return Quantity(quantity.type, quantity.start, quantity.end, quantity.text, value)


def _rate_unit(span: Span) -> str | None:
    """'share' for '$0.35 a share', 'barrel' for '$85 per barrel', 'region' for '$1MM per region';
    None when no rate follows ('$22 million a year earlier' is a date)."""
    rates = load_table("rates")
    doc = span.doc
    hyphenated = re.match(r"-(?:a|an|per)-([a-z]+)", doc.text[span.end_char : span.end_char + 20])
    if hyphenated and hyphenated.group(1) in rates["units"]:  # '£5.5m-a-year'
        return rates["units"][hyphenated.group(1)]
    following = doc[span.end : span.end + 3]
    if len(following) >= 2 and (following[0].lower_ in rates["per_words"] or following[0].text == "/"):
        word = following[1].lower_
        if len(following) == 3 and following[2].lower_ in rates["not_after"]:
            return None
        if word in rates["units"]:
            return rates["units"][word]
        if following[0].lower_ in rates["open_per_words"] and _is_unit_noun(following[1]):
            return word
    return _table_line_unit(doc.text, span.start_char)


def _is_unit_noun(token) -> bool:
    """'per region' names a unit; 'each last month' and 'per mln dlr' do not."""
    if not token.is_alpha or token.lower_ in _quantity_words():
        return False
    return token.pos_ in ("NOUN", "PROPN") if token.doc.has_annotation("POS") else True


@cache
def _quantity_words() -> frozenset[str]:
    currencies = load_table("currencies")
    scales = load_table("scales")
    words = [*currencies["suffix"], *currencies["minor"], *scales["words"], *load_table("numbers")["units"]]
    words += load_table("rates")["not_units"]
    return frozenset(w.lower() for w in words)


def _table_line_unit(text: str, start: int) -> str | None:
    """A results-table line labelled per share: 'Net shr 1.23 dlrs vs 98 cts', 'Oper shr loss three cts'."""
    line_start = text.rfind("\n", 0, start) + 1
    label = re.split(r"[\d$€£¥]", text[line_start:start], maxsplit=1)[0].lower().split()
    return "share" if set(label) & set(load_table("rates")["share_line_words"]) and len(label) <= 4 else None
