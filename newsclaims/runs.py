"""A run of the command line, as library calls: stream a batch into an output, or gather the records of a
mix of result files and articles. `cli` only parses options, calls these and turns errors into messages.
"""

from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsclaims.io.csv_writer import header_text
from newsclaims.io.readers import Source, iter_sources, read_source
from newsclaims.io.results import is_results_file, read_results
from newsclaims.io.writers import RecordSink
from newsclaims.models import ArticleResult, text_sha256
from newsclaims.parallel import Job, Outcome, run
from newsclaims.progress import Tally

if TYPE_CHECKING:
    from newsclaims.io.sqlite_writer import DatabaseSink

Runner = Callable[[Iterable[Source], Job], Iterator[Outcome]]


@dataclass
class RunEnd:
    """How a streamed run ended: what it wrote, and whether Ctrl-C stopped it (only whole records are written)."""

    tally: Tally
    interrupted: bool = False


def stream_run(
    paths: Iterable[str],
    job: Job,
    runner: Runner,
    output: Path | None,
    *,
    append: bool,
    on_outcome: Callable[[Outcome], None] = lambda outcome: None,
) -> RunEnd:
    """Stream every input's record to `output` (stdout when None) in input order. A CSV output gets its header
    unless it is being appended to. Ctrl-C ends the run with whole records only and `interrupted` set; the
    engine's workers are shut down before this returns. Engine errors propagate to the caller."""
    end = RunEnd(Tally())
    sink = _sink(job, output, append=append)
    try:
        if job.output_format == "csv" and not (output is not None and output.stat().st_size > 0):
            sink.write(header_text(job.table))
        with closing(runner(iter_sources(paths, job.read), job)) as outcomes:
            for outcome in outcomes:
                sink.write(outcome.payload)
                end.tally.add(outcome)
                on_outcome(outcome)
    except KeyboardInterrupt:
        end.interrupted = True
    finally:
        sink.close()
    return end


def _sink(job: Job, output: Path | None, *, append: bool) -> "RecordSink | DatabaseSink":
    if job.output_format != "sqlite":
        return RecordSink(output, append=append)
    if output is None:
        raise ValueError("a database needs an output file")
    from newsclaims.io.sqlite_writer import DatabaseSink  # sqlite-utils imports numpy: only for a database

    return DatabaseSink(output, append=append)


def records(
    paths: Iterable[str],
    job: Job,
    jobs: int,
    *,
    before_extracting: Callable[[], None] = lambda: None,
    stdin_texts: dict[str, str] | None = None,
) -> Iterator[tuple[ArticleResult, Path | None]]:
    """Each record with the results file it was read from: records of result files as they are, then the
    other inputs extracted here (None for their file). `before_extracting` runs once before extraction starts
    (the CLI checks the model there, before any work). `stdin_texts`, when given, gets the text of every
    article read from stdin, by SHA-256: stdin cannot be read twice, and a report shows the text."""
    paths = list(paths)
    article_paths = [p for p in paths if p == "-" or not is_results_file(Path(p))]
    for path in paths:
        if path != "-" and is_results_file(Path(path)):
            yield from ((result, Path(path)) for result in read_results(Path(path)))
    if article_paths:
        before_extracting()
        sources = iter_sources(article_paths, job.read)
        if stdin_texts is not None:
            sources = _keeping_stdin_texts(sources, job, stdin_texts)
        for outcome in run(sources, job, jobs):
            yield ArticleResult.model_validate_json(outcome.payload), None


def _keeping_stdin_texts(sources: Iterable[Source], job: Job, texts: dict[str, str]) -> Iterator[Source]:
    """The sources unchanged; those read from stdin are also read here and their texts kept by SHA-256."""
    for source in sources:
        if source.data is not None and source.origin is None:
            text = read_source(source, job.read).text
            if text is not None:
                texts[text_sha256(text)] = text
        yield source
