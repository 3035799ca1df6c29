"""A claim's date by the indexed search (issue 18) is the date the walk over every date of the sentence picks.

The walk below is the rule as it was written before the index (kept here as the reference): the least
(tree distance, text distance), first on a tie, a loan's maturity three steps nearer, a date of speaking
skipped for a quantity inside what was said.
"""

import pytest

from newsclaims.pipeline.annotations import forget
from newsclaims.pipeline.claims import timing
from newsclaims.pipeline.claims.certainty import stance
from newsclaims.pipeline.claims.references import OrgIndex
from newsclaims.pipeline.dates.find import find_dates
from newsclaims.pipeline.orgs.find import find_orgs
from newsclaims.pipeline.quantities.find import find_quantities

SENTENCES = [
    "Northwind said on Tuesday it had repaid $2 million in March, $3 million in April and $4 million in May 2026.",
    "The $500 million loan due in March 2029 replaces a $300 million loan maturing in 2027, the bank said on Friday.",
    "Revenue was $5 million in 2024, $6 million in 2025 and $7 million in the first quarter of 2026.",
    "Shares rose 4% on Monday, 3% on Tuesday, 2% on Wednesday and 1% on Thursday, traders said on Friday.",
    "It paid $5 million on March 3, $5 million on March 4, $5 million on March 5, $6 million on March 6.",
    "A five-year loan of $1 billion, a 10-year bond of $2 billion due 2036 and notes of $3 billion due 2030.",
    "$5 million on March 3, " * 12 + "and $6 million on March 4.",  # a run-on list: dates on both sides
    "Dealers said they sold $4 million on May 2, " * 6 + "the broker said on May 9.",
]


def _walk(quantity, dates, speech_verb, kind, lemmatize):
    best = None
    for date, span in dates:
        if span.start <= quantity.root.i < span.end:
            continue
        distance = timing._tree_distance(quantity.root, span.root, timing._MAX_DISTANCE)
        if distance is None or distance > timing._MAX_DISTANCE:
            continue
        said_when = speech_verb is not None and (
            timing._attached_to(span.root, speech_verb) or timing._right_after(span, speech_verb)
        )
        if said_when and not timing._attached_to(quantity.root, speech_verb):
            continue
        if kind in ("loan", "debt") and timing._role(quantity, date, span, kind, lemmatize) == "maturity":
            distance -= 3
        closeness = (distance, abs(span.start - quantity.start))
        if best is None or closeness < best[0]:
            best = (closeness, date, span)
    return None if best is None else best[1]


@pytest.mark.parametrize("sentence", SENTENCES, ids=range(len(SENTENCES)))
@pytest.mark.parametrize("kind", ["loan", "revenue", "price"])
def test_indexed_choice_is_the_walks_choice(model_nlp, sentence, kind):
    doc = model_nlp.make_doc(sentence)
    for _, component in model_nlp.pipeline:
        doc = component(doc) if component is not model_nlp.get_pipe("newsclaims") else doc
    try:  # the mentions as the component finds them, with the per-Doc caches kept for the rules below
        quantities = find_quantities(doc)
        taken = [(q.start, q.end) for q in quantities]
        found_dates = find_dates(doc, taken)
        orgs = find_orgs(doc, taken + [(d.start, d.end) for d in found_dates])
        index = OrgIndex(doc, orgs, [s.start for s in doc.sents])
        dates = [(d, doc.char_span(d.start, d.end, alignment_mode="expand")) for d in found_dates]
        dates = [(d, s) for d, s in dates if s is not None and len(s)]
        assert len(dates) >= 2
        dated = 0
        for quantity in quantities:
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            speech = stance(span, index, None).speech_verb
            for speech_verb in {speech, None}:
                chosen, _ = timing.claim_time(span, dates, speech_verb, kind, None)
                assert chosen == _walk(span, dates, speech_verb, kind, None), (quantity.text, speech_verb)
                dated += chosen is not None
        assert dated >= 2  # the sentence tests a choice, not only its absence
    finally:
        forget(doc)
