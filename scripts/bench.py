"""`make bench`: throughput and memory of `newsclaims extract` against bare spaCy, in one run.

Both sides are whole processes over the same texts (../shared/dev-corpus when present, else corpus/articles
repeated to a similar size), with the same model, timed from start to exit, so model loading counts on
both sides. Prints words/s, their ratio and each process's peak RSS. Figures, never assertions.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"

BARE_SPACY = """
import sys, pathlib, spacy
from newsclaims.pipeline.model import resolve_model_name
nlp = spacy.load(resolve_model_name())
texts = (p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")))
count = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
print(count, file=sys.stderr)
"""


def build_texts(folder: Path, minimum_words: int) -> tuple[int, int]:
    """Copy the benchmark texts into `folder`; returns (articles, words)."""
    if DEV_CORPUS.is_dir():
        sources = sorted(DEV_CORPUS.glob("*.txt"))
        repeat = 1
    else:
        sources = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in sources)
        repeat = max(1, -(-minimum_words // words))
    articles = words = 0
    for round_ in range(repeat):
        for source in sources:
            text = source.read_text(encoding="utf-8")
            (folder / f"{round_:03d}-{source.name}").write_text(text, encoding="utf-8")
            articles += 1
            words += len(text.split())
    return articles, words


# A fresh wrapper per run: RUSAGE_CHILDREN's peak is the largest child so far, so each measured command
# runs as the only child of its own wrapper, which reports that child's peak RSS.
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one process running `command`."""
    output = subprocess.run([sys.executable, "-c", MEASURE, *command], check=True, capture_output=True, text=True)
    seconds, peak_kib = output.stdout.split()
    return float(seconds), int(peak_kib) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3, help="runs per side, alternating; the fastest counts")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newsclaims-bench-"))
    try:
        articles, words = build_texts(folder, minimum_words=60_000)
        source = "dev-corpus" if DEV_CORPUS.is_dir() else "corpus/articles repeated"
        print(f"texts: {articles} articles, {words:,} words ({source}); best of {args.repeats} runs per side")
        newsclaims_cli = [str(Path(sys.executable).parent / "newsclaims"), "extract", str(folder)]
        output = folder / "out.jsonl"
        sides = {
            "bare spaCy nlp.pipe (all default components)": [sys.executable, "-c", BARE_SPACY, str(folder)],
            "newsclaims extract (JSONL out)": [*newsclaims_cli, "-q", "-o", str(output), "--force"],
        }
        # Alternate the sides run by run, so drift in the machine's load hits both alike; keep each side's best.
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
        for _ in range(args.repeats):
            for name, command in sides.items():
                runs[name].append(run(command))
        results = {name: min(times) for name, times in runs.items()}
        for name, (seconds, peak) in results.items():
            print(f"  {name:48} {words / seconds:10,.0f} words/s  {seconds:6.1f}s  peak RSS {peak:6.0f} MiB")
        (bare, _), (ours, _) = results.values()
        print(f"  ratio newsclaims / bare spaCy: {bare / ours:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
