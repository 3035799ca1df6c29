"""A line break ends a sentence: the `newsclaims_line_breaks` component, run before the parser.

The parser joins a headline and the first line below it (one line break between them) into one sentence,
and claims then borrow the headline's words as attribution or time. News text puts a sentence across a
line break almost never outside hard-wrapped copy, so the token after a line break starts a sentence; the
parser keeps boundaries set before it runs and finds the others itself.
"""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsclaims_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after each line break as a sentence start."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = True
    return doc
