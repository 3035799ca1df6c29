"""`make bench`: throughput and memory of `newsclaims extract` against bare spaCy, in one run.

Speed: whole processes over the same texts (../shared/dev-corpus when present, else corpus/articles
repeated to a similar size), with the same model, timed from start to exit, so model loading counts on
every side: bare spaCy `nlp.pipe` with all default components, `newsclaims extract --jobs 1`, `--jobs 2`,
`--engine dask --workers 2` (a LocalCluster of two worker processes started and shut down by the run, so
its start-up counts too: spawned workers import spaCy and load the model, none is forked), and `--jobs 1`
with the tagger and parser over every token (NEWSCLAIMS_PARSE=everywhere: the pipeline before issue 21;
the default parses only the sentences the rules read), and bare spaCy again with the matrix products
newsclaims uses (numpy's BLAS on one thread instead of blis: `pipeline/matrix_ops.py`). Runs alternate so
drift in the machine's load hits all sides alike; each side's fastest counts.

Memory: the largest process's peak with the model, `--jobs 1`, over the speed texts and over three times
as many (flat: the same peak). And `newsclaims extract` (default --jobs, blank:en so it takes seconds, not
minutes: the streaming code is the same whatever the model) over 1,000, 10,000 and 30,000 articles made by
repeating the headline and lead paragraph of each text. Flat means the peak does not grow with the number
of articles. (The summed PSS rises over a run's first seconds while forked workers dirty the pages they
share with the parent, then stays level; the 30,000 run shows the level.)

Peak memory is given two ways: the largest single process's peak RSS (getrusage), and the peak of the
summed PSS of the whole process tree (sampled from /proc every 0.2 s; PSS splits pages shared between
forked workers, so the sum is what the run really holds). CPU seconds (user + system, all processes) show
how much of the wall time the machine gave the run, and `others` how many cores other processes on the
machine kept busy meanwhile: a busy machine makes jobs=2 look slow, and a side's fastest run is the one
least disturbed. Figures, never assertions.

Balance: how evenly `--jobs 2` can end on these texts whatever the machine's load: the share of the words
done by the worker that ends last when each article costs its words and a free worker takes the next piece,
for the pieces `newsclaims.work_plan` cuts and for whole batches of 32 in input order (before issue 21).
"""

import argparse
import heapq
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"
MEMORY_SIZES = (1_000, 10_000, 30_000)

FULL_PARSE = "newsclaims extract --jobs 1, parse everywhere"
BARE_SPACY = """
import sys, pathlib, spacy
from newsclaims.pipeline.model import resolve_model_name
nlp = spacy.load(resolve_model_name())
texts = (p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")))
count = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
print(count, file=sys.stderr)
"""

# Bare spaCy with the matrix products newsclaims uses (numpy's BLAS on one thread, `pipeline/matrix_ops.py`):
# what the design gains apart from the faster products.
BARE_SPACY_NUMPY = BARE_SPACY.replace(
    "nlp = spacy.load(resolve_model_name())",
    "nlp = spacy.load(resolve_model_name())\n"
    "from newsclaims.pipeline.matrix_ops import use_numpy_matmul\n"
    "use_numpy_matmul(nlp)",
)
BARE_NUMPY = "bare spaCy nlp.pipe, numpy matmul (as newsclaims)"

# A fresh wrapper per run: RUSAGE_CHILDREN then covers exactly the measured command and its workers.
MEASURE = r"""
import os, resource, subprocess, sys, time

def tree(root):
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(name))
    found = [root]
    for pid in found:
        found.extend(children.get(pid, []))
    return found

def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

def busy_seconds():
    with open("/proc/stat") as stat:
        ticks = [int(value) for value in stat.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait

busy_before = busy_seconds()
started = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak_pss = 0
while process.poll() is None:
    peak_pss = max(peak_pss, sum(pss_kib(pid) for pid in tree(process.pid)))
    time.sleep(0.2)
seconds = time.perf_counter() - started
if process.returncode:
    sys.exit(f"{sys.argv[1:]} failed with status {process.returncode}")
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
others = max(0.0, busy_seconds() - busy_before - cpu) / seconds
print(seconds, cpu, usage.ru_maxrss, peak_pss, others)
"""


@dataclass(frozen=True)
class Measure:
    """One process run: wall and CPU seconds, the largest process's peak RSS and the tree's peak PSS (MiB),
    and the cores that other processes on the machine kept busy meanwhile (on average)."""

    seconds: float
    cpu: float
    peak_rss: float
    peak_pss: float
    others: float


def run(command: list[str], env: dict[str, str] | None = None) -> Measure:
    environment = {**os.environ, **(env or {})}
    output = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], check=True, capture_output=True, text=True, env=environment
    )
    seconds, cpu, rss_kib, pss_kib, others = output.stdout.split()
    return Measure(float(seconds), float(cpu), int(rss_kib) / 1024, int(pss_kib) / 1024, float(others))


def source_texts() -> tuple[list[str], str]:
    if DEV_CORPUS.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(DEV_CORPUS.glob("*.txt"))], "../shared/dev-corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    repeat = max(1, -(-60_000 // sum(len(t.split()) for t in texts)))
    return texts * repeat, "corpus/articles repeated"


def write_texts(folder: Path, texts: list[str]) -> int:
    """Write `texts` as article files below `folder` (100 a subfolder); returns their words."""
    folder.mkdir(parents=True)
    for number, text in enumerate(texts):
        sub = folder / f"{number // 100:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{number:06d}.txt").write_text(text, encoding="utf-8")
    return sum(len(text.split()) for text in texts)


def busiest_share(texts: list[str], pieces: list[list[int]], jobs: int) -> float:
    """The share of the words done by the worker that ends last, each free worker taking the next piece and
    an article costing its words: how evenly `--jobs` can end, apart from the machine's load."""
    words = [len(text.split()) for text in texts]
    workers = [(0, worker, 0) for worker in range(jobs)]  # (busy until, worker, its words)
    for piece in pieces:
        until, worker, done = heapq.heappop(workers)
        cost = sum(words[position] for position in piece)
        heapq.heappush(workers, (until + cost, worker, done + cost))
    return max(workers)[0] / max(1, sum(words))


def planned_pieces(texts: list[str], batch_size: int, jobs: int) -> list[list[int]]:
    """The pieces `--jobs` hands out for these texts (`newsclaims.work_plan`)."""
    from newsclaims.io.readers import Source
    from newsclaims.work_plan import WorkPlan

    sources = [Source(str(n), None, "text", data=text.encode()) for n, text in enumerate(texts)]
    plan, pieces = WorkPlan(sources, batch_size=batch_size, jobs=jobs), []
    while not plan.finished:
        plan.read(jobs * 3 * batch_size)
        pieces += [piece.positions for piece in plan.pieces()]
    return pieces


def leads(texts: list[str], count: int) -> list[str]:
    paragraphs = ["\n\n".join(text.strip().split("\n\n")[:2]) for text in texts]
    return [paragraphs[number % len(paragraphs)] for number in range(count)]


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def row(name: str, articles: int, words: int, measure: Measure) -> str:
    return (
        f"| {name:45} | {articles:>8,} | {words / measure.seconds:>7,.0f} | {words / measure.cpu:>11,.0f} | "
        f"{measure.seconds:>6.1f} | {measure.cpu:>5.1f} | {measure.peak_rss:>8.0f} | {measure.peak_pss:>8.0f} | "
        f"{measure.others:>6.2f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=2, help="speed runs per side, alternating; the fastest counts")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newsclaims-bench-"))
    newsclaims = str(Path(sys.executable).parent / "newsclaims")
    try:
        texts, origin = source_texts()
        words = write_texts(folder / "speed", texts)
        out = str(folder / "out.jsonl")
        extract = [newsclaims, "extract", str(folder / "speed"), "-q", "-o", out, "--force"]
        sides = {
            "bare spaCy nlp.pipe (all default components)": [sys.executable, "-c", BARE_SPACY, str(folder / "speed")],
            "newsclaims extract --jobs 1": [*extract, "--jobs", "1"],
            "newsclaims extract --jobs 2": [*extract, "--jobs", "2"],
            "newsclaims extract --engine dask --workers 2": [*extract, "--engine", "dask", "--workers", "2"],
            FULL_PARSE: [*extract, "--jobs", "1"],
            BARE_NUMPY: [sys.executable, "-c", BARE_SPACY_NUMPY, str(folder / "speed")],
        }
        environments = {FULL_PARSE: {"NEWSCLAIMS_PARSE": "everywhere"}}
        print(f"texts: {len(texts)} articles, {words:,} words ({origin}); best of {args.repeats} runs per side")
        print(f"cores available: {len(os.sched_getaffinity(0))}; load average before: {load_average()}")
        runs: dict[str, list[Measure]] = {name: [] for name in sides}
        for _ in range(args.repeats):
            for name, command in sides.items():
                runs[name].append(run(command, environments.get(name)))
        best = {name: min(measures, key=lambda m: m.seconds) for name, measures in runs.items()}

        # peak memory with the model at two corpus sizes: the speed texts, and three times as many
        larger = texts * 3
        larger_words = write_texts(folder / "larger", larger)
        model_memory = run([newsclaims, "extract", str(folder / "larger"), "-q", "-o", out, "--force", "--jobs", "1"])

        memory: dict[int, tuple[int, Measure]] = {}
        for size in MEMORY_SIZES:
            texts_of_size = leads(texts, size)
            size_words = write_texts(folder / f"memory-{size}", texts_of_size)
            command = [newsclaims, "extract", str(folder / f"memory-{size}"), "-q", "-o", out, "--force"]
            memory[size] = (size_words, run([*command, "--model", "blank:en"]))

        print()
        print(
            "| run                                           | articles | words/s | words/CPU s | wall s | CPU s | "
            "peak RSS | peak PSS | others |"
        )
        print("|" + "|".join("-" * width for width in (47, 10, 9, 13, 8, 7, 10, 10, 8)) + "|")
        for name, measure in best.items():
            print(row(name, len(texts), words, measure))
        print(row("memory: newsclaims extract --jobs 1, texts x 3", len(larger), larger_words, model_memory))
        for size, (size_words, measure) in memory.items():
            print(row(f"memory: blank:en, default --jobs, {size:,} art", size, size_words, measure))
        print("(peak RSS: largest single process, MiB; peak PSS: all processes of the run together, MiB;")
        print(" others: cores kept busy by other processes on the machine during the run, on average)")
        print()
        bare, one, two, dask, full, bare_numpy = best.values()
        print(
            f"ratio newsclaims --jobs 1 / bare spaCy: {bare.seconds / one.seconds:.2f} in words/s (wall), "
            f"{bare.cpu / one.cpu:.2f} in words per CPU second (less moved by other processes' load)"
        )
        print(
            f"ratio newsclaims --jobs 1 / bare spaCy with numpy matmul: {bare_numpy.seconds / one.seconds:.2f} in "
            f"words/s (wall), {bare_numpy.cpu / one.cpu:.2f} in words per CPU second (the design's share)"
        )
        print(
            f"ratio parse where needed / parse everywhere (both --jobs 1): {full.seconds / one.seconds:.2f} in words/s "
            f"(wall), {full.cpu / one.cpu:.2f} in words per CPU second"
        )
        print(
            f"peak RSS of one process, model loaded: {one.peak_rss:.0f} MiB over {len(texts):,} articles, "
            f"{model_memory.peak_rss:.0f} MiB over {len(larger):,} ({model_memory.peak_rss / one.peak_rss:.2f}x)"
        )
        print(
            f"speed-up --jobs 2 / --jobs 1 (wall): {one.seconds / two.seconds:.2f}; CPU seconds jobs 2 / jobs 1: "
            f"{two.cpu / one.cpu:.2f} (the work that going parallel adds)"
        )
        print(
            f"dask, 2 workers / --jobs 2 (wall): {two.seconds / dask.seconds:.2f} in words/s; CPU seconds dask / "
            f"jobs 2: {dask.cpu / two.cpu:.2f} (what the cluster's start-up, scheduling and transfers add)"
        )
        batches = [list(range(start, min(start + 32, len(texts)))) for start in range(0, len(texts), 32)]
        planned = busiest_share(texts, planned_pieces(texts, 32, 2), 2)
        print(
            f"--jobs 2, share of the words done by the worker that ends last: {planned:.3f} (work plan; whole "
            f"batches of 32 in input order: {busiest_share(texts, batches, 2):.3f})"
        )
        (_, small), (_, medium), (_, large) = memory.values()
        for name, (low, high) in {"10,000 / 1,000": (small, medium), "30,000 / 10,000": (medium, large)}.items():
            print(
                f"memory {name} articles: peak PSS {high.peak_pss / low.peak_pss:.2f}x, "
                f"largest process {high.peak_rss / low.peak_rss:.2f}x"
            )
        print(f"load average after: {load_average()} (includes this benchmark's own processes)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
