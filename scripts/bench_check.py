"""Peak memory and time of `newsclaims check` on synthetic results files of 2k, 20k and 60k records.

Each size is written once to out/bench-check/ (evaluation/synthetic.py: realistic record shape, companies
repeating across articles so that the comparison across articles has work to do), then checked by a fresh
process; its peak RSS is read from the kernel (getrusage of the child), not sampled.

    python scripts/bench_check.py                      # this tree
    python scripts/bench_check.py --code /work/main    # another checkout's code, for a before/after
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.synthetic import synthetic_record  # noqa: E402

SIZES = (2_000, 20_000, 60_000)
FOLDER = ROOT / "out" / "bench-check"


def results_file(size: int) -> Path:
    path = FOLDER / f"results-{size}.jsonl"
    if not path.exists():
        FOLDER.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as stream:
            for number in range(size):
                stream.write(synthetic_record(number, companies=max(10, size // 3)).model_dump_json() + "\n")
        partial.rename(path)
    return path


MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
status = subprocess.run(sys.argv[1:]).returncode
seconds = time.perf_counter() - started
print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, round(seconds, 2))
"""


def measure(path: Path, code: Path) -> tuple[int, float, float]:
    """(exit status, peak RSS in MiB, wall seconds) of one `newsclaims check` process."""
    findings = FOLDER / "findings.jsonl"
    command = [sys.executable, "-m", "newsclaims", "check", str(path), "-q", "--force", "-o", str(findings)]
    env = {**os.environ, "PYTHONPATH": str(code)}
    # run from the code's own folder: `python -m` puts the working folder first on the path, before PYTHONPATH
    output = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], env=env, cwd=code, capture_output=True, text=True
    )
    status, kib, seconds = output.stdout.split()
    return int(status), int(kib) / 1024, float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose newsclaims runs (default: this)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    options = parser.parse_args()
    print(f"newsclaims check, code from {options.code}")
    print("| records | file MiB | peak RSS MiB | wall s | findings |")
    print("|---|---|---|---|---|")
    for size in options.sizes:
        path = results_file(size)
        status, rss, seconds = measure(path, options.code)
        findings = sum(1 for _ in (FOLDER / "findings.jsonl").open(encoding="utf-8")) if status == 0 else "-"
        print(f"| {size:,} | {path.stat().st_size / 2**20:.0f} | {rss:.0f} | {seconds:.1f} | {findings} |", flush=True)


if __name__ == "__main__":
    main()
