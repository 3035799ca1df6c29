"""What a mention's value says in words, on the page's tooltip and in the terminal."""

import pytest

from newsclaims.models import DateValue, MoneyValue, PercentValue
from newsclaims.report.describe import brief_value, describe_value, short_amount


def _money(amount, qualifier="exact", low=None, high=None, currency="USD", per=None, basis="explicit"):
    return MoneyValue(
        amount=amount, low=low, high=high, currency=currency, qualifier=qualifier, currency_basis=basis, per=per
    )


def _percent(value, kind="level", qualifier="exact", low=None, high=None):
    return PercentValue(value=value, low=low, high=high, qualifier=qualifier, kind=kind)


def _date(iso, kind="point", granularity="month", start=None, end=None, relative=False, fiscal=False):
    return DateValue(
        kind=kind, iso=iso, start=start, end=end, granularity=granularity, relative=relative, fiscal=fiscal
    )


# (value, describe_value, brief_value): the brief's figures from DESIGN.md and the corpus conventions.
# fmt: off
CASES = [
    (_money(4e11, "at_most", high=4e11), "at most 400,000,000,000 USD", "≤400 billion USD"),
    (_money(6.46e10, "approx"), "about 64,600,000,000 USD", "~64.6 billion USD"),
    (_money(None, "range", low=3e9, high=5e9),
     "between 3,000,000,000 and 5,000,000,000 USD", "3 billion–5 billion USD"),
    (_money(12.5, per="share"), "12.5 USD per share", "12.5 USD/share"),
    (_money(2e6, basis="assumed"), "2,000,000 USD (currency assumed)", "2 million USD"),
    (_money(9.6e12, "approx", currency="JPY"), "about 9,600,000,000,000 JPY", "~9.6 trillion JPY"),
    (_money(5e8, currency=None), "500,000,000 (currency unknown)", "500 million"),
    (_percent(13.0), "13%", "13%"),
    (_percent(3.2, kind="change"), "3.2% change", "3.2% chg"),
    (_percent(0.5, kind="points"), "0.5 percentage points", "0.5 pp"),
    (_percent(None, qualifier="range", low=5.0, high=7.0), "between 5 and 7%", "5–7%"),
    (_percent(50.0, qualifier="more_than"), "more than 50%", ">50%"),
    (_date("2027-03"), "2027-03 (month)", "2027-03"),
    (_date("2026-Q3", granularity="quarter", start="2026-07-01", end="2026-09-30"),
     "2026-Q3 (quarter, 2026-07-01 to 2026-09-30)", "2026-Q3"),
    (_date("P2Y", kind="duration", granularity="year"), "duration P2Y", "P2Y"),
    (_date(None, granularity="day", relative=True),
     "point, day: not resolved (needs a publication date)", "unresolved"),
    (_date(None, kind="vague", granularity=None), "a vague time (not resolved)", "vague"),
]
# fmt: on


@pytest.mark.parametrize(("value", "words", "brief"), CASES)
def test_values_in_words(value, words, brief):
    assert describe_value(value) == words
    assert brief_value(value) == brief


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (4e11, "400 billion"),
        (64.6e9, "64.6 billion"),
        (1.2e12, "1.2 trillion"),
        (999_999.0, "999,999"),
        (0.1 + 0.2, "0.3"),
    ],
)
def test_short_amounts_have_no_float_noise(amount, text):
    assert short_amount(amount) == text
