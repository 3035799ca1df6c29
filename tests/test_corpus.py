"""Golden files: the corpus articles against their hand-annotated money and percent mentions.

Each article's expected mentions are in corpus/expected/<id>.jsonl (checked by hand, see corpus/README.md).
An article whose output is known to differ goes in KNOWN_DIFFERENCES with the reason (strict xfail).
"""

import json
import re

import pytest

import newsclaims
from newsclaims.evaluation import load_gold, values_agree

from .conftest import CORPUS

GOLD = load_gold(CORPUS)
KNOWN_DIFFERENCES: dict[str, str] = {
    "nymex-crude-rally-1987": (
        "'up 2.3 pct ... from 1.8 pct': the annotator reads the earlier rate as a change too; the rule reads "
        "a percent after 'from' as a level (the starting point of a move)"
    ),
}


def test_corpus_is_there():
    assert len(GOLD) >= 12
    ids = {p.stem for p in (CORPUS / "articles").glob("*.txt")}
    assert ids == set(GOLD)


@pytest.mark.parametrize("article_id", sorted(GOLD))
def test_gold_annotations_are_consistent(article_id):
    text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
    previous_end = 0
    for mention in GOLD[article_id]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["start"] >= previous_end
        previous_end = mention["end"]


def _marks(article_id):
    reason = KNOWN_DIFFERENCES.get(article_id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize("article_id", [pytest.param(a, marks=_marks(a)) for a in sorted(GOLD)])
def test_article_matches_golden_file(model_nlp, article_id):
    text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
    result = newsclaims.extract(text, article_id=article_id, nlp=model_nlp)
    found = [m.model_dump(mode="json") for m in result.mentions if m.type in ("money", "percent")]
    found_spans = [(m["type"], m["text"], m["start"]) for m in found]
    gold = [m for m in GOLD[article_id] if m["type"] in ("money", "percent")]
    gold_spans = [(m["type"], m["text"], m["start"]) for m in gold]
    assert found_spans == gold_spans
    for gold_mention, mention in zip(gold, found, strict=True):
        assert values_agree(gold_mention["value"], mention["value"]), (gold_mention, mention)


def test_every_mention_offset_holds_on_the_corpus(model_nlp):
    """text[start:end] == mention.text for every mention the CLI would write for the corpus."""
    checked = 0
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        result = newsclaims.extract(text, nlp=model_nlp)
        record = json.loads(result.model_dump_json())
        for mention in record["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
            checked += 1
    assert checked > 100


EVAL_GOLD = CORPUS.parent / "eval" / "dev-corpus-gold"
DEV_CORPUS = CORPUS.parent.parent / "shared" / "dev-corpus"
NUMBER_WORD = re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|millions|billions)\b")


@pytest.mark.parametrize("path", sorted(EVAL_GOLD.glob("*.jsonl")), ids=lambda p: p.stem)
def test_real_article_gold_fits_its_article(path):
    """eval/dev-corpus-gold keeps offsets only: spans in order, on word edges, money and percent on numbers."""
    article = DEV_CORPUS / f"{path.stem}.txt"
    if not article.exists():
        pytest.skip(f"{article} not present")
    text = article.read_text(encoding="utf-8")
    previous_end = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        mention = json.loads(line)
        span = text[mention["start"] : mention["end"]]
        assert mention["start"] >= previous_end, span
        assert span == span.strip() and span, span
        assert not text[mention["end"] : mention["end"] + 1].isalnum() or not span[-1].isalnum(), span
        if mention["type"] in ("money", "percent"):
            assert any(c.isdigit() for c in span) or NUMBER_WORD.search(span), span
        previous_end = mention["end"]
