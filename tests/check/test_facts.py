"""fact_conflict: an article's figures against a desk's table of verified figures (`check --facts`).

Rows are (name, article text, facts CSV rows after the header, what must be found). Every kind of conflict
the issue names is in `CONFLICTS`, every look-alike that must stay quiet in `AGREEMENTS`. The articles are
written for these tests (invented companies); `corpus/desk/` holds a sample table and articles that give
the same findings through the command line. New rows go to the table they belong to.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclaims
from newsclaims.check.corpus_report import corpus_report
from newsclaims.cli import cli
from newsclaims.facts import FactsFileError, bind_facts, load_facts
from newsclaims.models import ArticleResult
from newsclaims.pipeline.orgs.identity import alias_table
from tests.conftest import CORPUS

HEADER = "subject,attribute,value,date,source\n"
DESK = CORPUS / "desk"

# (name, article, facts rows, [(severity, cited mention texts)])
CONFLICTS = [
    (
        "a_digit_slip_is_an_error",
        "Halvard Systems said investors had bought $6 billion of new shares in a round that values the company at "
        "$49.3 billion.",
        ["Halvard Systems,valuation,$493 billion,2026-10,funding round"],
        [("error", ["$49.3 billion"])],
    ),
    (
        "a_scale_word_slip_is_an_error",
        "Halvard Systems said its revenue rose to $13 million in 2025 from $3.7 billion in 2024.",
        ["Halvard Systems,annual revenue,$13 billion,2025,annual report"],
        [("error", ["$13 million"])],
    ),
    (
        "another_disagreement_is_a_warning",
        "Brightmoor Bank said on Wednesday that its net profit for 2025 rose to 1.5 billion euros.",
        ["Brightmoor Bank,net profit,EUR 1.2bn,2025,annual report"],
        [("warning", ["1.5 billion euros"])],
    ),
    (
        "a_stake_percentage_against_the_table",
        "Northwind Holdings will use the loan to pay for its 31% stake in Contoso Energy, the company said.",
        ["Northwind Holdings,stake in Contoso Energy,13%,,statement"],
        [("warning", ["31%"])],
    ),
    (
        "a_stake_and_its_price_imply_a_valuation_a_power_of_ten_off",
        "Pellworth Capital bought a 10% stake in Contoso Energy for $19 million, according to a filing.",
        ["Contoso Energy,valuation,$1.9 billion,2026,share register"],
        [("error", ["10%", "$19 million"])],
    ),
    (
        "a_maturity_against_the_table",
        "Northwind Holdings said on Tuesday it had secured a $2.5 billion bridge loan maturing in March 2028.",
        ["Northwind Holdings,bridge loan maturity,March 2027,,loan agreement"],
        [("warning", ["$2.5 billion", "March 2028"])],
    ),
    (
        "the_subject_by_its_acronym",
        "Kestrel Mitsui Banking Corp (KMBC) has signed an $80 million syndicated loan with four lenders. "
        "KMBC said the loan would be repaid over five years.",
        ["Kestrel Mitsui Banking Corporation,syndicated loan,$800 million,2026,lender"],
        [("error", ["$80 million"])],
    ),
    (
        "the_article_names_the_subject_only_by_its_acronym",
        "SMBC said on Friday its net profit for 2025 rose to 120 billion yen.",
        ["Sumitomo Mitsui Banking Corporation,net profit,JPY 1.2 trillion,2025,annual report"],
        [("error", ["120 billion yen"])],
    ),
    (
        "a_legal_suffix_and_a_short_form",
        "Acme Corp. said its annual revenue reached $1.3 billion in 2025.\n\nGoldman said on Monday its net "
        "profit for 2025 rose to $1.4 billion.",
        ["Acme Corporation,annual revenue,$13 billion,2025,10-K", "Goldman Sachs,net profit,$14 billion,2025,10-K"],
        [("error", ["$1.3 billion"]), ("error", ["$1.4 billion"])],
    ),
    (
        "a_deals_price_filed_under_the_company_bought",
        "Harlow Foods agreed to buy Penrith Dairies for $64 million in cash, the companies said on Monday.",
        ["Penrith Dairies,acquisition price,$640 million,,offer document"],
        [("error", ["$64 million"])],
    ),
    (
        "full_year_revenue_is_the_annual_figure",
        "Halvard Systems said its full-year revenue would reach $1.3 billion.",
        ["Halvard Systems,annual revenue,$13 billion,,annual report"],
        [("error", ["$1.3 billion"])],
    ),
    (
        "every_copy_of_one_figure_is_one_finding",
        "Halvard Systems is now valued at $49.3 billion.\n\nThe $49.3 billion valuation makes Halvard Systems "
        "the most valuable robot maker.",
        ["Halvard Systems,valuation,$493 billion,,funding round"],
        [("error", ["$49.3 billion", "$49.3 billion"])],
    ),
    (
        "a_subject_the_model_does_not_tag_named_in_the_sentence",
        "OpenAI, now valued at $50 billion, said on Monday it would open an office in Tokyo.",
        ["OpenAI,valuation,$500 billion,,secondary share sale"],
        [("error", ["$50 billion"])],
    ),
    (
        "the_possessive_of_a_subject_the_model_does_not_tag",
        "SoftBank Group has agreed a $15 billion bridge loan to fund its investment in OpenAI, people familiar with "
        "the matter said.\n\nOpenAI's valuation of $50 billion makes it one of the most valuable private companies.",
        ["OpenAI,valuation,$500 billion,2025-10,share sale"],
        [("error", ["$50 billion"])],
    ),
    (
        "a_price_paid_for_a_stake_implies_the_valuation",
        "Calder Ventures paid $1.3 billion for a 49% stake in Halvard Systems last year, according to filings.",
        ["Halvard Systems,valuation,$26.5 billion,,funding round"],
        [("error", ["$1.3 billion", "49%"])],
    ),
    (
        "a_market_value_for_the_tables_valuation",
        "Brightmoor Bank said its market value rose to $4.9 billion.",
        ["Brightmoor Bank,valuation,$49 billion,,exchange data"],
        [("error", ["$4.9 billion"])],
    ),
    (
        "an_attribute_written_as_a_phrase",
        "Brightmoor Bank said its net profit for 2025 rose to 1.5 billion euros.",
        ["Brightmoor Bank,net profit for the year,EUR 1.2bn,2025,annual report"],
        [("warning", ["1.5 billion euros"])],
    ),
]

# (name, article, facts rows): nothing to find
AGREEMENTS = [
    (
        "rounding",
        "Halvard Systems, valued at about $500 billion after its October round, said it would hire 4,000 engineers.",
        ["Halvard Systems,valuation,$493 billion,2026-10,funding round"],
    ),
    (
        "a_range_that_contains_the_fact",
        "Halvard Systems expects revenue of between $12 billion and $14 billion for 2025, its finance chief said.",
        ["Halvard Systems,annual revenue,$13 billion,2025,annual report"],
    ),
    (
        "a_bound_that_contains_the_fact",
        "Northwind Holdings said on Tuesday it had secured a bridge loan of up to $2.5 billion from three banks.",
        ["Northwind Holdings,bridge loan,$2.4 billion,,loan agreement"],
    ),
    (
        "a_conversion_into_another_currency",
        "Halvard Systems was valued at €425 billion in October, the company said.",
        ["Halvard Systems,valuation,$493 billion,2026-10,funding round"],
    ),
    (
        "another_period_than_the_facts",
        "Halvard Systems said its revenue rose to $13 billion in 2025 from $3.7 billion in 2024.",
        ["Halvard Systems,annual revenue,$13 billion,2025,annual report"],
    ),
    (
        "a_quarter_is_not_the_year",
        "Halvard Systems reported revenue of $1.3 billion for the third quarter of 2025.",
        ["Halvard Systems,annual revenue,$13 billion,2025,annual report"],
    ),
    (
        "the_same_attribute_of_another_company",
        "Osprey Dynamics, a rival of Halvard Systems, said on Monday it was valued at $49.3 billion.",
        ["Halvard Systems,valuation,$493 billion,,funding round"],
    ),
    (
        "another_measure_of_profit",
        "Brightmoor Bank said its operating profit rose to 2.1 billion euros in 2025.",
        ["Brightmoor Bank,net profit,EUR 1.2bn,2025,annual report"],
    ),
    (
        "a_part_of_the_fact",
        "Halvard Systems said its cloud revenue reached $1.3 billion in 2025.",
        ["Halvard Systems,revenue,$13 billion,2025,annual report"],
    ),
    (
        "a_company_the_article_does_not_name",
        "Contoso Energy said on Monday its revenue rose 4% to $1.9 billion in 2025.",
        ["Halvard Systems,revenue,$19 billion,2025,annual report"],
    ),
    (
        "the_stated_figure_itself",
        "Northwind Holdings secured a $2.5 billion bridge loan maturing in March 2027, the company said.",
        [
            "Northwind Holdings,bridge loan,$2.5 billion,,loan agreement",
            "Northwind Holdings,bridge loan maturity,March 2027,,",
        ],
    ),
    (
        "an_undated_fact_and_the_articles_other_years",
        "Halvard Systems said its revenue rose to $13 billion in 2025 from $3.7 billion in 2024.",
        ["Halvard Systems,revenue,$13 billion,,annual report"],
    ),
    (
        "another_companys_figure_beside_an_untagged_subject",
        "SoftBank Group, which has invested in OpenAI, is valued at $50 billion, the company said.",
        ["OpenAI,valuation,$500 billion,2025-10,share sale"],
    ),
    (
        "a_share_price_is_not_a_deals_total",
        "Harlow Foods agreed to buy Penrith Dairies for $64 million, or $3.60 a share, the companies said.",
        ["Penrith Dairies,acquisition price,$64 million,,offer", "Penrith Dairies,share price,$5.10 a share,,x"],
    ),
    (
        "quarterly_revenue_is_not_the_annual_figure",
        "Halvard Systems reported quarterly revenue of $3.2 billion, beating forecasts.",
        ["Halvard Systems,revenue,$13 billion,,annual report"],
    ),
    (
        "a_table_with_two_dates_one_of_which_fits",
        "Halvard Systems, valued at $157 billion, said it would hire 4,000 engineers.",
        ["Halvard Systems,valuation,$157 billion,2024,round", "Halvard Systems,valuation,$493 billion,2026,round"],
    ),
]


def _conflicts(model_nlp, tmp_path: Path, article: str, rows: list[str], aliases=None):
    facts_file = tmp_path / "facts.csv"
    facts_file.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    facts = load_facts(facts_file)
    result = newsclaims.extract(article, nlp=model_nlp, published="2026-11-26")
    report = corpus_report([result], lambda r: bind_facts(facts, r, aliases))
    mentions = {m.id: m.text for m in result.mentions}
    return [
        (f.severity, [mentions[m] for m in f.mentions]) for f in report.findings if f.check == "fact_conflict"
    ], report


@pytest.mark.parametrize(("name", "article", "rows", "expected"), CONFLICTS, ids=[row[0] for row in CONFLICTS])
def test_conflicts_with_the_table_are_found(model_nlp, tmp_path, name, article, rows, expected):
    found, _ = _conflicts(model_nlp, tmp_path, article, rows)
    assert found == expected


@pytest.mark.parametrize(("name", "article", "rows"), AGREEMENTS, ids=[row[0] for row in AGREEMENTS])
def test_figures_that_fit_the_table_are_left_alone(model_nlp, tmp_path, name, article, rows):
    found, _ = _conflicts(model_nlp, tmp_path, article, rows)
    assert found == []


def test_the_alias_table_names_the_subject(model_nlp, tmp_path):
    article = "Google said on Monday its net profit fell to $0.9 billion in 2025."
    rows = ["Alphabet,net profit,$9 billion,2025,annual report"]
    assert _conflicts(model_nlp, tmp_path, article, rows)[0] == []
    aliases = alias_table([("Google", "Alphabet")])
    assert _conflicts(model_nlp, tmp_path, article, rows, aliases)[0] == [("error", ["$0.9 billion"])]


def test_a_finding_quotes_both_figures_and_cites_the_table(model_nlp, tmp_path):
    _, report = _conflicts(model_nlp, tmp_path, CONFLICTS[1][1], CONFLICTS[1][2])
    (finding,) = report.findings
    assert finding.articles == ["text"]
    assert finding.observed == 13e6 and finding.expected == 13e9 and finding.ratio == 0.001
    for words in ('"$13 million"', "$13 billion", "'million' where the table has 'billion'", "facts line 2"):
        assert words in finding.message


JSON_ROW = '{"subject": "Halvard Systems", "attribute": "valuation", "value": "$493 billion"}'

# (name, file name, content, the message's words): a file that cannot be read names its line
MALFORMED = [
    ("no_header", "f.csv", "Halvard Systems,valuation,$493 billion\n", "f.csv:1: the header row needs"),
    ("missing_column", "f.csv", "subject,value\nHalvard Systems,$1\n", "f.csv:1: the header row needs"),
    ("empty_value", "f.csv", HEADER + "# verified\nHalvard Systems,valuation,,2026,\n", "f.csv:3: value must not"),
    ("unreadable_value", "f.csv", HEADER + "Halvard Systems,valuation,lots,,\n", "f.csv:2: cannot read the value"),
    ("no_currency", "f.csv", HEADER + "Halvard Systems,valuation,493 billion,,\n", "f.csv:2: cannot read the value"),
    ("relative_date", "f.csv", HEADER + "Halvard Systems,valuation,$4bn,last year,\n", "f.csv:2: cannot read the date"),
    ("too_many_cells", "f.csv", HEADER + "Halvard Systems,valuation,$1,250 million,2026,x\n", "f.csv:2: 6 cells"),
    ("no_rows", "f.csv", HEADER, "f.csv: no facts"),
    ("missing_keys", "f.jsonl", '{"subject": "Halvard Systems"}\n', "f.jsonl:1: attribute and value must not"),
    ("bad_json", "f.jsonl", JSON_ROW + '\n\n{"subject": \n', "f.jsonl:3: not valid"),
    ("json_not_object", "f.jsonl", "[1, 2]\n", "f.jsonl:1: expected an object"),
]


@pytest.mark.parametrize(("name", "file_name", "content", "words"), MALFORMED, ids=[row[0] for row in MALFORMED])
def test_a_malformed_facts_file_names_the_line(tmp_path, name, file_name, content, words):
    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FactsFileError) as error:
        load_facts(path)
    assert str(error.value).startswith(str(tmp_path / file_name)) and words in str(error.value)


def test_jsonl_facts_read_as_csv_facts(tmp_path):
    rows = [
        {"subject": "Halvard Systems", "attribute": "valuation", "value": "$493 billion", "date": "2026-Q4"},
        {"subject": "Northwind Holdings", "attribute": "stake in Contoso Energy", "value": "13%", "source": "x"},
    ]
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    first, second = load_facts(path)
    assert (first.kind, first.value.amount, first.value.currency, first.date.iso) == (
        "valuation",
        493e9,
        "USD",
        "2026-Q4",
    )
    assert (second.kind, second.object, second.value.value, second.date, second.line) == (
        "stake",
        "Contoso Energy",
        13.0,
        None,
        2,
    )


# The date column: the contract's ISO forms and dates as news writes them.
DATES = [("2025", "2025"), ("2026-03", "2026-03"), ("2026-Q2", "2026-Q2"), ("2026-H1", "2026-H1"),
         ("2026-03-15", "2026-03-15"), ("the second quarter of 2026", "2026-Q2"), ("fiscal 2026", "2026")]  # fmt: skip


@pytest.mark.parametrize(("written", "iso"), DATES)
def test_the_date_column_reads_iso_periods_and_news_dates(tmp_path, written, iso):
    path = tmp_path / "facts.csv"
    path.write_text(HEADER + f'Halvard Systems,valuation,$493 billion,"{written}",\n', encoding="utf-8")
    assert load_facts(path)[0].date.iso == iso


def test_check_with_facts_on_the_desk_sample(tmp_path):
    """The sample of corpus/desk through the command line: every planted conflict, nothing else."""
    out = tmp_path / "findings.jsonl"
    arguments = ["check", str(DESK / "articles"), "--facts", str(DESK / "facts.csv"), "-j", "1", "-o", str(out)]
    result = CliRunner().invoke(cli, [*arguments, "--published", "2026-11-26"])
    assert 0 == result.exit_code, result.output
    findings = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    conflicts = sorted((f["articles"][0], f["severity"]) for f in findings if f["check"] == "fact_conflict")
    assert conflicts == [
        ("brightmoor-bank-results", "warning"),
        ("halvard-funding-round", "error"),
        ("halvard-funding-round", "error"),
        ("kestrel-mitsui-loan", "error"),
        ("northwind-bridge-loan", "error"),
        ("northwind-bridge-loan", "error"),
        ("northwind-bridge-loan", "warning"),
        ("northwind-bridge-loan", "warning"),
    ]
    assert "fact_conflict" in result.stderr


def test_check_with_facts_streams_the_same_findings_and_keeps_the_gate(tmp_path):
    """`check --facts` of a results file writes as it reads (the streaming check) exactly what the report of
    the same records with the same table holds; the table's errors shut a --fail-on error gate (status 1),
    and a record that could not be checked makes it a failed run (status 2), facts or not."""
    results = tmp_path / "results.jsonl"
    made = CliRunner().invoke(cli, ["extract", str(DESK / "articles"), "-o", str(results), "-j", "1", "-q",
                                    "--published", "2026-11-26"])  # fmt: skip
    assert 0 == made.exit_code, made.output
    out = tmp_path / "findings.jsonl"
    arguments = ["check", str(results), "--facts", str(DESK / "facts.csv"), "-q", "--fail-on", "error"]
    result = CliRunner().invoke(cli, [*arguments, "-o", str(out)])
    assert result.exit_code == 1, result.output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    facts = load_facts(DESK / "facts.csv")
    records = [ArticleResult.model_validate_json(line) for line in results.read_text().splitlines()]
    expected = corpus_report(records, lambda r: bind_facts(facts, r, None))
    assert written == [json.loads(f.model_dump_json()) for f in expected.findings]
    assert [f["id"] for f in written] == [f"f{n}" for n in range(1, len(written) + 1)]
    assert sum(f["check"] == "fact_conflict" for f in written) == 8

    with results.open("a", encoding="utf-8") as lines:
        lines.write("not json\n")
    broken = CliRunner().invoke(cli, [*arguments, "-o", str(out), "--force"])
    assert broken.exit_code == 2 and "1 of 6 records could not be checked" in broken.stderr


def test_a_malformed_facts_file_is_a_clean_error_with_exit_status_2(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text(HEADER + "Halvard Systems,valuation,$493 billion,,\nHalvard Systems,valuation,lots,,\n")
    result = CliRunner().invoke(cli, ["check", str(DESK / "articles"), "--facts", str(facts), "-j", "1"])
    assert result.exit_code == 2, result.output
    assert f"Error: {facts}:3: cannot read the value 'lots'" in result.output
    assert "Traceback" not in result.output and "{" not in result.stdout
