"""Wire results tables: 'Net 2,317,000 vs 5,847,000' reports two amounts of money without a currency word.

Company results on the wire come as a table, one line per measure, the period's figure against the year
before: 'Shr 42 cts vs 1.21 dlrs', 'Net 2,317,000 vs 5,847,000', 'Revs 15.4 mln vs 16.6 mln'. Figures with
a currency are read by the grammar like any other; the bare ones are money too, in the dollar the article
is written in (its dateline decides which: `money.CurrencyContext`), marked `currency_basis` 'context'. A
line is a table line when it opens with a money label of `rules/results_tables.json` and sets figures side
by side with 'vs'; a count label ('Avg shrs 17.5 mln vs 13.5 mln') is shares, never money.
"""

import re
from functools import cache

from newsclaims.pipeline.quantities.candidate import FoundQuantity
from newsclaims.pipeline.quantities.money import CurrencyContext, parse_money
from newsclaims.tables import load_table

_NUMBER = re.compile(r"(?<![\w.,$€£¥-])\d[\d,]*(?:\.\d+)?(?:\s+(?:mln|bln|billion|million|trillion))?(?![\w%])")


def table_amounts(text: str, context: CurrencyContext) -> list[FoundQuantity]:
    """The bare amounts of every results-table line of `text`, as money in the article's dollar."""
    found = []
    for line in _line_pattern().finditer(text):
        start, end = line.start("label"), line.end()
        unit = _line_currency(text, start, end, context)
        for number in _NUMBER.finditer(text, start, end):
            value = parse_money(f"{number.group()} {unit}", context)
            if value is None or value.amount is None:
                continue
            value = value.model_copy(update={"currency_basis": "context"})
            found.append(FoundQuantity("money", number.start(), number.end(), number.group(), value))
    return found


_UNIT_AFTER = re.compile(r"\s*([A-Za-z]+)")


def _line_currency(text: str, start: int, end: int, context: CurrencyContext) -> str:
    """The currency word the line writes after one of its figures ('Pretax profit 57.78 mln stg vs 50.61 mln',
    'Div 9.50 yen vs 7.50'): its bare figures are in that currency; 'dlrs' (the article's dollar) when the
    line writes none."""
    for number in re.finditer(r"\d[\d,]*(?:\.\d+)?(?:\s+(?:mln|bln|billion|million|trillion))?", text[start:end]):
        word = _UNIT_AFTER.match(text, start + number.end())
        if word is None or word.group(1).lower() in ("vs", "and", "or", "a", "per"):
            continue
        money = parse_money(f"1 {word.group(1)}", context)
        if money is not None and money.currency is not None:
            return word.group(1)
    return "dlrs"


@cache
def _line_pattern() -> re.Pattern[str]:
    table = load_table("results_tables")
    labels = "|".join(re.escape(label) for label in sorted(table["money_labels"], key=len, reverse=True))
    counts = "|".join(re.escape(label) for label in sorted(table["count_labels"], key=len, reverse=True))
    # the line, after an optional dateline ('HOUSTON, March 5 - Shr 42 cts vs 1.21 dlrs')
    dateline = r"(?:[A-Z][A-Za-z .,'-]{0,40},[^\n-]{0,30}-\s+)?"
    # the label, then straight to a figure ('Net loss 166,000 vs ...'; never 'Sales were 2.67 billion vs ...')
    figure = r"(?:\s+(?:loss|profit|gain))?\s+[$€£¥]?\d"
    # a line may be indented ('    Net 46.2 mln vs 41.5 mln'), as many wires and press releases set tables
    return re.compile(
        rf"(?im)^[ \t]*{dateline}(?!(?:{counts})\b)(?P<label>{labels}){figure}[^\n]{{0,100}}?\bvs\b[^\n]*$"
    )


def table_label(text: str, position: int) -> tuple[str, str] | None:
    """(label as written, attribute key) of the results-table line holding `position`, or None."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    match = _line_pattern().match(text, line_start, len(text) if line_end < 0 else line_end)
    if match is None:
        return None
    label = match.group("label")
    return label, load_table("results_tables")["label_keys"].get(label.lower(), label.lower().replace(" ", "_"))
