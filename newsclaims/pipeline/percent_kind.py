"""Tell a percent level ('a 13% stake', 'rose to 5%') from a change ('rose 13%', 'a 13% increase').

Works on the words around the span, so it needs no parser or lemmatizer; the cue words are data
(`rules/percent_kind.json`).
"""

from spacy.tokens import Span

from newsclaims.pipeline.rules import load_table


def classify_percent(span: Span) -> str:
    """'change' or 'level' for the percent covered by `span`."""
    cues = load_table("percent_kind")
    doc = span.doc
    before = doc[max(0, span.start - 4) : span.start]
    after = doc[span.end : span.end + 2]
    skip = set(cues["skip_between"])
    # Walk left over filler words ('rose by nearly 13%') to the word that governs the percent.
    for token in reversed(before):
        word = token.lower_
        if word in cues["level_words_before"]:
            return "level"
        if word in cues["change_words_before"]:
            return "change"
        if word == "of":
            governor = token.nbor(-1).lower_ if token.i > 0 else ""
            return "change" if governor in cues["change_nouns_before_of"] else "level"
        if word not in skip:
            break
    if after and after[0].lower_ in cues["change_words_after"]:
        return "change"
    if len(after) == 2 and after[0].lower_ in ("-",) and after[1].lower_ in cues["change_words_after"]:
        return "change"
    return "level"
