"""How long a run takes to end after Ctrl-C (part of `make bench`; issue 18 asks for 2 s at most).

Starts `newsclaims extract --jobs 2` over ../shared/dev-corpus (skipped where absent) in its own process
group, waits until it has written its first records, sends SIGINT to the whole group as a terminal's Ctrl-C
does, and prints the seconds to exit, the exit status and whether every record written is whole JSON.

    python scripts/bench_interrupt.py [--jobs 2] [--after 3]
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--after", type=float, default=3.0, help="seconds after the first record to interrupt")
    args = parser.parse_args()
    if not DEV_CORPUS.is_dir():
        print(f"interrupt: skipped ({DEV_CORPUS} not found)")
        return
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "out.jsonl"
        command = [sys.executable, "-m", "newsclaims", "extract", str(DEV_CORPUS), "-o", str(output), "--force"]
        run = subprocess.Popen(
            [*command, "--jobs", str(args.jobs)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        while run.poll() is None and (not output.exists() or not output.stat().st_size):
            time.sleep(0.1)
        time.sleep(args.after)
        if run.poll() is not None:
            print("interrupt: the run ended before it could be interrupted; use a smaller --after")
            return
        started = time.monotonic()
        os.killpg(run.pid, signal.SIGINT)
        run.wait()
        seconds = time.monotonic() - started
        lines = output.read_text(encoding="utf-8").splitlines()
        whole = all(json.loads(line) for line in lines)
        print(
            f"interrupt: --jobs {args.jobs}: exit {run.returncode} {seconds:.2f} s after Ctrl-C; "
            f"{len(lines)} records written, all whole: {whole}"
        )


if __name__ == "__main__":
    main()
