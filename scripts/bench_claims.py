"""`make bench` (second part): what reading claims adds to the spaCy pass.

The same texts (../shared/dev-corpus when present, else corpus/articles repeated) go through the default
pipeline twice per round, once with the `newsclaims` component reading claims and once with
`config={"claims": False}` (mentions only), alternating, in one process after a warm-up; the fastest round
of each side counts. Printed: words/s of each, the claims' extra time as a share of the whole pass, and
claims per 1,000 words. Figures, never assertions.
"""

import sys
import time
from pathlib import Path

import spacy

from newsclaims.pipeline.model import ON_DEMAND_COMPONENTS, resolve_model_name

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"


def texts() -> tuple[list[str], str]:
    if DEV_CORPUS.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(DEV_CORPUS.glob("*.txt"))], "../shared/dev-corpus"
    found = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    return found * 10, "corpus/articles x10"


def pipeline(claims: bool):
    nlp = spacy.load(resolve_model_name(), disable=list(ON_DEMAND_COMPONENTS))
    nlp.add_pipe("newsclaims", last=True, config={"claims": claims})
    return nlp


def timed(nlp, batch: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    claims = sum(len(doc._.newsclaims_claims or []) for doc in nlp.pipe(batch, batch_size=32))
    return time.perf_counter() - start, claims


def main() -> int:
    batch, origin = texts()
    words = sum(len(text.split()) for text in batch)
    sides = {"with claims": pipeline(True), "mentions only": pipeline(False)}
    for nlp in sides.values():
        timed(nlp, batch[:20])  # warm-up
    best: dict[str, tuple[float, int]] = {}
    for _ in range(3):
        for name, nlp in sides.items():
            seconds, claims = timed(nlp, batch)
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, claims)
    print(f"claims cost: {len(batch)} articles, {words:,} words ({origin}); best of 3 rounds per side")
    for name, (seconds, claims) in best.items():
        print(f"  {name:14} {words / seconds:>8,.0f} words/s  {seconds:6.1f} s  {claims:>6,} claims")
    with_claims, without = best["with claims"][0], best["mentions only"][0]
    claims = best["with claims"][1]
    print(
        f"  reading claims adds {100 * (with_claims - without) / without:.1f}% to the pass "
        f"({1000 * (with_claims - without) / max(1, claims):.2f} ms per claim; {1000 * claims / words:.1f} claims "
        f"per 1,000 words)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
