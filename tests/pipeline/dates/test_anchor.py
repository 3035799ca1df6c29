"""The publication date an article states at its top (anchor.text_anchor), as a table."""

import datetime as dt

import pytest

from newsclaims.pipeline.dates.anchor import text_anchor

MARCH_10 = dt.date(2026, 3, 10)

BODY = "Deutsche Pfandbriefbank raised its lending rates by 25 basis points, the bank said on Tuesday."


def bug(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


STATED = [
    pytest.param(f"FRANKFURT, March 10, 2026 (Newswire) - {BODY}", MARCH_10, id="dateline"),
    pytest.param(f"FRANKFURT, Tuesday March 10, 2026 (Newswire) - {BODY}", MARCH_10, id="dateline-weekday"),
    pytest.param(f"FRANKFURT, Tuesday, March 10, 2026 (Newswire) - {BODY}", MARCH_10, id="dateline-weekday-comma"),
    pytest.param(f"TOKYO, Nov 26 2025 (Newswire) - {BODY}", dt.date(2025, 11, 26), id="dateline-no-commas"),
    pytest.param(f"NEW YORK, Nov. 26, 2025 - {BODY}", dt.date(2025, 11, 26), id="dateline-dash"),
    pytest.param(f"NEW YORK, Nov. 26, 2025 — {BODY}", dt.date(2025, 11, 26), id="dateline-em-dash"),
    pytest.param(
        f"Pfandbriefbank raises rates\nFRANKFURT, March 10, 2026 (Newswire) - {BODY}",
        MARCH_10,
        id="headline-then-dateline",
    ),
    pytest.param(
        f"Pfandbriefbank raises rates\nPublished: 10 March 2026 09:30 GMT\n\n{BODY}", MARCH_10, id="published-line"
    ),
    pytest.param(
        f"Pfandbriefbank raises rates\nPublished: Tuesday, 10 March 2026, 09:30 GMT\n\n{BODY}",
        MARCH_10,
        id="published-line-weekday",
    ),
    pytest.param(
        f"Pfandbriefbank raises rates\nPosted on: March 10, 2026 at 9:30 a.m. ET\n\n{BODY}",
        MARCH_10,
        id="posted-on-line",
    ),
    pytest.param(f"Pfandbriefbank raises rates\nUpdated 2026-03-10\n\n{BODY}", MARCH_10, id="updated-iso"),
    pytest.param(f"Pfandbriefbank raises rates\nUpdated: 2026-03-10 09:30\n\n{BODY}", MARCH_10, id="updated-iso-time"),
    pytest.param(f"Pfandbriefbank raises rates\nBy Jane Doe\nMarch 10, 2026\n\n{BODY}", MARCH_10, id="byline-date"),
    pytest.param(
        f"NEW YORK, Nov. 26, 2025 -- Acme Corp. today announced results. {BODY}",
        dt.date(2025, 11, 26),
        id="dateline-double-hyphen",
    ),
    pytest.param(
        f"NEW YORK, Nov. 26, 2025 /PRNewswire/ -- Acme Corp. today announced results. {BODY}",
        dt.date(2025, 11, 26),
        id="dateline-prnewswire",
    ),
    pytest.param(
        f"FRANKFURT, 10 March 2026 (Newswire) - {BODY}",
        MARCH_10,
        id="dateline-day-first",
    ),
    pytest.param(
        f"WASHINGTON, D.C., March 10, 2026 (Newswire) - {BODY}",
        MARCH_10,
        id="dateline-city-with-comma",
    ),
]

NOT_STATED = [
    pytest.param(f"LONDON, March 2 - {BODY}", id="dateline-without-year"),
    pytest.param(f"LONDON, March 2 (Reuters) - {BODY}", id="dateline-without-year-agency"),
    pytest.param(f"LONDON (Reuters) - {BODY}", id="dateline-without-date"),
    pytest.param(f"{BODY}\nShares fell 3% in Frankfurt trading.", id="no-dateline"),
    pytest.param(f"Pfandbriefbank raises rates\nMarch 2026\n\n{BODY}", id="month-only-line"),
    pytest.param(f"Pfandbriefbank raises rates\nPublished: 31 February 2026\n\n{BODY}", id="impossible-day"),
    pytest.param(
        "The bank said on March 10, 2026 that it would raise its lending rates by a quarter point.",
        id="date-inside-first-sentence",
    ),
    pytest.param(
        "Pfandbriefbank raises rates\n\n"
        f"{BODY}\n\n"
        "Shares fell 3% in Frankfurt trading.\n\n"
        "Analysts at two brokers cut their targets.\n\n"
        "The bank did not comment on its funding plans.\n\n"
        "The new rates apply to loans signed from the start of next month.\n\n"
        "March 10, 2026",
        id="date-deep-in-body",
    ),
]


@pytest.mark.parametrize(("text", "anchor"), STATED)
def test_stated_publication_date(text, anchor):
    assert text_anchor(text) == anchor


@pytest.mark.parametrize("text", NOT_STATED)
def test_no_publication_date(text):
    assert text_anchor(text) is None
