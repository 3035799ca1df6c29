"""Bucketed pairing (issue 18) finds exactly the pairs the nested loops found, in the same order."""

import itertools
import random
from dataclasses import dataclass

import pytest

from newsclaims.check.magnitude import tenfold_pairs, tenfold_power
from newsclaims.check.pairs import keyed_pairs


@dataclass(frozen=True)
class Figure:
    """What `tenfold_pairs` and `tenfold_power` read of a Quantity."""

    value: float
    precision: float
    type: str = "money"
    currency: str | None = "USD"
    per: str | None = None
    percent_kind: str | None = None


def _brute_tenfold(figures):
    return [
        (a, b)
        for a, b in itertools.combinations(figures, 2)
        if (a.type, a.currency, a.per, a.percent_kind) == (b.type, b.currency, b.per, b.percent_kind)
        and tenfold_power(a, b)
    ]


def _tested(pairs):
    """The candidates that pass the slip test: the window errs wide, the test decides."""
    return [(a, b) for a, b in pairs if tenfold_power(a, b)]


# values written as news writes them: slips, near misses at the tolerance, rounding, other currencies
TENFOLD_CASES = {
    "slip and repeat": [Figure(64.6e9, 0.0005), Figure(646e9, 0.0005), Figure(64.6e9, 0.0005)],
    "near misses": [Figure(100.0, 0.005), Figure(1004.9, 0.0005), Figure(1006.0, 0.0005), Figure(9.95, 0.005)],
    "one written digit": [Figure(1.0, 0.5), Figure(19.0, 0.5), Figure(4.0, 0.5), Figure(3000.0, 0.5)],
    "approx": [Figure(65e9, 0.05), Figure(6.1e9, 0.0005), Figure(680e9, 0.0005), Figure(0.5e9, 0.05)],
    "units apart": [Figure(5.0, 0.01), Figure(50.0, 0.01, currency="EUR"), Figure(50.0, 0.01, per="share")],
    "percent kinds": [
        Figure(13.0, 0.01, "percent", None, None, "level"),
        Figure(1.3, 0.01, "percent", None, None, "level"),
        Figure(130.0, 0.01, "percent", None, None, "change"),
    ],
    "negative": [Figure(-2.5e6, 0.0005), Figure(25e6, 0.0005), Figure(-250e6, 0.0005)],
}


@pytest.mark.parametrize("figures", TENFOLD_CASES.values(), ids=TENFOLD_CASES.keys())
def test_tenfold_pairs_are_the_nested_loops_pairs(figures):
    assert _tested(tenfold_pairs(figures)) == _brute_tenfold(figures)


def test_tenfold_pairs_on_a_random_table():
    rng = random.Random(18)
    figures = [
        Figure(
            rng.choice([1, 1.5, 2, 4.5, 64.6, 646, 65]) * 10 ** rng.randint(0, 5),
            rng.choice([0.0005, 0.05, 0.5]),
            currency=rng.choice(["USD", "EUR"]),
        )
        for _ in range(300)
    ]
    assert _tested(tenfold_pairs(figures)) == _brute_tenfold(figures)


def test_keyed_pairs_are_the_nested_loops_pairs():
    rng = random.Random(3)
    items = [(rng.randint(0, 4), rng.choice("abc"), n) for n in range(200)]
    expected = [(a, b) for a, b in itertools.combinations(items, 2) if a[0] == b[0] and a[1] != b[1]]
    assert list(keyed_pairs(items, key=lambda item: item[0], differ=lambda item: item[1])) == expected
    assert list(keyed_pairs(items, key=lambda item: item[0] or None)) == [
        (a, b) for a, b in itertools.combinations(items, 2) if a[0] == b[0] != 0
    ]


def test_median_without_one_rate_is_the_median_of_the_others():
    import statistics

    from newsclaims.check.conversion import _median_without

    rng = random.Random(7)
    for size in range(2, 30):
        rates = [rng.choice([0.5, 1.3, 1.3, 7.9, 13.0, 130.0]) * rng.random() for _ in range(size)]
        for rate in rates:
            others = list(rates)
            others.remove(rate)
            assert _median_without(sorted(rates), rate) == statistics.median(others)
