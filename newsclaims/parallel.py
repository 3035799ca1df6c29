"""Run extraction over many sources: in this process (`--jobs 1`) or in N worker processes, in input order.

Each worker loads the pipeline once and takes whole batches of `Source`s: it reads them (decoding and HTML
extraction run in parallel too), skips what `--resume` says is done, runs the rest through `nlp.pipe`, and
sends back each record already rendered as output text, so the main process only walks folders and writes.

Pieces of work and order: `work_plan` cuts the sources into pieces (batches of `batch_size` in input order,
and at the input's end shrinking pieces, longest articles first, so that the workers finish together); a
free worker takes the next piece, and the outcomes are given out in input order as soon as the next one is
there. Memory: at most `jobs * WINDOW_PER_JOB * batch_size` sources are read and not yet given out, so a slow
piece holds the line back but memory stays bounded however long the input is (no list of all results is
ever made).

Start method: `fork` on Linux, `spawn` elsewhere. Measured on 2 cores, 100 short articles, blank:en:
jobs=2 takes 2.7 s with fork, 6.2 s with forkserver and 6.7 s with spawn (each spawned worker re-imports
spaCy, pydantic and trafilatura). With fork the parent loads the pipeline once before the pool starts, and
the workers inherit it (copy-on-write: the model's pages stay shared, and no worker spends time loading).
Fork is safe here because no Python thread runs in the parent when the workers are forked: the pool forks
them all at once before starting its manager thread, and the progress bar's monitor thread is switched off.
(numpy's OpenBLAS keeps a thread pool of its own, which it re-creates in a forked child by design.)

spaCy is imported only where a pipeline is loaded, so the commands that read records (`show`, `check` of a
results file) never pay for it.

Stalled workers: an article's time budget (`--article-timeout`) is an alarm inside the worker (`batch`), which
Python code cannot ignore; but a stall inside one C call never sees it. So each worker writes which article
it is on and since when into a shared slot, and the parent, while it waits, kills a worker whose article has
run `HARD_STOP_GRACE` seconds past its budget. That breaks the pool (ProcessPoolExecutor stops every worker
when one dies): the parent starts a new one, the stalled article gets its `timeout` record, the articles
after it in its batch and every batch not yet finished are submitted again, and the output keeps its order.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Literal

from newsclaims.batch import (
    DEFAULT_ARTICLE_TIMEOUT,
    DEFAULT_BATCH_SIZE,
    extract_articles,
    failure_result,
    timeout_result,
)
from newsclaims.io.csv_writer import Table, rows_text
from newsclaims.io.readers import ArticleInput, ReadOptions, Source, read_source
from newsclaims.io.resume import ArticleKey
from newsclaims.io.writers import jsonl_line
from newsclaims.models import ArticleResult, ErrorRecord, text_sha256
from newsclaims.work_plan import InputOrder, WorkPlan, source_bytes

if TYPE_CHECKING:
    from spacy.language import Language

WINDOW_PER_JOB = 3
START_METHOD = "fork" if sys.platform == "linux" else "spawn"
PARENT_CHECK_SECONDS = 1.0
HARD_STOP_GRACE = 5.0  # seconds past an article's budget before the parent kills a worker its alarm did not stop
_SLOT_FIELDS = 4  # per worker: pid, batch number, position in the batch, start (time.monotonic; 0: idle)
OutputFormat = Literal["jsonl", "csv", "sqlite"]  # sqlite: workers send JSONL, the main process writes


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to turn sources into output text; sent to each worker once."""

    model: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    published: dt.date | None = None
    output_format: OutputFormat = "jsonl"
    table: Table = "mentions"
    done: frozenset[ArticleKey] = frozenset()
    batch_size: int = DEFAULT_BATCH_SIZE
    aliases: Mapping[str, str] | None = None  # name key -> canonical organization name (--aliases)
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT  # seconds per article (--article-timeout); None: none


@dataclass(frozen=True)
class Outcome:
    """One input article's fate, small enough to send between processes: its output text and counts."""

    id: str
    status: str  # ok, error, skipped, or done (already in the output: --resume)
    payload: str = ""
    mentions: dict[str, int] = field(default_factory=dict)
    claims: int = 0
    findings: int = 0
    messages: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()  # error codes, for the summary


def run(sources: Iterable[Source], job: Job, jobs: int) -> Iterator[Outcome]:
    """One `Outcome` per source, in input order; `jobs` > 1 runs worker processes."""
    iterator = iter(sources)
    first = list(islice(iterator, job.batch_size + 1))
    if not first:
        return
    if jobs <= 1 or len(first) <= job.batch_size:  # one batch is not worth starting processes for
        nlp = pipeline_for(job)
        gc.freeze()  # see `_run_pool`
        for batch in in_batches(chain(first, iterator), job.batch_size):
            yield from process_batch(batch, job, nlp)
        return
    yield from _run_pool(chain(first, iterator), job, jobs)


def pipeline_for(job: Job) -> Language:
    """The cached pipeline of this process, allowed texts up to --max-chars (spaCy's own cap is 1,000,000)."""
    from newsclaims import load_pipeline  # the cached loader: one pipeline per process and model
    from newsclaims.pipeline.model import allow_length

    return allow_length(load_pipeline(job.model), job.read.max_chars)


def process_batch(
    sources: list[Source], job: Job, nlp: Language, on_article: Callable[[int], None] | None = None
) -> list[Outcome]:
    """Read, skip what is done, extract and render one batch; one Outcome per source, in order. `on_article`
    is told the position of each article as its time budget starts."""
    return process_articles(read_batch(sources, job.read), job, nlp, on_article)


def read_batch(sources: list[Source], options: ReadOptions) -> list[ArticleInput]:
    """One `ArticleInput` per source, in order; apart from `process_articles` so that reading can run where
    the files are (the Dask engine's client, when workers cannot see them)."""
    return [_read_safely(source, options) for source in sources]


def process_articles(
    articles: list[ArticleInput], job: Job, nlp: Language, on_article: Callable[[int], None] | None = None
) -> list[Outcome]:
    """Skip what is done, extract and render articles already read; one Outcome per article, in order."""
    done = [article.text is not None and (article.id, text_sha256(article.text)) in job.done for article in articles]
    todo = [article for article, skip in zip(articles, done, strict=True) if not skip]
    positions = {id(article): position for position, article in enumerate(articles)}
    results = iter(
        extract_articles(
            todo,
            nlp,
            published=job.published,
            batch_size=max(1, len(todo)),
            aliases=job.aliases,
            article_timeout=job.article_timeout,
            on_article=(lambda article: on_article(positions[id(article)])) if on_article is not None else None,
        )
    )
    return [
        Outcome(article.id, "done") if skip else _outcome(next(results), job)
        for article, skip in zip(articles, done, strict=True)
    ]


def _read_safely(source: Source, options: ReadOptions) -> ArticleInput:
    """`read_source` turns every expected failure into a record; this catches the unexpected ones (a bug in
    a parser library, a MemoryError on a pathological page), so one input can never stop the run."""
    try:
        return read_source(source, options)
    except Exception as error:
        message = f"{source.origin or source.id}: could not be read: {type(error).__name__}: {error}"
        return ArticleInput(
            source.id, source.origin, error=ErrorRecord(code="unreadable", message=message), status="error"
        )


def _outcome(result: ArticleResult, job: Job) -> Outcome:
    payload = rows_text(result, job.table) if job.output_format == "csv" else jsonl_line(result)
    return Outcome(
        id=result.article.id,
        status=result.status,
        payload=payload,
        mentions=dict(Counter(mention.type for mention in result.mentions)),
        claims=len(result.claims),
        findings=len(result.findings),
        messages=tuple(f"{result.status}: {error.message}" for error in result.errors),
        codes=tuple(error.code for error in result.errors),
    )


def _run_pool(sources: Iterator[Source], job: Job, jobs: int) -> Iterator[Outcome]:
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "fork":
        pipeline_for(job)  # loaded once here, inherited by every worker (cached per process and model)
        # The model's ~100,000 Python objects out of the collector's sight: a full collection no longer walks
        # them (0.13 of 5.8 CPU s on 200 dev-news stories), and a forked worker no longer copies the pages
        # it would have written collecting them.
        gc.freeze()
    plan = WorkPlan(sources, batch_size=job.batch_size, jobs=jobs, weigh=partial(source_bytes, options=job.read))
    held = jobs * WINDOW_PER_JOB * max(1, job.batch_size)  # sources read and not yet given out, at most
    order: InputOrder[Outcome] = InputOrder()
    pool = _Pool(context, job, jobs)
    pending: list[_Task] = []
    try:
        while True:
            plan.read(held - (plan.taken - order.given))
            pending.extend(pool.submit(piece.positions, piece.sources) for piece in plan.pieces())
            if not pending:
                break
            for task in pool.finished(pending):
                order.add(task.positions, task.outcomes())
            yield from order.ready()
        assert plan.finished, "a source was read but never handed out"
    finally:
        if pending:  # interrupted (Ctrl-C) or failed: stop the workers now, not after their batches
            _kill_workers(pool.executor)
        pool.executor.shutdown(wait=not pending, cancel_futures=True)


def _kill_workers(executor) -> None:
    """End every worker process of the pool at once. Workers ignore Ctrl-C (the parent handles it), so
    without this an interrupted run waited for each worker's batch to finish: 10-19 s."""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with suppress(Exception):
            process.kill()


@dataclass
class _Task:
    """Sources sent to the pool as one piece of work, with their input positions, or outcomes already known
    (`ready`)."""

    number: int
    positions: list[int]
    sources: list[Source]
    future: Future | None = None
    ready: list[Outcome] | None = None

    def done(self) -> bool:
        return self.ready is not None or (self.future is not None and self.future.done())

    def outcomes(self) -> list[Outcome]:
        """The piece's outcomes, in the order of its sources (raises what the worker raised)."""
        if self.ready is not None:
            return self.ready
        assert self.future is not None
        return self.future.result()


class _Pool:
    """A ProcessPoolExecutor whose workers report the article they are on, replaced when one of them stalls
    past its budget (see the module's docstring)."""

    def __init__(self, context, job: Job, jobs: int) -> None:
        self.context, self.job, self.jobs = context, job, jobs
        self.budget = job.article_timeout
        self.slots = context.Array("d", jobs * _SLOT_FIELDS, lock=False) if self.budget else None
        self.next_slot = context.Value("i", 0)
        self.numbers = iter(range(2**62))
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        if self.slots is not None:
            self.slots[:] = [0.0] * len(self.slots)
            self.next_slot.value = 0
        return ProcessPoolExecutor(
            self.jobs,
            mp_context=self.context,
            initializer=_start_worker,
            initargs=(self.job, self.slots, self.next_slot),
        )

    def submit(self, positions: list[int], sources: list[Source]) -> _Task:
        number = next(self.numbers)
        return _Task(number, positions, sources, self.executor.submit(_work, batch=sources, number=number))

    def finished(self, pending: list[_Task]) -> list[_Task]:
        """The pending tasks that are done, taken out of `pending`; waits for one at least. While it waits,
        it stops a worker stalled past its budget."""
        while not any(task.done() for task in pending):
            futures = [task.future for task in pending if task.future is not None]
            timeout = max(0.05, min(1.0, self.budget / 4)) if self.budget is not None else None
            done, _ = wait(futures, timeout=timeout, return_when=FIRST_COMPLETED)
            if not done and self.budget is not None:
                self._stop_stalled(pending)
        finished = [task for task in pending if task.done()]
        pending[:] = [task for task in pending if not task.done()]
        return finished

    def _stop_stalled(self, pending: list[_Task]) -> None:
        """Kill a worker whose article ran `HARD_STOP_GRACE` past its budget, start a new pool, and submit
        again what the old one had not finished; the stalled article gets its `timeout` record."""
        assert self.slots is not None and self.budget is not None
        now = time.monotonic()
        for slot in range(self.jobs):
            pid, number, position, started = self.slots[slot * _SLOT_FIELDS : (slot + 1) * _SLOT_FIELDS]
            if started and now - started > self.budget + HARD_STOP_GRACE:
                break
        else:
            return
        with suppress(ProcessLookupError):  # it may have ended on its own meanwhile
            os.kill(int(pid), signal.SIGKILL)
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()
        replanned: list[_Task] = []
        for task in pending:
            if task.ready is None and task.future is not None and _finished(task.future):
                task.ready = task.future.result()
            if task.ready is not None:
                replanned.append(task)
            elif task.number == int(number) and 0 <= int(position) < len(task.sources):
                at = int(position)
                if at:
                    replanned.append(self.submit(task.positions[:at], task.sources[:at]))
                stalled = task.sources[at]
                replanned.append(_Task(-1, [task.positions[at]], [stalled], ready=[self._timed_out(stalled)]))
                if at + 1 < len(task.sources):
                    replanned.append(self.submit(task.positions[at + 1 :], task.sources[at + 1 :]))
            else:
                replanned.append(self.submit(task.positions, task.sources))
        pending[:] = replanned

    def _timed_out(self, source: Source) -> Outcome:
        assert self.budget is not None
        article = _read_safely(source, self.job.read)
        if article.text is None:
            return _outcome(failure_result(article), self.job)
        return _outcome(timeout_result(article, self.budget), self.job)


def _finished(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


_worker: tuple[Job, Language] | None = None
_slot: tuple[Any, int] | None = None  # the shared slots and this worker's index in them


def _start_worker(job: Job, slots=None, next_slot=None) -> None:
    """Load the pipeline once per worker. Ctrl-C is the parent's to handle: it stops the run cleanly."""
    global _worker, _slot
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _worker = (job, pipeline_for(job))
    gc.freeze()  # see `_run_pool`
    if slots is not None and next_slot is not None:
        with next_slot.get_lock():
            index = next_slot.value
            next_slot.value += 1
        _slot = (slots, index) if (index + 1) * _SLOT_FIELDS <= len(slots) else None


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL, OOM) would wait for work forever: leave instead."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _work(batch: list[Source], number: int = -1) -> list[Outcome]:
    assert _worker is not None, "worker not started"
    job, nlp = _worker
    if _slot is None:
        return process_batch(batch, job, nlp)
    slots, index = _slot
    base = index * _SLOT_FIELDS

    def on_article(position: int) -> None:
        slots[base + 3] = 0.0  # idle while the entry is rewritten: never a torn entry that looks stalled
        slots[base : base + 3] = [os.getpid(), number, position]
        slots[base + 3] = time.monotonic()

    try:
        return process_batch(batch, job, nlp, on_article)
    finally:
        slots[base + 3] = 0.0


def in_batches(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    """Lists of up to `size` sources, taken from `sources` only as they are asked for."""
    iterator = iter(sources)
    while batch := list(islice(iterator, size)):
        yield batch
