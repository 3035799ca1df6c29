"""The article text cut into runs: plain text, and the mentions to highlight, in order.

Offsets come from a record that may not match the text it is shown with (a file edited since extraction,
hand-made JSONL), so a mention is highlighted only when its offsets fit the text and cover its own `text`;
mentions that overlap an earlier one are left plain. Every mention that is not highlighted is returned as
well, so the page can list it instead of losing it.

>>> from newsclaims.models import OrgMention, OrgValue
>>> acme = OrgMention(id="m1", type="org", text="Acme", start=0, end=4, sentence=0,
...                   value=OrgValue(name="Acme", org_id="acme", aliases=[]))
>>> [(run.text, run.mention and run.mention.id) for run in highlight("Acme won.", [acme]).runs]
[('Acme', 'm1'), (' won.', None)]
"""

from collections.abc import Iterable
from dataclasses import dataclass

from newsclaims.models import Mention


@dataclass(frozen=True)
class Run:
    text: str
    mention: Mention | None = None


@dataclass(frozen=True)
class Highlighted:
    runs: list[Run]
    unplaced: list[Mention]  # mentions whose offsets do not fit the text, or overlap another


def highlight(text: str, mentions: Iterable[Mention]) -> Highlighted:
    runs: list[Run] = []
    unplaced: list[Mention] = []
    cursor = 0
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        fits = 0 <= mention.start < mention.end <= len(text) and text[mention.start : mention.end] == mention.text
        if not fits or mention.start < cursor:
            unplaced.append(mention)
            continue
        if mention.start > cursor:
            runs.append(Run(text[cursor : mention.start]))
        runs.append(Run(mention.text, mention))
        cursor = mention.end
    if cursor < len(text):
        runs.append(Run(text[cursor:]))
    return Highlighted(runs, unplaced)
