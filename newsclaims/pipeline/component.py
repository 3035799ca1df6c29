"""The `newsclaims` spaCy component: finds money and percent mentions in a Doc.

After a plain install, `nlp.add_pipe("newsclaims")` works in any English pipeline (the factory is
registered through the `spacy_factories` entry point). Put it after "ner" to use the model's
entities as extra candidates; it works without NER too (rules alone).
"""

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from newsclaims.pipeline.quantities import Quantity, find_quantities

SPANS_KEY = "newsclaims"


class QuantityExtractor:
    """Writes the money and percent mentions to `doc._.newsclaims_quantities` (exact character offsets and
    normalized values) and, for display and spaCy tooling, to `doc.spans["newsclaims"]` (token spans
    labelled money/percent)."""

    def __init__(self, nlp: Language, name: str = "newsclaims") -> None:
        self.name = name
        if not Doc.has_extension("newsclaims_quantities"):
            Doc.set_extension("newsclaims_quantities", default=None)

    def __call__(self, doc: Doc) -> Doc:
        quantities = find_quantities(doc)
        doc._.newsclaims_quantities = quantities
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=[_span(doc, q) for q in quantities])
        return doc


def _span(doc: Doc, quantity: Quantity) -> Span:
    span = doc.char_span(quantity.start, quantity.end, label=quantity.type, alignment_mode="expand")
    # An offset inside a token ('USD34.6'): the token span covers it; the exact offsets stay in the record.
    return span if span is not None else doc[0:0]


@Language.factory(
    "newsclaims",
    assigns=["doc._.newsclaims_quantities", "doc.spans"],
    requires=[],
)
def make_quantity_extractor(nlp: Language, name: str) -> QuantityExtractor:
    """Factory of the `newsclaims` component."""
    return QuantityExtractor(nlp, name)
