"""What a Doc is (its text, the annotations it carries), computed once per Doc while the component runs.

`Doc.text` joins every token's text and `Doc.has_annotation` walks every token, each time they are asked;
the rules ask for every candidate span, which made them the largest single cost of the component on long
articles (a third of spaCy's own time on the dev corpus). Neither can change while the component runs, so
both are kept in `doc.user_data` until `forget` clears them at the end of the component.
"""

from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

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


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per Doc: each access builds a Span per entity, and the rules ask about twenty
    times per article. Nothing of newsclaims sets a Doc's entities."""
    return per_doc(doc, "ents", lambda doc: tuple(doc.ents))


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


def tagged(token: Token) -> bool:
    """Whether the tagger ran over the token: not on a pipeline without one, and not outside the sentences
    `partial_parse` parsed."""
    return token.tag != 0


def parsed(token: Token) -> bool:
    """Whether the parser ran over the token (see `tagged`): every token it parses gets a label."""
    return token.dep != 0


def sentence_at(doc: Doc, token_index: int) -> Span:
    """The sentence holding the token at `token_index`: what `Token.sent` and `Span.sent` return, found by
    bisection over the Doc's sentences (kept per Doc) instead of walking the sentence each time (issue 18: a
    long sentence asked once per quantity is quadratic)."""
    sentences, starts = per_doc(doc, "sentences", _sentences)
    return sentences[max(0, bisect_right(starts, token_index) - 1)]


def sentence_index_at(doc: Doc, token_index: int) -> int:
    """The index in `doc.sents` of the sentence holding the token at `token_index`, by bisection."""
    _, starts = per_doc(doc, "sentences", _sentences)
    return max(0, bisect_right(starts, token_index) - 1)


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    sentences = list(doc.sents)
    return sentences, [sentence.start for sentence in sentences]


def verb_above(token: Token) -> Token | None:
    """The nearest ancestor of the token that is a verb or auxiliary (`Token.ancestors` walked once per Doc:
    every token's answer is kept, so a deep parse is not walked again for each quantity)."""
    known: dict[int, int | None] = per_doc(token.doc, "verb_above", lambda doc: {})
    path = []
    found: int | None = None
    while token.i not in known:
        path.append(token.i)
        head = token.head
        if head.i == token.i or len(path) > len(token.doc):
            break
        if head.pos_ in ("VERB", "AUX"):
            found = head.i
            break
        token = head
    else:
        found = known[token.i]
    for index in path:
        known[index] = found
    return token.doc[found] if found is not None else None


def children_of(token: Token) -> Iterator[Token]:
    """`token.children`, in the same (text) order, from an index of the Doc's heads built once: spaCy finds a
    token's children by scanning its whole subtree span, so asking every token of a deep parse is quadratic
    (issue 18: a long run-on sentence)."""
    index: list[list[int]] = per_doc(token.doc, "children", _children_index)
    doc = token.doc
    return (doc[i] for i in index[token.i])  # lazy: a caller that stops at the first child pays for one


def _children_index(doc: Doc) -> list[list[int]]:
    index: list[list[int]] = [[] for _ in range(len(doc))]
    for token in doc:
        head = token.head.i
        if head != token.i:
            index[head].append(token.i)
    return index


def root_of(span: Span) -> Token:
    """`span.root`, without its walk to the sentence root: spaCy counts every candidate's steps to the root
    of its sentence, so a long chain of a run-on sentence made each quantity's root cost the chain's depth
    (issue 18). The same choice: a sentence root inside the span, else the token whose head lies outside it
    nearest the root (the first on a tie), with each token's depth kept per Doc."""
    doc = span.doc
    roots: dict[tuple[int, int], int] = per_doc(doc, "span_roots", lambda d: {})
    key = (span.start, span.end)
    if key not in roots:
        roots[key] = _root_index(span)
    return doc[roots[key]]


def _root_index(span: Span) -> int:
    doc = span.doc
    for i in range(span.start, span.end):
        if doc[i].head.i == i:
            return i
    best, best_depth = -1, len(doc)
    for i in range(span.start, span.end):
        token = doc[i]
        if span.start <= token.head.i < span.end:
            continue
        if (token.is_space or token.is_punct) and token.n_lefts == 0 and token.n_rights == 0:
            depth = len(doc) - 1  # as spaCy counts: a bare space or mark is no root when a word can be
        else:
            depth = _depth(doc, i)
        if depth < best_depth:
            best, best_depth = i, depth
    return best if best >= 0 else span.start


def _depth(doc: Doc, index: int) -> int:
    """Steps from the token to the root of its sentence (at most the Doc's length, as spaCy counts)."""
    known: dict[int, int] = per_doc(doc, "depths", lambda d: {})
    path: list[int] = []
    at = index
    while at not in known:
        head = doc[at].head.i
        if head == at or len(path) >= len(doc):
            known[at] = 0
            break
        path.append(at)
        at = head
    depth = known[at]
    for below in reversed(path):
        depth += 1
        known[below] = depth
    return known[index]
