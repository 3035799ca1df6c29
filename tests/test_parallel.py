"""Running batches in-process and in workers: one outcome per source, in order, bounded in flight."""

import pytest

from newsclaims import parallel
from newsclaims.io.readers import Source
from newsclaims.models import text_sha256
from newsclaims.parallel import WINDOW_PER_JOB, Job, pipeline_for, process_batch, run

JOB = Job(model="blank:en")


def _sources(count: int) -> list[Source]:
    return [Source(f"a{n}", None, "text", data=f"Deal {n} was worth ${n + 1} million.".encode()) for n in range(count)]


def test_unexpected_reader_failure_is_one_record_not_a_crash(monkeypatch):
    real = parallel.read_source

    def read(source, options):
        if source.id == "a1":
            raise MemoryError("pathological page")
        return real(source, options)

    monkeypatch.setattr(parallel, "read_source", read)
    outcomes = process_batch(_sources(3), JOB, pipeline_for(JOB))
    assert [(o.id, o.status) for o in outcomes] == [("a0", "ok"), ("a1", "error"), ("a2", "ok")]
    assert "MemoryError: pathological page" in outcomes[1].messages[0]


def test_done_articles_are_skipped_without_output():
    done = frozenset({("a1", text_sha256("Deal 1 was worth $2 million."))})
    outcomes = process_batch(_sources(3), Job(model="blank:en", done=done), pipeline_for(JOB))
    assert [(o.id, o.status, bool(o.payload)) for o in outcomes] == [
        ("a0", "ok", True),
        ("a1", "done", False),
        ("a2", "ok", True),
    ]


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "two-workers"])
def test_order_kept_and_input_read_lazily(jobs):
    consumed = []

    def sources():
        for source in _sources(60):
            consumed.append(source.id)
            yield source

    outcomes = run(sources(), Job(model="blank:en", batch_size=1), jobs)
    first = next(outcomes)
    # Memory stays flat: when the first result comes back, only a window of batches has been taken in.
    assert len(consumed) <= max(2, jobs * WINDOW_PER_JOB) + 1 < 60
    ids = [first.id] + [outcome.id for outcome in outcomes]
    assert ids == [f"a{n}" for n in range(60)]


def test_two_workers_write_what_one_writes_whatever_the_lengths():
    # short and long articles mixed: the end of the run goes out longest first, and comes back in input order
    sources = [
        Source(f"a{n}", None, "text", data=(f"Deal {n} was worth ${n + 1} million. " * (1 + n * 7 % 13)).encode())
        for n in range(50)
    ]
    job = Job(model="blank:en", batch_size=4)
    assert [o.payload for o in run(sources, job, 2)] == [o.payload for o in run(sources, job, 1)]
