"""Core-span precision/recall/F1 per type (money, percent, date, org) of newsclaims and of the bare statistical
model (its full pipeline, `doc.ents`), on the span gold of `eval/span-gold/` (40 dev-news stories annotated
blind in OntoNotes style; tune and sealed halves) and on `eval/dev-corpus-gold/` (40 published articles).

Spans are compared on their core (`evaluation.spans.core_span`: qualifiers, "the", a leading currency sign,
possessives and edge punctuation set aside), as issue 17 compares them on annotated newswire. Run by
`make eval`; `--half tune --show 20` lists newsclaims' misses and spurious mentions of the tune half, with
the model's beside them.
"""

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

import newsclaims
from evaluation.blind import HALVES, BlindArticle, news_articles
from evaluation.spans import CORE_TYPES, SpanScore, score_cores
from newsclaims.pipeline.model import resolve_model_name

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "dev-news" / "reuters-1987.jsonl"
DEV_CORPUS = ROOT.parent / "shared" / "dev-corpus"
MODEL_LABELS = {kind.upper(): kind for kind in CORE_TYPES}


def newsclaims_mentions(article: BlindArticle, nlp: Language) -> list[dict]:
    result = newsclaims.extract(article.text, published=article.published, nlp=nlp)
    return [m.model_dump(mode="json") for m in result.mentions if m.type in CORE_TYPES]


def model_mentions(article: BlindArticle, bare: Language) -> list[dict]:
    return [
        {"type": MODEL_LABELS[e.label_], "start": e.start_char, "end": e.end_char}
        for e in bare(article.text).ents
        if e.label_ in MODEL_LABELS
    ]


def dev_corpus_articles(gold_dir: Path, texts: Path) -> list[BlindArticle]:
    """The annotated dev-corpus articles (texts outside the repository); none when they are absent."""
    if not texts.is_dir():
        return []
    return [
        BlindArticle(
            path.stem,
            (texts / f"{path.stem}.txt").read_text(encoding="utf-8"),
            None,
            [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()],
        )
        for path in sorted(gold_dir.glob("*.jsonl"))
    ]


def score(
    name: str, articles: Iterable[BlindArticle], nlp: Language, bare: Language, show: int
) -> dict[str, dict[str, SpanScore]]:
    articles = list(articles)
    if not articles:
        print(f"  {name}: no texts here (../shared absent?)")
        return {}
    systems: dict[str, dict[str, SpanScore]] = {"newsclaims": {}, "model": {}}
    for article in articles:
        types = sorted({g["type"] for g in article.gold} & set(CORE_TYPES))
        for system, mentions in (
            ("newsclaims", newsclaims_mentions(article, nlp)),
            ("model", model_mentions(article, bare)),
        ):
            score_cores(article.id, article.text, article.gold, mentions, types, systems[system])
    print(f"  {name} ({len(articles)} stories)")
    print(f"    {'type':8} {'gold':>5}   {'newsclaims P / R / F':24} {'model P / R / F':24} {'F gap':>6}")
    for kind in CORE_TYPES:
        ours, theirs = systems["newsclaims"].get(kind), systems["model"].get(kind)
        if ours is None or theirs is None:
            continue
        print(
            f"    {kind:8} {ours.true_positives + ours.false_negatives:5d}   "
            f"{ours.precision:.3f} / {ours.recall:.3f} / {ours.f1:.3f}    "
            f"{theirs.precision:.3f} / {theirs.recall:.3f} / {theirs.f1:.3f}    {ours.f1 - theirs.f1:+.3f}"
        )
    for kind in CORE_TYPES:
        for system in systems:
            s = systems[system].get(kind)
            for label, rows in (("missed", s.misses if s else []), ("spurious", s.spurious if s else [])):
                for row in rows[:show]:
                    print(f"      {system:10} {kind:7} {label:8} {row}")
    return systems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=HALVES, action="append", help="Score only this half (repeatable).")
    parser.add_argument("--show", type=int, default=0, help="List this many errors per type and system (tune only).")
    parser.add_argument("--no-dev-corpus", action="store_true", help="Skip eval/dev-corpus-gold.")
    args = parser.parse_args()
    nlp = newsclaims.load_pipeline()
    bare = spacy.load(resolve_model_name())
    print(f"core spans against the bare model ({bare.meta['name']} {bare.meta['version']}, full pipeline)")
    for half in args.half or HALVES:
        show = args.show if half == "tune" else 0
        score(f"span gold {half}", news_articles(ROOT / "eval" / "span-gold", NEWS, half), nlp, bare, show)
    if not args.no_dev_corpus:
        articles = dev_corpus_articles(ROOT / "eval" / "dev-corpus-gold", DEV_CORPUS)
        score("dev-corpus gold", articles, nlp, bare, args.show)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
