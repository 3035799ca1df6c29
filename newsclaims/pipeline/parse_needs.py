"""Which sentences of a Doc the rules read the tagger and parser in: the ones `partial_parse` parses.

- A sentence holding a money or percent mention (`quantities.find.quantity_spans`, which reads no parse):
  the claim rules read its parse (holder, attribute, time, certainty), and so do a percent's kind and a
  rate's unit.
- A sentence holding a candidate date whose reading takes the tagger or the parser
  (`dates.find.dates_needing_parse`: the tense of 'on Tuesday', whether '2000' counts 'employees').
- A sentence holding a model organization with a 'the' inside it (`orgs.find.orgs_needing_parse`: the 'the'
  stays when the name ends its noun phrase).

- A sentence holding a candidate point date and a word that may be an event's trigger
  (`events.find.event_sentence_candidates`: 'the deal closed on March 21').
- A sentence holding a word that may tell a change without a percentage (`changes.find.change_sentence_candidates`:
  'doubled', 'by a third').
- A sentence holding a model organization in the three before a sentence with a money or percent mention
  or an event: a pronoun or 'the company' of a claim or an event stands for an organization of those
  sentences, a grammatical subject first (`claims.references`).

What else reads the parse falls back as on a pipeline without a parser (an organization found by a rule,
not the model, in those sentences counts as no subject).
"""

from bisect import bisect_right

from spacy.tokens import Doc

from newsclaims.pipeline.annotations import ents_of, per_doc
from newsclaims.pipeline.changes.find import change_sentence_candidates
from newsclaims.pipeline.claims.references import LOOKBACK_SENTENCES
from newsclaims.pipeline.dates.find import dates_needing_parse, point_date_candidates
from newsclaims.pipeline.events.find import event_sentence_candidates
from newsclaims.pipeline.orgs.find import orgs_needing_parse
from newsclaims.pipeline.quantities.find import quantity_spans


def sentences_to_parse(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the sentences to parse, in text order."""
    if len(doc) == 0:
        return []
    sentences = [(sentence.start, sentence.end) for sentence in doc.sents]
    char_starts = [doc[start].idx for start, _ in sentences]

    def numbers(spans: list[tuple[int, int]]) -> set[int]:
        found: set[int] = set()
        for start, end in spans:
            first = max(0, bisect_right(char_starts, start) - 1)
            found.update(range(first, max(first, bisect_right(char_starts, end - 1) - 1) + 1))
        return found

    with_quantities = numbers([(q.start, q.end) for q in per_doc(doc, "quantity_spans", quantity_spans)])
    with_quantities |= numbers(event_sentence_candidates(doc, point_date_candidates(doc)))
    with_quantities |= numbers(change_sentence_candidates(doc))
    with_orgs = numbers([(ent.start_char, ent.end_char) for ent in ents_of(doc) if ent.label_ == "ORG"])
    looked_back = {n for q in with_quantities for n in range(q - LOOKBACK_SENTENCES, q)} & with_orgs
    wanted = with_quantities | looked_back | numbers(dates_needing_parse(doc) + orgs_needing_parse(doc))
    return [sentences[number] for number in sorted(wanted)]
