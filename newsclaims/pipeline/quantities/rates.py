"""The unit of a rate written after an amount: '$0.35 a share', '$85 per barrel', 'Net shr 1.23 dlrs'."""

import re
from functools import cache

from spacy.tokens import Span, Token

from newsclaims.pipeline.annotations import tagged, text_of
from newsclaims.tables import load_table


def rate_unit(span: Span) -> str | None:
    """'share' for '$0.35 a share', 'barrel' for '$85 per barrel', 'region' for '$1MM per region';
    None when no rate follows ('$22 million a year earlier' is a date)."""
    rates = load_table("rates")
    doc = span.doc
    hyphenated = re.match(r"-(?:a|an|per)-([a-z]+)", text_of(doc)[span.end_char : span.end_char + 20])
    if hyphenated and hyphenated.group(1) in rates["units"]:  # '£5.5m-a-year'
        return rates["units"][hyphenated.group(1)]
    following = doc[span.end : span.end + 3]
    if len(following) >= 1 and following[0].lower_.rstrip(".") in rates["bare_units"]:
        return rates["units"][following[0].lower_.rstrip(".")]  # 'or 17 ct shr'
    if len(following) >= 2 and (following[0].lower_ in rates["per_words"] or following[0].text == "/"):
        word = following[1].lower_
        if len(following) == 3 and following[2].lower_ in rates["not_after"]:
            return None
        if word in rates["units"]:
            return rates["units"][word]
        if following[0].lower_ in rates["open_per_words"] and _is_unit_noun(following[1]):
            return word
    return _table_line_unit(text_of(doc), span.start_char)


def _is_unit_noun(token: Token) -> bool:
    """'per region' names a unit; 'each last month' and 'per mln dlr' do not."""
    if not token.is_alpha or token.lower_ in _quantity_words():
        return False
    return token.pos_ in ("NOUN", "PROPN") if tagged(token) else True


@cache
def _quantity_words() -> frozenset[str]:
    currencies = load_table("currencies")
    scales = load_table("scales")
    words = [*currencies["suffix"], *currencies["minor"], *scales["words"], *load_table("number_words")["units"]]
    words += load_table("rates")["not_units"]
    return frozenset(w.lower() for w in words)


def _table_line_unit(text: str, start: int) -> str | None:
    """A results-table line labelled per share: 'Net shr 1.23 dlrs vs 98 cts', 'Oper shr loss three cts'."""
    line_start = text.rfind("\n", 0, start) + 1
    label = re.split(r"[\d$€£¥]", text[line_start:start], maxsplit=1)[0].lower().split()
    return "share" if set(label) & set(load_table("rates")["share_line_words"]) and len(label) <= 4 else None
