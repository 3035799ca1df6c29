"""Seconds per pipeline component over dev-news stories: where the time of a newsclaims run goes.

Runs each component of the pipeline over the same Docs in turn (`component.pipe`, batches of 32), first
for bare spaCy's full pipeline (as spaCy ships it, and with numpy's matrix products as newsclaims runs
them), then for the pipeline `newsclaims.load_pipeline()` builds (parse where needed), then with
NEWSCLAIMS_PARSE=everywhere. Figures, never assertions; the machine's other load moves
them, so compare shares within one run.

    PYTHONPATH=. python scripts/bench_components.py --stories 200
"""

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

from newsclaims.pipeline.matrix_ops import use_numpy_matmul
from newsclaims.pipeline.model import load_pipeline, resolve_model_name

DEV_NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "dev-news" / "reuters-1987.jsonl"


def seconds_per_component(nlp, texts: list[str]) -> dict[str, float]:
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    spent = {"tokenizer": time.perf_counter() - started}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=32)) if hasattr(component, "pipe") else list(map(component, docs))
        spent[name] = time.perf_counter() - started
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=200, help="the first N stories of ../shared/dev-news")
    args = parser.parse_args()
    if not DEV_NEWS.exists():
        print(f"skipped: {DEV_NEWS} not found")
        return 0
    with DEV_NEWS.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.stories), lines, strict=False)]
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} stories, {words:,} words")
    bare_numpy = spacy.load(resolve_model_name())
    use_numpy_matmul(bare_numpy)
    pipelines = {
        "bare spaCy (all default components)": spacy.load(resolve_model_name()),
        "bare spaCy, numpy matmul (as newsclaims multiplies)": bare_numpy,
        "newsclaims, parse where needed": load_pipeline(parse="needed"),
        "newsclaims, parse everywhere": load_pipeline(parse="everywhere"),
    }
    for name, nlp in pipelines.items():
        list(nlp.pipe(texts[:10]))  # warm up: first-call costs out of the figures
        spent = seconds_per_component(nlp, texts)
        total = sum(spent.values())
        print(f"\n{name}: {total:.2f} s, {words / total:,.0f} words/s")
        for component, seconds in spent.items():
            print(f"  {component:28} {seconds:6.2f} s  {seconds / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
