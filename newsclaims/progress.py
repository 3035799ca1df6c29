"""Progress on stderr while a run goes, and the summary line at its end.

tqdm draws the bar: it is already installed with spaCy (no new dependency tree), shows articles/s and an
ETA out of the box, and writes to any stream. The bar is off with --quiet and when stderr is not a
terminal (a log file should not fill with carriage returns).
"""

import sys
from collections import Counter
from dataclasses import dataclass, field

from tqdm import tqdm

from newsclaims.parallel import Outcome
from newsclaims.report.terminal_safe import terminal_safe

MENTION_TYPES = ("money", "percent", "date", "org")
# No monitor thread: worker processes are forked (parallel.py), and a fork should find no thread running.
tqdm.monitor_interval = 0


@dataclass
class Tally:
    """Counts for the summary: articles by status, mentions by type, claims and findings."""

    statuses: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)
    claims: int = 0
    findings: int = 0
    codes: Counter = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.statuses[outcome.status] += 1
        self.mentions.update(outcome.mentions)
        self.codes.update(outcome.codes)
        self.claims += outcome.claims
        self.findings += outcome.findings

    def summary(self, seconds: float) -> str:
        """One line: what happened to the articles, what was found, how long it took.

        >>> tally = Tally(Counter(ok=3, error=1, done=2), Counter(money=5, percent=2), codes=Counter(binary=1))
        >>> for part in tally.summary(2.0).split("; "):
        ...     print(part)
        6 articles: 3 ok, 1 error, 0 skipped, 2 already done (1 binary)
        mentions: 5 money, 2 percent, 0 date, 0 org
        claims: 0
        findings: 0
        2.0s (2.0 articles/s)
        """
        done = self.statuses["done"]
        processed = self.statuses["ok"] + self.statuses["error"] + self.statuses["skipped"]
        mentions = ", ".join(f"{self.mentions[kind]} {kind}" for kind in MENTION_TYPES)
        codes = ", ".join(f"{count} {code}" for code, count in self.codes.most_common())
        return (
            f"{processed + done} articles: {self.statuses['ok']} ok, {self.statuses['error']} error, "
            f"{self.statuses['skipped']} skipped, {done} already done" + (f" ({codes})" if codes else "") + "; "
            f"mentions: {mentions}; "
            f"claims: {self.claims}; findings: {self.findings}; "
            f"{seconds:.1f}s ({processed / seconds if seconds else 0:.1f} articles/s)"
        )


class ProgressBar:
    """A tqdm bar on stderr, or nothing at all when disabled."""

    def __init__(self, total: int | None, *, enabled: bool) -> None:
        self._bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True) if enabled else None

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def message(self, text: str) -> None:
        """A line on stderr that does not break the bar; what it quotes (a file name) cannot act on the terminal."""
        text = terminal_safe(text)
        if self._bar is not None:
            self._bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def progress_wanted(quiet: bool) -> bool:
    """The bar is for people watching a terminal."""
    return not quiet and sys.stderr.isatty()
