"""`--engine dask`: the batches of `parallel.py`, run by the workers of a Dask cluster, in input order.

Extraction itself does not change: a worker runs `process_articles` (or `process_batch`, which reads first)
with a pipeline that a `WorkerPlugin` loads once per worker with the run's `Job` (its model, its `--resume`
set), as the worker joins; the scheduler keeps the plugin, so a worker that its nanny restarts gets it again.
The client walks the inputs, submits one task per batch in input order with at most `WINDOW_PER_JOB` batches
per worker thread in flight (as `_run_pool` does), and yields each batch's outcomes in that order, so the
writers, the summary and `--resume` see exactly what the local engine gives them.

Reading: by default the client reads each batch and sends the text, so workers need no access to the input
files; with `read_on_workers` it sends the `Source`s (paths) and the workers read, which moves decoding and
HTML extraction to the cluster but needs the files at the same absolute path on every worker.

Failures: when a worker dies, the scheduler runs its batches again elsewhere (a batch that has killed
`distributed.scheduler.allowed-failures` workers, 3 by default, is given up: `KilledWorker`), and a task that
raises is retried `TASK_RETRIES` times. The client takes each batch's result once, from its future, in
order, so the output still holds every article exactly once.

Dask is an optional extra (`newsclaims[dask]`): it is imported inside the functions of this module only, so
importing newsclaims, or this module, never needs it.
"""

import logging
import signal
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from newsclaims.io.readers import ArticleInput, Source
from newsclaims.parallel import (
    WINDOW_PER_JOB,
    Job,
    Outcome,
    in_batches,
    pipeline_for,
    process_articles,
    process_batch,
    read_batch,
)
from newsclaims.pipeline.model import resolve_model_name

if TYPE_CHECKING:
    from distributed import Client

INSTALL = "pip install 'newsclaims[dask]'"
# Retries of a batch whose task raised (a worker that dies is handled by the scheduler, not by these).
TASK_RETRIES = 2
CONNECT_TIMEOUT_SECONDS = 30


class DaskEngineError(RuntimeError):
    """The Dask engine cannot start or finish: dask missing, no scheduler at the address, batches lost."""


def require_dask() -> None:
    """Fail with the install command when `distributed` cannot be imported (it is an optional extra)."""
    try:
        import distributed  # noqa: F401
    except ImportError as error:
        raise DaskEngineError(f"--engine dask needs Dask, an optional extra: {INSTALL} ({error})") from error


def run_on_cluster(
    sources: Iterable[Source], job: Job, *, scheduler: str | None, workers: int, read_on_workers: bool = False
) -> Iterator[Outcome]:
    """`run` on the cluster at `scheduler`, or on a `LocalCluster` of `workers` processes started for this
    run; the connection (and a local cluster) is closed when the outcomes end, fail or are abandoned."""
    with cluster_client(scheduler, workers) as client:
        yield from run(sources, job, client, read_on_workers=read_on_workers)


@contextmanager
def cluster_client(scheduler: str | None, workers: int) -> Iterator["Client"]:
    """A client of the cluster at `scheduler`; without one, of a new `LocalCluster` of `workers` processes
    with one thread each (a spaCy pipeline is not shared between threads), quiet below warnings."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise DaskEngineError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
        with client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        silence_logs=logging.WARNING,
        dashboard_address=None,
    )
    with cluster, Client(cluster, set_as_default=False) as client:
        client.register_worker_callbacks(setup=_leave_interrupts_to_the_client)
        yield client


def _leave_interrupts_to_the_client() -> None:
    """Ctrl-C reaches a local cluster's worker processes too (one process group): they would each die with
    a traceback while the client is stopping the run and closing them. As in the local engine, they ignore
    it. (Only for a cluster this module started: a remote `dask worker` keeps its own Ctrl-C.)"""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(sources: Iterable[Source], job: Job, client: "Client", *, read_on_workers: bool = False) -> Iterator[Outcome]:
    """One `Outcome` per source, in input order, extracted by the workers of `client`'s cluster."""
    from distributed import KilledWorker

    job = replace(job, model=resolve_model_name(job.model))  # every worker loads the model the client names
    if read_on_workers:  # relative paths are the client's: read them below its working folder
        job = replace(job, read=replace(job.read, base=Path.cwd()))
    plugin = f"newsclaims-pipeline-{uuid.uuid4().hex}"  # one per run: runs may share a cluster
    pending: deque = deque()
    try:
        client.register_plugin(_plugin_type()(job), name=plugin)  # raises a worker's ModelNotFoundError
        window = max(1, sum(client.nthreads().values())) * WINDOW_PER_JOB
        for batch in in_batches(sources, job.batch_size):
            if read_on_workers:
                future = client.submit(_read_and_extract, plugin, batch, retries=TASK_RETRIES, pure=False)
            else:
                articles = read_batch(batch, job.read)
                future = client.submit(_extract, plugin, articles, retries=TASK_RETRIES, pure=False)
            pending.append(future)
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except KilledWorker as error:
        raise DaskEngineError(
            f"a batch was given up after the workers running it died ({error}); "
            "the output holds whole records only: rerun with --resume"
        ) from error
    finally:
        with suppress(Exception):  # a cluster that is gone has nothing left to free
            client.cancel(list(pending))
        with suppress(Exception):
            client.unregister_worker_plugin(plugin)


@cache
def _plugin_type() -> type:
    """The `WorkerPlugin` class, made on first use so that importing this module never imports dask."""
    from distributed import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Holds the run's `Job` and its pipeline on each worker, loaded once when the worker joins."""

        def __init__(self, job: Job) -> None:
            self.job = job
            self.nlp: Language | None = None

        def setup(self, worker: Any) -> None:
            self.nlp = pipeline_for(self.job)  # the cached loader: a second run with this model loads nothing

    return PipelinePlugin


def _extract(plugin: str, articles: list[ArticleInput]) -> list[Outcome]:
    """A worker's task when the client has read the batch."""
    job, nlp = _worker_pipeline(plugin)
    return process_articles(articles, job, nlp)


def _read_and_extract(plugin: str, sources: list[Source]) -> list[Outcome]:
    """A worker's task with `--read-on-workers`: read the files here, then extract."""
    job, nlp = _worker_pipeline(plugin)
    return process_batch(sources, job, nlp)


def _worker_pipeline(plugin: str) -> tuple[Job, Language]:
    from distributed import get_worker

    holder = get_worker().plugins.get(plugin)
    if holder is None or holder.nlp is None:
        raise DaskEngineError(f"worker has no pipeline: its plugin {plugin} was not set up (see the worker's log)")
    return holder.job, holder.nlp
