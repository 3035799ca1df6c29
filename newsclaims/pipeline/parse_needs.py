"""Which sentences of a Doc the rules read the tagger and parser in: the ones `partial_parse` parses.

- A sentence holding a money or percent mention (`quantities.find.quantity_spans`, which reads no parse):
  the claim rules read its parse (holder, attribute, time, certainty), and so do a percent's kind and a
  rate's unit.
- A sentence holding a candidate date whose reading takes the tagger or the parser
  (`dates.find.dates_needing_parse`: the tense of 'on Tuesday', whether '2000' counts 'employees').
- A sentence holding a model organization with a 'the' inside it (`orgs.find.orgs_needing_parse`: the 'the'
  stays when the name ends its noun phrase).

What else reads the parse falls back as on a pipeline without a parser: an organization's being a
grammatical subject (`claims.references`, for the three sentences before a claim) is read only where its
sentence was parsed.
"""

from bisect import bisect_right

from spacy.tokens import Doc

from newsclaims.pipeline.dates.find import dates_needing_parse
from newsclaims.pipeline.orgs.find import orgs_needing_parse
from newsclaims.pipeline.annotations import per_doc
from newsclaims.pipeline.quantities.find import quantity_spans


def sentences_to_parse(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the sentences to parse, in text order."""
    if len(doc) == 0:
        return []
    sentences = [(sentence.start, sentence.end) for sentence in doc.sents]
    char_starts = [doc[start].idx for start, _ in sentences]
    spans = [(quantity.start, quantity.end) for quantity in per_doc(doc, "quantity_spans", quantity_spans)]
    spans += dates_needing_parse(doc) + orgs_needing_parse(doc)
    wanted: set[int] = set()
    for start, end in spans:
        first = max(0, bisect_right(char_starts, start) - 1)
        last = max(0, bisect_right(char_starts, max(start, end - 1)) - 1)
        wanted.update(range(first, last + 1))
    return [sentences[number] for number in sorted(wanted)]
