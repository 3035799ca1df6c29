"""What a Doc is (its text, the annotations it carries), computed once per Doc while the component runs.

`Doc.text` joins every token's text and `Doc.has_annotation` walks every token, each time they are asked;
the rules ask for every candidate span, which made them the largest single cost of the component on long
articles (a third of spaCy's own time on the dev corpus). Neither can change while the component runs, so
both are kept in `doc.user_data` until `forget` clears them at the end of the component.
"""

from spacy.tokens import Doc

_KEY = "newsclaims_annotations"
_TEXT = "newsclaims_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def forget(doc: Doc) -> None:
    """Drop what `text_of` and `has_annotation` kept, so nothing of ours stays in `doc.user_data`."""
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_KEY, None)


def has_annotation(doc: Doc, attr: str) -> bool:
    """`doc.has_annotation(attr)`, computed once per Doc and attribute."""
    known = doc.user_data.setdefault(_KEY, {})
    if attr not in known:
        known[attr] = doc.has_annotation(attr)
    return known[attr]
