"""CSV tables: columns from the contract's models, one row per item, cells a loader can read."""

import csv
import io

import pytest

from newsclaims.io.csv_writer import TABLES, columns, header_text, rows_text
from newsclaims.models import ArticleMeta, ArticleResult, Claim, DateMention, Finding, MoneyMention, PercentMention

META = ArticleMeta(id="a/1", source="a/1.txt", sha256="ab" * 32, published=None, title=None, chars=80)
MONEY = MoneyMention(
    id="m1",
    type="money",
    text="up to $2.5 billion",
    start=10,
    end=28,
    sentence=0,
    value={"amount": 2.5e9, "low": None, "high": 2.5e9, "currency": "USD", "qualifier": "at_most"}
    | {"currency_basis": "assumed", "per": None},
)
PERCENT = PercentMention(
    id="m2",
    type="percent",
    text="13%",
    start=40,
    end=43,
    sentence=1,
    value={"value": 13.0, "low": None, "high": None, "qualifier": "exact", "kind": "level"},
)
CLAIM = Claim(
    id="c1",
    mention="m1",
    subject="acme",
    object=None,
    attribute="bridge loan",
    attribute_key="bridge_loan",
    kind="loan",
    time=None,
    certainty="asserted",
    attribution=None,
    sentence_text='It said "up to $2.5 billion",\nover two lines.',
)
FINDING = Finding(
    id="f1",
    check="magnitude_slip",
    severity="error",
    mentions=["m1", "m2"],
    claims=[],
    message="$2.5 billion vs $25 billion",
    observed=2.5e10,
    expected=2.5e9,
    ratio=10.0,
    confidence=0.9,
)
RESULT = ArticleResult(status="ok", article=META, mentions=[MONEY, PERCENT], claims=[CLAIM], findings=[FINDING])


@pytest.mark.parametrize(
    ("table", "must_have"),
    [
        pytest.param(
            "mentions",
            [
                "mention_id",
                "type",
                "start",
                "end",
                "value_amount",
                "value_currency",
                "value_kind",
                "value_iso",
                "value_org_id",
            ],
            id="mentions",
        ),
        pytest.param(
            "claims", ["claim_id", "mention", "subject", "attribute_key", "certainty", "sentence_text"], id="claims"
        ),
        pytest.param(
            "findings",
            ["finding_id", "check", "severity", "mentions", "observed", "expected", "confidence"],
            id="findings",
        ),
    ],
)
def test_columns_come_from_the_models(table, must_have):
    header = columns(table)
    assert header[:2] == ["article_id", "article_sha256"]
    assert set(must_have) <= set(header) and len(header) == len(set(header))
    assert "id" not in header and "value" not in header  # renamed and flattened


# table, row index, column, cell
CELLS = [
    pytest.param("mentions", 0, "value_amount", "2500000000.0", id="money-amount"),
    pytest.param("mentions", 0, "value_currency", "USD", id="money-currency"),
    pytest.param("mentions", 0, "value_kind", "", id="money-has-no-kind"),
    pytest.param("mentions", 1, "value_kind", "level", id="percent-kind"),
    pytest.param("mentions", 1, "value_value", "13.0", id="percent-value"),
    pytest.param("mentions", 1, "article_id", "a/1", id="article-id-on-every-row"),
    pytest.param(
        "claims", 0, "sentence_text", 'It said "up to $2.5 billion",\nover two lines.', id="quoted-newline-survives"
    ),
    pytest.param("claims", 0, "object", "", id="null-is-empty"),
    pytest.param("findings", 0, "mentions", '["m1", "m2"]', id="list-as-json"),
    pytest.param("findings", 0, "ratio", "10.0", id="number"),
]


@pytest.mark.parametrize(("table", "row", "column", "cell"), CELLS)
def test_rows_read_back(table, row, column, cell):
    text = header_text(table) + rows_text(RESULT, table)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(getattr(RESULT, table))
    assert rows[row][column] == cell


@pytest.mark.parametrize("table", TABLES)
def test_article_without_items_has_no_rows(table):
    assert rows_text(ArticleResult(status="ok", article=META), table) == ""


# The claims table reads without a join: the figure's text and value beside its mention id.
CLAIM_CELLS = [
    ("mention", "m1"),
    ("mention_text", "up to $2.5 billion"),
    ("value_amount", "2500000000.0"),
    ("value_high", "2500000000.0"),
    ("value_currency", "USD"),
    ("value_qualifier", "at_most"),
    ("value_value", ""),
    ("time", ""),
    ("time_text", ""),
]


@pytest.mark.parametrize(("column", "cell"), CLAIM_CELLS)
def test_claim_rows_carry_their_figure(column, cell):
    (row,) = csv.DictReader(io.StringIO(header_text("claims") + rows_text(RESULT, "claims")))
    assert row[column] == cell


def test_a_percent_claim_carries_its_value_and_date():
    date = {"kind": "point", "iso": "2027-03", "start": "2027-03-01", "end": "2027-03-31", "granularity": "month"}
    when = DateMention(
        id="m3", type="date", text="March 2027", start=50, end=60, sentence=1, value=date | {"relative": False}
    )
    claim = CLAIM.model_copy(update={"id": "c2", "mention": "m2", "time": "m3", "kind": "stake"})
    result = RESULT.model_copy(update={"mentions": [MONEY, PERCENT, when], "claims": [claim]})
    (row,) = csv.DictReader(io.StringIO(header_text("claims") + rows_text(result, "claims")))
    assert (row["mention_text"], row["value_value"], row["value_kind"], row["value_amount"]) == (
        "13%",
        "13.0",
        "level",
        "",
    )
    assert (row["time_text"], row["time_iso"]) == ("March 2027", "2027-03")
