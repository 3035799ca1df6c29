"""The rule tables kept as data, loaded and validated in one place.

Every table is a JSON file beside the code that reads it, and every table has a pydantic model here that
says its keys and the type of each: a misspelt key, a string where a number belongs or a missing list fails
loudly when the table is first loaded, not as a silent miss later. A table's `_doc` says what it is for and
who reads it (`tests/test_tables.py` checks that every file it names exists).

Where a table lives (one table per fact):
- `numbers/`: scale words, number words, currencies, what a dateline city says about a currency: read by
  the pipeline *and* the checker;
- `pipeline/quantities/rules/`, `pipeline/dates/rules/`, `pipeline/orgs/rules/`, `pipeline/claims/rules/`,
  `pipeline/events/rules/`: the words each finder reads;
- `check/rules/`: the phrases the checks read around figures, and the band of each exchange rate.

This module is on the ground floor with `models` and `numbers`: it imports nothing else of ours.
"""

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Pair = tuple[str, float]  # a currency code (or unit kind) and a factor: ["GBP", 0.01]


class Table(BaseModel):
    """A rule table: its documentation and its entries, nothing else."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    doc: str = Field(alias="_doc", min_length=20, description="What the table is for and who reads it.")


class ScalesTable(Table):
    words: dict[str, float]
    attached_only: dict[str, float]


class NumberWordsTable(Table):
    units: dict[str, int]
    tens: dict[str, int]
    multipliers: dict[str, int]
    fractions: dict[str, float]
    articles: list[str]
    inner_scales: list[str]
    plural_fractions: dict[str, float]


class CurrenciesTable(Table):
    prefix: dict[str, str]
    suffix: dict[str, str]
    minor: dict[str, Pair]
    explicit_dollar_codes: list[str]
    iso_codes: list[str]
    attached_minor: dict[str, Pair]
    attributive: dict[str, str]  # singular words read as a currency only before a noun ('a 60 mln mark price')
    prefix_touching: dict[str, str | list[str]]  # prefix forms read only against the number ('P3.1 billion')


class DatelineCurrenciesTable(Table):
    cities: dict[str, str]
    countries: dict[str, str]
    ambiguous: dict[str, list[str]]


class QualifiersTable(Table):
    prefix: dict[str, str]
    suffix: dict[str, str]


class PercentUnitsTable(Table):
    units: dict[str, tuple[str, float]]


class PercentKindTable(Table):
    change_words_before: list[str]
    change_words_after: list[str]
    change_nouns_before_of: list[str]
    level_words_before: list[str]
    skip_between: list[str]
    change_words_direct: list[str]
    not_change_bigrams: list[tuple[str, str]]
    coordinators: list[str]
    appositive_window: int
    function_words: list[str]


class QuantityGrammarTable(Table):
    unit_after: str
    amount: str
    connector: str
    phrase: str
    vague_money: str
    bare_amount: str


class RatesTable(Table):
    per_words: list[str]
    units: dict[str, str]
    open_per_words: list[str]
    not_after: list[str]
    share_line_words: list[str]
    not_units: list[str]
    bare_units: list[str]  # units written right after the amount with no 'a' or 'per' ('17 ct shr')


class EllipsisTable(Table):
    before: list[str]
    after: list[str]
    window: int
    count_words: list[str]


class DatesTable(Table):
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    season_months: dict[str, list[int]]
    ordinals: dict[str, int]
    shifts: dict[str, int]
    single_day_shifts: dict[str, int]
    units: dict[str, str]
    modifiers: list[str]
    vague: list[str]
    vague_counts: list[str]
    frequencies: list[str]
    holidays: dict[str, tuple[int, int]]
    date_words: list[str]
    anaphoric_shifts: list[str]
    looking_back: list[str]
    span_prefixes: list[str]
    anaphoric_periods: list[str]


class OrgsTable(Table):
    legal_suffixes: list[str]
    weak_suffixes: list[str]
    acronym_skip: list[str]
    generic_words: list[str]
    not_orgs: list[str]
    index_words: list[str]
    currency_words: list[str]
    names_with_s: list[str]
    never_alone: list[str]
    known_aliases: dict[str, str]
    company_suffixes: list[str]
    industry_words: list[str]
    person_titles: list[str]
    business_nouns: list[str]
    lead_words: list[str]
    actor_cues: dict[str, list[str]]


class ResultsTablesTable(Table):
    money_labels: list[str]
    count_labels: list[str]
    label_keys: dict[str, str]


class ClaimsTable(Table):
    measure_verbs: list[str]
    change_verbs: list[str]
    verb_attributes: dict[str, str]
    change_nouns: list[str]
    measured_nouns_of_change: dict[str, str | None]
    amount_nouns: list[str]
    keep_adjectives: list[str]
    drop_words: list[str]
    plural_only: list[str]
    singular_forms: dict[str, str]
    key_rewrites: dict[str, str]
    of_compounds: list[str]
    kinds: list[tuple[str, list[str]]]
    per_share_kinds: dict[str, str]
    reference_nouns: list[str]
    enterprise_nouns: list[str]  # a business told by what it is ("the brewery", "the venture"): valued as a whole
    pronouns: list[str]
    speech_verbs: list[str]
    report_words: list[str]
    source_speakers: list[str]
    hedge_modals: list[str]
    hedge_words: list[str]
    expect_verbs: list[str]
    expect_nouns: list[str]
    expect_phrases: list[str]
    future_auxiliaries: list[str]
    maturity_words: list[str]
    as_of_words: list[str]
    period_prepositions: list[str]
    flow_kinds: list[str]
    level_kinds: list[str]
    macro_rates: list[str]
    market_verbs: list[str]
    typed_reference_nouns: dict[str, list[str]]
    complement_exceptions: list[str]
    rate_verbs: list[str]
    price_units: list[str]
    target_verbs: list[str]
    comparison_cues: list[str]
    issuance_suffixes: list[str]
    security_nouns: list[str]
    people_holders: list[str]
    not_company_subjects: list[str]
    public_body_words: list[str]
    issue_terms: list[str]


class StatusCues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    planned: list[str]
    scheduled: list[str]
    happened_auxiliaries: list[str]


class EventsTable(Table):
    kinds: list[str]
    triggers: dict[str, str]
    date_prepositions: list[str]
    schedule_words: list[str]
    light_verbs: list[str]
    start_verbs: dict[str, str]
    thing_families: dict[str, list[str]]
    own_things: dict[str, str]
    trigger_things: dict[str, list[str]]
    closure_triggers: list[str]
    door_words: list[str]
    last_things: list[str]
    paid_off_particles: list[str]
    term_nouns: list[str]
    term_run_verbs: list[str]
    term_verb_stems: list[str]
    debt_nouns: list[str]
    daily_things: list[str]
    daily_kinds: list[str]
    generic_modifiers: list[str]
    status_cues: StatusCues
    revision_words: list[str]


class ChangesTable(Table):
    multipliers: dict[str, float]
    rise_verbs: list[str]
    fall_verbs: list[str]
    fractions: dict[str, float]
    qualifiers: dict[str, Literal["above", "below", "about"]]


class CheckWordsTable(Table):
    same_event_modifiers: list[str]
    parts: list[str]
    running_total_verbs: list[str]
    prior_amount: list[str]
    clause_breaks: list[str]
    downward_moves: list[str]
    future_maturity: list[str]
    past_maturity: list[str]
    comparison: list[str]
    share_words: list[str]
    earlier_figure: list[str]
    stake_moves: list[str]
    other_instance: list[str]
    another_one: list[str]
    part_cues: list[str]
    signed_amounts: list[str]
    stated_ratio: list[str]
    measure_basis: list[str]  # the basis a figure is measured on: "at constant exchange rates", "like-for-like"
    other_event: list[str]


class ExchangeRatesTable(Table):
    usd_per_unit: dict[str, tuple[float, float]]


class PairScorerTable(Table):
    intercept: float
    weights: dict[str, float]
    thresholds: dict[str, float]
    trained: dict[str, float | int]


class HolderRankerTable(Table):
    enabled: bool
    intercept: float
    weights: dict[str, float]
    veto: float
    fill: float
    swap: float
    trained: dict[str, float | int]


# name -> (package that holds the file, file inside it, model). Adding a table: a row here and a test row in
# tests/test_tables.py.
TABLES: dict[str, tuple[str, str, type[Table]]] = {
    "scales": ("newsclaims.numbers", "scales.json", ScalesTable),
    "number_words": ("newsclaims.numbers", "number_words.json", NumberWordsTable),
    "currencies": ("newsclaims.numbers", "currencies.json", CurrenciesTable),
    "dateline_currencies": ("newsclaims.numbers", "dateline_currencies.json", DatelineCurrenciesTable),
    "qualifiers": ("newsclaims.pipeline.quantities", "rules/qualifiers.json", QualifiersTable),
    "percent_units": ("newsclaims.pipeline.quantities", "rules/percent_units.json", PercentUnitsTable),
    "percent_kind": ("newsclaims.pipeline.quantities", "rules/percent_kind.json", PercentKindTable),
    "quantity_grammar": ("newsclaims.pipeline.quantities", "rules/quantity_grammar.json", QuantityGrammarTable),
    "rates": ("newsclaims.pipeline.quantities", "rules/rates.json", RatesTable),
    "ellipsis": ("newsclaims.pipeline.quantities", "rules/ellipsis.json", EllipsisTable),
    "dates": ("newsclaims.pipeline.dates", "rules/dates.json", DatesTable),
    "orgs": ("newsclaims.pipeline.orgs", "rules/orgs.json", OrgsTable),
    "claims": ("newsclaims.pipeline.claims", "rules/claims.json", ClaimsTable),
    "results_tables": ("newsclaims.pipeline.quantities", "rules/results_tables.json", ResultsTablesTable),
    "events": ("newsclaims.pipeline.events", "rules/events.json", EventsTable),
    "changes": ("newsclaims.pipeline.changes", "rules/changes.json", ChangesTable),
    "check_words": ("newsclaims.check", "rules/words.json", CheckWordsTable),
    "exchange_rates": ("newsclaims.check", "rules/exchange_rates.json", ExchangeRatesTable),
    "pair_scorer": ("newsclaims.check", "rules/pair_scorer.json", PairScorerTable),
    "holder_ranker": ("newsclaims.pipeline.claims", "rules/holder_ranker.json", HolderRankerTable),
}


class TableError(ValueError):
    """A rule table that does not load: its file and each problem, one per line."""


def table_path(name: str):
    """The file of table `name` (an importlib.resources Traversable)."""
    package, file, _ = TABLES[name]
    return resources.files(package).joinpath(file)


@cache
def validated_table(name: str) -> Table:
    """Table `name` as its pydantic model; a `TableError` naming the file and each problem otherwise."""
    package, file, model = TABLES[name]
    where = f"{package.replace('.', '/')}/{file}"
    try:
        text = table_path(name).read_text(encoding="utf-8")
        json.loads(text)  # a syntax error reads better from json than as a validation error
        return model.model_validate_json(text)
    except json.JSONDecodeError as error:
        raise TableError(f"{where}: not JSON: {error}") from error
    except ValidationError as error:
        problems = "\n".join(f"  [{' -> '.join(map(str, e['loc']))}] {e['msg']}" for e in error.errors())
        raise TableError(f"{where} does not match {model.__name__}:\n{problems}") from error


@cache
def load_table(name: str) -> dict[str, Any]:
    """Table `name` as plain data (lists, dicts), without its `_doc`, after validation.

    The values are the file's own (lists stay lists), so code reads them as before; the model only checks.

    >>> load_table("scales")["words"]["bn"]
    1000000000.0
    """
    validated_table(name)
    data = json.loads(table_path(name).read_text(encoding="utf-8"))
    data.pop("_doc", None)
    return data
