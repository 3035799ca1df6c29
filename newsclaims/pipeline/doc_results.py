"""What the `newsclaims` component leaves on a Doc: its results as plain data, and the way back.

The finders work with dataclasses (`FoundQuantity`, `DateSpan`, `OrgSpan`, `ClaimFrame`); the Doc gets only
what spaCy can serialize (dicts, lists, str, int, float, bool, None), so `nlp.pipe(n_process=N)`,
`DocBin(store_user_data=True)` and `doc.to_bytes()` carry them (issue 21). A restored Doc gives tuples where
lists were stored (spaCy reads user data back with `use_list=False`): the readers here take either.

One record per mention, in text order, each with the index of its sentence (so a record needs nothing of
the Doc but its text, whatever annotations a DocBin kept):

- `doc._.newsclaims_quantities`: `{"type", "start", "end", "text", "sentence", "value"}`, `value` the
  contract's money or percent value as a dict;
- `doc._.newsclaims_dates`: `{"start", "end", "text", "sentence", "reading", "tense"}`, `reading` what the
  phrase says before it is placed on the calendar (`DateReading`'s fields; `until` nested);
- `doc._.newsclaims_orgs`: `{"start", "end", "text", "sentence", "name_start"}`;
- `doc._.newsclaims_claims`: what each quantity asserts, organizations and dates by their character
  offsets: `{"quantity": [start, end], "subject", "object", "attribute", "attribute_key", "kind", "time",
  "time_role", "certainty", "attribution", "sentence": [start, end]}`;
- `doc._.newsclaims_events`: the dated events the dates are of, by character offsets: `{"kind", "trigger":
  [start, end], "date": [start, end], "thing", "thing_key", "subject", "object", "status", "certainty",
  "sentence": [start, end]}`;
- `doc._.newsclaims_changes`: the changes told in words, by character offsets: `{"words": [start, end],
  "direction", "factor_low", "factor_high", "measure", "measure_key", "kind", "subject", "sentence"}`.
"""

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from spacy.tokens import Doc

from newsclaims.pipeline.changes.find import ChangeFrame
from newsclaims.pipeline.claims.frames import ClaimFrame
from newsclaims.pipeline.dates.find import DateSpan
from newsclaims.pipeline.dates.reading import DateReading
from newsclaims.pipeline.events.find import EventFrame
from newsclaims.pipeline.orgs.find import OrgSpan
from newsclaims.pipeline.quantities.candidate import FoundQuantity

QUANTITIES = "newsclaims_quantities"
DATES = "newsclaims_dates"
ORGS = "newsclaims_orgs"
CLAIMS = "newsclaims_claims"
EVENTS = "newsclaims_events"
CHANGES = "newsclaims_changes"
EXTENSIONS = (QUANTITIES, DATES, ORGS, CLAIMS, EVENTS, CHANGES)

Record = Mapping[str, Any]
_READING_FIELDS = tuple(f.name for f in fields(DateReading))
_FRAME_OFFSETS = ("quantity", "subject", "object", "time", "sentence")
_EVENT_OFFSETS = ("trigger", "date", "thing", "subject", "object", "sentence")
_CHANGE_OFFSETS = ("words", "measure", "subject", "sentence")


class NotProcessedError(ValueError):
    """A Doc that carries no results of the `newsclaims` component."""


def register_extensions() -> None:
    """The `doc._` attributes the results live in (idempotent: a restored Doc needs them to be read)."""
    for extension in EXTENSIONS:
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)


register_extensions()


def store(
    doc: Doc,
    quantities: Sequence[FoundQuantity],
    dates: Sequence[DateSpan],
    orgs: Sequence[OrgSpan],
    frames: Iterable[ClaimFrame],
    sentence_starts: Sequence[int],
    events: Iterable[EventFrame] = (),
    changes: Iterable[ChangeFrame] = (),
) -> None:
    """Write the component's findings to `doc._` as plain data. `sentence_starts`: the character offset of
    every sentence's start, in order (`[0]` for a Doc without sentences)."""

    def sentence(start: int) -> int:
        return max(0, bisect_right(sentence_starts, start) - 1)

    doc._.set(
        QUANTITIES,
        [
            {
                "type": q.type,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "sentence": sentence(q.start),
                "value": q.value.model_dump(),
            }
            for q in quantities
        ],
    )
    doc._.set(
        DATES,
        [
            {
                "start": d.start,
                "end": d.end,
                "text": d.text,
                "sentence": sentence(d.start),
                "reading": _reading_data(d.reading),
                "tense": d.tense,
            }
            for d in dates
        ],
    )
    doc._.set(
        ORGS,
        [
            {"start": o.start, "end": o.end, "text": o.text, "sentence": sentence(o.start), "name_start": o.name_start}
            for o in orgs
        ],
    )
    doc._.set(CLAIMS, [{f.name: getattr(frame, f.name) for f in fields(ClaimFrame)} for frame in frames])
    doc._.set(EVENTS, [{f.name: getattr(event, f.name) for f in fields(EventFrame)} for event in events])
    doc._.set(CHANGES, [{f.name: getattr(change, f.name) for f in fields(ChangeFrame)} for change in changes])


@dataclass(frozen=True)
class DocResults:
    """The component's results as read back from a Doc: plain records (see the module's docstring)."""

    quantities: Sequence[Record]
    dates: Sequence[Record]
    orgs: Sequence[Record]
    claims: Sequence[Record]
    events: Sequence[Record] = ()
    changes: Sequence[Record] = ()


def results_of(doc: Doc) -> DocResults:
    """The results the component left on `doc`; `NotProcessedError` when there are none."""
    stored = [doc._.get(name) for name in EXTENSIONS]
    if all(records is None for records in stored):
        raise NotProcessedError(
            "this Doc carries no newsclaims results: run it through a pipeline with the 'newsclaims' component "
            "(nlp.add_pipe('newsclaims'), or newsclaims.load_pipeline()); a Doc restored from bytes or a DocBin "
            "keeps them only when its user data was saved (DocBin(store_user_data=True))"
        )
    return DocResults(*(records or () for records in stored))


def date_reading(data: Record) -> DateReading:
    """The `DateReading` a date record holds."""
    values: dict[str, Any] = {name: data.get(name) for name in _READING_FIELDS if name in data}
    length = values.get("length")
    if length is not None:
        count, unit = length
        values["length"] = (count, unit)
    until = values.get("until")
    if until is not None:
        values["until"] = date_reading(until)
    return DateReading(**values)


def claim_frame(data: Record) -> ClaimFrame:
    """The `ClaimFrame` a claim record holds."""
    values = dict(data)
    for name in _FRAME_OFFSETS:
        if values.get(name) is not None:
            start, end = values[name]
            values[name] = (start, end)
    return ClaimFrame(**values)


def event_frame(data: Record) -> EventFrame:
    """The `EventFrame` an event record holds."""
    values = dict(data)
    for name in _EVENT_OFFSETS:
        if values.get(name) is not None:
            start, end = values[name]
            values[name] = (start, end)
    return EventFrame(**values)


def change_frame(data: Record) -> ChangeFrame:
    """The `ChangeFrame` a change record holds."""
    values = dict(data)
    for name in _CHANGE_OFFSETS:
        if values.get(name) is not None:
            start, end = values[name]
            values[name] = (start, end)
    return ChangeFrame(**values)


def _reading_data(reading: DateReading) -> dict[str, Any]:
    data = {name: getattr(reading, name) for name in _READING_FIELDS}
    if reading.until is not None:
        data["until"] = _reading_data(reading.until)
    return data
