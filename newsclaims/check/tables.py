"""Tables written on one line: 'Term Loan A: NOK 2.4bn | Term Loan B: NOK 1.9bn | Revolving facility: NOK 1.2bn'.

Press releases and results pages put a breakdown on one line, its cells split by bars, tabs, semicolons,
bullets or commas, each cell a label and one figure and nothing after the figure. The checks that read a table line by
line (owners' rows, a total's rows) read such a line as rows too.
"""

import re
from collections.abc import Sequence

from newsclaims.check.quantities import Quantity

_CELL_SEPARATOR = re.compile(r"\s*(?:\||\t|;|\u2022|\u00b7)\s*")
# a line of cells may also be split by commas ('Tolvaig Invest 46.0 pct, Marrin Trust 31.5 pct, employees' fund 7.0
# pct'), when every piece is a label and its figure
_COMMA = re.compile(r"\s*,\s*")


def line_cells(line: Sequence[Quantity]) -> list[str] | None:
    """The labels of the cells of a one-line table, in the order of the figures, or None when the figures'
    sentence is no such line (fewer than three cells, a cell without its one figure at the end, words after a
    figure).

    The label is what comes before the figure in its cell, without a trailing colon or dash."""
    if len(line) < 3 or len({q.sentence for q in line}) != 1:
        return None
    text = line[0].claim.sentence_text.strip().rstrip(".")
    for separator in (_CELL_SEPARATOR, _COMMA):
        cells = [cell for cell in separator.split(text) if cell]
        labels = _labels(cells, line)
        if labels is not None:
            return labels
    return None


def _labels(cells: list[str], line: Sequence[Quantity]) -> list[str] | None:
    if len(cells) != len(line):
        return None
    labels = []
    for cell, q in zip(cells, sorted(line, key=lambda q: q.mention.start), strict=True):
        if not cell.endswith(q.mention.text):
            return None
        labels.append(cell[: -len(q.mention.text)].strip(" :-\u2013"))
    return labels
