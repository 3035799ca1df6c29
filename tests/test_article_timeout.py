"""The per-article time budget (issue 18): a stalling article gets a `timeout` record, the rest goes on in order.

The stall is a test-only component that spins while the text says STALL (for at most STALL_CAP seconds, so
a broken budget fails the assertions instead of hanging the suite). Nothing here times anything: the tests
assert which records come out, and in which order.
"""

import signal
import time

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language

from newsclaims import parallel
from newsclaims.batch import extract_articles
from newsclaims.cli import cli
from newsclaims.io.readers import ArticleInput, Source
from newsclaims.models import ArticleResult
from newsclaims.parallel import Job, run

STALL_CAP = 30.0
BUDGET = 1.0  # far more than any of these short articles needs once the rules are loaded


@Language.component("stall_on_marker")
def stall_on_marker(doc):
    if "STALL" in doc.text:
        began = time.monotonic()
        while time.monotonic() - began < STALL_CAP:  # pure Python, as the quadratic rules were
            pass
    return doc


@Language.component("stall_deaf_on_marker")
def stall_deaf_on_marker(doc):
    """A stall the alarm cannot stop, as one long C call would be: SIGALRM is held back while it spins."""
    if "STALL" in doc.text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            began = time.monotonic()
            while time.monotonic() - began < STALL_CAP:
                pass
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
    return doc


def _stalling_pipeline(job=None, stall="stall_on_marker"):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(stall)
    nlp.add_pipe("newsclaims")
    return nlp


TEXTS = {
    "a": "It raised $5 billion.",
    "stall-1": "STALL at $7 million.",
    "b": "Shares rose 4%.",
    "stall-2": "STALL again for 9%.",
    "c": "A loan of $3 million.",
}
EXPECTED = [("a", "ok", []), ("stall-1", "error", ["timeout"]), ("b", "ok", []), ("stall-2", "error", ["timeout"]),
            ("c", "ok", [])]  # fmt: skip


@pytest.fixture(autouse=True, scope="module")
def _rules_loaded():
    """The rule tables load and compile on first use: once here, so forked workers inherit them and no short
    article spends its budget loading them."""
    list(extract_articles([ArticleInput("w", None, text="Acme Corp paid $5 million, 4% more, on March 3, 2026.")],
                          _stalling_pipeline()))  # fmt: skip


def test_stalling_articles_get_timeout_records_in_order():
    articles = [ArticleInput(id, f"{id}.txt", text=text) for id, text in TEXTS.items()]
    results = list(extract_articles(articles, _stalling_pipeline(), batch_size=5, article_timeout=BUDGET))
    assert [(r.article.id, r.status, [e.code for e in r.errors]) for r in results] == EXPECTED
    assert [m.text for m in results[4].mentions] == ["$3 million"]
    assert results[1].article.sha256 is not None and "--article-timeout" in results[1].errors[0].message


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "two-workers"])
def test_timeout_in_a_run_keeps_the_batch_going(monkeypatch, jobs):
    monkeypatch.setattr(parallel, "pipeline_for", _stalling_pipeline)  # forked workers inherit it
    sources = [Source(id, None, "text", data=text.encode()) for id, text in TEXTS.items()]
    outcomes = list(run(sources, Job(model="blank:en", batch_size=2, article_timeout=BUDGET), jobs))
    assert [(o.id, o.status, list(o.codes)) for o in outcomes] == EXPECTED


@pytest.mark.parametrize("batch_size", [1, 2])  # (one batch runs in this process: alarm only)
def test_a_worker_the_alarm_cannot_stop_is_replaced(monkeypatch, batch_size):
    monkeypatch.setattr(parallel, "pipeline_for", lambda job: _stalling_pipeline(job, "stall_deaf_on_marker"))
    monkeypatch.setattr(parallel, "HARD_STOP_GRACE", 0.2)
    sources = [Source(id, None, "text", data=text.encode()) for id, text in TEXTS.items()]
    outcomes = list(run(sources, Job(model="blank:en", batch_size=batch_size, article_timeout=BUDGET), 2))
    assert [(o.id, o.status, list(o.codes)) for o in outcomes] == EXPECTED
    assert '"$3 million"' in outcomes[4].payload


def test_cli_option_reaches_the_records(monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "pipeline_for", _stalling_pipeline)
    for id, text in TEXTS.items():
        (tmp_path / f"{id}.txt").write_text(text, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        cli, ["extract", str(tmp_path), "-o", str(output), "-j", "1", "-q", "--model", "blank:en",
              "--article-timeout", str(BUDGET)],
    )  # fmt: skip
    assert 0 == result.exit_code, result.output
    records = [ArticleResult.model_validate_json(line) for line in output.read_text().splitlines()]
    assert sorted((r.article.id, r.status, [e.code for e in r.errors]) for r in records) == sorted(EXPECTED)


def test_no_budget_lets_an_article_run():
    """0 (None in the library) means no limit: a short stall-free run is untouched."""
    articles = [ArticleInput("a", "a.txt", text=TEXTS["a"])]
    (result,) = extract_articles(articles, _stalling_pipeline(), article_timeout=None)
    assert result.status == "ok" and [m.text for m in result.mentions] == ["$5 billion"]
