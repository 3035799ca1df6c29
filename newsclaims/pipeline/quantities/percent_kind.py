"""Tell a percent level ('a 13% stake', 'rose to 5%') from a change ('rose 13%', 'a 13% increase').

Reads the words around the span, so it works without a parser or lemmatizer; the cue words are data
(`rules/percent_kind.json`). When the Doc has a dependency parse, a change word that governs the percent
from further away ('raised its quarterly dividend 3%') counts too.
"""

import re
from functools import cache

from spacy.tokens import Span, Token

from newsclaims.pipeline.annotations import parsed, tagged
from newsclaims.pipeline.quantities.candidate import FoundQuantity
from newsclaims.tables import load_table


def classify_percent(span: Span) -> str:
    """'change' or 'level' for the percent covered by `span`."""
    cues = load_table("percent_kind")
    doc = span.doc
    before = doc[max(0, span.start - 6) : span.start]
    after = doc[span.end : span.end + 2]
    skip = set(cues["skip_between"])
    after_words = cues["change_words_after"]
    if after and after[0].lower_ in after_words:
        return "change"
    if len(after) == 2 and after[1].lower_ in after_words and _is_modifier_noun(after[0], cues):
        return "change"  # 'a 53% pay rise'
    if _is_appositive_change(span, cues):
        return "change"
    # Walk left over filler words ('rose nearly 13%') to the word that governs the percent.
    for token in reversed(before):
        word = token.lower_
        if word in cues["level_words_before"]:
            return "level"
        if word in cues["change_words_direct"]:
            return "change"
        if word in cues["change_words_before"] and not _is_not_change(token, cues):
            return "change"
        if word == "of":
            governor = token.nbor(-1).lower_ if token.i > 0 else ""
            nouns = cues["change_nouns_before_of"]
            return "change" if governor in nouns or governor.removesuffix("s") in nouns else "level"
        if word not in skip and not (token.like_num or token.text in _money_words()):
            break
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in cues["change_words_after"]:
        return "change"
    if parsed(span[0]) and _governed_by_change(span, cues):
        return "change"
    return "level"


@cache
def _money_words() -> frozenset[str]:
    """Currency symbols and words, to walk over an amount in apposition ('fell 3.15 cents, or 1.9%')."""
    currencies = load_table("currencies")
    forms = [*currencies["prefix"], *currencies["suffix"], *currencies["minor"], *currencies["iso_codes"]]
    scales = load_table("scales")
    return frozenset(f for f in [*forms, *scales["words"], *scales["attached_only"]] if " " not in f)


def _is_modifier_noun(token: Token, cues: dict) -> bool:
    """'pay' in 'a 53% pay rise'; not 'and' in '2.5 per cent and cut'."""
    if not token.is_alpha or token.lower_ in cues["function_words"]:
        return False
    return token.pos_ in ("NOUN", "PROPN", "ADJ") if tagged(token) else True


def _is_appositive_change(span: Span, cues: dict) -> bool:
    """'cut output by another 10,000 vehicles, or 1.2%': the percent restates a change in other units."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "or" or doc[span.start - 2].text != ",":
        return False
    clause = doc[max(0, span.start - 2 - cues["appositive_window"]) : span.start - 2]
    return any(t.lower_ in cues["change_words_direct"] or t.lower_ in cues["change_words_before"] for t in clause)


def _is_not_change(token: Token, cues: dict) -> bool:
    previous = token.nbor(-1).lower_ if token.i > 0 else ""
    return [previous, token.lower_] in cues["not_change_bigrams"]


def _governed_by_change(span: Span, cues: dict) -> bool:
    """'raised its quarterly dividend 3%': the percent is an adverbial of a change verb."""
    root = span.root
    head = root.head
    if root.dep_ in ("npadvmod", "dobj", "advmod") and head.pos_ == "VERB":
        return head.lower_ in cues["change_words_before"] or head.lemma_.lower() in cues["change_words_before"]
    return False


def coordinate_changes(text: str, quantities: list[FoundQuantity]) -> list[FoundQuantity]:
    """'grow by 4.3% in 2005 and 4.2% in 2006': a percent joined to a change just before it in the same
    sentence, with no level word ('to', 'at') in front of it, is a change too."""
    cues = load_table("percent_kind")
    result = list(quantities)
    previous: FoundQuantity | None = None
    for index, quantity in enumerate(result):
        if quantity.type != "percent":
            continue
        if previous is not None and quantity.value.kind == "level" and previous.value.kind == "change":
            between = text[previous.end : quantity.start]
            words = re.findall(r"[a-z]+", between.lower())
            joined = not re.search(r"[.;\n]", between) and set(words) & set(cues["coordinators"])
            if joined and len(words) <= 8 and words[-1:] != [] and words[-1] not in cues["level_words_before"]:
                value = quantity.value.model_copy(update={"kind": "change"})
                result[index] = FoundQuantity(quantity.type, quantity.start, quantity.end, quantity.text, value)
        previous = result[index]
    return result
