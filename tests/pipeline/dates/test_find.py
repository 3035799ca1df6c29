"""Date mentions in sentences: which spans are dates, and what they resolve to against a publication date.

Cases come from the issue (its examples and its negatives: 'May' the name, 'march' the verb, '100M'), from
OntoNotes span conventions (corpus/README.md) and from mistakes seen on ../shared/dev-corpus (a dateline
run on into the sentence, a possessive, a fraction read as a period). They run through the real model,
since the DATE entities are half of the candidates.
"""

import itertools

import pytest

import newsclaims

PUBLISHED = "2025-11-26"  # a Wednesday

SPANS = [
    # (sentence, [(date text, iso)])
    (
        "The loan matures in March 2027, the company said on Tuesday.",
        [("March 2027", "2027-03"), ("Tuesday", "2025-11-25")],
    ),
    ("Profit rose 13% in the third quarter of 2026.", [("the third quarter of 2026", "2026-Q3")]),
    ("The company expects revenue of $2 billion in fiscal 2027.", [("fiscal 2027", "2027")]),
    ("Sales in Q3 2026 and H1 2027 beat forecasts.", [("Q3 2026", "2026-Q3"), ("H1 2027", "2027-H1")]),
    ("The plant will open next March.", [("next March", "2026-03")]),
    ("The bank will raise rates by the end of the decade.", [("the end of the decade", "202X")]),
    ("Aozora agreed a one-year loan.", [("one-year", "P1Y")]),
    ("Talks were held on Tuesday and Wednesday.", [("Tuesday and Wednesday", "2025-11-25/2025-11-26")]),
    ("Thousands of workers will march on parliament on Saturday.", [("Saturday", "2025-11-29")]),
    ("The 1987/88 season ended early.", [("1987/88", "1987/1988")]),
    # a dateline: the model's span runs on past the dash
    ("LONDON, March 2 - The bank raised its rates.", [("March 2", "2025-03-02")]),
    ("Output rose in both 1986/87 and 1987/88.", [("1986/87 and 1987/88", "1986/1988")]),
    # possessive outside, as in OntoNotes
    ("Last year's profit was a record.", [("Last year", "2024")]),
    # a term's end told in the present is scheduled (issue 16: 'which expires in October' read as last October)
    ("The trade pact, which expires in October, needs new members.", [("October", "2026-10")]),
    ("The notes, which matured in October, were repaid.", [("October", "2025-10")]),
    # a day of the month the reader is in (issue 16: 'begin trading on the 14th'), placed by the tense
    ("Its shares will begin trading on the 3rd, the bank said.", [("the 3rd", "2025-12-03")]),
    ("The deal closed on the 21st, the company said.", [("the 21st", "2025-11-21")]),
    # issue 17, on eval/span-gold: a range after 'between' is one span whatever its units (the model splits it)
    (
        "The fund bought 9,000 shares between Feb 3 and March 9, 2025.",
        [("between Feb 3 and March 9, 2025", "2025-02-03/2025-03-09")],
    ),
    # the wire's digit ordinals and 'qtr' (the model cuts 'the 2nd qtr' to 'the 2nd')
    ("Output fell in the 2nd qtr of 2024.", [("the 2nd qtr of 2024", "2024-Q2")]),
    ("KESTREL FOODS 4TH QTR 2024 NET", [("4TH QTR 2024", "2024-Q4")]),
    (
        "Grinder sales for the 3rd quarter ended Sept 30, 2024 rose.",
        [("the 3rd quarter ended Sept 30, 2024", "2024-Q3")],
    ),
    # a wire headline in capitals: the model tags none of its dates ('MAY' and 'MARCH' are verbs there)
    ("GRINDER OUTPUT FELL IN FEBRUARY", [("FEBRUARY", "2025-02")]),
    ("NO RATE CHANGE EXPECTED THURSDAY", [("THURSDAY", "2025-11-27")]),
    ("KESTREL FOODS 3RD QTR DEC 28 LOSS", [("3RD QTR", "2025-Q3"), ("DEC 28", "2025-12-28")]),
    ("LOAN DEMAND FELL THREE PCT IN JAN", [("JAN", "2025-01")]),
    # a period before a plural noun is no count of it ('2000 employees' is)
    ("Kestrel said Q3 sales rose 4 pct.", [("Q3", "2025-Q3")]),
    ("Kestrel said its FY27 profits would rise.", [("FY27", "2027")]),
    # a person's age in apposition is a DATE in OntoNotes, as '61 years old' is (the model tags it)
    ("Roach, 43, was named president of the unit.", [("43", "P43Y")]),
    ("Mr. Vinken, 61 years old, will join the board.", [("61 years old", "P61Y")]),
    # 'at least' is a qualifier inside the span, not the preposition 'at'
    ("The bonds mature at least 90 days after issue.", [("at least 90 days", "P90D")]),
    # the year so far, which the model does not tag
    ("Year to date, shipments of the grinders fell 8 pct.", [("Year to date", None)]),
]

NOT_DATES = [
    ("The bank moved its staff to the 14th floor.", "14th"),
    ("Theresa May said the bank would lend $100M to the project.", "May"),
    ("Thousands of workers will march on parliament.", "march"),
    ("The bank will lend $100M to the project.", "100M"),
    ("Nearly a quarter of the company's sales come from Asia.", "quarter"),
    # issue 17: annotated newswire tags no frequency word and no programme or paper named after a day
    ("Annual revenue rose 5% to $3bn.", "Annual"),
    ("The daily average rose 5%.", "daily"),
    ("Sales rose 4% on a year-on-year basis.", "year"),
    ("He told the BBC's Today programme that rates would rise.", "Today"),
    ("He told the Independent on Sunday that the deal was done.", "Sunday"),
    ("KESTREL DEBT RATINGS MAY BE RAISED", "MAY"),
    ("GRINDER WORKERS MARCH ON PARLIAMENT", "MARCH"),
    ("The firm expanded its workforce to 2000 employees.", "2000"),
    ("Chrysler sold 43 cars, Ford 12.", "43"),
]


@pytest.mark.parametrize(("sentence", "expected"), SPANS, ids=[s for s, _ in SPANS])
def test_date_spans_and_values(model_nlp, sentence, expected):
    result = newsclaims.extract(sentence, PUBLISHED, nlp=model_nlp)
    dates = [(m.text, m.value.iso) for m in result.mentions if m.type == "date"]
    assert dates == expected


@pytest.mark.parametrize(("sentence", "word"), NOT_DATES, ids=[w for _, w in NOT_DATES])
def test_not_dates(model_nlp, sentence, word):
    result = newsclaims.extract(sentence, PUBLISHED, nlp=model_nlp)
    assert not [m for m in result.mentions if m.type == "date" and word in m.text]


def test_without_an_anchor_relative_dates_stay_unresolved(model_nlp):
    result = newsclaims.extract("Sales fell last year and will recover next March.", nlp=model_nlp)
    dates = [m.value for m in result.mentions if m.type == "date"]
    assert [d.relative for d in dates] == [True, True]
    assert all(d.iso is None and d.start is None for d in dates)
    assert result.article.published is None and result.article.published_source is None


def test_a_dateline_with_a_full_date_anchors_the_article(model_nlp):
    text = "FRANKFURT, March 10, 2026 (Newswire) - The bank said on Monday it would cut jobs next year."
    result = newsclaims.extract(text, nlp=model_nlp)
    assert result.article.published.isoformat() == "2026-03-10"
    assert result.article.published_source == "text"
    values = {m.text: m.value.iso for m in result.mentions if m.type == "date"}
    assert values["Monday"] == "2026-03-09"
    assert values["next year"] == "2027"


def test_a_given_date_wins_over_the_text(model_nlp):
    text = "FRANKFURT, March 10, 2026 (Newswire) - The bank cut jobs last year."
    result = newsclaims.extract(text, "2026-03-11", nlp=model_nlp)
    assert result.article.published_source == "given"
    assert result.article.published.isoformat() == "2026-03-11"


def test_dates_never_overlap_quantities(model_nlp):
    text = "It pays $5 million a year and 5% a year, for 10 years from 2027."
    result = newsclaims.extract(text, PUBLISHED, nlp=model_nlp)
    spans = sorted((m.start, m.end) for m in result.mentions)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


NEEDING_PARSE = [
    # (sentence, date text, whether find_dates reads the tagger or parser for it: `dates_needing_parse`)
    ("Shareholders will vote on Tuesday.", "Tuesday", True),  # the tense places the weekday
    ("The plant opened in March.", "March", True),  # and the month's year
    ("The plant opened in March 1986.", "March 1986", False),
    ("Sales rose last year.", "last year", False),
    ("It expanded its workforce to 2000 employees.", "2000", True),  # a year, or a count of employees?
    ("Sales fell in 2000, it said.", "2000", False),
]


@pytest.mark.parametrize(("sentence", "phrase", "expected"), NEEDING_PARSE, ids=[s for s, _, _ in NEEDING_PARSE])
def test_dates_needing_parse(model_nlp, sentence, phrase, expected):
    from newsclaims.pipeline.annotations import forget
    from newsclaims.pipeline.dates.find import dates_needing_parse

    doc = model_nlp.make_doc(sentence)
    for name in ("senter", "newsclaims_line_breaks", "ner"):
        doc = model_nlp.get_pipe(name)(doc)
    start = sentence.index(phrase)
    wanted = dates_needing_parse(doc)
    forget(doc)
    assert any(s <= start < e for s, e in wanted) == expected, wanted
