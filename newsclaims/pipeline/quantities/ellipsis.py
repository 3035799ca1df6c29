"""Elliptical amounts: a scaled number whose currency the text gave just before ('946 mln dlrs from 148 mln')."""

import re

from spacy.tokens import Doc

from newsclaims.pipeline.annotations import text_of
from newsclaims.pipeline.coverage import Coverage
from newsclaims.pipeline.quantities.candidate import FoundQuantity
from newsclaims.pipeline.quantities.lexicon import phrase_pattern
from newsclaims.pipeline.quantities.money import parse_money
from newsclaims.tables import load_table


def elliptical_amounts(doc: Doc, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """'rose to 946 mln dlrs from 148 mln a week earlier': the second amount takes the first one's currency.

    Only a scaled number ('148 mln', not '148') shortly after a money amount, tied to it by a comparing word
    or the same scale word, with nothing noun-like after it (`rules/ellipsis.json`)."""
    cues = load_table("ellipsis")
    text = text_of(doc)
    money = [q for q in found if q.type == "money" and q.value.amount is not None]
    if not money:
        return []
    taken = Coverage(len(text), [(q.start, q.end) for q in found])
    count_words = set(cues["count_words"])
    extra: list[FoundQuantity] = []
    for match in phrase_pattern("bare_amount").finditer(text):
        start, end = match.span()
        if taken.overlaps(start, end):
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
        # Across a sentence end only the same scale word ties them; within a sentence a comparing word does.
        same_sentence = not re.search(r"[.!?]\s", text[antecedent.end : start])
        tied_by_word = same_sentence and bool(before) and before[0].lower() in cues["before"]
        if not (parallel or tied_by_word):
            continue
        after = re.match(r"\s*([^\W\d_]+)?", text[end:])
        next_word = (after.group(1) or "").lower() if after else ""
        if next_word and next_word not in cues["after"] and text[end : end + 1] not in ",.;:)":
            continue
        value = parse_money(text[start:end], antecedent=antecedent.value)
        if value is not None:
            extra.append(FoundQuantity("money", start, end, text[start:end], value))
    return extra
