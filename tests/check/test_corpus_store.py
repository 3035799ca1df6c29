"""The comparison across articles keeps only statements, in memory or spilled to SQLite past a bound, and
finds the same disagreements either way."""

import math

import pytest

from evaluation.synthetic import synthetic_record
from newsclaims.check.corpus import corpus_statements
from newsclaims.check.corpus_report import CorpusCheck
from newsclaims.check.corpus_store import Statement, StatementStore


def _findings(spill_after):
    check = CorpusCheck(spill_after=spill_after)
    try:
        own = [f for n in range(300) for f in check.add(synthetic_record(n, companies=40))]
        spilled = check._store.spilled
        return [*own, *check.across()], spilled, check.summary()
    finally:
        check.close()


def test_spilling_to_sqlite_changes_no_finding():
    in_memory, spilled_memory, summary = _findings(spill_after=10**9)
    on_disk, spilled_disk, summary_disk = _findings(spill_after=50)
    assert (spilled_memory, spilled_disk) == (False, True)
    assert len(in_memory) > 10 and on_disk == in_memory and summary_disk == summary


@pytest.mark.parametrize("spill_after", [10**9, 0], ids=["memory", "sqlite"])
def test_groups_come_in_first_seen_order_with_every_value_kept(spill_after):
    store = StatementStore(spill_after)
    statement = Statement("a", "m1", "c1", "up to $5 billion", 3, None, -math.inf, 5e9, "5")
    other = Statement("b", "m2", "c2", "$6 billion", 0, 6e9, 5.99e9, 6.01e9, "6")
    store.add(("acme", "debt", None), statement)
    store.add(("zeta", "deal", "x"), other)
    store.add(("acme", "debt", None), other)
    try:
        assert list(store.groups()) == [(("acme", "debt", None), [statement, other]), (("zeta", "deal", "x"), [other])]
        assert store.spilled == (spill_after == 0)
    finally:
        store.close()


@pytest.mark.parametrize("spill_after", [10**9, 50], ids=["memory", "sqlite"])
def test_compared_counts_the_quantities_two_articles_give_as_the_groups_stream(spill_after):
    """The report's 'N figures given by two sources or more were compared' comes from the streaming store:
    the same count as grouping every record's statements at once, wherever the statements were kept."""
    records = [synthetic_record(n, companies=40) for n in range(300)]
    articles_by_key: dict[tuple, set[str]] = {}
    for record in records:
        for key, statement in corpus_statements(record):
            articles_by_key.setdefault(key, set()).add(statement.article)
    expected = sum(len(articles) > 1 for articles in articles_by_key.values())
    check = CorpusCheck(spill_after=spill_after)
    try:
        for record in records:
            check.add(record)
        assert check.compared == 0  # counted while `across` reads the groups, not before
        across = list(check.across())
        assert check._store.spilled == (spill_after == 50)
    finally:
        check.close()
    assert expected > len(across) > 0 and check.compared == expected
