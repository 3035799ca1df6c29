"""Golden files: the corpus articles against their hand-annotated money and percent mentions.

Each article's expected mentions are in corpus/expected/<id>.jsonl (checked by hand, see corpus/README.md).
An article whose output is known to differ goes in KNOWN_DIFFERENCES with the reason (strict xfail).
"""

import json
import re

import pytest

import newsclaims
from evaluation.spans import load_gold, values_agree

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


# Dates and orgs are not matched span for span (the golden test above covers money and percent): the
# corpus holds 290 dates and 210 orgs, some with discourse-level values ('a year earlier' resolved against
# the reported quarter) that no rule here claims. These floors sit a little under what `make eval` prints,
# so a change that loses dates or orgs fails here; raise them when the figures rise.
QUALITY_FLOORS = {"date": (0.92, 0.78), "org": (0.76, None)}  # span F1, value accuracy


@pytest.fixture(scope="module")
def corpus_scores(model_nlp):
    from evaluation.spans import MergeScore, score_article, score_merges

    published = {
        row.split("\t")[0]: row.split("\t")[1]
        for row in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    }
    scores: dict = {}
    merges = MergeScore()
    for article_id, gold in GOLD.items():
        text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
        result = newsclaims.extract(text, published[article_id], article_id=article_id, nlp=model_nlp)
        found = []
        for mention in result.mentions:
            record = mention.model_dump(mode="json")
            if record["type"] == "org":
                name_start = record["end"] - len(record["value"]["name"])
                record = {**record, "start": name_start, "value": {"org_id": record["value"]["org_id"]}}
            found.append(record)
        gold = [{**m, "value": {"org_id": m["value"]["org_id"]}} if m["type"] == "org" else m for m in gold]
        score_article(article_id, gold, found, ("date", "org"), scores)
        score_merges(article_id, gold, found, merges)
    return scores, merges


@pytest.mark.parametrize("kind", sorted(QUALITY_FLOORS))
def test_corpus_date_and_org_quality(corpus_scores, kind):
    scores, _ = corpus_scores
    f1_floor, value_floor = QUALITY_FLOORS[kind]
    assert scores[kind].f1 >= f1_floor, (scores[kind].misses[:10], scores[kind].spurious[:10])
    if value_floor is not None:
        assert scores[kind].value_accuracy >= value_floor, scores[kind].wrong_values[:10]


def test_corpus_org_alias_merges(corpus_scores):
    _, merges = corpus_scores
    assert merges.pairs > 300
    assert merges.precision >= 0.95 and merges.recall >= 0.95, (merges.wrong_merges[:5], merges.missed_merges[:5])


# Claims against corpus/claims (hand-written golden claims). Floors sit a little under what `make eval`
# prints; the targets (subject accuracy 0.85) are not met yet, see README "Claims".
CLAIM_FLOORS = {"subject": 0.55, "time": 0.78, "certainty": 0.84}
CLAIM_FIELD_PRECISION_FLOORS = {"kind": 0.80, "attribute_key": 0.55, "subject": 0.60}


@pytest.fixture(scope="module")
def claim_score(model_nlp):
    from evaluation.claims import ClaimScore, load_gold_claims, score_claims

    published = {
        row.split("\t")[0]: row.split("\t")[1]
        for row in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    }
    score = ClaimScore()
    for article_id, gold_claims in load_gold_claims(CORPUS).items():
        text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
        result = newsclaims.extract(text, published[article_id], article_id=article_id, nlp=model_nlp)
        score_claims(article_id, gold_claims, GOLD[article_id], result.model_dump(mode="json"), score)
    return score


def test_every_corpus_article_has_golden_claims():
    from evaluation.claims import load_gold_claims

    claims = load_gold_claims(CORPUS)
    assert set(claims) == set(GOLD)
    for article_id, gold in claims.items():
        quantities = [(m["start"], m["end"]) for m in GOLD[article_id] if m["type"] in ("money", "percent")]
        assert [(c["start"], c["end"]) for c in gold] == quantities, article_id


@pytest.mark.parametrize("name", sorted(CLAIM_FLOORS))
def test_corpus_claim_agreement(claim_score, name):
    assert claim_score.accuracy(name) >= CLAIM_FLOORS[name], claim_score.errors[name][:10]


@pytest.mark.parametrize("name", sorted(CLAIM_FIELD_PRECISION_FLOORS))
def test_corpus_claim_field_precision(claim_score, name):
    assert claim_score.fields[name].precision >= CLAIM_FIELD_PRECISION_FLOORS[name], claim_score.errors[name][:10]


def test_mentions_of_one_quantity_share_their_key(claim_score):
    """The issue's target: attribute_key agreement between mentions of the same quantity >= 0.90."""
    assert claim_score.key_pairs >= 10
    assert claim_score.key_agreement >= 0.90, claim_score.errors["key_agreement"]


def test_inconsistent_bridge_loan_mentions_share_key_and_subject(model_nlp):
    """aozora-bridge-loan says 'up to $400 billion' and later '$40 billion' of one loan: the checker can
    only see the slip if both claims carry the same attribute_key and subject."""
    text = (CORPUS / "articles" / "aozora-bridge-loan.txt").read_text(encoding="utf-8")
    result = newsclaims.extract(text, "2025-11-26", nlp=model_nlp)
    texts = {m.id: m.text for m in result.mentions}
    loans = [c for c in result.claims if texts[c.mention] in ("up to $400 billion", "$40 billion")]
    assert len(loans) == 2
    assert {c.attribute_key for c in loans} == {"bridge_loan"}
    assert len({c.subject for c in loans}) == 1 and loans[0].subject is not None
