"""Findings in words a journalist reads (issue 16 item 5): organizations by name, never by id; which figure is
stated how often and where; never that an article "repeats" a figure it states once; one problem, one finding.

Rows written for this table (invented companies and figures). New rows go in the table of their kind:
WITHIN for one article's findings, ACROSS for `newsclaims check` over several; a known miss goes to a
strict xfail with its cause.
"""

import pytest

import newsclaims
from newsclaims.check.corpus import check_corpus
from newsclaims.models import ClaimKind

PUBLISHED = "2026-03-02"

# id, text, check of the finding, words its message must hold, words it must not hold
WITHIN = [
    (
        "holder_by_name_not_id",
        "Orrin Robotics Inc said its bridge loan from Harbor Capital Partners was $400 million.\n\n"
        "Orrin Robotics Inc later said the bridge loan was $40 million.",
        "magnitude_slip",
        ["Orrin Robotics Inc's", '"$400 million" is 10 times "$40 million"'],
        ["orrin-robotics", "orrin_robotics", " of orrin"],
    ),
    (
        "figure_stated_twice_counted_with_its_sentences",
        "Arvela Wind will invest $2.3 billion in turbines, the company said.\n\n"
        "The $2.3 billion programme runs to 2030.\n\n"
        "Analysts said the $230 million programme was the largest in the region.",
        "magnitude_slip",
        ['"$2.3 billion" twice (sentences 1 and 2)', '"$230 million" once (sentence 3)', "is the likely slip"],
        ["repeats"],
    ),
    (
        # one mention read as one claim per investor was counted twice: 'the article repeats "$40 million"'
        "one_mention_of_two_holders_is_stated_once",
        "Alder Capital and Birch Partners each invested $40 million in Cobalt Labs, the start-up said on "
        "Monday.\n\nCobalt Labs said the $400 million investment would pay for a new plant.",
        "magnitude_slip",
        ['"$400 million" is 10 times "$40 million"'],
        ["repeat", "twice", "likely slip"],
    ),
    (
        "headline_in_capitals_named_as_the_body_writes_it",
        "KESTREL FOODS INC TO BUY MARLOW DAIRY FOR 46 MLN DLRS\n\n"
        "CHICAGO, March 3 - Kestrel Foods Inc said it agreed to buy Marlow Dairy Co for 46 mln dlrs in cash.\n\n"
        "Kestrel Foods Inc said the 460 mln dlr purchase would be paid from cash on hand.",
        "magnitude_slip",
        ["Kestrel Foods Inc's", '"46 MLN DLRS" twice (sentences 1 and 2)'],
        ["KESTREL FOODS INC's", "repeats"],
    ),
    (
        "two_holders_each_by_name",
        "Talvik Oil Corp holds a 15 pct stake in Ember Gas.\n\nNorrland Energy AB holds 1.5 pct of Ember Gas, it said.",
        "magnitude_slip",
        ["one is Talvik Oil Corp's, the other Norrland Energy AB's"],
        [" vs ", "talvik"],
    ),
]


def _texts(result, finding):
    texts = {m.id: m.text for m in result.mentions}
    return [texts[i] for i in finding.mentions]


@pytest.mark.parametrize(("text", "check", "says", "never"), [pytest.param(*row[1:], id=row[0]) for row in WITHIN])
def test_a_finding_says_who_and_how_often_in_words(model_nlp, text, check, says, never):
    result = newsclaims.extract(text, PUBLISHED, nlp=model_nlp)
    found = [f for f in result.findings if f.check == check]
    assert len(found) == 1, [f.message for f in result.findings]  # one problem, one finding
    message = found[0].message
    assert [words for words in says if words not in message] == [], message
    assert [words for words in never if words in message] == [], message


# id, {article id: (title, text)}, words the source_disagreement must hold, words it must not hold
ACROSS = [
    (
        "holder_and_lender_by_name_titles_and_sentences",
        {
            "wire-a": (
                "Corvane Group signs bridge loan",
                "Corvane Group Plc has signed a bridge loan of $15 billion from Halden Bank to fund its takeover "
                "of Eastmoor Telecom, the company said on Monday.",
            ),
            "wire-b": (
                None,
                "Corvane Group Plc has signed a bridge loan of $1.5 billion from Halden Bank to fund its takeover "
                "of Eastmoor Telecom, the company said on Monday.",
            ),
            "wire-c": (
                "Corvane's $15 billion loan",
                "Corvane Group Plc has signed a bridge loan of $15 billion from Halden Bank, bankers said.",
            ),
        },
        [
            "Corvane Group Plc's bridge loan from Halden Bank",
            '"$15 billion" twice, in wire-a ("Corvane Group signs bridge loan", sentence 1) and wire-c',
            'against "$1.5 billion" once, in wire-b (sentence 1)',
        ],
        ["corvane-group", "halden-bank", "(halden", " says "],
    ),
    (
        "shared_sentence_quoted_as_written",
        {
            "rail-a": (
                None,
                "Officials said the programme would cost about 350 mln dlrs over the next three years, most of it "
                "spent on new rolling stock for the northern lines.",
            ),
            "rail-b": (
                None,
                "Officials said the programme would cost about 3,500 mln dlrs over the next three years, most of "
                "it spent on new rolling stock for the northern lines.",
            ),
        },
        [
            'the figure in "Officials said the programme would cost … over the next three years',
            '"about 350 mln dlrs" once, in rail-a (sentence 1)',
        ],
        ["#", "officials said the programme"],
    ),
]


@pytest.mark.parametrize(("articles", "says", "never"), [pytest.param(*row[1:], id=row[0]) for row in ACROSS])
def test_sources_disagreeing_are_named_with_each_figure_and_where(model_nlp, articles, says, never):
    results = []
    for article_id, (title, text) in articles.items():
        result = newsclaims.extract(text, PUBLISHED, article_id=article_id, nlp=model_nlp)
        results.append(result.model_copy(update={"article": result.article.model_copy(update={"title": title})}))
    found = [f for f in check_corpus(results) if f.check == "source_disagreement"]
    assert len(found) == 1, [f.message for f in found]  # met by holder and by sentence: one finding
    message = found[0].message
    assert [words for words in says if words not in message] == [], message
    assert [words for words in never if words in message] == [], message


def test_every_kind_of_claim_has_words():
    """A message says 'one is a loan, the other spending', never the kind's code: each ClaimKind has words."""
    import typing

    from newsclaims.check.phrasing import KIND_WORDS

    assert set(typing.get_args(ClaimKind)) == set(KIND_WORDS)
