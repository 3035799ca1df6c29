"""The Dask engine: the local engine's output, in input order, every article exactly once, from the workers of
a cluster, also when a worker dies mid-run. One local cluster of two worker processes serves the module."""

import json
import os
import signal
import sys

import pytest
from click.testing import CliRunner

from newsclaims import dask_engine, parallel
from newsclaims.cli import cli
from newsclaims.io.readers import ReadOptions, Source, iter_sources
from newsclaims.parallel import Job
from tests.conftest import CORPUS

BLANK = Job(model="blank:en", batch_size=4)


@pytest.fixture(scope="module")
def client():
    """A client of a two-worker `LocalCluster` as `--engine dask --workers 2` starts it."""
    pytest.importorskip("distributed", reason="the Dask engine needs Dask: pip install 'newsclaims[dask]'")
    with dask_engine.cluster_client(None, 2) as client:
        yield client


def _sources(count: int) -> list[Source]:
    texts = (f"Company {n} raised ${n % 97 + 1} million, up {n % 13}% on the year." for n in range(count))
    return [Source(f"a{n:04d}", None, "text", data=text.encode()) for n, text in enumerate(texts)]


def _write_articles(folder, count: int) -> None:
    folder.mkdir()
    for source in _sources(count):
        (folder / f"{source.id}.txt").write_bytes(source.data)


@pytest.mark.model
@pytest.mark.slow
def test_corpus_gives_the_local_engines_output(client):
    job = Job(batch_size=4)  # the installed model, as `newsclaims extract` runs by default
    sources = list(iter_sources([str(CORPUS / "articles")], job.read))
    expected = list(parallel.run(sources, job, 1))
    assert len(expected) == len(list((CORPUS / "articles").glob("*.txt"))) > 0
    assert {outcome.status for outcome in expected} == {"ok"}
    assert list(dask_engine.run(sources, job, client)) == expected


@pytest.mark.slow
def test_worker_killed_mid_run_every_article_once_in_order(client):
    sources = _sources(1200)
    job = Job(model="blank:en", batch_size=16)
    expected = list(parallel.run(sources, job, 1))
    outcomes = dask_engine.run(sources, job, client)
    got = [next(outcomes)]  # the cluster is at work: a window of batches is queued on both workers
    busy = max(client.processing().items(), key=lambda item: len(item[1]))[0]
    killed = client.run(os.getpid)[busy]
    os.kill(killed, signal.SIGKILL)
    got.extend(outcomes)
    ids = [outcome.id for outcome in got]
    assert len(ids) == len(set(ids)) == len(sources)
    assert got == expected
    client.wait_for_workers(2, timeout=60)  # the nanny restarted it; the next tests have two workers again
    assert killed not in client.run(os.getpid).values()


def test_read_on_workers_gives_the_same_output(client, tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    _write_articles(folder, 20)
    (folder / "page.html").write_text(
        "<html><head><title>T</title></head><body><article><p>Acme lent €20m to Globex.</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "binary.txt").write_bytes(b"\x00\x01binary")
    monkeypatch.chdir(tmp_path)  # a relative path: the workers run elsewhere, yet read the client's files
    sources = list(iter_sources(["articles", "missing.txt"], ReadOptions()))
    expected = list(parallel.run(sources, BLANK, 1))
    assert list(dask_engine.run(sources, BLANK, client, read_on_workers=True)) == expected
    assert list(dask_engine.run(sources, BLANK, client)) == expected
    statuses = {outcome.id: outcome.status for outcome in expected}
    assert (statuses["page"], statuses["binary"], statuses["missing"]) == ("ok", "error", "error")


def test_resume_skips_articles_already_written(client, tmp_path):
    folder, out, full = tmp_path / "articles", tmp_path / "out.jsonl", tmp_path / "full.jsonl"
    _write_articles(folder, 30)
    address = client.scheduler.address
    dask = ["--engine", "dask", "--scheduler", address, "--model", "blank:en", "--batch-size", "4"]
    result = CliRunner().invoke(cli, ["extract", str(folder), *dask, "-o", str(full)])
    assert 0 == result.exit_code, result.output
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:12]) + lines[12][:40], encoding="utf-8")  # a kill left a torn line

    result = CliRunner().invoke(cli, ["extract", str(folder), *dask, "-o", str(out), "--resume"])
    assert 0 == result.exit_code, result.output
    assert "30 articles: 18 ok, 0 error, 0 skipped, 12 already done" in result.stderr
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    assert len({json.loads(line)["article"]["id"] for line in lines}) == 30


def test_a_model_missing_on_the_workers_is_one_clear_error(client, tmp_path):
    (tmp_path / "a.txt").write_text("Acme raised $5 billion.", encoding="utf-8")
    address = client.scheduler.address
    command = ["extract", str(tmp_path), "--engine", "dask", "--scheduler", address, "--model", "no_such_model"]
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 2 and "no_such_model" in result.output
    assert "Traceback" not in result.output


def test_without_dask_the_error_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails as if not installed
    (tmp_path / "a.txt").write_text("Acme raised $5 billion.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--engine", "dask", "--model", "blank:en"])
    assert result.exit_code == 2
    assert "Error: --engine dask needs Dask" in result.output and "pip install 'newsclaims[dask]'" in result.output


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--scheduler", "tcp://localhost:8786"], "--scheduler needs --engine dask"),
        (["--workers", "2", "--read-on-workers"], "--workers and --read-on-workers need --engine dask"),
        (["--engine", "dask", "--jobs", "2"], "--jobs is for --engine local"),
        (["--engine", "dask", "--workers", "2", "--scheduler", "tcp://localhost:8786"], "a --scheduler's cluster"),
    ],
)
def test_options_of_the_other_engine_are_refused(tmp_path, options, message):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--model", "blank:en", *options])
    assert result.exit_code == 2 and message in result.output
