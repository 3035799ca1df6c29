"""A line break ends a sentence: the `newsclaims_line_breaks` component, run before the parser.

The parser joins a headline and the first line below it (one line break between them) into one sentence,
and claims then borrow the headline's words as attribution or time. News text puts a sentence across a
line break almost never outside hard-wrapped copy, so the token after a line break starts a sentence; the
parser keeps boundaries set before it runs and finds the others itself.

A line in capitals (a wire headline: 'SAAB-SCANIA ISSUES 150 MLN DLR EUROBOND') is one sentence: the parser,
trained on mixed case, cuts such lines after a number or a ticker, and the headline's figure is then left
in a sentence of three words.

A table row's dot leader ('Founders ........ 48.5%') ends no sentence: the senter cuts after it, and the row's
figure is then left without its label.

A wire story's sign-off after its last full stop ('... underwriting fee. REUTER') is a sentence of its own,
as the parser made it: the senter (which `load_pipeline` runs instead of the parser over every token)
leaves it in the last sentence, whose parse then takes it for a name.
"""

import re
from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d


@Language.component("newsclaims_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after each line break as a sentence start, and no other token of a line in
    capitals. Written as one array: setting `Token.is_sent_start` checks the whole Doc for a parse each time
    (issue 18: quadratic in the lines)."""
    starts: list[int] = []
    inside: list[int] = []  # tokens of a line in capitals that start no sentence
    line_start = 0
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text and not doc[token.i + 1].is_space:
            starts.append(token.i + 1)
            inside.extend(_one_sentence_if_capitals(doc, line_start, token.i))
            line_start = token.i + 1
        elif token.text in _SIGN_OFFS and _signs_off(doc, token.i):
            starts.append(token.i)
        elif _LEADER.match(token.text) and token.i > line_start:
            # 'Mwangi family (founders) ......... 48.5%': a table row's dot leader ends no sentence
            inside.extend(t.i for t in doc[token.i : token.i + 2] if not t.is_space)
    inside.extend(_one_sentence_if_capitals(doc, line_start, len(doc)))
    if len(doc) and doc[-1].text in _SIGN_OFFS and _signs_off(doc, len(doc) - 1):
        starts.append(len(doc) - 1)
    if starts or inside:
        values = doc.to_array([SENT_START]).astype("int64")  # one attribute: a 1-D array
        values[starts] = 1
        values[inside] = -1
        doc.from_array([SENT_START], cast(Ints2d, values.reshape(-1, 1).astype("uint64")))
    return doc


_MAX_HEADLINE_TOKENS = 40
_LEADER = re.compile(r"^(?:\.{3,}|\u2026+|_{3,})$")  # dots or a rule leading from a table row's label to its figure
_SIGN_OFFS = frozenset({"REUTER", "Reuter", "REUTERS"})


def _signs_off(doc: Doc, at: int) -> bool:
    """Whether the sign-off word at `at` follows a sentence's end and ends its line or the text."""
    after = doc[at + 1] if at + 1 < len(doc) else None
    return (
        at > 0
        and doc[at - 1].text[-1:] in (".", "!", "?", '"', "'", "”")
        and (after is None or (after.is_space and "\n" in after.text))
    )


def _one_sentence_if_capitals(doc: Doc, start: int, end: int) -> list[int]:
    """The tokens after the first of a line in capitals, which start no sentence (none for another line)."""
    if end - start < 2 or end - start > _MAX_HEADLINE_TOKENS:
        return []
    letters = [c for token in doc[start:end] for c in token.text if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) <= 0.9 * len(letters):
        return []
    return [token.i for token in doc[start + 1 : end] if not token.is_space]
