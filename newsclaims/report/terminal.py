"""`newsclaims show`: one article's record in the terminal, findings first, then its claims as a table.

Rich draws the tables; it writes colour only to a terminal (and never when NO_COLOR is set), so piped
output is plain text that greps well. What the record says is data, never instructions to the terminal:
every string of it is made `terminal_safe` first, and Rich's markup (`[link=...]`) and emoji codes are off.
"""

from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsclaims.models import ArticleResult
from newsclaims.report.describe import (
    brief_value,
    claim_parties,
    describe_mention,
    mention_index,
    org_names,
    plural,
)
from newsclaims.report.page import listed_and_kept_apart, severity_counts
from newsclaims.report.terminal_safe import terminal_safe

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
SEVERITY_MARK = {"error": "✖ ERROR", "warning": "▲ WARNING", "info": "ℹ INFO"}
# (heading, narrowest width): Rich shares the terminal out among the columns, never below these nor below a
# column's longest word; a terminal too narrow for that gets one block of lines per claim instead.
_CLAIM_COLUMNS = (("claim", 5), ("figure", 11), ("value", 10), ("what", 10), ("of", 6), ("when", 6), ("says", 8))
_CONTEXT = 70  # characters of the sentence shown on each side of a cited figure


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich exits with status 1 when the reader of a pipe goes away; 1 means findings to a script, so the
        error goes up to the command line, which ends as a shell expects (`cli.Commands`)."""
        self.quiet = True
        raise BrokenPipeError


def console_for(stream: IO[str] | None = None, *, color: bool | None = None, width: int | None = None) -> Console:
    """A console on `stream`; `color` None lets Rich decide (a terminal, and NO_COLOR unset)."""
    return _Console(
        file=stream,
        no_color=None if color is None else not color,
        force_terminal=color,
        width=width,
        highlight=False,
        soft_wrap=False,
        markup=False,
        emoji=False,
    )


def show_result(result: ArticleResult, console: Console, *, show_info: bool = False) -> None:
    """Print the summary of one record; info findings are counted but listed only with `show_info`."""
    result = safe_record(result)
    meta = result.article
    counts = severity_counts(result.findings)
    console.rule(Text(meta.title or meta.id, style="bold"), align="left")
    details = [f"id {meta.id}"]
    if meta.source:
        details.append(f"source {meta.source}")
    if meta.published:
        details.append(f"published {meta.published}")
    console.print(" · ".join(details), style="dim")
    summary = (
        f"{plural(len(result.mentions), 'mention')}, {plural(len(result.claims), 'claim')}, "
        f"{plural(len(result.findings), 'finding')} ({plural(counts['error'], 'error')}, "
        f"{plural(counts['warning'], 'warning')}, {counts['info']} info)"
    )
    console.print(summary)
    for error in result.errors:
        console.print(Text(f"{error.code}: {error.message}", style="bold red"))
    if result.status != "ok":
        console.print(f"Not checked: the article was not processed (status {result.status}).")
        return
    console.print()
    _print_findings(result, console, show_info)
    console.print()
    _print_claims(result, console)


def safe_record(result: ArticleResult) -> ArticleResult:
    """The record with every string in it made `terminal_safe` (ids stay consistent: each is changed alike)."""
    return ArticleResult.model_validate(_safe(result.model_dump()))


def _safe(value: Any) -> Any:
    if isinstance(value, str):
        return terminal_safe(value)
    if isinstance(value, dict):
        return {key: _safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_safe(item) for item in value]
    return value


def _print_findings(result: ArticleResult, console: Console, show_info: bool = False) -> None:
    console.print(Text("Findings", style="bold underline"))
    if not result.findings:
        console.print("  none: nothing in this article's numbers contradicts itself.")
        return
    mentions = mention_index(result)
    sentences = {claim.mention: claim.sentence_text for claim in result.claims}
    listed, apart = listed_and_kept_apart(result.findings, show_info)
    hidden = len(apart)
    if not listed:
        console.print("  no error or warning: nothing in this article's numbers contradicts itself.")
    if hidden:
        console.print(f"  {plural(hidden, 'info finding')} not listed (--info lists them).", style="dim")
    for finding in listed:
        head = Text.assemble(
            (SEVERITY_MARK[finding.severity], SEVERITY_STYLE[finding.severity]),
            "  ",
            (finding.check, "bold"),
            f"  {finding.id}, confidence {finding.confidence:.2f}",
        )
        lines: list[Text] = [head, Text(finding.message)]
        for mention_id in finding.mentions:
            mention = mentions.get(mention_id)
            if mention is None:
                lines.append(Text(f"  {mention_id}: not in this record", style="dim"))
                continue
            lines.append(
                Text.assemble(f"  {mention_id} ", (f"“{mention.text}”", "bold"), f"  {describe_mention(mention)}")
            )
            if sentences.get(mention_id):
                lines.append(Text(f"      {_context(sentences[mention_id], mention.text)}", style="dim"))
        for line in lines:
            console.print(Text("  ") + line)
        console.print()


def _print_claims(result: ArticleResult, console: Console) -> None:
    """A table when the terminal is wide enough for every column's longest word; else one block per claim,
    wrapped at words, so no word is ever cut."""
    console.print(Text("Claims", style="bold underline"))
    if not result.claims:
        console.print("  none.")
        return
    mentions = mention_index(result)
    names = org_names(result)
    cited = {m for finding in result.findings if finding.severity != "info" for m in finding.mentions}
    rows = []
    for claim in result.claims:
        mention = mentions.get(claim.mention)
        subject, _, when = claim_parties(claim, mentions, names)
        if when and claim.time_role:
            when += f" ({claim.time_role})"
        what = (claim.attribute_key or "").replace("_", " ") or claim.attribute or "-"
        rows.append(
            (
                claim.id + (" !" if claim.mention in cited else ""),
                mention.text if mention else claim.mention,
                brief_value(mention.value) if mention else "",
                f"{what} ({claim.kind})",
                subject,
                when,
                claim.certainty + (f", {claim.attribution}" if claim.attribution else ""),
            )
        )
    widths = [
        max([len(heading), min_width, *(_longest_word(row[i]) for row in rows)])
        for i, (heading, min_width) in enumerate(_CLAIM_COLUMNS)
    ]
    styles = ["bold red" if row[0].endswith("!") else "" for row in rows]
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for (heading, _), width in zip(_CLAIM_COLUMNS, widths, strict=True):
        table.add_column(heading, overflow="fold", min_width=width)
    for row, style in zip(rows, styles, strict=True):
        table.add_row(row[0], Text(row[1], style=style), *row[2:])
    # every column's width, a space of padding each side and a separator between them, and the two edges
    if sum(widths) + 3 * (len(widths) - 1) + 2 <= console.width:
        console.print(table)
    else:
        for row, style in zip(rows, styles, strict=True):
            head = Text.assemble((row[0], "bold"), "  ", (row[1], style or "bold"), f"  = {row[2]}")
            console.print(head)
            for (heading, _), cell in list(zip(_CLAIM_COLUMNS, row, strict=True))[3:]:
                if cell:
                    console.print(Text(f"    {heading}: {cell}"))
    if cited:
        console.print("  ! cited by an error or warning above", style="dim")


def _longest_word(cell: str) -> int:
    return max((len(word) for word in cell.split()), default=0)


def _context(sentence: str, figure: str) -> str:
    """The part of `sentence` around `figure`, cut at word boundaries: '… sold $4 billion of bonds …'."""
    at = sentence.find(figure)
    if at < 0 or len(sentence) <= 2 * _CONTEXT + len(figure):
        return sentence
    start, end = max(0, at - _CONTEXT), min(len(sentence), at + len(figure) + _CONTEXT)
    if start > 0:
        start = sentence.find(" ", start) + 1 or start
    if end < len(sentence):
        end = sentence.rfind(" ", 0, end) if sentence.rfind(" ", 0, end) > at + len(figure) else end
    return ("… " if start > 0 else "") + sentence[start:end].strip() + (" …" if end < len(sentence) else "")
