"""Golden findings: each corpus article against corpus/findings/<id>.jsonl (written by reading, see
corpus/README.md "Findings"). Every golden error or warning must be raised, with the same check and the
golden spans among the cited mentions, and no error or warning may be raised that the golden file lacks.
An article where the checker is known to differ goes in KNOWN_DIFFERENCES with the reason (strict xfail).
"""

import pytest

import newsclaims
from evaluation.checks import ALARMS, FindingScore, load_gold_findings
from tests.conftest import CORPUS

GOLD = load_gold_findings(CORPUS / "findings")
ARTICLES = sorted(p.stem for p in (CORPUS / "articles").glob("*.txt"))
KNOWN_DIFFERENCES: dict[str, str] = {}


def _published() -> dict[str, str]:
    rows = (line.split("\t") for line in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:])
    return {row[0]: row[1] for row in rows if len(row) > 1}


PUBLISHED = _published()


def test_every_article_has_golden_findings():
    assert sorted(GOLD) == ARTICLES
    assert "aozora-bridge-loan" in GOLD
    assert any(g.check == "magnitude_slip" and g.severity == "error" for g in GOLD["aozora-bridge-loan"])


def _marks(article_id):
    reason = KNOWN_DIFFERENCES.get(article_id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize("article_id", [pytest.param(a, marks=_marks(a)) for a in ARTICLES])
def test_article_findings_match_golden_file(model_nlp, article_id):
    text = (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
    result = newsclaims.extract(text, PUBLISHED.get(article_id), article_id=article_id, nlp=model_nlp)
    score = FindingScore()
    score.add(article_id, result, GOLD.get(article_id, []))
    missed = {check: n for check, n in score.missed_by_check.items() if n}
    assert missed == {}, [(f.check, f.severity, f.message) for f in result.findings]
    assert [(f.check, f.message) for _, f in score.false_alarms] == []
    assert all(f.severity in (*ALARMS, "info") for f in result.findings)
