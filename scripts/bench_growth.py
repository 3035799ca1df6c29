"""`make bench` (third part): how the time of one article grows with its length, per pathological shape.

Each shape of issue 18 (a unit repeated to 50,000 and to 200,000 characters) goes through
`newsclaims.extract` (the whole pipeline: spaCy, the component, the record and the article's checks) in a
fresh process, so one shape's caches do not help the next; model loading is not timed. Printed per shape:
seconds at each size and the growth exponent log(t2/t1)/log(4) (1.0 is linear, 2.0 quadratic). A run past
--limit seconds is killed and printed as '>LIMIT' (its exponent then is a lower bound, '>x'). Figures,
never assertions: the machine is shared, so small exponent differences are noise.

    python scripts/bench_growth.py                  # every shape, 50,000 and 200,000 characters
    python scripts/bench_growth.py --shape '(' --limit 60
"""

import argparse
import math
import subprocess
import sys
import time

SIZES = (50_000, 200_000)

# name -> repeated unit (the shapes of issue 18, section 1)
SHAPES: dict[str, str] = {
    "$1234567": "$1234567",
    "$4.5 billion and \\n": "$4.5 billion and \n",
    "(": "(",
    "5 mln dlrs vs ": "5 mln dlrs vs ",
    "from 1% to ": "from 1% to ",
    "1-": "1-",
    "1.5bn ": "1.5bn ",
    "Q3 ": "Q3 ",
    "March 3, ": "March 3, ",
    "1,": "1,",
    "names": "Harwell Pinecrest Holdings and Odalys Marrow Group met Tavish Quill of Brenmoor Capital. ",
    "capitals": "WESTBRIDGE FARMS SAID NET INCOME ROSE AT ORTON MILLS AND KESTREL ",
    # not in the issue: a run-on list of dated amounts (one sentence, thousands of dates and quantities)
    "dated amounts": "$5 million on March 3, ",
}

TIMED = """
import sys, time
from newsclaims import extract, load_pipeline
unit, size = sys.argv[1], int(sys.argv[2])
text = (unit * (size // len(unit) + 1))[:size]
nlp = load_pipeline()
extract("Warm-up: Acme Corp paid $5 million on March 3, 2026.", "2026-03-10", nlp=nlp)
start = time.perf_counter()
extract(text, "2026-03-10", nlp=nlp)
print(time.perf_counter() - start)
"""


def timed(unit: str, size: int, limit: float) -> float | None:
    """Seconds of one extraction, or None past `limit`; a run that fails prints its last error line."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", TIMED, unit, str(size)],
            capture_output=True,
            text=True,
            timeout=limit + 30,  # model loading is not timed; the article is
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        error = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"  ({size:,} characters failed: {error[:200]})", file=sys.stderr)
        return None
    seconds = float(done.stdout.strip().splitlines()[-1])
    return seconds if seconds <= limit else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", action="append", help="only this shape (repeatable); default: all")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a run is killed")
    args = parser.parse_args()
    names = args.shape or list(SHAPES)
    print(f"{'shape':<22}{'50k s':>9}{'200k s':>9}{'exponent':>10}")
    started = time.perf_counter()
    for name in names:
        small = timed(SHAPES[name], SIZES[0], args.limit)
        large = timed(SHAPES[name], SIZES[1], args.limit) if small is not None else None
        exponent = _exponent(small, large, args.limit)
        print(f"{name:<22}{_seconds(small, args.limit):>9}{_seconds(large, args.limit):>9}{exponent:>10}")
        sys.stdout.flush()
    print(f"(total {time.perf_counter() - started:.0f} s; sizes {SIZES[0]:,} and {SIZES[1]:,} characters)")


def _seconds(value: float | None, limit: float) -> str:
    return f">{limit:.0f}" if value is None else f"{value:.2f}"


def _exponent(small: float | None, large: float | None, limit: float) -> str:
    if small is None:
        return "-"
    ratio = (large if large is not None else limit) / max(small, 1e-6)
    exponent = math.log(ratio) / math.log(SIZES[1] / SIZES[0])
    return f"{'>' if large is None else ''}{exponent:.2f}"


if __name__ == "__main__":
    main()
