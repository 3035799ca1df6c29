"""Turn a processed Doc into the per-article record of the output contract."""

import datetime as dt
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from newsclaims.models import (
    ArticleMeta,
    ArticleResult,
    Claim,
    DateMention,
    Event,
    MoneyMention,
    OrgMention,
    OrgValue,
    PercentMention,
    StatedChange,
    text_sha256,
)
from newsclaims.pipeline.changes import ChangeFrame
from newsclaims.pipeline.claims import ClaimFrame
from newsclaims.pipeline.dates.anchor import text_anchor
from newsclaims.pipeline.dates.calendar import resolve_date
from newsclaims.pipeline.doc_results import (
    Record,
    change_frame,
    claim_frame,
    date_reading,
    event_frame,
    results_of,
)
from newsclaims.pipeline.events import EventFrame
from newsclaims.pipeline.orgs.identity import resolve_identities

MAX_SENTENCE_CHARS = 1_000  # longer than any sentence of 300 Reuters stories (399) by far
_MENTION_MODELS = {"money": MoneyMention, "percent": PercentMention, "date": DateMention, "org": OrgMention}


def build_result(
    doc: Doc,
    *,
    article_id: str,
    source: str | None = None,
    published: dt.date | None = None,
    published_source: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    aliases: Mapping[str, str] | None = None,
    text: str | None = None,
) -> ArticleResult:
    """The `ArticleResult` of a Doc that went through the `newsclaims` component (`NotProcessedError` for a Doc
    that did not). It reads the component's plain data (`pipeline.doc_results`) and the Doc's text only.

    `published_source` says where `published` came from ("given" or "input"); it defaults to "given" when
    a date is passed. Without a date, a dateline or date line at the top of the text gives it ("text").
    Relative dates resolve against it. `aliases` maps organization names (`org_identity.name_key`) to
    canonical names, so one organization gets one `org_id` across articles. `text`: the text the Doc was
    made of, when the caller has it (`doc.text` joins every token's text: a quarter of a millisecond per
    article).
    """
    stored = results_of(doc)
    text = doc.text if text is None else text  # joined from the tokens on every access: once here at most
    if published is not None and published_source is None:
        published_source = "given"
    if published is None:
        published = text_anchor(text)
        published_source = "text" if published is not None else None
    found = [(q["start"], q["end"], q["type"], q["text"], q["sentence"], q["value"]) for q in stored.quantities]
    found += _dates(stored.dates, published)
    found += _orgs(text, stored.orgs, aliases)
    mentions = [
        _MENTION_MODELS[kind](
            id=f"m{number}", type=kind, text=text, start=start, end=end, sentence=sentence, value=value
        )
        for number, (start, end, kind, text, sentence, value) in enumerate(sorted(found, key=lambda m: m[0]), start=1)
    ]
    claims = _claims(text, [claim_frame(frame) for frame in stored.claims], mentions)
    events = _events(text, [event_frame(frame) for frame in stored.events], mentions)
    changes = _changes(text, [change_frame(frame) for frame in stored.changes], mentions)
    meta = ArticleMeta(
        id=article_id,
        source=source,
        sha256=text_sha256(text),
        published=published,
        published_source=published_source,
        title=title,
        chars=len(text),
        encoding=encoding,
    )
    return ArticleResult(status="ok", article=meta, mentions=mentions, claims=claims, events=events, changes=changes)


def _dates(dates: Sequence[Record], anchor: dt.date | None) -> list[tuple]:
    return [
        (
            d["start"],
            d["end"],
            "date",
            d["text"],
            d["sentence"],
            resolve_date(date_reading(d["reading"]), anchor, d["tense"]),
        )
        for d in dates
    ]


def _orgs(text: str, orgs: Sequence[Record], aliases: Mapping[str, str] | None) -> list[tuple]:
    identities = resolve_identities(text, [(max(o["start"], o["name_start"]), o["end"]) for o in orgs], aliases)
    return [
        (
            o["start"],
            o["end"],
            "org",
            o["text"],
            o["sentence"],
            OrgValue(name=i.name, org_id=i.org_id, aliases=list(i.aliases)),
        )
        for o, i in zip(orgs, identities, strict=True)
    ]


def _orgs_by_offsets(mentions: list) -> dict[tuple[int, int], OrgMention]:
    """Org mentions by their offsets and by their name's (a frame names an org by its name, without a 'the'
    the span may keep)."""
    org_at = {(m.start, m.end): m for m in mentions if m.type == "org"}
    for mention in mentions:
        if mention.type == "org":
            name_start = mention.end - len(mention.value.name)
            org_at.setdefault((name_start, mention.end), mention)
    return org_at


def _claims(text: str, frames: list[ClaimFrame], mentions: list) -> list[Claim]:
    """Contract claims from the component's frames: offsets become mention ids and org_ids."""
    by_offsets = {(m.start, m.end, m.type): m for m in mentions}
    org_at = _orgs_by_offsets(mentions)
    dates = {(m.start, m.end): m.id for m in mentions if m.type == "date"}
    claims = []
    for frame in frames:
        start, end = frame.quantity
        mention = by_offsets.get((start, end, "money")) or by_offsets.get((start, end, "percent"))
        if mention is None:
            continue
        subject = org_at.get(frame.subject) if frame.subject else None
        obj = org_at.get(frame.object) if frame.object else None
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                mention=mention.id,
                subject=subject.value.org_id if subject else None,
                object=obj.value.org_id
                if obj and (subject is None or obj.value.org_id != subject.value.org_id)
                else None,
                attribute=frame.attribute,
                attribute_key=frame.attribute_key,
                kind=frame.kind,
                time=dates.get(frame.time) if frame.time else None,
                time_role=frame.time_role if frame.time and frame.time in dates else None,
                certainty=frame.certainty,
                attribution=frame.attribution,
                sentence_text=sentence_text(text, frame.sentence, frame.quantity),
            )
        )
    return claims


def _events(text: str, frames: list[EventFrame], mentions: list) -> list[Event]:
    """Contract events from the component's frames: the date's offsets become its mention id (a date that
    resolved to no point in time is no event's date; a term's is a duration), organizations their org_ids."""
    dates = {(m.start, m.end): m for m in mentions if m.type == "date"}
    org_at = _orgs_by_offsets(mentions)
    events = []
    for frame in frames:
        date = dates.get(frame.date)
        if date is None or date.value.kind != ("duration" if frame.kind == "term" else "point"):
            continue
        subject = org_at.get(frame.subject) if frame.subject else None
        obj = org_at.get(frame.object) if frame.object else None
        if obj is not None and subject is not None and obj.value.org_id == subject.value.org_id:
            obj = None
        events.append(
            Event(
                id=f"e{len(events) + 1}",
                kind=frame.kind,
                trigger=text[frame.trigger[0] : frame.trigger[1]],
                date=date.id,
                thing=" ".join(text[frame.thing[0] : frame.thing[1]].split()) if frame.thing else None,
                thing_key=frame.thing_key,
                subject=subject.value.org_id if subject else None,
                object=obj.value.org_id if obj else None,
                status=frame.status,
                certainty=frame.certainty,
                sentence_text=sentence_text(text, frame.sentence, frame.date),
            )
        )
    return events


def _changes(text: str, frames: list[ChangeFrame], mentions: list) -> list[StatedChange]:
    """Contract changes from the component's frames: organizations become their org_ids."""
    org_at = _orgs_by_offsets(mentions)
    changes = []
    for frame in frames:
        subject = org_at.get(frame.subject) if frame.subject else None
        start, end = frame.words
        changes.append(
            StatedChange(
                id=f"c{len(changes) + 1}",
                text=text[start:end],
                start=start,
                end=end,
                sentence=frame.sentence_number,
                direction=frame.direction,
                factor_low=frame.factor_low,
                factor_high=frame.factor_high,
                measure=" ".join(text[frame.measure[0] : frame.measure[1]].split()) if frame.measure else None,
                measure_key=frame.measure_key,
                kind=frame.kind,
                subject=subject.value.org_id if subject else None,
                sentence_text=sentence_text(text, frame.sentence, frame.words),
            )
        )
    return changes


def sentence_text(text: str, sentence: tuple[int, int], quantity: tuple[int, int]) -> str:
    """A claim's `sentence_text`: its sentence with whitespace runs made single spaces. A sentence longer than
    `MAX_SENTENCE_CHARS` (a line of 200,000 characters with no full stop, or a table the parser reads as one
    sentence) gives the words within `MAX_SENTENCE_CHARS // 2` characters either side of the quantity, with
    '…' where it was cut: every claim repeating the whole sentence made the record quadratic in the
    sentence's length (issue 18: 29 MB for 20,000 characters).

    >>> sentence_text("Revenue  rose to   $5 million.", (0, 31), (19, 30))
    'Revenue rose to $5 million.'
    """
    start, end = sentence
    if end - start <= MAX_SENTENCE_CHARS:
        return " ".join(text[start:end].split())
    reach = MAX_SENTENCE_CHARS // 2
    cut_start, cut_end = max(start, quantity[0] - reach), min(end, quantity[1] + reach)
    if cut_start > start:  # not inside a word
        space = _first_space(text, cut_start, quantity[0])
        cut_start = space if space is not None else cut_start
    if cut_end < end:
        space = text.rfind(" ", quantity[1], cut_end)
        cut_end = space if space >= 0 else cut_end
    words = " ".join(text[cut_start:cut_end].split())
    return ("… " if cut_start > start else "") + words + (" …" if cut_end < end else "")


def _first_space(text: str, start: int, end: int) -> int | None:
    for at in range(start, end):
        if text[at].isspace():
            return at
    return None
