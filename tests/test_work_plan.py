"""Cutting a run's sources into pieces for N workers: every source once, batches in input order while the input
goes on, the end longest first in shrinking pieces, and the outcomes back in input order.

New cases go in the tables: `RUNS` (how many sources, of which sizes, in which batches, for how many workers).
"""

import heapq
import random

import pytest

from newsclaims.io.readers import ReadOptions, Source
from newsclaims.models import ErrorRecord
from newsclaims.work_plan import InputOrder, WorkPlan, source_bytes


def _sources(sizes: list[int]) -> list[Source]:
    return [Source(f"a{n}", None, "text", data=b"x" * size) for n, size in enumerate(sizes)]


_RANDOM = random.Random(21)
# name: (article sizes in bytes, batch_size, jobs)
RUNS = {
    "empty": ([], 32, 2),
    "one article": ([500], 32, 2),
    "fewer than a batch": ([300, 2000, 50], 32, 2),
    "even wire stories": ([900] * 235, 32, 2),
    "dev-corpus-like mix": ([_RANDOM.choice([400, 900, 2500, 6000]) for _ in range(235)], 32, 2),
    "one long article at the end": ([800] * 100 + [200_000], 32, 2),
    "batch size one": ([100 * (n % 7 + 1) for n in range(40)], 1, 2),
    "four workers": ([_RANDOM.randint(100, 9000) for _ in range(500)], 16, 4),
    "one worker": ([_RANDOM.randint(100, 9000) for _ in range(90)], 32, 1),
}


def _plan_all(sizes: list[int], batch_size: int, jobs: int, *, room: int = 10**9) -> list[list[int]]:
    plan = WorkPlan(_sources(sizes), batch_size=batch_size, jobs=jobs)
    pieces = []
    while not plan.finished:
        plan.read(room)
        pieces += [piece.positions for piece in plan.pieces()]
    return pieces


def _busiest_share(sizes: list[int], pieces: list[list[int]], jobs: int) -> float:
    """The share of the bytes the worker that ends last has done, each free worker taking the next piece."""
    workers = [(0, worker, 0) for worker in range(jobs)]  # (busy until, worker, its bytes)
    for piece in pieces:
        until, worker, done = heapq.heappop(workers)
        cost = sum(sizes[position] for position in piece)
        heapq.heappush(workers, (until + cost, worker, done + cost))
    return max(workers)[0] / max(1, sum(sizes))


@pytest.mark.parametrize(("sizes", "batch_size", "jobs"), RUNS.values(), ids=RUNS.keys())
def test_every_source_is_in_one_piece_of_at_most_a_batch(sizes, batch_size, jobs):
    pieces = _plan_all(sizes, batch_size, jobs, room=7)
    assert sorted(position for piece in pieces for position in piece) == list(range(len(sizes)))
    assert all(1 <= len(piece) <= batch_size for piece in pieces)


@pytest.mark.parametrize(("sizes", "batch_size", "jobs"), RUNS.values(), ids=RUNS.keys())
def test_the_end_goes_longest_first_and_the_last_pieces_are_single_articles(sizes, batch_size, jobs):
    pieces = _plan_all(sizes, batch_size, jobs)
    whole_batches = len(sizes) - batch_size * jobs
    tail = [position for piece in pieces for position in piece if position >= max(0, whole_batches)]
    # the first pieces are whole batches in input order; what is left when the end is read goes longest first
    assert [sizes[p] for p in tail] == sorted((sizes[p] for p in tail), reverse=True)
    if len(sizes) >= 2 * jobs:
        assert all(len(piece) == 1 for piece in pieces[-jobs:])


# the runs with work enough to share: at least two articles a worker, none outweighing a worker's share
SHARED_RUNS = {
    name: run for name, run in RUNS.items() if len(run[0]) >= 2 * run[2] and max(run[0]) <= sum(run[0]) / run[2]
}


@pytest.mark.parametrize(("sizes", "batch_size", "jobs"), SHARED_RUNS.values(), ids=SHARED_RUNS.keys())
def test_workers_end_together(sizes, batch_size, jobs):
    planned = _busiest_share(sizes, _plan_all(sizes, batch_size, jobs), jobs)
    batches = [list(range(start, min(start + batch_size, len(sizes)))) for start in range(0, len(sizes), batch_size)]
    # the last worker ends within one article of an even share, and never later than with whole batches
    assert planned <= 1 / jobs + max(sizes) / sum(sizes)
    assert planned <= _busiest_share(sizes, batches, jobs)


def test_whole_batches_go_in_input_order_until_the_end_is_near():
    plan = WorkPlan(_sources([100] * 200), batch_size=10, jobs=2)
    plan.read(35)
    assert [piece.positions for piece in plan.pieces()] == [list(range(0, 10))]
    assert not plan.finished  # 25 read and held back: the end may be among the next 20
    plan.read(5)
    assert [piece.positions for piece in plan.pieces()] == [list(range(10, 20))]


def test_reads_only_what_it_is_given_room_for():
    consumed = []

    def sources():
        for source in _sources([100] * 50):
            consumed.append(source.id)
            yield source

    plan = WorkPlan(sources(), batch_size=4, jobs=2)
    assert plan.read(12) == 12
    assert len(consumed) == 12


def test_results_come_back_in_input_order_whatever_order_they_end_in():
    order: InputOrder[str] = InputOrder()
    order.add([2, 3], ["c", "d"])
    assert list(order.ready()) == []
    order.add([0], ["a"])
    assert list(order.ready()) == ["a"]
    order.add([4, 1], ["e", "b"])
    assert list(order.ready()) == ["b", "c", "d", "e"]
    assert order.given == 5


SOURCE_BYTES = {
    "a JSONL line": (Source("a", None, "jsonl", data=b"0123456789"), 10),
    "a file that is not there": (Source("b", "/nonexistent/gone.txt", "text"), 0),
    "a problem known while walking": (
        Source("c", "x.txt", "text", problem=ErrorRecord(code="not_found", message="x.txt: no such file")),
        0,
    ),
    "no data and no path": (Source("d", None, "text"), 0),
}


@pytest.mark.parametrize(("source", "expected"), SOURCE_BYTES.values(), ids=SOURCE_BYTES.keys())
def test_source_bytes(source, expected):
    assert source_bytes(source, ReadOptions()) == expected


def test_source_bytes_of_a_file_is_its_size(tmp_path):
    (tmp_path / "story.txt").write_bytes(b"x" * 1234)
    assert source_bytes(Source("story", "story.txt", "text"), ReadOptions(base=tmp_path)) == 1234
    assert source_bytes(Source("story", str(tmp_path / "story.txt"), "text"), ReadOptions()) == 1234
