"""Tables written on one line: 'Term Loan A: NOK 2.4bn | Term Loan B: NOK 1.9bn | Revolving facility: NOK 1.2bn'.

Press releases and results pages put a breakdown on one line, its cells split by bars, tabs, semicolons or
bullets, each cell a label and one figure and nothing after the figure. The checks that read a table line by
line (owners' rows, a total's rows) read such a line as rows too.
"""

import re
from collections.abc import Sequence

from newsclaims.check.quantities import Quantity

_CELL_SEPARATOR = re.compile(r"\s*(?:\||\t|;|\u2022|\u00b7)\s*")


def line_cells(line: Sequence[Quantity]) -> list[str] | None:
    """The labels of the cells of a one-line table, in the order of the figures, or None when the figures'
    sentence is no such line (fewer than three cells, a cell without its one figure at the end, words after a
    figure).

    The label is what comes before the figure in its cell, without a trailing colon or dash."""
    if len(line) < 3 or len({q.sentence for q in line}) != 1:
        return None
    text = line[0].claim.sentence_text.strip().rstrip(".")
    cells = [cell for cell in _CELL_SEPARATOR.split(text) if cell]
    if len(cells) != len(line):
        return None
    labels = []
    for cell, q in zip(cells, sorted(line, key=lambda q: q.mention.start), strict=True):
        if not cell.endswith(q.mention.text):
            return None
        labels.append(cell[: -len(q.mention.text)].strip(" :-\u2013"))
    return labels
