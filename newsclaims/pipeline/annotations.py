"""What a Doc is (its text, the annotations it carries), computed once per Doc while the component runs.

`Doc.text` joins every token's text and `Doc.has_annotation` walks every token, each time they are asked;
the rules ask for every candidate span, which made them the largest single cost of the component on long
articles (a third of spaCy's own time on the dev corpus). Neither can change while the component runs, so
both are kept in `doc.user_data` until `forget` clears them at the end of the component.
"""

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

_KEY = "newsclaims_annotations"
_TEXT = "newsclaims_text"
_DERIVED = "newsclaims_derived"


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def per_doc(doc: Doc, name: str, compute: Callable[[Doc], Any]) -> Any:
    """`compute(doc)`, kept for the rest of the component's run on this Doc."""
    known = doc.user_data.setdefault(_DERIVED, {})
    if name not in known:
        known[name] = compute(doc)
    return known[name]


def forget(doc: Doc) -> None:
    """Drop what this module kept, so nothing of ours stays in `doc.user_data`."""
    for key in (_TEXT, _KEY, _DERIVED):
        doc.user_data.pop(key, None)


def has_annotation(doc: Doc, attr: str) -> bool:
    """`doc.has_annotation(attr)`, computed once per Doc and attribute."""
    known = doc.user_data.setdefault(_KEY, {})
    if attr not in known:
        known[attr] = doc.has_annotation(attr)
    return known[attr]
