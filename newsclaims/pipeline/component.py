"""The `newsclaims` spaCy component: finds money, percent, date and organization mentions in a Doc.

After a plain install, `nlp.add_pipe("newsclaims")` works in any English pipeline (the factory is
registered through the `spacy_factories` entry point). Put it after "ner" to use the model's
entities as extra candidates; it works without NER too (rules alone).
"""

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from newsclaims.pipeline.annotations import forget, has_annotation
from newsclaims.pipeline.changes import find_changes
from newsclaims.pipeline.claims import find_claims
from newsclaims.pipeline.claims.words import rule_lemmatizer
from newsclaims.pipeline.dates.find import find_dates
from newsclaims.pipeline.doc_results import register_extensions, store
from newsclaims.pipeline.events import find_events

# registers 'newsclaims_line_breaks' for pipelines that add 'newsclaims' through its entry point
from newsclaims.pipeline.line_breaks import line_breaks  # noqa: F401
from newsclaims.pipeline.orgs.find import RULES as ORG_RULES
from newsclaims.pipeline.orgs.find import find_orgs

# registers 'newsclaims_partial_parse' likewise (the pipeline `load_pipeline` builds, saved and loaded again)
from newsclaims.pipeline.partial_parse import make_partial_parser  # noqa: F401
from newsclaims.pipeline.quantities.find import find_quantities

SPANS_KEY = "newsclaims"


class QuantityExtractor:
    """Writes the money and percent mentions to `doc._.newsclaims_quantities` (exact character offsets and
    normalized values), the date mentions to `doc._.newsclaims_dates` (read, not yet resolved against the
    publication date: `pipeline.article.build_result` does that), the organization mentions to
    `doc._.newsclaims_orgs`, what each money and percent mention asserts to `doc._.newsclaims_claims`
    (claim frames, read from the dependency parse in the same pass), the dated events the dates are of to
    `doc._.newsclaims_events` (event frames: 'the deal closed on March 21'), all as plain data
    (`pipeline.doc_results`), and, for display and spaCy tooling, all the mentions to
    `doc.spans["newsclaims"]` (token spans labelled money/percent/date/org).

    `org_rules` switches organization filters and additions off by name (`orgs.find.RULES`; a rule not named
    stays on)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsclaims",
        claims: bool = True,
        org_rules: dict[str, bool] | None = None,
    ) -> None:
        self.name = name
        self.claims = claims
        self.org_rules = enabled_org_rules(org_rules or {})
        self._nlp = nlp
        self._lemmatize = None
        self._lemmatizer_looked_up = False
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._annotate(doc)
        finally:
            forget(doc)  # nothing of the per-Doc caches stays in doc.user_data, even after an error

    def _annotate(self, doc: Doc) -> Doc:
        quantities = find_quantities(doc)
        taken = [(q.start, q.end) for q in quantities]
        dates = find_dates(doc, taken)
        orgs = find_orgs(doc, taken + [(d.start, d.end) for d in dates], self.org_rules)
        frames = find_claims(doc, quantities, dates, orgs, self._lemmatizer()) if self.claims else []
        events = find_events(doc, dates, orgs, self._lemmatizer()) if self.claims else []
        changes = find_changes(doc, orgs, self._lemmatizer()) if self.claims else []
        sentence_starts = [s.start_char for s in doc.sents] if has_annotation(doc, "SENT_START") else [0]
        store(doc, quantities, dates, orgs, frames, sentence_starts, events, changes)
        spans = [_span(doc, q.start, q.end, q.type) for q in quantities]
        spans += [_span(doc, d.start, d.end, "date") for d in dates]
        spans += [_span(doc, o.start, o.end, "org") for o in orgs]
        spans = [span for span in spans if span is not None]
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=sorted(spans, key=lambda s: s.start))
        return doc

    def _lemmatizer(self):
        # Looked up on first use: the pipeline's lemmatizer may be added after this component.
        if not self._lemmatizer_looked_up:
            self._lemmatize = rule_lemmatizer(self._nlp)
            self._lemmatizer_looked_up = True
        return self._lemmatize


def enabled_org_rules(switches: dict[str, bool]) -> frozenset[str]:
    """The org rules left on by `switches` (rule name -> on/off); an unknown name is an error."""
    unknown = sorted(set(switches) - ORG_RULES)
    if unknown:
        raise ValueError(f"unknown org rule(s) {', '.join(unknown)}; the rules are {', '.join(sorted(ORG_RULES))}")
    return frozenset(rule for rule in ORG_RULES if switches.get(rule, True))


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    # An offset inside a token ('USD34.6'): the token span covers it; the exact offsets stay in the record.
    return doc.char_span(start, end, label=label, alignment_mode="expand")


@Language.factory(
    "newsclaims",
    assigns=[
        "doc._.newsclaims_quantities",
        "doc._.newsclaims_dates",
        "doc._.newsclaims_orgs",
        "doc._.newsclaims_claims",
        "doc._.newsclaims_events",
        "doc._.newsclaims_changes",
        "doc.spans",
    ],
    requires=[],
    default_config={"claims": True, "org_rules": {rule: True for rule in sorted(ORG_RULES)}},
)
def make_quantity_extractor(nlp: Language, name: str, claims: bool, org_rules: dict[str, bool]) -> QuantityExtractor:
    """Factory of the `newsclaims` component. `claims: false` skips reading claims and events (mentions only);
    `org_rules: {"person_names": false}` switches an organization rule off (`orgs.find.RULES`)."""
    return QuantityExtractor(nlp, name, claims, org_rules)
