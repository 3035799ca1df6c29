"""One event on two dates (`event_date_conflict`), as a table of short articles written for these tests.

CONFLICTS: one event of one thing stated on two dates that cannot both hold, with the lowest severity the
finding must have and the dates it must cite. TRAPS: two dates that may both hold (two events, a plan and
what happened, a record date and a payment date, another company's deal, a previous year's, a date moved on
purpose), which must raise no error or warning. New rows go in the table of their kind; a known miss goes to
KNOWN_MISSES as a strict xfail with its cause.
"""

import pytest

import newsclaims
from newsclaims.check import check_article
from newsclaims.models import ArticleResult

CONFLICTS = [
    # id, published, text, lowest severity, date texts the finding must cite
    # round of 2026-12-07 night: an event named by its own word ('the 2 May signing')
    (
        "a_contract_signed_and_the_signing_named_by_its_date",
        "2026-05-08",
        "Hallam Ferries signed the contract with the island council on Wednesday, the company said.\n\nThe "
        "council's leader said at the 28 April signing that the new ships would be built in Scotland.",
        "warning", ["Wednesday", "28 April"],
    ),
    # issue 16, planted tune set (round of 2026-12-07 evening): dealings that begin, doors that swing open
    (
        "trading_starts_and_dealings_begin_a_week_apart",
        "2025-06-03",
        "Marlow Homes said its shares would start trading on London's AIM market on 11 June.\n\n"
        "The founders will not sell any shares when dealings begin on 18 June.",
        "warning", ["11 June", "18 June"],
    ),
    (
        "the_agreement_signed_and_the_contract_signed_on",
        "2025-03-10",
        "The agreement with builder Pendle Civil was signed last Tuesday at the council's offices, the council said "
        "on Monday.\n\nPendle Civil said the contract, signed on 6 March, would create 150 jobs.",
        "warning", ["last Tuesday", "6 March"],
    ),
    (
        "opens_its_doors_and_the_doors_swing_open",
        "2025-10-06",
        "Birchwood Pantry opens its doors on Saturday, Oct. 11, in the old bank building.\n\n"
        "When the doors swing open for the first time on Oct. 18, the first 50 shoppers will get a free mug.",
        "warning", ["Saturday, Oct. 11", "Oct. 18"],
    ),
    # issue 16, planted batch D: a debut told with a light verb, a day of the month alone, a date set off by
    # commas after the event's noun
    (
        "a_slipped_year",
        "2025-04-20",
        "Harwick Foods completed its purchase of Delmont Dairies on March 14, 2025.\n\n"
        "Staff were told as soon as the deal closed on March 14, 2024.",
        "warning", ["March 14, 2025", "March 14, 2024"],
    ),
    (
        "date_in_apposition",
        "2025-04-20",
        "Corvane Systems will float on the Oslo exchange on 5 May.\n\n"
        "The float, on 12 May, values the company at 2 billion crowns.",
        "warning", ["5 May", "12 May"],
    ),
    (
        "first_trading_day_and_debut_two_days_apart",
        "2025-10-06",
        "Housebuilder Fellmoor Homes said its shares would begin trading on the 15th, with a price range of "
        "280p to 320p.\n\nWhen Fellmoor's shares make their debut on 17 October, the group will join the "
        "small-cap index.",
        "warning", ["the 15th", "17 October"],
    ),
    (
        "deal_completed_and_closed_a_week_apart",
        "2025-06-20",
        "Harwick Foods said on Monday it had completed its purchase of Delmont Dairies.\n\n"
        "The acquisition was completed on June 2, the company said.\n\n"
        "Harwick paid 80 million euros for Delmont. Staff were told as soon as the deal closed on June 9.",
        "error", ["June 2", "June 9"],
    ),
    (
        "vote_and_meeting_a_week_apart",
        "2025-05-02",
        "Shareholders of Orsay Mining will vote on the merger on 12 June.\n\n"
        "The company's largest investor said it would back the deal at the 19 June meeting.",
        "error", ["12 June", "19 June"],
    ),
    (
        "general_meeting_then_the_meeting",
        "2025-04-02",
        "Talmont Water said investors would vote on the takeover at a general meeting on 14 May.\n\n"
        "Critics plan to protest outside the 21 May meeting in Coventry.",
        "error", ["14 May", "21 May"],
    ),
    (
        "month_against_a_day_of_another_month",
        "2025-05-20",
        "The deal closed in March, Harwick said.\n\nHarwick Foods paid 80 million euros for Delmont. "
        "Integration began as soon as the deal closed on April 2.",
        "warning", ["March", "April 2"],
    ),
    (
        "named_store_then_the_store",
        "2025-04-20",
        "Pellow Retail said its new Leeds store opened on 4 April.\n\n"
        "Customers queued for hours when the Leeds store opened on 11 April.",
        "error", ["4 April", "11 April"],
    ),
    (
        "special_dividend_paid_twice",
        "2025-05-20",
        "Orsay Mining will pay a special dividend on 4 June.\n\n"
        "Analysts welcomed the special dividend, which will be paid on 11 June.",
        "error", ["4 June", "11 June"],
    ),
    (
        "completion_noun_and_verb",
        "2025-04-20",
        "The deal, which completed on 14 March, creates the largest brewer in Wales.\n\n"
        "Completion of the deal took place on 21 March, the company said.",
        "error", ["14 March", "21 March"],
    ),
    (
        "closing_said_alone",
        "2025-04-20",
        "Arden Capital announced the closing of its acquisition of Bexley Tools on March 14.\n\n"
        "The closing occurred on March 21, Arden said.",
        "error", ["March 14", "March 21"],
    ),
    (
        "agreement_signed_twice",
        "2025-09-20",
        "Ferris Holdings signed the agreement with Quarry Bank on 5 August.\n\n"
        "The agreement was signed on 12 August in London.",
        "error", ["5 August", "12 August"],
    ),
    (
        "offer_expires_twice",
        "2025-04-10",
        "The offer expires on April 17.\n\nInvestors holding 40% have accepted the offer, which expires on April 24.",
        "error", ["April 17", "April 24"],
    ),
    # round of 2026-12-07 late (planted h-*): a start and a closure, each told twice with different words
    (
        "a_strike_began_and_the_walkout_started",
        "1987-09-22",
        "Orrin Pumps said talks aimed at ending a strike that began Sept 3 at its Tulsa plant would resume.\n\n"
        "The company has shipped 40 pumps since the walkout started on Sept 10, using salaried staff.",
        "error", ["Sept 3", "Sept 10"],
    ),
    (
        "a_mill_closed_its_doors_and_shut",
        "2025-06-12",
        "The Calder felt mill closed its doors last Friday with the loss of 40 jobs.\n\nSince the mill shut on "
        "2 June, its buyers have turned to suppliers abroad.",
        "error", ["last Friday", "2 June"],
    ),
    (
        "listing_on_two_days",
        "2025-04-20",
        "Corvane Systems shares will list on the Oslo exchange on 5 May, the company said.\n\n"
        "Bankers said demand for the 12 May listing was strong.",
        "error", ["5 May", "12 May"],
    ),
]  # fmt: skip

TRAPS = [
    # round of 2026-12-07 night: the signing named by its date is the one the article told of, on that date
    (
        "the_signing_named_by_its_own_date_again",
        "2026-05-08",
        "Hallam Ferries signed the contract with the island council on 28 April, the company said.\n\nThe "
        "council's leader said at the 28 April signing that the new ships would be built in Scotland.",
    ),
    (
        "a_second_contract_signed_later",
        "2025-03-10",
        "Ferrant Rail signed a contract with the city of Leeds on 3 March.\n\nA second contract, signed on "
        "6 March with the city of York, covers station repairs.",
    ),
    (
        "a_door_that_swings_open_is_no_second_opening_of_another_shop",
        "2025-10-06",
        "Birchwood Pantry opens its doors on Saturday, Oct. 11.\n\nA rival deli down the street will throw open "
        "its own doors on Oct. 18.",
    ),
    # id, published, text
    (
        "agreed_then_due_to_complete",
        "2025-03-05",
        "The sale of the Millgate centre to Carrow Estates was agreed on 3 March and is due to complete on 28 "
        "April.\n\nCarrow will take over the running of the centre then.",
    ),
    (
        "two_shops_open_a_week_apart",
        "2025-03-01",
        "Riverside Bakery, which opens on Friday, March 14, will sell sourdough.\n\n"
        "A week later, on Friday, March 21, the Hobb Street cafe opens two doors down.",
    ),
    (
        "expected_then_happened",
        "2025-07-01",
        "The takeover was expected to close in June.\n\nHarwick said the deal closed on March 3.",
    ),
    (
        "hedged_then_happened",
        "2025-07-01",
        "The merger could close on June 2, Harwick said in April.\n\nThe merger closed on June 9.",
    ),
    (
        "record_date_and_payment_date",
        "2025-04-20",
        "The final dividend will be paid on May 16 to shareholders on the register on May 2.\n\n"
        "The dividend is the largest in the company's history.",
    ),
    (
        "another_companys_deal",
        "2025-06-20",
        "Harwick Foods completed its purchase of Delmont Dairies on June 2.\n\n"
        "Rival Brennan Foods completed its takeover of Oakfield Creamery on June 9.",
    ),
    (
        "a_previous_years_deal",
        "2025-03-20",
        "Marlow Bank completed the sale of its insurance arm on 1 March.\n\n"
        "A year earlier, on 8 March 2024, it completed the sale of its leasing unit.",
    ),
    (
        "a_previous_acquisition",
        "2025-06-20",
        "Harwick Foods completed the acquisition on June 2.\n\n"
        "Its previous acquisition closed on June 9 after a long review.",
    ),
    (
        "meeting_postponed",
        "2025-05-30",
        "The meeting, originally set for 14 May, was postponed because of the strike.\n\n"
        "Shareholders approved the deal at the meeting on 21 May.",
    ),
    (
        "board_meeting_and_shareholder_meeting",
        "2025-05-02",
        "The board of Orsay Mining meets on 3 June to set the agenda.\n\n"
        "Shareholders will vote on the merger at the 19 June meeting.",
    ),
    (
        "a_group_meets_again",
        "2025-03-20",
        "The group of exporters meets here from March 30 to April 1.\n\n"
        "Delegates will meet again in Jakarta in June.",
    ),
    (
        "a_vote_moved_on_purpose",
        "2025-04-02",
        "Shareholders will vote on the takeover on 14 May.\n\nThe vote is now set for 21 May, the company said.",
    ),
    (
        "two_named_deals",
        "2025-06-20",
        "Harwick completed the Delmont deal on June 2.\n\nIt completed the Oakfield deal on June 9.",
    ),
    (
        "interim_and_final_dividend",
        "2025-05-20",
        "Orsay paid its interim dividend on 4 June last year.\n\nThe final dividend will be paid on 11 October.",
    ),
    (
        "a_later_merger_of_something_else",
        "2025-03-20",
        "The merger was completed on Jan. 5.\n\nThe merger of its two German units was completed on Jan. 19.",
    ),
    (
        "annual_and_special_meeting",
        "2025-04-20",
        "Harwick will hold its annual meeting on May 5.\n\nThe special meeting on June 2 will consider the merger.",
    ),
    (
        "a_second_vote",
        "2025-04-20",
        "The vote on the merger is on May 14.\n\nA second vote, on the dividend, is on May 21.",
    ),
    # round of 2026-12-07 late: seasons of two crops begin on their own dates; a separate strike
    (
        "two_crops_seasons_begin",
        "1987-03-05",
        "Sales of wheat for the 1987/88 season, which begins June 1, rose.\n\nSales of soybeans for the 1987/88 "
        "season, which begins September 1, fell.",
    ),
    (
        "a_separate_strike",
        "1987-09-22",
        "A strike at its Leeds plant began on March 2.\n\nA separate strike at the Hull depot began on March 9.",
    ),
    (
        "first_and_second_store",
        "2025-04-20",
        "Pellow Retail opened its first store in Leeds on 4 April.\n\nIts second shop opens on 11 April in York.",
    ),
]  # fmt: skip

KNOWN_MISSES: list = []  # none left: the date in apposition and the slipped year are cases now

ALARMS = ("error", "warning")
SEVERITY = {"error": 0, "warning": 1, "info": 2}


def _conflicts(model_nlp, text, published):
    result = newsclaims.extract(text, published, nlp=model_nlp)
    texts = {m.id: m.text for m in result.mentions}
    found = [(f, [texts[i] for i in f.mentions]) for f in result.findings if f.check == "event_date_conflict"]
    return result, found


@pytest.mark.parametrize(
    ("published", "text", "severity", "cites"),
    [pytest.param(*row[1:], id=row[0]) for row in CONFLICTS] + KNOWN_MISSES,
)
def test_one_event_on_two_dates_is_found(model_nlp, published, text, severity, cites):
    _, found = _conflicts(model_nlp, text, published)
    matching = [f for f, cited in found if SEVERITY[f.severity] <= SEVERITY[severity] and set(cites) <= set(cited)]
    assert matching, [(f.severity, cited, f.message) for f, cited in found]
    for date in cites:
        assert f'"{date}"' in matching[0].message


@pytest.mark.parametrize(("published", "text"), [pytest.param(*row[1:], id=row[0]) for row in TRAPS])
def test_two_dates_that_may_both_hold_raise_no_alarm(model_nlp, published, text):
    result = newsclaims.extract(text, published, nlp=model_nlp)
    assert [(f.check, f.message) for f in result.findings if f.severity in ALARMS] == []


def test_message_names_the_company_not_its_id(model_nlp):
    text = (
        "Corvane Systems shares will list on the Oslo exchange on 5 May, the company said.\n\n"
        "Bankers said demand for the 12 May listing was strong."
    )
    _, found = _conflicts(model_nlp, text, "2025-04-20")
    ((finding, _),) = found
    assert "Corvane Systems" in finding.message and "corvane-systems" not in finding.message
    assert finding.claims == []  # events are no money claims: the finding cites the two dates


def test_one_problem_one_finding_citing_every_copy(model_nlp):
    text = (
        "The acquisition was completed on June 2, Harwick said.\n\n"
        "Staff were told as soon as the deal closed on June 9.\n\n"
        "Suppliers were paid in full after the deal closed on June 9, the company added."
    )
    _, found = _conflicts(model_nlp, text, "2025-06-20")
    assert len(found) == 1, [f.message for f, _ in found]
    assert sorted(found[0][1]) == ["June 2", "June 9", "June 9"]


def test_the_check_reads_records_without_spacy():
    """The checker works on a record read back from JSONL: events and dates alone."""
    record = ArticleResult.model_validate(
        {
            "status": "ok",
            "article": {"id": "a", "source": None, "sha256": None, "published": "2025-06-20", "title": None,
                        "chars": 120},
            "mentions": [_date("m1", "June 2", 30, 0, "2025-06-02"), _date("m2", "June 9", 90, 1, "2025-06-09")],
            "events": [
                _event("e1", "m1", "The acquisition", "The acquisition was completed on June 2."),
                _event("e2", "m2", "the deal", "Staff were told as soon as the deal closed on June 9."),
            ],
        }
    )  # fmt: skip
    (finding,) = check_article(record)
    assert (finding.check, finding.severity, finding.mentions) == ("event_date_conflict", "error", ["m1", "m2"])
    later = record.model_copy(
        update={"events": [record.events[0], record.events[1].model_copy(update={"status": "planned"})]}
    )
    assert check_article(later) == []


def _date(mention_id, text, start, sentence, iso):
    return {
        "id": mention_id, "type": "date", "text": text, "start": start, "end": start + len(text), "sentence": sentence,
        "value": {"kind": "point", "iso": iso, "start": iso, "end": iso, "granularity": "day", "relative": True},
    }  # fmt: skip


def _event(event_id, date, thing, sentence):
    return {
        "id": event_id, "kind": "completion", "trigger": "completed", "date": date, "thing": thing,
        "thing_key": "deal", "subject": None, "object": None, "status": "happened", "certainty": "asserted",
        "sentence_text": sentence,
    }  # fmt: skip
