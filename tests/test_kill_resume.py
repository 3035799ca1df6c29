"""Kill a run with SIGKILL mid-way, resume it, and find every article exactly once in valid lines."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from newsclaims.models import ArticleResult

ARTICLES = 1500


def _write_articles(folder):
    folder.mkdir()
    for number in range(ARTICLES):
        text = f"Company {number} raised ${number % 97 + 1} million, up {number % 13}% on the year.\n"
        (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")


def _command(folder, out, jobs, *extra):
    blank = ["--model", "blank:en", "-q", "--jobs", str(jobs), "--batch-size", "8"]
    return [sys.executable, "-m", "newsclaims", "extract", str(folder), *blank, "-o", str(out), *extra]


def _lines(path):
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2], ids=["jobs-1", "jobs-2"])
def test_sigkill_then_resume_gives_every_article_exactly_once(tmp_path, jobs):
    folder, out = tmp_path / "articles", tmp_path / "out.jsonl"
    _write_articles(folder)
    run = subprocess.Popen(_command(folder, out, jobs), start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _lines(out) < 50 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(run.pid, signal.SIGKILL)  # the run and its workers, as a crash or `kill -9` of the group would
    run.wait(timeout=30)
    assert run.returncode == -signal.SIGKILL
    written = _lines(out)
    assert 50 <= written < ARTICLES  # killed mid-way, not after the end
    with out.open("ab") as stream:
        stream.write(b'{"schema_version":"1","status":"ok","art')  # a torn last line, as a kill mid-write leaves

    resumed = subprocess.run(_command(folder, out, jobs, "--resume"), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr

    records = [ArticleResult.model_validate(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [record.article.id for record in records]
    assert sorted(ids) == [f"{n:05d}" for n in range(ARTICLES)]  # each exactly once
    assert ids[:written] == sorted(ids[:written])  # what was there before the kill stayed in place, in order
    assert all(record.status == "ok" and record.mentions for record in records)
    assert out.read_bytes().endswith(b"\n")


def _stored(database) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_then_resume_a_database_gives_every_article_exactly_once(tmp_path):
    import sqlite3

    folder, out = tmp_path / "articles", tmp_path / "out.db"
    _write_articles(folder)
    command = _command(folder, out, 2, "--format", "sqlite")
    run = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _stored(out) < 50 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert run.returncode == -signal.SIGKILL
    assert 50 <= _stored(out) < ARTICLES

    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    with sqlite3.connect(out) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM articles ORDER BY id")]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        mentions = connection.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert ids == [f"{n:05d}" for n in range(ARTICLES)]
    assert mentions >= 2 * ARTICLES  # each article's money and percent, once
