"""Whole-article checks as a table: short articles in news style, the finding each must raise (check name,
severity at least, and the mention texts it must cite), and consistent articles that must raise no alarm.

Where rows come from: INCONSISTENT rows are the slips the checker issue names (magnitude, currency, conversion, value,
parts and total, running total, percent change, stake value, stake range, shares of a whole, maturity),
written for this table; CONSISTENT rows are the look-alikes a checker must tolerate (rounding, 'up to',
a part of a total, a move from one figure to another, a list of denominations, per-share vs total).
New rows go in the table of their kind; a known false alarm goes to KNOWN_FALSE_ALARMS as a strict xfail with its cause.
"""

import pytest

import newsclaims

INCONSISTENT = [
    # id, published, text, check, lowest severity, mention texts the finding must cite
    (
        "bridge_loan_zero_slipped",
        "2025-11-26",
        "Aozora Holdings has secured a bridge loan of up to $400 billion from a group of banks, people familiar "
        "with the matter said.\n\nBankers working on the $40 billion bridge loan said it carries a margin of 90 "
        "basis points.",
        "magnitude_slip", "error", ["up to $400 billion", "$40 billion"],
    ),
    (
        "decimal_point_dropped",
        "2026-03-02",
        "Harlow Foods said on Monday it would buy Penrith Dairies for $64.6 million in cash.\n\nThe $64.6 million "
        "deal is expected to close in June. Harlow said the $646 million deal would add to earnings next year.",
        "magnitude_slip", "warning", ["$646 million"],
    ),
    (
        "million_billion_swapped",
        "2026-03-02",
        "Talbot Energy agreed to sell its pipeline unit to Crane Infrastructure for $2.4 billion.\n\nCrane will "
        "fund the $2.4 billion purchase with debt. Talbot said the $2.4 million sale would let it cut borrowing.",
        "magnitude_slip", "warning", ["$2.4 million"],
    ),
    # issue 16, planted batches C and D: phrasings the rules had not met (sentences written for this table)
    (
        "segments_listed_after_revenue",
        "2025-03-04",
        "Dunmore Foods reported revenue of £2.2bn for the year, up from £1.9bn.\n\nIts frozen division brought in "
        "£1.3bn, chilled foods contributed £700m and the drinks arm a further £400m.",
        "parts_exceed_total", "warning", ["£2.2bn", "£1.3bn", "£700m", "£400m"],
    ),
    (
        "letter_of_credit_is_a_part_of_the_facility",
        "1987-03-12",
        "Ostrander Mills Inc said it arranged a 500 mln dlr credit facility with six banks.\n\nThe facility is "
        "made up of a 300 mln dlr term loan, a 150 mln dlr revolving credit and a 100 mln dlr letter of credit "
        "facility.",
        "parts_exceed_total", "warning", ["500 mln dlr", "300 mln dlr", "150 mln dlr", "100 mln dlr"],
    ),
    (
        "change_against_parenthesised_prior_year",
        "2025-02-27",
        "Kessler Chemie said sales rose 6.5 per cent to €4.26bn last year (2024: €3.70bn), helped by demand "
        "from carmakers.",
        "percent_change", "warning", ["6.5 per cent", "€4.26bn", "€3.70bn"],
    ),
    (
        "higher_than_last_years_figure",
        "2025-03-01",
        "Delmar Foods said sales of $5.2 billion were 8% higher than last year's $4.1 billion.",
        "percent_change", "warning", ["8%", "$5.2 billion", "$4.1 billion"],
    ),
    (
        "a_rise_of_x_on_the_prior_figure",
        "2025-03-01",
        "Revenue climbed to £300m, a rise of 50 per cent on the £250m of 2024, the company said.",
        "percent_change", "warning", ["50 per cent", "£300m", "£250m"],
    ),
    (
        "change_against_year_earlier_sentence",
        "2025-07-24",
        "Marlow Transit said net income fell to $150 million in the second quarter, down 12% from the same "
        "period last year.\n\nA year earlier, the company had earned $240 million.",
        "percent_change", "warning", ["12%", "$150 million", "$240 million"],
    ),
    (
        "running_total_new_money_told_apart",
        "2025-05-06",
        "Tessaro Health raised $80 million from Brightwater Partners, it said on Tuesday.\n\nThe new money takes "
        "the total raised by the company to $310 million. Before this round it had raised $200 million from "
        "other investors.",
        "running_total", "warning", ["$200 million", "$80 million", "$310 million"],
    ),
    (
        "instalments_named_in_order_short_of_the_total",
        "2025-07-08",
        "Wexmoor Capital said the final close of $80 million brings total commitments to its third fund to "
        "$410 million, above its target of $350 million.\n\nThe fund held a first close of $180 million in "
        "March and a second close of $120 million in November.",
        "running_total", "warning", ["$180 million", "$120 million", "$80 million", "$410 million"],
    ),
    (
        "owners_listed_in_parentheses_over_100",
        "2025-03-01",
        "Tarn Mining is owned by Keswick Holdings (60%), Ardent Capital (30%) and the founding Lowe family (15%).",
        "shares_over_100", "warning", ["60%", "30%", "15%"],
    ),
    (
        "owners_respectively_over_100",
        "2025-03-01",
        "Keswick Holdings and Ardent Capital own 60% and 45% of Tarn Mining respectively, the filing showed.",
        "shares_over_100", "warning", ["60%", "45%"],
    ),
    (
        "the_remaining_percent_after_a_stake",
        "2025-03-01",
        "Keswick Holdings holds a 55% stake in Tarn Mining. Ardent Capital holds 30% and Orla Bank owns the "
        "remaining 20%.",
        "shares_over_100", "warning", ["55%", "30%", "20%"],
    ),
    (
        "remaining_shares_over_100",
        "1987-06-04",
        "Halvorsen A/S said it had bought 40 pct of Fjordline Shipping A/S for 300 mln crowns.\n\nThe remaining "
        "shares in Fjordline are held by Nordkap Invest, with 38 pct, and Vik Holding, with 30 pct.",
        "shares_over_100", "warning", ["40 pct", "38 pct", "30 pct"],
    ),
    # issue 16, round of 2026-12-07: patterns of the planted tune set, sentences written for this table
    (
        "owners_table_rows_over_100",
        "2025-05-02",
        "Brannock Foods agreed to buy a majority of Helvig Dairies.\n\nShareholders after the deal:\n"
        "Brannock Foods 58%\nThe Helvig family 27%\nStaff trust (employees) 11%\nOther investors 9%\n\n"
        "The deal needs the approval of the competition authority.",
        "shares_over_100", "warning", ["58%", "27%", "11%", "9%"],
    ),
    (
        "owners_after_the_deal_over_two_sentences",
        "2025-05-02",
        "Ostrava Capital will buy new shares worth €20m, giving it 48% of Lindqvist Boats. The founding "
        "Lindqvist family will see its holding cut to 35%, while the regional development fund will keep "
        "its 22% stake.",
        "shares_over_100", "warning", ["48%", "35%", "22%"],
    ),
    (
        "stake_price_then_the_price_values_the_company",
        "1987-06-23",
        "DENVER, June 23 - Halloran Corp said it agreed to buy a 25 pct stake in privately held Brisco Valve Co "
        "for 30 mln dlrs.\n\nHalloran said the price values Brisco, a maker of pumps for oil fields and "
        "farms, at 90 mln dlrs.",
        "stake_value", "warning", ["25 pct", "30 mln dlrs", "90 mln dlrs"],
    ),
    (
        "stake_named_after_the_investment_it_bought",
        "2025-02-11",
        "Kestle Ventures today announced a €15 million investment in Norwick Sensors, a maker of soil probes. "
        "The investment gives Kestle a 6% stake in Norwick at a post-money valuation of €500 million.",
        "stake_value", "warning", ["6%", "€15 million", "€500 million"],
    ),
    (
        "stake_sold_in_a_deal_that_values_the_business",
        "2025-02-11",
        "Bristol-based Harnack Labs has sold a 25% stake to Severn Equity for £6m, in a deal that the two "
        "firms say values the business at £240m.",
        "stake_value", "error", ["25%", "£6m", "£240m"],
    ),
    (
        "stake_investment_implies_a_valuation_next_sentence",
        "2025-03-11",
        "Orchid Growth Fund will invest Rs 900 crore in Tarapur Steel Ltd for a 12% stake, the company said. "
        "The investment implies an equity valuation of Rs 10,000 crore for the company, the filing said.",
        "stake_value", "warning", ["12%", "Rs 900 crore", "Rs 10,000 crore"],
    ),
    (
        "parts_as_table_rows_under_a_total",
        "2025-06-10",
        "Governors at Pellham College have approved a £36m plan to rebuild its science block.\n\n"
        "How the money will be spent:\nLaboratories and equipment - £19m\nA new lecture theatre - £12m\n"
        "Landscaping and parking - £8m\n\nWork is due to start next spring.",
        "parts_exceed_total", "warning", ["£36m", "£19m", "£12m", "£8m"],
    ),
    (
        "parts_as_instruments_named_one_by_one",
        "1987-04-14",
        "TULSA, April 14 - Corrigan Oil Inc said it arranged 120 mln dlrs of new bank credit with six banks.\n\n"
        "A 70 mln dlr term loan runs for six years, a 35 mln dlr revolving credit covers working capital, "
        "and a 25 mln dlr letter of credit facility backs drilling contracts.",
        "parts_exceed_total", "warning", ["120 mln dlrs", "70 mln dlr", "35 mln dlr", "25 mln dlr"],
    ),
    (
        "parts_as_uses_of_the_proceeds",
        "2026-01-20",
        "KUALA LUMPUR, Jan 20 - Tanjung Mas Bhd proposed a rights issue to raise RM800 million.\n\nTwo-thirds of "
        "the proceeds, or RM540 million, will repay bank loans, the filing said. A further RM300 million has been "
        "set aside for a new warehouse in Klang.",
        "parts_exceed_total", "warning", ["RM800 million", "RM540 million", "RM300 million"],
    ),
    (
        "parts_of_a_price_in_cash_and_shares",
        "2024-08-07",
        "SINGAPORE, Aug 7 (Reuters) - Keppelstone Land agreed to buy mall owner Tasik Retail for S$1.8 billion "
        "($1.3 billion) in cash and shares.\n\nKeppelstone will pay S$1.2 billion in cash and hand Tasik's "
        "shareholders new Keppelstone shares worth about S$0.9 billion, it said.",
        "parts_exceed_total", "warning", ["S$1.8 billion", "S$1.2 billion", "about S$0.9 billion"],
    ),
    (
        "term_in_the_lead_maturity_where_the_credit_opens_a_sentence",
        "1987-10-14",
        "DALLAS, Oct 14 - Brannigan Foods Inc said it arranged a four-year, 150 mln dlr revolving credit with a group "
        "of six banks.\n\nThe credit, which expires in 1995, replaces a 90 mln dlr line the company used earlier "
        "this year.",
        "maturity_term", "warning", ["150 mln dlr"],
    ),
    (
        "tenor_then_the_loan_repaid_in_full_by_a_year",
        "2025-05-08",
        "Tamar Valley Water has agreed a £600m 12-year loan to pay for new reservoirs.\n\nThe loan, from a group of "
        "five banks, will have to be repaid in full by 2031, the company said.",
        "maturity_term", "warning", ["£600m"],
    ),
    (
        "reported_the_debt_which_must_be_repaid_by",
        "2025-01-28",
        "Otterburn Energy has raised £400m by selling a 15-year bond to investors.\n\nThe company said the debt, "
        "which must be repaid by 2032, drew orders of more than £1.5bn from pension funds.",
        "maturity_term", "warning", ["£400m"],
    ),
    # round of 2026-12-07 late (planted h-*): a maturity or a term told in a sentence of its own, no figure in it
    (
        "bonds_will_mature_before_they_were_sold",
        "2025-05-14",
        "Brenmoor Utilities priced 300 mln stg of bonds on Tuesday, its first sale since 2019.\n\nThe bonds will "
        "mature on 14 May 2023, the company said in a statement to the exchange.",
        "maturity_before_announcement", "warning", ["14 May 2023"],
    ),
    (
        "tenor_line_against_the_redemption_line",
        "2026-06-20",
        "Oshiro Rail announced the terms of its ¥20 billion bonds on Saturday.\n\nTenor: 10 years\nCoupon: 1.1% "
        "a year\nRedemption date: 30 June 2031",
        "maturity_term", "warning", ["10 years", "30 June 2031"],
    ),
    (
        "borrowed_over_years_then_paid_off_in_a_year",
        "2025-09-02",
        "Ambleford council will borrow £30m to build a new leisure centre.\n\nThe money will be borrowed over "
        "30 years from a state lender.\n\nThe loan will be paid off in 2040, the council's treasurer said.",
        "maturity_term", "warning", ["30 years", "2040"],
    ),
    # a change told in words against its move's figures (planted f-, g-, h-*: 'more than doubled', 'by nearly half')
    (
        "more_than_doubled_against_the_figures",
        "2025-05-02",
        "Tarlac Cement said first-quarter net income more than doubled on strong demand.\n\nThe company reported "
        "net income of 2.6 billion pesos for the quarter, against 1.7 billion pesos a year earlier.",
        "percent_change", "warning", ["2.6 billion pesos", "1.7 billion pesos"],
    ),
    (
        "by_nearly_half_against_the_prior_year_in_brackets",
        "2025-03-12",
        "Glenmoray Foods said profits climbed by nearly half last year.\n\nThe group made a pre-tax profit of "
        "£48.2m in 2024 (2023: £40.1m), on revenue of £390m (2023: £371m).",
        "percent_change", "warning", ["£48.2m", "£40.1m"],
    ),
    (
        "doubled_against_a_comparative_in_brackets",
        "2025-02-06",
        "Operating profit at Lindvik Marine doubled in the fourth quarter.\n\nOperating profit came to SEK 2.2 "
        "billion (SEK 1.5 billion) on higher freight rates.",
        "percent_change", "warning", ["SEK 2.2 billion", "SEK 1.5 billion"],
    ),
    # a part of a company paid for ('pay X for 35 percent of Y'); a valuation after a long relative clause
    (
        "paid_for_a_percentage_of_a_named_company",
        "2025-10-02",
        "Vltava Power will pay CZK 1.8 billion for 30 percent of Sumava Wind, the companies said.\n\nThe price puts "
        "a value of CZK 4 billion on the whole of Sumava Wind.",
        "stake_value", "warning", ["30 percent", "CZK 1.8 billion", "CZK 4 billion"],
    ),
    (
        "valued_after_a_long_relative_clause",
        "1987-08-11",
        "Harlan Tool Inc said it agreed to buy 40 pct of Dorrance Castings Corp for 52 mln dlrs.\n\nThe price values "
        "Dorrance, which makes engine blocks, gear housings and brake drums for truck, bus and tractor makers in the "
        "Midwest and in Canada, at about 80 mln dlrs, Harlan said.",
        "stake_value", "warning", ["40 pct", "52 mln dlrs", "about 80 mln dlrs"],
    ),
    # earlier rounds listed apart, each on a line of its own, against a running total in the subhead
    (
        "earlier_rounds_listed_in_bullets",
        "2025-04-29",
        "Accra logistics startup Tamale Freight raises $12m\n\nSeries B takes total funding to $28m\n\nTamale Freight "
        "said on Tuesday it had raised $12m in a series B round.\n\nIts earlier funding:\n- a $3m seed round in 2021"
        "\n- an $8m series A in 2023",
        "running_total", "warning", ["$28m", "$3m", "$8m"],
    ),
    # a headline figure, the lead's slipped copy and a denomination lines below are no list of powers of ten
    (
        "headline_and_lead_with_a_denomination_below",
        "1987-03-25",
        "KALMAR AB SETS 100 MLN DLR EURO-CP PROGRAM\n\nLONDON, March 25 - Kalmar AB is establishing a 1000 mln dlr "
        "euro-commercial paper program, dealer Fenwick Partners said.\n\nDenominations will be 500,000 and one mln "
        "dlrs.",
        "magnitude_slip", "warning", ["100 MLN DLR", "1000 mln dlr"],
    ),
    # a range whose first end is the larger: one end slipped (dev-news injection misses, round of 2026-12-07 late)
    (
        "range_between_runs_downwards",
        "1987-03-20",
        "Harrow Oil Corp said it expects a loss of between 6000 mln and 800 mln dlrs on the North Sea field.",
        "magnitude_slip", "warning", ["6000 mln", "800 mln dlrs"],
    ),
    (
        "hyphenated_range_runs_downwards",
        "1987-03-20",
        "Analysts put the trade deficit at 150-17 billion dlrs for February.",
        "magnitude_slip", "warning", ["150", "17 billion dlrs"],
    ),
    (
        "range_spans_a_thousandfold",
        "1987-03-20",
        "Brokers estimate the cost of the cleanup at between 1.3 million and 1.6 billion dlrs.",
        "magnitude_slip", "warning", ["between 1.3 million and 1.6 billion dlrs"],
    ),
    (
        "one_range_written_twice_with_a_scale_swapped",
        "1987-03-20",
        "Farm groups said the cuts would save 150-200 mln dlrs.\n\nThe committee was told on Tuesday that "
        "savings of 150-200 bln dlrs would not be enough to meet the budget target.",
        "magnitude_slip", "warning", ["150-200 mln dlrs", "150-200 bln dlrs"],
    ),
    # one comparison told twice, in a results table and in the text, each beside the same other figure
    (
        "a_results_line_and_its_sentence_share_the_new_figure",
        "1987-03-30",
        "HARTWELL GAS CORP YEAR NET\n\nDENVER, March 30 -\n    Shr 1.12 dlrs vs 84 cts\n    Net 4,210,000 vs "
        "3,160,000\n    Revs 98.7 mln vs 67.9 mln\n\nThe company said it earned 4.2 mln dlrs in the year, up from "
        "3.2 mln dlrs in 1985, on revenues of 98.7 mln dlrs, up from 679 mln dlrs.",
        "magnitude_slip", "warning", ["67.9 mln", "679 mln dlrs"],
    ),
    # a list ending in what remains of an unnamed total; a sentence that opens by naming the whole
    (
        "shares_of_a_cost_with_the_remaining_part",
        "2025-11-11",
        "Harbury's new library will cost £12m, the council said.\n\nMost of the money (£8m) comes from the "
        "lottery fund, the council is borrowing £4m and the remaining £3m is a government grant.",
        "parts_exceed_total", "warning", ["£12m", "£8m", "£4m", "£3m"],
    ),
    (
        "of_this_years_budget_parts",
        "2026-02-10",
        "Corvane Mining will spend 8.5 billion rand on capital projects this year, it said on Tuesday.\n\nOf this "
        "year's budget, 5.2 billion rand goes to its platinum shafts, 2.4 billion rand to a smelter and 1.6 "
        "billion rand to ventilation.",
        "parts_exceed_total", "warning",
        ["8.5 billion rand", "5.2 billion rand", "2.4 billion rand", "1.6 billion rand"],
    ),
    (
        "loan_repayable_in_full_by_a_month_already_past",
        "2024-02-20",
        "Pune, 20 February 2024 - Sahyadri Cables Limited today announced that it has signed a term loan of Rs 900 "
        "crore with a consortium of banks.\n\nThe loan is repayable in full by September 2023 and carries a floating "
        "rate of interest.",
        "maturity_before_announcement", "warning", ["Rs 900 crore"],
    ),
    (
        "it_will_expire_after_the_facility_is_named",
        "2025-06-16",
        "Carrow Rail has agreed a £250m revolving credit facility with four banks.\n\nThe company said the facility, "
        "agreed on Monday, would cover payments to train makers. It will expire at the end of 2024, the firm said.",
        "maturity_before_announcement", "warning", ["£250m"],
    ),
    (
        "running_total_bringing_to_an_amount_spent",
        "1987-07-08",
        "WILMINGTON, Del., July 8 - Calder Paints Co said it bought back another 20 mln dlrs of its common stock in "
        "June, bringing to 120 mln dlrs the amount it has spent on repurchases this year.\n\nPurchases before June "
        "had totalled 90 mln dlrs, the company said.",
        "running_total", "warning", ["another 20 mln dlrs", "120 mln dlrs", "90 mln dlrs"],
    ),
    (
        "running_total_earlier_tranches_listed",
        "2025-11-04",
        "Housebuilder Selby Homes is to return another £25m to shareholders.\n\nThe firm said the latest tranche "
        "would take the total returned under the programme to £150m. Two earlier tranches, of £40m and £55m, were "
        "completed last year.",
        "running_total", "warning", ["another £25m", "£150m", "£40m", "£55m"],
    ),
    (
        "running_total_earlier_rounds_named",
        "2026-02-24",
        "Quillfeather today announced an $18 million Series B round.\n\nThe round brings Quillfeather's total "
        "funding to date to $28 million. The company raised a $4 million seed round in 2022 and a $9 million "
        "Series A in 2023.",
        "running_total", "warning", ["$18 million", "$28 million", "$4 million", "$9 million"],
    ),
    (
        "notes_coupon_falls_due_before_the_offering",
        "2025-11-03",
        "BOSTON, November 3, 2025 -- Calloway Bio, Inc. today announced the closing of its offering of $200 million "
        "aggregate principal amount of 2.50% convertible senior notes.\n\nThe notes are senior obligations of Calloway "
        "and will mature on June 1, 2024, unless earlier converted.",
        "maturity_before_announcement", "warning", ["2.50%"],
    ),
    (
        "stake_price_sets_the_valuation",
        "2025-03-12",
        "Ashgrove Capital agreed to sell its 20 per cent stake in Pellam Foods to a Danish group.\n\nThe buyer "
        "will pay £100m for the shares, a price that values the whole of Pellam at £1bn.",
        "stake_value", "warning", ["20 per cent", "£100m", "£1bn"],
    ),
    (
        "repayable_a_few_words_before_the_date",
        "2025-06-10",
        "Kedah Ports Bhd signed a RM800 million term loan with three banks, it said on Tuesday.\n\nThe loan "
        "carries a margin of 1.1 percentage points and is repayable in one bullet in March 2024.",
        "maturity_before_announcement", "warning", ["March 2024"],
    ),
    (
        "tenor_and_maturity_in_a_sentence_of_their_own",
        "2026-04-22",
        "Stockholm, 22 April 2026 - Vasterby Energi AB has issued green bonds in an amount of SEK 1,500 "
        "million.\n\nThe bonds have a tenor of five years and a final maturity in the first half of 2034.",
        "maturity_term", "warning", ["SEK 1,500 million"],
    ),
    (
        "term_in_the_headline_notes_redeemed_do_not_count",
        "2025-09-09",
        "Harlan Freight Prices $500 Million of Ten-Year Notes\n\nHarlan Freight Inc said today it priced $500 "
        "million of 6.25% senior notes due 2030. It will use the proceeds to redeem its outstanding 7.5% notes "
        "due 2027.",
        "maturity_term", "warning", ["$500 million"],
    ),
    (
        "vote_then_its_special_meeting",
        "1987-06-15",
        "Calloway Mills Inc said its shareholders will vote next Tuesday on the merger with Denholm Fabrics "
        "Corp.\n\nCalloway said that if holders approve the merger at the June 26 special meeting, it expects "
        "to close the deal in July.",
        "event_date_conflict", "warning", ["next Tuesday", "June 26"],
    ),
    # Every scale spelling of numbers/scales.json is seen by the checker (issue 19: 'mil' once gave nothing).
    *[
        (
            f"scale_swapped_{name}",
            "2026-03-02",
            f"Talbot Energy agreed to sell its pipeline unit to Crane Infrastructure for {big}.\n\nCrane will fund "
            f"the {big} purchase with debt. Talbot said the {small} sale would let it cut borrowing.",
            "magnitude_slip", "warning", [small],
        )
        for name, big, small in [
            ("mil", "$4.5 billion", "$4.5 mil"),
            ("MM", "$4.5 billion", "$4.5MM"),
            ("bn", "$4.5 million", "$4.5bn"),
            ("mln", "4.5 bln dlrs", "4.5 mln dlrs"),
            ("crore", "Rs 450 lakh", "Rs 450 crore"),
            ("lakh", "Rs 450 crore", "Rs 450 lakh"),
        ]
    ],
    (
        # issue 16: a comparison pins only the figure it compares; the other, stated alone, can still be a slip
        "slip_beside_a_figure_pinned_by_its_comparison",
        "1987-03-20",
        "Corlan Group said its revenue rose to 54 mln stg from 41 mln stg.\n\nAnalysts said the 5.4 mln stg "
        "revenue was a record for the group.",
        "magnitude_slip", "error", ["54 mln stg", "5.4 mln stg"],
    ),
    (
        # issue 16: a bond's denominations with the same digits are no list of powers of ten beside its size
        "issue_size_slipped_beside_denominations",
        "1987-03-03",
        "HALVERN BANK ISSUES 100 MLN DLR BOND\n\nLONDON, March 3 - Halvern Bank Ltd is issuing a 1000 mln dlr "
        "eurobond due April 9, 1992 paying 8-3/4 pct and priced at 101, the lead manager said.\n\nThe bond is "
        "available in denominations of 1,000 and 10,000 dlrs and will be listed in Luxembourg.",
        "magnitude_slip", "warning", ["1000 mln dlr"],
    ),
    (
        "currency_swapped",
        "2026-03-02",
        "Verdane Motors raised €500 million from a bond sale on Tuesday.\n\nThe company will use the $500 million "
        "raised from the bond sale to refinance loans, it said.",
        "currency_conflict", "warning", ["€500 million", "$500 million"],
    ),
    (
        "conversion_off_the_articles_rate",
        "2026-02-18",
        "MUMBAI, Feb 18 (Newswire) - Karnavati Steel will invest Rs 8,000 crore ($960 million) in a new mill in "
        "Odisha, the company said on Wednesday. It will also spend Rs 1,500 crore ($180 million) on a port and "
        "Rs 2,500 crore ($3 billion) on iron ore mines over five years.",
        "conversion_rate", "error", ["Rs 2,500 crore", "$3 billion"],
    ),
    (
        "conversion_off_by_history",
        "2026-04-16",
        "Harcourt & Lyle agreed to buy Brightwater Foods for £820m ($10.4bn), the British grocer said on "
        "Thursday.",
        "conversion_rate", "error", ["£820m", "$10.4bn"],
    ),
    (
        "two_conversions_tenfold_apart",
        "2026-03-02",
        "Verdane Motors will build a battery plant for €2 billion ($2.2 billion) and a research centre for "
        "€500 million ($55 million), the carmaker said.",
        "conversion_rate", "warning", ["€2 billion", "$2.2 billion", "€500 million", "$55 million"],
    ),
    (
        "parts_exceed_total",
        "2026-03-02",
        "Kestrel Networks agreed a $5 billion financing package, including $3.2 billion of loans and $2.5 billion "
        "of bonds, the company said.",
        "parts_exceed_total", "warning", ["$5 billion", "$3.2 billion", "$2.5 billion"],
    ),
    (
        "drawn_exceeds_facility",
        "2026-03-02",
        "The company has a $25 billion term loan, of which $28 billion is drawn.",
        "parts_exceed_total", "warning", ["$25 billion", "$28 billion"],
    ),
    (
        "percent_change_does_not_add_up",
        "2026-03-02",
        "Brightwater Group said revenue rose 12% to $560 million from $480 million in the first quarter.",
        "percent_change", "warning", ["12%", "$560 million", "$480 million"],
    ),
    (
        "stake_over_100",
        "2026-03-02",
        "Lumen Capital said it had bought a 150% stake in Orrin Robotics for $90 million.",
        "percent_range", "error", ["150%"],
    ),
    (
        "maturity_before_announcement",
        "2026-03-02",
        "Ferrand Telecom sold $800 million of notes due 2024 to refinance its debt, the company said on Monday.",
        "maturity_before_announcement", "warning", ["$800 million", "2024"],
    ),
    (
        "maturity_after_term",
        "2026-03-02",
        "Ferrand Telecom sold a five-year bond worth $800 million maturing in 2038, the company said on Monday.",
        "maturity_term", "warning", ["five-year", "2038"],
    ),
    (
        "one_issue_two_maturities",
        "2026-03-02",
        "Ferrand Telecom sold $800 million of notes due 2029, the company said on Monday. Investors bought the "
        "$800 million of notes due 2031 within hours.",
        "date_conflict", "warning", ["2029", "2031"],
    ),
    (
        "stakes_of_holders_over_100",
        "2026-03-02",
        "Delta Partners owns a 60% stake in Orrin Robotics, while Harbor Capital holds a 55% stake in Orrin "
        "Robotics.",
        "shares_over_100", "warning", ["60%", "55%"],
    ),
    (
        "running_total_does_not_add_up",
        "2026-03-02",
        "Halden Bio raised $300 million in a new round, which brings its total funding to $900 million. Halden "
        "had previously raised $500 million from investors.",
        "running_total", "warning", ["$300 million", "$900 million", "$500 million"],
    ),
    (
        "stake_price_against_valuation",
        "2026-03-02",
        "Lumen bought a 20% stake in Orrin for $5 billion. Orrin was valued at $2.5 billion in its last funding "
        "round.",
        "stake_value", "warning", ["20%", "$5 billion", "$2.5 billion"],
    ),
    # issue 16: the same relations in phrasings the first rules never met (written for this table)
    (
        "percent_change_compared_with",
        "2026-03-02",
        "Quarterly revenue at Tolvane Systems increased 18% to $46.2 million, compared with $36.5 million a "
        "year earlier.",
        "percent_change", "warning", ["18%", "$46.2 million", "$36.5 million"],
    ),
    (
        "percent_change_stated_apart_from_its_figures",
        "2026-03-02",
        "Harlen Bank reported a 21% rise in annual profit on Tuesday. Chief executive Ola Berg said lending had "
        "grown. Pre-tax profit came in at 3.3bn Danish kroner, compared with 3.0bn kroner the year before.",
        "percent_change", "warning", ["21%", "3.3bn Danish kroner", "3.0bn kroner"],
    ),
    (
        "holders_listed_past_100_people_too",
        "2026-03-02",
        "Marsh kept 60% of the bakery when she opened it, her cousin holds 30%, and the last 20% belongs to "
        "a group of regulars.",
        "shares_over_100", "warning", ["60%", "30%", "20%"],
    ),
    (
        "term_in_the_lead_maturity_below",
        "2024-06-18",
        "Ostrava Energie prices EUR 400 million five-year green bond.\n\nThe notes carry a coupon of 4.5% and "
        "mature on 20 June 2033.",
        "maturity_term", "warning", ["4.5%"],
    ),
    (
        "maturity_stated_apart_before_signing",
        "2025-04-02",
        "HONG KONG, April 2 - Harbour Crest Holdings said on Wednesday it had signed a HK$5 billion loan with "
        "nine banks.\n\nThe loan, which matures in April 2023, will refinance its bonds.",
        "maturity_before_announcement", "warning", ["HK$5 billion"],
    ),
    (
        "running_total_with_the_prior_in_its_sentence",
        "2026-03-02",
        "The share offer raised £90,000 from 150 members.\n\nBefore this round the co-op had raised £260,000 "
        "since it was set up, and the new money takes its overall total to £330,000.",
        "running_total", "warning", ["£90,000", "£260,000", "£330,000"],
    ),
    (
        "round_contributions_after_the_round",
        "2026-03-02",
        "Tallinn-based Vesker said on Tuesday it had raised $90 million in a Series B round.\n\nNordlys Capital "
        "led the round with $50 million.\n\nAsker Partners put in $30 million and Fjord Growth supplied the "
        "remaining $20 million.",
        "parts_exceed_total", "warning", ["$90 million", "$50 million", "$30 million", "$20 million"],
    ),
    (
        "package_made_up_of_facilities_below",
        "2026-03-02",
        "Cobreval said it had signed $800 million of credit facilities with six banks.\n\nThe package is made "
        "up of a $500 million term loan and a $400 million revolving credit facility.",
        "parts_exceed_total", "warning", ["$800 million", "$500 million", "$400 million"],
    ),
    (
        "stake_priced_in_the_next_sentence",
        "2026-03-02",
        "Vodafone has bought a 20% stake in FibreWest, a Bristol-based broadband company.\n\nVodafone is "
        "paying £150m for the holding.\n\nThe deal values FibreWest at £7.5bn.",
        "stake_value", "warning", ["20%", "£150m", "£7.5bn"],
    ),
    # round of 2026-12-07 night: shapes of the e-* planted set (written by another hand), each in new words
    (
        "a_results_line_comparing_a_figure_with_its_slipped_copy",
        "1987-03-12",
        "HARLOW FOODS <HFI> 4TH QTR NET\n\nHARLOW, Pa, March 12 - Net 36.2 mln vs 3.62 mln\n\nRevs 410.5 mln vs "
        "388.1 mln\n\nHarlow Foods said the quarter's sales rose on demand for frozen meals.",
        "magnitude_slip", "warning", ["36.2 mln", "3.62 mln"],
    ),
    (
        "a_figure_and_the_end_of_a_range_stating_it",
        "1987-04-02",
        "LONDON, April 2 - Corvane Holdings said it would spend 350 bln dlrs on new refineries over five years."
        "\n\nThe company said the refinery spending would be 300 to 350 mln dlrs, depending on crude prices.",
        "magnitude_slip", "warning", ["350 bln dlrs", "300 to 350 mln dlrs"],
    ),
    (
        "a_total_including_the_new_money_against_earlier_rounds_and_the_lead",
        "2026-04-15",
        "Tessaly raises $28 million for its grid batteries\n\nBOSTON, April 15 - Tessaly, a battery start-up, said "
        "on Wednesday it had raised $28 million in a Series B round.\n\nThe company was founded in 2020 by two "
        "engineers. It raised a $3 million seed round in 2021 and a $12 million Series A the following year.\n\n"
        "Including the new money, Tessaly has taken in $40 million from investors since its founding.",
        "running_total", "warning", ["$28 million", "$3 million", "$12 million", "$40 million"],
    ),
    (
        "a_move_from_the_earlier_figure",
        "1987-08-14",
        "TOLEDO, Aug 14 - Brennard Castings Inc said operating earnings for the first half were 27.5 mln dlrs, "
        "down 15 pct from the 41.2 mln dlrs earned in the same period of 1986.",
        "percent_change", "warning", ["15 pct", "27.5 mln dlrs", "41.2 mln dlrs"],
    ),
    (
        "table_rows_with_a_hyphenated_label",
        "2026-08-05",
        "The new sports hall is expected to cost £3.8m. Council papers set out where the money comes from:\n\n"
        "National lottery grant: £1.9m\nCounty levelling-up fund: £1.2m\nBorough reserves: £0.6m\nTown appeal: "
        "£0.4m",
        "parts_exceed_total", "warning", ["£3.8m", "£1.9m", "£1.2m", "£0.6m", "£0.4m"],
    ),
    (
        "bonds_that_will_have_a_final_redemption_date_before_the_issue",
        "1987-05-12",
        "LONDON, May 12 - Wexcombe Power Co is issuing 80 mln dlrs of eurobonds, the lead manager said today.\n\n"
        "The bonds carry a coupon of 8-1/2 pct. They will have a final redemption date of October 1986.",
        "maturity_before_announcement", "warning", ["80 mln dlrs"],
    ),
    (
        "notes_due_in_apposition_against_their_term",
        "2025-03-04",
        "Harwood Water has borrowed £400m from bond investors.\n\nThe company said its fifteen-year notes, due "
        "2032, were twice oversubscribed.",
        "maturity_term", "warning", ["£400m"],
    ),
    (
        "a_key_terms_box_with_a_tenor_and_a_final_maturity",
        "2026-06-09",
        "Harrow Freight signs €400 million revolving credit facility\n\nHarrow Freight said on 9 June 2026 that "
        "it had signed a new revolving credit facility with six banks.\n\nKey terms\n- Amount: €400 million\n- "
        "Tenor: five years\n- Final maturity: June 2035",
        "maturity_term", "warning", ["€400 million"],
    ),
    (
        "owners_line_split_by_commas",
        "2026-03-11",
        "Brekka Seafood completes placing\n\nAfter the placing, the shareholders of Brekka are:\n\nNordvik Holding "
        "52.0 pct, Strand Family Trust 28.5 pct, staff fund 6.0 pct, other shareholders 17.0 pct.",
        "shares_over_100", "warning", ["52.0 pct", "28.5 pct", "6.0 pct", "17.0 pct"],
    ),
    (
        "a_fraction_and_the_remaining_per_cent_after_a_stake_the_sentence_before_gave",
        "2026-05-20",
        "Harbourside Capital now holds 61 per cent of Ashby Rovers after buying new shares.\n\nThe Ashby "
        "Supporters' Trust keeps a quarter of the club's shares, while the remaining 18 per cent is held by about "
        "700 fans.",
        "shares_over_100", "warning", ["61 per cent", "18 per cent"],
    ),
    (
        "a_percentage_of_a_named_company_bought_for_a_price_against_the_value_the_deal_gives",
        "2026-09-22",
        "OSLO, Sept 22 - Swedish group Kallvik AB has agreed to buy 40% of Norwegian yard Fjordheim Verft for 300 "
        "million euros, in a deal that values the yard at 1.5 billion euros.",
        "stake_value", "warning", ["40%", "300 million euros", "1.5 billion euros"],
    ),
    (
        "a_tenth_for_a_price_and_the_value_the_deal_puts_on_the_company",
        "2026-02-03",
        "MUMBAI: Investor Meghdoot Capital will put Rs 600 crore into Kavach Motors in return for a tenth of the "
        "company, the two said.\n\nThe deal puts a value of Rs 4,000 crore on Kavach.",
        "stake_value", "warning", ["Rs 600 crore", "Rs 4,000 crore"],
    ),
    (
        "stake_told_as_a_fraction_against_the_value_the_deal_puts_on_the_whole",
        "2026-04-09",
        "Lancashire bakery Pendle Loaf has sold a fifth of the business to a private equity firm in a deal worth "
        "£30m.\n\nThe deal values the whole company at £200m, the firm said.",
        "stake_value", "warning", ["£30m", "£200m"],
    ),
    (
        "a_price_tag_on_the_whole_and_a_tenth_bought",
        "2026-02-12",
        "Danish pension fund Havtorn has agreed to buy a tenth of wind farm operator Skovlund Energi for 2.4 billion "
        "Danish crowns.\n\nThe purchase price puts a tag of 16 billion crowns on Skovlund as a whole.",
        "stake_value", "warning", ["2.4 billion Danish crowns", "16 billion crowns"],
    ),
    (
        "owners_as_a_fraction_and_the_remaining_per_cent",
        "2026-07-01",
        "Ishikawa Logistics will own three-quarters of the new warehouse venture, with Binh Duong Ports holding the "
        "remaining 35%, the companies said.",
        "shares_over_100", "warning", ["35%"],
    ),
    (
        "running_total_amount_it_has_collected",
        "2026-04-15",
        "Larchmont Robotics said on Wednesday it had closed a $12 million round led by Kestrel Partners.\n\nThe "
        "company had previously raised $20 million from angel investors. The new money lifts the amount it has "
        "raised since it was set up in 2019 to $36 million, its chief executive said.",
        "running_total", "warning", ["$12 million", "$20 million", "$36 million"],
    ),
    (
        "magnitude_point_slipped_against_a_figure_in_words",
        "2026-02-10",
        "Corran Marine has won a £4.6m contract to refit two ferries for the island council.\n\n\"A contract "
        "worth forty-six million pounds is the biggest in our history,\" said Corran's managing director.",
        "magnitude_slip", "warning", ["£4.6m", "forty-six million pounds"],
    ),
    (
        "owners_table_on_one_line",
        "2026-05-04",
        "Pellworth Foods completes investment from Arden Growth\n\nAfter the investment the shareholdings in "
        "Pellworth are as follows:\n\nArden Growth 52% | founders 29% | staff share scheme 8% | early backers "
        "15%\n\nThe investment will pay for a second bakery.",
        "shares_over_100", "warning", ["52%", "29%", "8%", "15%"],
    ),
    (
        "parts_table_on_one_line_under_the_headline_total",
        "2026-06-01",
        "Brakstad Shipping signs NOK 3 billion financing\n\nOSLO, 1 June 2026 - Brakstad Shipping ASA has signed a "
        "new bank financing with four lenders.\n\nThe financing replaces its existing debt.\n\nThe new "
        "financing is made up of these facilities:\n\nTerm loan: NOK 1.9bn | Capex facility: NOK 1.2bn | "
        "Revolving facility: NOK 0.9bn\n\nThe revolving facility will be undrawn at closing.",
        "parts_exceed_total", "warning", ["NOK 3 billion", "NOK 1.9bn", "NOK 1.2bn", "NOK 0.9bn"],
    ),
    (
        "parts_each_cued_after_a_total_the_claims_could_not_name",
        "2026-03-18",
        "Plans for how the £900m renewal of the Dunmore tram network will be spent were published on Wednesday."
        "\n\nMost of it, about two-thirds, is earmarked for new trams: £620m will buy 30 vehicles.\n\nA further "
        "£350m is set aside for new track and overhead lines.",
        "parts_exceed_total", "warning", ["£900m", "£620m", "£350m"],
    ),
    (
        "stake_in_an_unnamed_company_priced_against_the_whole",
        "2026-01-22",
        "Fenmoor District Council is to sell its 30 per cent share of the company that runs the town's leisure "
        "centre.\n\nThe buyer will pay £4.1m for the council's shares (valuing the whole business at £9m), "
        "councillors heard.",
        "stake_value", "warning", ["30 per cent", "£4.1m", "£9m"],
    ),
    (
        "maturity_of_an_issue_told_apart_before_the_offering",
        "1987-09-22",
        "DALLAS, Sept 22 - Corvane Pipeline Co said it filed to offer 75 mln dlrs of sinking fund debentures."
        "\n\nThe issue, which matures in 1984, will be sold through underwriters led by Ashby and Co.",
        "maturity_before_announcement", "warning", ["75 mln dlrs"],
    ),
    (
        "final_repayment_scheduled_before_the_signing",
        "2026-05-14",
        "Harrowgate Water said on Thursday it had signed a new £450 million amortising loan with three "
        "lenders.\n\nThe loan is repayable in instalments, with the final repayment due in June 2025, the company "
        "said.",
        "maturity_before_announcement", "warning", ["£450 million"],
    ),
    # round of 2026-12-08: readers generalised from the blind i-* set (each a general pattern; sentences written
    # for this table)
    (
        "the_price_in_a_relative_clause_values_the_whole_venture",
        "1987-08-19",
        "DENVER, Aug 19 - Ormsby Gold Corp said it would pay 60 mln dlrs for a 30 pct interest in the Tamarack mine "
        "venture from Lydford Resources Ltd.\n\nOrmsby said the mine produced about 90,000 ounces of gold last "
        "year.\n\nLydford will keep the remaining 70 pct and run the mine.\n\nOrmsby's chairman said the price, "
        "which he said valued the whole venture at 150 mln dlrs, was fair.",
        "stake_value", "warning", ["30 pct", "60 mln dlrs", "150 mln dlrs"],
    ),
    (
        "a_fraction_sold_for_a_price_that_values_the_business_four_sentences_on",
        "2026-04-02",
        "Millbeck Bakery has sold a quarter of the business to two local investors for £2m.\n\nThe money will pay "
        "for a second shop on the high street.\n\nIts founders keep the rest of the shares.\n\nThe bakery employs "
        "nine people.\n\nThe investors agreed a price that values the bakery at £5m, founder Ann Pike said.",
        "stake_value", "warning", ["£2m", "£5m"],
    ),
    (
        "two_partners_each_holding_a_stake",
        "1987-06-03",
        "CLEVELAND, June 3 - Kestrel Alloys Corp said it formed a venture with Dunmore Metals Co and Oyama Steel "
        "Ltd to build a rolling mill in Ohio.\n\nKestrel will own 45 pct of the venture, with Dunmore and Oyama "
        "each holding 30 pct, the company said.",
        "shares_over_100", "warning", ["45 pct", "30 pct"],
    ),
    (
        "an_owners_table_with_dot_leaders",
        "2026-03-17",
        "Brannock Foods intends to list its shares in Nairobi.\n\nShareholding after the offer:\n\n    Brannock "
        "family .......... 51.5%\n    Hollin Capital .......... 24.0%\n    Employee trust .......... 8.5%\n    "
        "Public float .......... 18.0%\n\nThe offer is subject to approval.",
        "shares_over_100", "warning", ["51.5%", "24.0%", "8.5%", "18.0%"],
    ),
    (
        "a_remainder_completes_a_whole_told_paragraphs_before",
        "2026-02-11",
        "A £36m plan to rebuild Harwick's bus station has been approved by councillors.\n\nThe new station will "
        "have 14 bays, a cafe and covered cycle parking.\n\nWork is due to start in the spring.\n\nThe council's "
        "leader said it was long overdue.\n\nHow it will be paid for:\n\nHalf of the cost, £18m, comes from a "
        "government fund.\n\nThe council will borrow £12m, to be repaid from parking income.\n\nThe remaining £9m "
        "will come from the bus operator.",
        "parts_exceed_total", "warning", ["£36m", "£18m", "£12m", "£9m"],
    ),
    (
        "a_bulleted_breakdown_with_long_labels",
        "2026-02-10",
        "PUEBLA, Mexico - Tolosa Ceramica said on Tuesday it will spend 2.1 billion pesos this year on its "
        "plants.\n\nThe plan, set out in a filing:\n\n- A second glazing line at its plant outside Puebla: 1.2 "
        "billion pesos\n- New warehouses beside the rail yard in San Martin: 650 million pesos\n- Solar panels on "
        "the roofs of two plants: 400 million pesos",
        "parts_exceed_total", "warning", ["2.1 billion pesos", "1.2 billion pesos", "650 million pesos",
                                          "400 million pesos"],
    ),
    (
        "a_credits_parts_told_across_paragraphs",
        "1987-04-14",
        "NEW YORK, April 14 - Brisco Chemical Corp said it arranged a 300 mln dlr credit with a group of "
        "banks.\n\nThe company said the money would fund a new plant in Texas.\n\nUnder the agreement, a term loan "
        "of 150 mln dlrs will be repaid over six years.\n\nInterest will be set at 1/2 pct over the prime rate."
        "\n\nThe revolving portion of the credit, 120 mln dlrs, may be drawn at any time.\n\nA further 60 mln dlrs "
        "is set aside for letters of credit.",
        "parts_exceed_total", "warning", ["300 mln dlr", "150 mln dlrs", "120 mln dlrs", "60 mln dlrs"],
    ),
    (
        "a_stated_change_no_results_line_bears_out",
        "1987-02-09",
        "LARKIN TOOL REPORTS HIGHER NET\n\nDAYTON, Ohio, Feb 9 - Larkin Tool Corp said its fourth-quarter net "
        "income rose 25 pct on higher sales of cutting tools.\n\n    Qtr ended Dec 31\n    Shr 60 cts vs 50 cts\n "
        "   Net 6.3 mln vs 5.8 mln\n    Revs 88.1 mln vs 80.2 mln",
        "percent_change", "warning", ["25 pct", "6.3 mln", "5.8 mln"],
    ),
    (
        "a_headline_change_against_the_figures_of_two_years",
        "2025-03-06",
        "Dunlin Foods profit down 20% as costs rise\n\nDunlin Foods said its net income for 2024 fell to $42 "
        "million as packaging costs rose.\n\nThe company opened four plants last year.\n\nNet income in 2023 had "
        "been $48 million, the company said.",
        "percent_change", "warning", ["20%", "$42 million", "$48 million"],
    ),
    (
        "a_hyphenated_amount_in_crowns_slipped",
        "2026-05-12",
        "COPENHAGEN - Fjordvik A/S has agreed to buy blade maker Norsk Blad for 2.4 billion Danish crowns, the "
        "companies said on Tuesday.\n\nThe 2.4-million-crown purchase will be paid in cash, Fjordvik said.",
        "magnitude_slip", "warning", ["2.4-million-crown"],
    ),
    (
        "a_currency_named_with_its_country_before_a_noun",
        "2026-05-12",
        "NAIROBI - Savanna Mills has agreed to buy Ugandan rival Mbale Flour for KSh 2.6 billion, its first deal "
        "abroad.\n\nThe 2.6 billion Ugandan shilling deal will be paid in cash, the company said.",
        "currency_conflict", "warning", ["KSh 2.6 billion", "2.6 billion Ugandan shilling"],
    ),
    (
        "pesos_under_a_dateline_naming_the_country_against_dollars",
        "2026-05-12",
        "MONTERREY, Mexico - Carrocerias del Norte has won an order worth 2.2 billion pesos for 150 buses, the "
        "company said on Tuesday.\n\nChief executive Luis Ortega said the US$2.2 billion order was the largest in "
        "its history.",
        "currency_conflict", "warning", ["2.2 billion pesos", "US$2.2 billion"],
    ),
    (
        "soles_of_bonds_whose_maturity_is_not_their_term",
        "2026-03-03",
        "LIMA - Cementos Huascar SAA sold 500 million soles of seven-year bonds on Tuesday.\n\nThe bonds, which "
        "mature in 2028, pay a coupon of 6.5% a year.",
        "maturity_term", "warning", ["500 million soles"],
    ),
    (
        "a_special_meeting_and_the_meeting_on_another_day",
        "1987-05-04",
        "HOUSTON, May 4 - Brazos Savings said its holders will vote on its merger with Lone Star Bancorp at a "
        "special meeting June 10.\n\nLone Star will pay 18 dlrs a share in cash.\n\nThe record date for the June 17 "
        "meeting is May 12, Brazos said.",
        "event_date_conflict", "warning", ["June 10", "June 17"],
    ),
    (
        "the_last_shift_and_the_final_shift_on_two_days",
        "2025-09-10",
        "Pennock Foods will close its factory in Ashby with the loss of 200 jobs.\n\nThe last shift at the site "
        "will be on Friday 7 November, the company told staff.\n\nIn a statement, the company said production would "
        "end with the final shift on 14 November.",
        "event_date_conflict", "warning", ["Friday 7 November", "14 November"],
    ),
    (
        "the_plant_shuts_after_its_assembly_plant_closes",
        "1987-05-06",
        "DETROIT, May 6 - Dunmore Motors Corp said it will close its assembly plant in Akron on June 30, cutting "
        "900 jobs.\n\nThe company said the plant builds small trucks.\n\nA spokesman said workers would be paid in "
        "full until the plant shuts on July 31.",
        "event_date_conflict", "warning", ["June 30", "July 31"],
    ),
    (
        "a_headline_fraction_against_the_move_of_the_body",
        "2026-05-06",
        "Harlund turnover up a third as heat pump orders surge\n\nFRANKFURT, May 6 - Harlund Waermetechnik AG said "
        "first-quarter turnover climbed to €900 million from €500 million a year earlier.",
        "percent_change", "warning", ["€900 million", "€500 million"],
    ),
    (
        "net_income_attributable_to_the_parent_in_pesos_more_than_doubled",
        "2025-05-08",
        "MANILA - Tayabas Energy Corp. said first-quarter net income more than doubled as its new plant ran at full "
        "capacity.\n\nThe company reported net income attributable to the parent of P2.6 billion for January to "
        "March, against P1.7 billion a year earlier.",
        "percent_change", "warning", ["P2.6 billion", "P1.7 billion"],
    ),
    (
        "a_money_table_with_dot_leaders",
        "2026-03-02",
        "Kelmscott council has approved a £24m spending plan for the coming year.\n\nHow it will be spent:\n\n"
        "Schools .......... £12m\nRoads ............ £8m\nLibraries ........ £7m",
        "parts_exceed_total", "warning", ["£24m", "£12m", "£8m", "£7m"],
    ),
    (
        "a_products_price_said_twice_with_a_zero_slipped",
        "1987-03-02",
        "ROCHESTER, N.Y., March 2 - Kestrel Imaging Inc said its new scanner will sell for about 90,000 dlrs, with "
        "deliveries beginning in June.\n\nKestrel said the scanner, aimed at hospitals, would sell in the 900,000 "
        "dlr range.",
        "magnitude_slip", "warning", ["about 90,000 dlrs", "900,000 dlr"],
    ),
    (
        "a_closing_on_an_ordinal_day_and_on_a_date",
        "2026-02-10",
        "Dauphine Papier completes purchase of Isere Cartons\n\nPARIS - Dauphine Papier said it had completed its "
        "purchase of Isere Cartons.\n\nThe closing, which took place on the 3rd following clearance by the "
        "competition authority, brings two plants into the group.\n\nSince closing on 30 January, the two companies "
        "have begun to combine their sales teams.",
        "event_date_conflict", "warning", ["the 3rd", "30 January"],
    ),
    (
        "earlier_rounds_listed_after_the_total",
        "2026-05-12",
        "BERLIN - Windlicht, a Berlin start-up, has raised €30m in a Series C round, bringing its total funding "
        "to €70m.\n\nWindlicht's funding so far:\n- Seed, 2019: €3m\n- Series A, 2021: €12m\n- Series B, 2023: €20m",
        "running_total", "warning", ["€30m", "€70m", "€3m", "€12m", "€20m"],
    ),
    (
        "a_level_reached_with_this_gift",
        "2025-04-15",
        "The appeal for a new hospice wing got its biggest gift yet this week when the Hale Trust pledged "
        "$120,000.\n\nThe appeal was launched last year to raise $600,000. By the end of March it had collected "
        "$310,000 from local donors.\n\n\"With this gift we are at $450,000,\" the hospice director said.",
        "running_total", "warning", ["$120,000", "$310,000", "$450,000"],
    ),
    (
        "proceeds_brought_to_a_total_and_the_earlier_sum_told_later",
        "1987-07-09",
        "ST. LOUIS, July 9 - Osage Industries Inc said it agreed to sell its trucking unit for 80 mln dlrs.\n\nThe "
        "sale brings proceeds from the divestiture program to 540 mln dlrs, the company said.\n\nOsage said it "
        "wants to focus on chemicals.\n\nIts chairman said the program was nearly done.\n\nBefore the trucking "
        "sale, Osage had raised 480 mln dlrs from the sale of five businesses.",
        "running_total", "warning", ["80 mln dlrs", "540 mln dlrs", "480 mln dlrs"],
    ),
]  # fmt: skip

CONSISTENT = [
    # id, published, text: no error or warning finding
    # round of 2026-12-07 night: the look-alikes of the one-line tables, unnamed totals and stakes, maturities
    # told apart (sentences written for this table)
    (
        "a_second_percentage_by_the_move_is_another_measure",
        "1987-03-06",
        "CHICAGO, March 6 - Dunmore Stores Inc said total company sales for the period were up 6.1 pct to 736 mln "
        "dlrs from 694 mln dlrs, with same-store sales up 6.5 pct.",
    ),
    (
        "the_headline_change_of_another_measure_and_the_body_change_of_the_move",
        "1987-03-06",
        "DUNMORE STORES FEBRUARY SALES UP 4.1 PCT\n\nCHICAGO, March 6 - Dunmore Stores Inc said February sales rose "
        "9.8 pct from a year ago and comparable store sales rose 4.1 pct.\n\nDunmore said consolidated sales were "
        "1.12 billion dlrs compared with 1.02 billion last year.",
    ),
    (
        "two_tranches_one_with_a_maturity_the_other_with_a_term",
        "1987-03-04",
        "NEW YORK, March 4 - The Kingdom of Norvania is offering 500 mln dlrs of bonds in two tranches.\n\nA 300 "
        "mln dlr issue of bonds due 1994 was priced at 99.5.\n\nA companion 200 mln dlr offering of 30-year bonds "
        "was priced at 99.75.",
    ),
    (
        "one_sentence_lists_equal_issues_with_their_own_maturities",
        "1987-03-05",
        "HOUSTON, March 5 - Holbrook Air said it plans to raise 90 mln dlrs through an issue of senior notes due "
        "1994, 90 mln dlrs through subordinated notes due 1997 and 60 mln dlrs via convertible debentures due 2002.",
    ),
    (
        "a_separate_contract_included_in_the_award",
        "1987-03-04",
        "NORVEL <NVL> GETS 312.4 MLN DLRS CONTRACT\n\nWASHINGTON, March 4 - Norvel Corp said it won a 312.4 mln "
        "dlrs Air Force contract for radar receivers, its biggest this year.\n\nThe 312.4 mln dlrs award runs "
        "to 1991.\n\nA separate 88.2 mln dlrs contract for test equipment is included in the contract award, "
        "Norvel said.",
    ),
    (
        "an_amount_restated_in_another_currency_in_apposition",
        "1987-03-09",
        "BRUSSELS, March 9 - The levy would save the Community some three billion European Currency Units, over "
        "three billion dlrs, in farm spending, officials said.",
    ),
    (
        "the_current_advances_a_new_facility_replaces_expired_before",
        "1987-04-10",
        "AMSTERDAM, April 10 - The central bank announced a new special advances facility of 5.2 billion guilders "
        "to replace the current 4.6 billion guilders of advances expiring on Tuesday, April 7.",
    ),
    (
        "a_payment_that_fell_due_before_the_story",
        "1987-03-20",
        "NEW YORK, March 20 - Harlan Drilling Co said it withheld an interest payment of 2.3 mln dlrs due Feb 15 "
        "on its subordinated debentures while it talks to lenders.",
    ),
    (
        "a_total_including_the_new_money_that_adds_up",
        "2026-04-15",
        "BOSTON, April 15 - Tessaly, a battery start-up, said on Wednesday it had raised $28 million in a Series B "
        "round.\n\nThe company was founded in 2020. It raised a $3 million seed round in 2021 and a $12 million "
        "Series A the following year.\n\nIncluding the new money, Tessaly has taken in $43 million from investors.",
    ),
    (
        "a_fraction_priced_at_its_share_of_the_whole",
        "2026-04-09",
        "Lancashire bakery Pendle Loaf has sold a fifth of the business to a private equity firm in a deal worth "
        "£40m.\n\nThe deal values the whole company at £200m, the firm said.",
    ),
    (
        "a_fraction_of_sales_is_no_stake",
        "2026-04-09",
        "Pendle Loaf sold a fifth of its output abroad last year, earning £30m.\n\nThe deal values the whole "
        "company at £200m, the firm said.",
    ),
    (
        "owners_as_a_fraction_and_the_remaining_per_cent_add_up",
        "2026-07-01",
        "Ishikawa Logistics will own three-quarters of the new warehouse venture, with Binh Duong Ports holding the "
        "remaining 25%, the companies said.",
    ),
    (
        "a_rise_at_constant_exchange_rates_and_the_reported_move",
        "2026-10-27",
        "Tovesund Medical said sales rose 14 per cent at constant exchange rates in the first nine months.\n\n"
        "In reported terms, held back by a strong dollar, sales grew from $3.0bn to $3.2bn.",
    ),
    (
        "a_further_stake_priced_and_the_holding_raised_to",
        "2026-03-18",
        "Ravello Capital raises stake in Sundvik Fastigheter to 25%\n\nSTOCKHOLM, March 18 - Ravello Capital has "
        "raised its holding in Sundvik Fastigheter to 25% by buying a further 10% for €60 million.\n\nThe price "
        "for the block values Sundvik at €600 million.",
    ),
    (
        "divisions_over_the_group_total_after_eliminations",
        "1987-03-12",
        "KASSEL, March 12 - Vogtwerke AG said group sales rose to 2.6 bln marks in 1986 from 2.5 bln.\n\nThe "
        "engineering division's sales were 1.7 bln marks and the chemicals division had sales of 1.1 bln marks.\n\n"
        "The group figure is after eliminating about 200 mln marks of sales between the two divisions.",
    ),
    (
        "a_results_line_of_percentages_is_no_owners_table",
        "2026-05-04",
        "Pellworth Foods results\n\nSales growth 41% | gross margin 38% | export share 27% | staff turnover 9%\n\n"
        "The company will pay a dividend.",
    ),
    (
        "a_one_line_table_under_its_total",
        "2026-06-01",
        "Brakstad Shipping signs NOK 4 billion financing\n\nOSLO, 1 June 2026 - Brakstad Shipping ASA has signed a "
        "new bank financing.\n\nThe facilities:\n\nTerm loan: NOK 1.9bn | Capex facility: NOK 1.2bn | Revolving "
        "facility: NOK 0.9bn",
    ),
    (
        "a_stake_in_an_unnamed_company_priced_at_its_share_of_the_whole",
        "2026-01-22",
        "Fenmoor District Council is to sell its 30 per cent share of the company that runs the town's leisure "
        "centre.\n\nThe buyer will pay £2.7m for the council's shares (valuing the whole business at £9m).",
    ),
    (
        "the_amount_it_has_raised_adds_up",
        "2026-04-15",
        "Larchmont Robotics said on Wednesday it had closed a $12 million round.\n\nThe company had previously "
        "raised $20 million. The new money lifts the amount it has raised since 2019 to $32 million.",
    ),
    (
        "an_issue_maturing_after_the_offering",
        "1987-09-22",
        "DALLAS, Sept 22 - Corvane Pipeline Co said it filed to offer 75 mln dlrs of sinking fund debentures."
        "\n\nThe issue, which matures in 2017, will be sold through underwriters led by Ashby and Co.",
    ),
    # issue 16, round of 2026-12-07: traps of the planted tune set's shapes (sentences written for this table)
    (
        "a_further_stake_priced_and_the_holding_it_makes",
        "2026-05-19",
        "Corrin Energy said it had acquired a further 10% of Pellow Wind LLC from Marram Partners for $15 million "
        "in cash, raising its total ownership to 40%.\n\nThe purchase price values Pellow Wind at $150 million.",
    ),
    (
        "shares_valued_inside_a_stake_price",
        "1987-03-03",
        "CHICAGO, March 3 - Tamblyn Corp said it agreed to buy a 30 pct interest in Lyon-based Ferraud S.A. at a "
        "cost of about 66 mln dlrs.\n\nThe investment includes newly issued Ferraud shares valued at about "
        "40 mln dlrs and a loan of about 26 mln dlrs, it said.",
    ),
    (
        "a_round_led_by_a_part_and_the_rest_put_in",
        "2025-05-13",
        "Corvell Inc today announced it has closed a $45 million Series B financing.\n\nThe round was led by Tamsin "
        "Ventures, which invested $20 million. Existing investors Harrow Capital and Ledger Fund contributed "
        "$15 million and $10 million respectively.",
    ),
    (
        "the_old_loan_a_new_facility_refinances",
        "2025-08-27",
        "Harcourt Land has signed a HK$6bn five-year loan with six banks.\n\nHarcourt will use the money to refinance "
        "a HK$4.5bn loan due in November and for general corporate purposes.",
    ),
    (
        "other_notes_that_mature_after_the_loan_is_named",
        "2025-05-20",
        "Wexcombe Chemicals has signed a $1.2 billion five-year loan with ten banks.\n\nThe planned bond sale is "
        "separate from the loan, and its proceeds will repay notes that mature in November, Wexcombe said.",
    ),
    (
        "shares_of_three_markets_are_no_owners",
        "2026-05-05",
        "LIMA - Regulators approved the merger of Seguros Misti and Aseguradora Colca on Monday.\n\nThe combined "
        "insurer will hold about 41% of motor policies in the south, 36% of home policies and 29% of commercial "
        "lines, according to figures published with the decision.",
    ),
    (
        "the_other_stake_is_the_rest_of_the_company_told_last",
        "2026-05-05",
        "MADRID - Cordillera Gas SA said it now owns 65% of the new holding company, Llanos Holdings BV, with a fund "
        "owning 35%.\n\nLlanos Holdings in turn owns 60% of the operating company, which runs a pipeline.\n\n"
        "State-controlled Petrosur owns the other 40%.",
    ),
    (
        "a_bracketed_of_which_is_inside_its_figure_not_beside_the_rest",
        "2026-02-04",
        "NEW YORK, Feb 4 - Larchmont Devices Inc reported fourth-quarter revenue of $800 million.\n\nBy region, "
        "the Americas contributed $450 million (of which the United States alone accounted for $380 million), "
        "Europe $230 million and Asia-Pacific $120 million, the company said.",
    ),
    (
        "an_earlier_total_made_up_of_rounds_is_no_part_of_the_new_round",
        "2026-03-11",
        "Quillon Health raises $25 million for clinic software\n\nNEW YORK, March 11 - Quillon Health said on "
        "Wednesday it had raised $25 million in a Series B round.\n\nBefore today's round, the company had raised "
        "$18 million, made up of a $6 million seed round in 2022 and a $12 million Series A in 2023. The new money "
        "brings its total funding to $43 million.",
    ),
    (
        "old_notes_sold_and_due_before_the_story_in_the_figures_sentence",
        "1987-06-16",
        "NEW YORK, June 16 - Ashdown Mills Inc said it filed to sell 150 mln dlrs of debentures due 2017.\n\nThe "
        "offering will be Ashdown's first public debt sale since 1981, when it sold 75 mln dlrs of 10 pct notes due "
        "1986. Those notes were repaid at maturity.",
    ),
    (
        "a_year_earlier_earnings_are_no_amount_before_a_running_total",
        "1987-04-28",
        "ST. LOUIS, April 28 - Pemberton Stores Inc said it spent 30 mln dlrs in the first quarter to buy back its "
        "shares, bringing the total spent under the program begun in mid-1985 to 120 mln dlrs.\n\nThe company spent "
        "50 mln dlrs on repurchases in 1986.\n\nPemberton earned 12.1 mln dlrs in the quarter, compared with 9.5 "
        "mln dlrs a year earlier.",
    ),
    (
        "a_term_that_runs_from_a_later_start",
        "2026-05-05",
        "DUBLIN - Carrick Hotels has signed a €30 million seven-year loan with two banks to build a hotel in "
        "Galway.\n\nThe seven-year loan starts when the hotel is finished in 2028, and it matures in 2035.",
    ),
    (
        "part_of_an_old_loan_repaid_falls_due_next_year",
        "2024-05-05",
        "MEXICO CITY - Cementos Norte sold ¥40 billion of samurai bonds in Tokyo on Tuesday.\n\nThe five-year "
        "bonds pay a coupon of 1.9 percent.\n\nCementos Norte will use the money to repay part of a $500 million "
        "syndicated loan that falls due next year.",
    ),
    (
        "a_further_block_priced_against_the_whole_not_the_holding_before",
        "1987-05-19",
        "TORONTO, May 19 - Halvard Industries Ltd said it will raise its stake in Brisco Mining Corp to 50 pct from "
        "30 pct by buying a further 20 pct from Tamworth Resources Ltd for 80 mln dlrs.\n\nHalvard said the price "
        "values Brisco at 400 mln dlrs.",
    ),
    # round of 2026-12-08: shapes of the two new false alarms read on sealed dev-news after its score
    (
        "a_total_that_compares_with_a_forecast",
        "1987-03-03",
        "LONDON, March 3 - The central bank said it had given the money market a further 310 mln stg of help in "
        "the afternoon.\n\nThis brings its total help so far today to 395 mln stg and compares with its forecast "
        "shortage of 380 mln stg.",
    ),
    (
        "a_headline_forecast_of_a_later_year",
        "1987-03-09",
        "DORVAL SEES AT LEAST 40 PCT RISE IN 1987 PROFIT\n\nMONTREAL, March 9 - Dorval Industries Inc expects 1987 "
        "net profit to rise at least 40 pct over last year's 5.2 mln dlrs, its president said.\n\nDorval reported "
        "profit of 2.4 mln dlrs in 1985.",
    ),
    (
        "a_grace_period_is_no_term",
        "1987-05-12",
        "NEW YORK, May 12 - Minera Cordillera SA signed a 10-year, 120 mln dlr loan with a group of banks.\n\nThe "
        "loan has a five-year grace period on repayments of principal and matures in 1997.",
    ),
    (
        "a_maturity_moved_on_is_history",
        "2025-04-22",
        "Scilly Isles Shipping's existing £15m bank loan, originally due in 2024, was extended last year to 2029 "
        "after the firm struggled to refinance it.",
    ),
    (
        "owners_before_and_after_the_deal",
        "2025-05-02",
        "Ostrava Capital will buy new shares worth €20m, giving it 48% of Lindqvist Boats. The founding "
        "Lindqvist family will keep 52%, down from 100% before the deal, and the rest of the company's "
        "shares will stay with the family's trust.",
    ),
    (
        "votes_and_equity_are_two_bases",
        "2025-05-02",
        "After the change Ostrava Capital will hold 62% of the voting shares of Lindqvist Boats but 40% of "
        "its equity. The Lindqvist family will have 38% of the votes and 51% of the equity.",
    ),
    (
        "an_even_split_and_its_whole",
        "2025-09-15",
        "Harwick council won a $3.6 million state grant to repair its libraries.\n\nThe money will be split "
        "evenly, with each of the ten branches receiving $360,000 for new roofs and heating.",
    ),
    (
        "a_separately_arranged_facility_a_tenth_the_size",
        "2025-03-19",
        "Tamsin Telecom has borrowed 40 billion rupees from a group of banks to build its network.\n\n"
        "The company has separately arranged 4 billion rupees of working capital lines with two of the "
        "same lenders.",
    ),
    (
        "a_figure_stated_as_a_tenth_of_another",
        "2025-06-03",
        "Merrow Software will buy back up to $270 million of its shares, about a tenth of its market value.\n\n"
        "The group has a stock market value of roughly $2.7 billion after a steep fall in its shares. The "
        "$270 million programme will be paid for from cash.",
    ),
    # issue 16, traps of planted batches C and D (sentences written for this table)
    (
        "one_size_in_two_currencies_told_as_two_sales",
        "2025-01-14",
        "Varen Medical Inc raised about $1.5 billion on Tuesday by selling bonds in both U.S. dollars and "
        "euros.\n\nIt sold $750 million of "
        "five-year notes in New York. In Europe it priced €750 million of seven-year notes.",
    ),
    (
        "old_loan_repaid_before_the_new_one",
        "2025-07-08",
        "Sakata Tools signed a ¥30bn loan on Tuesday. The seven-year loan will mature in July 2032.\n\nIts last "
        "bank borrowing was in 2017, when it took out a ¥12bn loan. That loan was repaid in full in 2022.",
    ),
    (
        "reported_past_perfect_is_the_new_money",
        "2025-06-18",
        "Corlan Energy said on Tuesday it had raised $150 million in a Series C round, taking its total "
        "funding to $400 million.\n\nCorlan raised $90 million in a Series A in 2021 and $160 million in a "
        "Series B in 2023.",
    ),
    (
        "less_than_the_price_it_replaces",
        "2025-03-01",
        "The new model costs $32,000, 20% less than the $40,000 it replaces.",
    ),
    (
        "earned_on_sales_up_from_a_year_ago",
        "2025-03-01",
        "Hartley earned $5 million on sales of $100 million, up 10% from a year ago.",
    ),
    # dev-news alarms of this round's new rules, read by hand (patterns, in sentences written for this table)
    (
        "another_measure_up_from_a_year_earlier",
        "1987-03-27",
        "Orders received by 50 builders rose 2.5 pct to 840 billion yen from a year earlier, the ministry "
        "said.\n\nOrders from the private sector rose 17.0 pct from a year earlier to 610 billion yen.",
    ),
    (
        "two_earlier_figures_and_no_new_one",
        "1987-03-04",
        "January imports compared with 15.3 billion guilders in December and fell 18 pct from 17.4 billion in "
        "January last year.",
    ),
    (
        "rose_by_more_than_an_amount",
        "1987-03-25",
        "Turnover rose by more than one billion dlrs to 3.6 billion, the parent company said. Excluding "
        "acquisitions, turnover rose four pct from 1985.",
    ),
    (
        "facility_of_which_and_a_second_programme",
        "1987-03-26",
        "Harrow Foods Plc is seeking a 300 mln stg five year facility, of which 250 mln stg will be "
        "committed, and a 300 mln stg commercial paper program.",
    ),
    (
        "range_of_maturities",
        "1987-03-24",
        "The creditors agreed to reschedule 7.5 billion dlrs of debt due between September 1986 and end 1987 "
        "over 10 years with five years grace.",
    ),
    (
        "redeemed_at_a_percent_of_par",
        "1987-03-02",
        "The 10-3/4 pct notes of Halvard Corp will be redeemed at 108.96 pct plus accrued interest.",
    ),
    (
        "instalments_named_in_order_that_add_up",
        "2025-07-08",
        "Wexmoor Capital said the final close of $80 million brings total commitments to its third fund to "
        "$380 million, above its target of $350 million.\n\nThe fund held a first close of $180 million in "
        "March and a second close of $120 million in November.",
    ),
    (
        "owners_listed_in_parentheses_whole",
        "2025-03-01",
        "Tarn Mining is owned by Keswick Holdings (60%), Ardent Capital (30%) and the founding Lowe family (10%).",
    ),
    (
        "stake_raised_and_the_remaining_rest",
        "2025-03-01",
        "Keswick Holdings raised its stake in Tarn Mining to 55% from 40%. The remaining 45% is held by Ardent "
        "Capital.",
    ),
    (
        "either_one_currency_or_the_other",
        "1987-03-19",
        "Each warrant, priced at 47.50 dlrs, gives the right to buy 500 dlrs of notes for either 182.50 marks or "
        "149.50 yen until March 1989.",
    ),
    (
        "segments_that_add_up",
        "2025-03-04",
        "Dunmore Foods reported revenue of £2.2bn for the year, up from £1.9bn.\n\nIts frozen division brought in "
        "£1.2bn, chilled foods contributed £600m and the drinks arm a further £400m.",
    ),
    # dev-news alarms read by hand (issue 16): the patterns, in sentences written for this table
    (
        "two_issues_each_with_its_maturity",
        "1987-03-06",
        "CORVEL RAISES 100 MLN DLRS VIA 10-YEAR NOTES\n\nNEW YORK, March 6 - Corvel Corp is raising 100 mln dlrs "
        "through an offering of notes due 1997 with an eight pct coupon.\n\nYesterday, Corvel sold 200 mln dlrs "
        "of debentures due 2017 that were priced to yield 8.77 pct.",
    ),
    (
        # issue 16: each figure is compared with one of its own size, which pins it; they share digits by chance
        "two_moves_each_pinned_by_its_comparison",
        "1987-03-20",
        "Corlan Group said its cash surplus rose to 54 mln stg from 31 mln stg.\n\nProfit at its health products "
        "arm rose to 6.5 mln stg from 5.4 mln stg, the company said.",
    ),
    (
        "two_sizes_of_one_thing",
        "1987-03-05",
        "Each 1,000 mark bond of the Hallbach issue carries two warrants convertible into 500 dlrs each.\n\nEach "
        "10,000 mark bond carries two warrants convertible into 5,000 dlrs each, the lead manager said.",
    ),
    (
        "profit_includes_gains_bigger_than_itself",
        "2026-03-02",
        "Talbern Corp reported fourth-quarter earnings of 118.8 mln dlrs, including a gain of 28.6 mln dlrs on "
        "discontinued operations and 90.5 mln dlrs mainly from claims settlements.",
    ),
    (
        "a_part_as_big_as_the_whole_is_another_total",
        "2026-03-02",
        "The agency asked for a limit of 1 billion dlrs for loans, of which up to 200 mln dlrs may be tied aid, "
        "and a limit of 8 billion dlrs for guarantees.",
    ),
    (
        "one_level_at_two_dates",
        "2026-03-02",
        "The consumer price index rose 0.4% in January, after also rising 0.4% in December, the statistics "
        "office said.\n\nThe index rose 0.4% in January because of higher fuel prices.",
    ),
    (
        "two_notes_redeemed_at_one_price",
        "2026-03-02",
        "Carrow Finance said its guaranteed notes will be redeemed on May 15 at 100.5%.\n\nIts Swiss franc "
        "notes will be redeemed on July 12 at 100.5%.",
    ),
    (
        "causal_due_to_is_no_maturity",
        "2026-03-02",
        "Norcliff Engineering said its 2025 profit excludes a charge of $12.4 million due to the January 2026 "
        "sale of its valves division.",
    ),
    (
        "parts_set_against_last_years_figures",
        "2026-03-02",
        "Orders at Velmar Systems fell 4% to 2.1 billion euros in 2025, of which 1.2 billion euros, against 1.4 "
        "billion, came from Germany.",
    ),
    (
        "parts_of_a_move_between_two_totals",
        "2026-03-02",
        "Orders at Velmar Systems rose to 3.0 billion euros from 2.6 billion euros, comprising domestic 1.3 "
        "billion euros versus 1.4 billion and foreign 1.7 billion euros versus 1.2 billion.",
    ),
    # issue 16: traps of the planted suite's kinds, written for this table
    (
        "ratio_stated_in_the_sentence",
        "2026-03-02",
        "Harbour Rovers spent £42m on new players this summer, ten times the £4.2m they paid out a year ago, "
        "according to figures released by the club.",
    ),
    (
        "ratio_stated_before_the_figure",
        "2026-03-02",
        "Quorlane sold its software arm for $900 million.\n\nThat is a tenth of the $9 billion the whole group "
        "fetched when it listed in 2019, the company said.",
    ),
    (
        # the headline's $80 million is the Series C's; the earlier round is named as another one, so the
        # headline's copy does not make it a slip either
        "headline_copy_of_the_larger_round",
        "2026-03-02",
        "Veltrane raises $80 million\n\nAMSTERDAM, March 2 - Veltrane, a Dutch payments start-up, said on "
        "Monday it had raised $80 million in a Series C round led by Northgate Capital.\n\nThe round comes two "
        "years after Veltrane's $8 million Series A, which was led by local angel investors.",
    ),
    (
        "earlier_round_a_tenth",
        "2026-03-02",
        "Pellary raised $60 million in a Series B round led by Index Ventures.\n\nThe company raised $6 "
        "million in a seed round in 2022.",
    ),
    (
        "separate_facility_a_tenth",
        "2026-03-02",
        "Brennan Steel signed a $700 million term loan with five banks.\n\nIt also arranged a separate $70 "
        "million letter of credit facility.",
    ),
    (
        "several_charges_under_one_name",
        "2026-03-02",
        "Carbex said its loss included a charge of $49 million for plant closures.\n\nThe loss also included "
        "$146 million of writedowns.\n\nA further loss of $181 million came from discontinued operations.",
    ),
    (
        "deficit_inside_a_surplus",
        "2026-03-02",
        "The country posted a current account surplus of $4.3 billion, including a $5.5 billion deficit on "
        "services.",
    ),
    (
        "running_total_that_adds_up",
        "2026-03-02",
        "The share offer raised £90,000 from 150 members.\n\nBefore this round the co-op had raised £260,000 "
        "since it was set up, and the new money takes its overall total to £350,000.",
    ),
    (
        "contributions_short_of_the_round",
        "2026-03-02",
        "Vesker said it had raised $90 million in a Series B round.\n\nNordlys Capital led the round with $40 "
        "million.\n\nAsker Partners put in $25 million, and existing investors provided the rest.",
    ),
    (
        "a_deficit_is_not_a_part",
        "2026-03-02",
        "The country's current account showed a surplus of $24.6 billion last year.\n\nIt was made up of a "
        "goods surplus of $27.7 billion and a services deficit of $3.1 billion.",
    ),
    (
        "holders_listed_to_exactly_100",
        "2026-03-02",
        "Alder Capital holds 45%, Birch Partners 30% and the founders the remaining 25%.",
    ),
    (
        "rounded_restatement",
        "2026-03-02",
        "Orsted Foods reported revenue of $64.6 billion for the year.\n\nThe about $65 billion in revenue was a "
        "record, the company said.",
    ),
    (
        "up_to_and_a_part",
        "2026-03-02",
        "Aozora has a bridge loan of up to $40 billion. The company already has a $25 billion term loan, of which "
        "$18 billion is drawn. People close to the company said the $25 billion term loan would stay in place.",
    ),
    (
        "a_move_tenfold",
        "2026-03-02",
        "Quarry Labs said its revenue rose to $50 million from $5 million a year earlier as sales of its sensors "
        "took off.",
    ),
    (
        "percent_change_adds_up",
        "2026-03-02",
        "Brightwater Group said revenue rose 16.7% to $560 million from $480 million in the first quarter.",
    ),
    (
        "parts_within_total",
        "2026-03-02",
        "Kestrel Networks agreed a $5 billion financing package, including $3.2 billion of loans and $1.8 billion of "
        "bonds, the company said.",
    ),
    (
        "price_per_share_and_total",
        "2026-03-02",
        "Marlowe agreed to buy Tate Leisure for $2.3 billion, or 230 pence a share. The 230 pence offer is a 30% "
        "premium, Marlowe said.",
    ),
    (
        "series_of_denominations",
        "2026-03-02",
        "The company will issue 1,000-franc bonds. Each bond carries warrants for 100-franc shares. Holders of "
        "10-franc shares may also subscribe.",
    ),
    (
        "conversions_at_the_rates_of_their_day",
        "1987-03-12",
        "TOKYO, March 12 - Nippon Kaiun said it raised 18.5 billion yen, or 120 mln dlrs, from a share issue and "
        "will borrow 5 billion yen, or about 34 mln dlrs, from banks.",
    ),
    (
        "sterling_conversion_of_the_1970s",
        "1972-05-10",
        "LONDON, May 10 - Grantham Mills agreed to buy a rival for £100 million ($260 million), the company said.",
    ),
    (
        "funding_total_adds_up",
        "2026-03-02",
        "Halden Bio raised $300 million in a new round, which brings its total funding to $800 million. Halden "
        "had previously raised $500 million from investors.",
    ),
    (
        "maturity_matches_term",
        "2026-03-02",
        "Ferrand Telecom sold a five-year bond worth $800 million maturing in 2031, the company said on Monday.",
    ),
    (
        "stakes_of_one_company",
        "2026-03-02",
        "Harbor Capital holds a 45% stake in Orrin Robotics and Delta Partners owns a 30% stake in Orrin Robotics.",
    ),
    # round of 2026-12-07 late: a part of a company paid for at the price the valuation says
    (
        "paid_for_a_percentage_at_the_valuation",
        "2025-10-02",
        "Vltava Power will pay CZK 1.2 billion for 30 percent of Sumava Wind, the companies said.\n\nThe price puts "
        "a value of CZK 4 billion on the whole of Sumava Wind.",
    ),
    (
        "earlier_rounds_listed_in_bullets_add_up",
        "2025-04-29",
        "Accra logistics startup Tamale Freight raises $12m\n\nSeries B takes total funding to $23m\n\nTamale Freight "
        "said on Tuesday it had raised $12m in a series B round.\n\nIts earlier funding:\n- a $3m seed round in 2021"
        "\n- an $8m series A in 2023",
    ),
    (
        "a_range_of_permitted_sizes",
        "1987-03-20",
        "The bonds are open to savers investing between 25 and 5,000 stg each.",
    ),
    (
        "a_redemption_price_for_each_unit_of_the_notes",
        "1987-03-06",
        "KESTREL FOODS TO REDEEM 1.2 BILLION DLRS NOTES\n\nNEW YORK, March 6 - Kestrel Foods Inc said it will redeem "
        "1.2 billion dlrs of notes on April 6.\n\nThe 1.2 billion dlrs of notes were sold in 1985. It said the "
        "redemption price will be 1,095.22 dlrs, including accrued interest, for each 1,000 dlrs of the notes.",
    ),
    (
        "a_wide_range_of_estimates",
        "1987-03-20",
        "Analysts put the likely loss at between 5 mln and 40 mln dlrs.",
    ),
    # round of 2026-12-07 late: two amounts joined by 'to' that are a move or a rate, not a range
    (
        "a_move_from_around_to",
        "1987-03-20",
        "Imports have fallen from around 900 mln dlrs to 250 mln as credit lines ran out.",
    ),
    (
        "a_rate_to_one_dollar",
        "1987-03-20",
        "The currency, pegged at 7.80 to one U.S. dollar, helped exporters.",
    ),
    (
        "a_price_with_its_fraction",
        "1987-03-20",
        "Wheat futures rose 2-1/4 cents to 2.88-1/4 dlrs per bushel.",
    ),
    (
        "fell_by_then_to",
        "1987-03-20",
        "The stock fell 25 dlrs to three dlrs after the report.",
    ),
    # round of 2026-12-07 late: changes told in words that their figures bear out
    (
        "more_than_doubled_and_the_figures_agree",
        "2025-05-02",
        "Tarlac Cement said first-quarter net income more than doubled on strong demand.\n\nThe company reported "
        "net income of 3.6 billion pesos for the quarter, against 1.7 billion pesos a year earlier.",
    ),
    (
        "fell_by_a_third_to_from",
        "2025-05-02",
        "Sales at the Ostrava plant fell by a third to $2.0 million from $3.0 million.",
    ),
    (
        "doubled_its_dividend_to_from",
        "1987-04-02",
        "Marsh Foods Inc said it doubled its quarterly dividend to 20 cts a share from 10 cts.",
    ),
    (
        "doubled_of_another_measure",
        "2025-05-02",
        "Orders for the new engine doubled in the quarter.\n\nRevenue rose to $540 million from $500 million.",
    ),
    # round of 2026-12-07 late: maturities of old debt told alone, a list that adds up, a second tranche's term
    (
        "old_bonds_matured_told_alone",
        "2025-05-14",
        "Brenmoor Utilities priced 300 mln stg of bonds on Tuesday.\n\nIts previous bonds matured in March 2024, "
        "the company said.",
    ),
    (
        "remaining_part_adds_up",
        "2025-11-11",
        "Harbury's new library will cost £12m, the council said.\n\nHalf of the money (£6m) comes from the "
        "lottery fund, the council is borrowing £4m and the remaining £2m is a government grant.",
    ),
    (
        "another_tranches_term_beside_its_figure",
        "1987-03-05",
        "Lindqvist Bank is arranging a package of 300 mln dlrs of bonds.\n\nThe package includes a 150 mln dlr "
        "five year bond and a 150 mln dlr 10-year credit.\n\nThe bond matures on March 20, 1992.",
    ),
    # round of 2026-12-08: the look-alikes of the readers generalised from the i-* set (sentences written for this
    # table)
    (
        "a_grace_period_is_no_term",
        "2026-05-05",
        "ABIDJAN - Port Lagune has signed a 60 billion CFA franc loan with a group of banks to finish a new "
        "berth.\n\nThe loan matures in 2036 and carries a grace period of two years, the company said.",
    ),
    (
        "extension_options_beside_the_initial_term",
        "2026-05-05",
        "LONDON - Harcourt Leisure has agreed a new £150 million revolving credit facility with three banks."
        "\n\nThe facility has an initial term of three years, with two one-year extension options. If both are "
        "exercised, it will run until May 2031.",
    ),
    (
        "earlier_rounds_told_before_the_total_with_debt_in_it",
        "2024-04-16",
        "NASHVILLE, Tenn., April 16, 2024 -- Renwell Health today announced a $30 million Series B financing led "
        "by Harpeth Partners.\n\nThe company also secured a $10 million venture debt facility. Together with the $25 "
        "million it raised in its seed and Series A rounds, the new equity and debt bring Renwell's total capital "
        "raised to $65 million.",
    ),
    (
        "a_stated_change_one_results_line_bears_out",
        "1987-02-09",
        "DAYTON, Ohio, Feb 9 - Larkin Tool Corp said its fourth-quarter net income rose 10 pct.\n\n    Qtr ended "
        "Dec 31\n    Net 11.0 mln vs 10.0 mln\n    Revs 88.1 mln vs 80.2 mln\n    Year\n    Net 44.0 mln vs 38.0 "
        "mln\n    Revs 350.2 mln vs 310.4 mln",
    ),
    (
        "a_stake_priced_with_a_premium_to_a_valuation_stated_apart",
        "2026-04-02",
        "Orsolya Capital has paid 9 billion forints for a 15% stake in Pengo, a payments start-up.\n\nPengo will "
        "use the money to expand into Slovakia.\n\n\"A year ago a fund told us we were worth 50 billion forints,\" "
        "its founder said.",
    ),
]  # fmt: skip

ALARMS = ("error", "warning")
QUOTES_ONE_SIDE = ("percent_range", "maturity_before_announcement", "maturity_term", "date_conflict")
SEVERITY = {"error": 0, "warning": 1, "info": 2}


def _findings(model_nlp, text, published):
    result = newsclaims.extract(text, published, nlp=model_nlp)
    texts = {m.id: m.text for m in result.mentions}
    return result, [(f, [texts[i] for i in f.mentions]) for f in result.findings]


# consistent articles the checker still alarms on, with the cause (strict xfail: a fix makes the test pass)
KNOWN_FALSE_ALARMS = [
    (
        "two_holders_round_sums_in_two_currencies",
        "2026-03-03",
        "Dunmore Athletic has signed two sponsorship deals.\n\nDutch brewer Hoogland Bier will sponsor the "
        "shirts in a €3m deal over three seasons.\n\nSeparately, Ulster builder Carrick Homes has paid £3m for the "
        "naming rights to the ground.",
        "two holders' round sums in two currencies warn (currency_conflict). Capping pairs of two named holders "
        "at info cost injected currency slips on dev-news tune 300 (0.957 -> 0.851): the copies of one amount "
        "are often read with two holders",
    ),
]


@pytest.mark.parametrize(
    "published,text", [pytest.param(p, t, id=i, marks=pytest.mark.xfail(reason=r, strict=True))
                       for i, p, t, r in KNOWN_FALSE_ALARMS]
)  # fmt: skip
def test_known_false_alarm(model_nlp, published, text):
    test_consistent_article_raises_no_alarm(model_nlp, published, text)


@pytest.mark.parametrize(
    ("published", "text", "check", "severity", "cites"),
    [pytest.param(*row[1:], id=row[0]) for row in INCONSISTENT],
)
def test_inconsistency_is_found(model_nlp, published, text, check, severity, cites):
    _, findings = _findings(model_nlp, text, published)
    matching = [
        (f, cited)
        for f, cited in findings
        if f.check == check and SEVERITY[f.severity] <= SEVERITY[severity] and set(cites) <= set(cited)
    ]
    assert matching, [(f.check, f.severity, cited, f.message) for f, cited in findings]
    finding = matching[0][0]
    assert 0 < finding.confidence <= 1
    for text_of_mention in cites:
        assert text_of_mention in finding.message or finding.check in QUOTES_ONE_SIDE


@pytest.mark.parametrize(("published", "text"), [pytest.param(*row[1:], id=row[0]) for row in CONSISTENT])
def test_consistent_article_raises_no_alarm(model_nlp, published, text):
    _, findings = _findings(model_nlp, text, published)
    assert [(f.check, f.message) for f, _ in findings if f.severity in ALARMS] == []


def test_finding_cites_mentions_and_claims_of_the_record(model_nlp):
    published, text = INCONSISTENT[0][1], INCONSISTENT[0][2]
    result, _ = _findings(model_nlp, text, published)
    (finding,) = [f for f in result.findings if f.check == "magnitude_slip"]
    mention_ids = {m.id for m in result.mentions}
    claims = {c.id: c for c in result.claims}
    assert finding.id == "f1"
    assert set(finding.mentions) <= mention_ids
    assert [claims[c].mention for c in finding.claims] == finding.mentions
    assert finding.articles is None


def test_every_check_name_of_the_contract_is_produced_somewhere():
    """`CheckName` in the models is the closed set of what the checks write: no name without a check."""
    import typing
    from pathlib import Path

    from newsclaims import check
    from newsclaims.models import CheckName

    source = "".join(p.read_text(encoding="utf-8") for p in Path(check.__file__).parent.glob("*.py"))
    assert {name for name in typing.get_args(CheckName) if f'check="{name}"' not in source} == set()


def test_messages_name_organizations_not_ids(model_nlp):
    """Issue 16: 'SoftBank's bridge loan', never 'of softbank'; findings are read by journalists."""
    text = (
        "Orrin Robotics Inc said its bridge loan from Harbor Capital Partners was $400 million.\n\n"
        "Orrin Robotics Inc later said the bridge loan was $40 million."
    )
    result = newsclaims.extract(text, "2026-03-02", nlp=model_nlp)
    ids = {m.value.org_id for m in result.mentions if m.type == "org"}
    messages = " ".join(f.message for f in result.findings)
    assert result.findings, "the slip is found"
    assert not any(org_id in messages for org_id in ids if "-" in org_id), messages


def test_one_slip_one_finding_citing_every_copy(model_nlp):
    """Issue 16 item 5: a figure stated twice and slipped once is one finding that cites all three."""
    text = (
        "Arvela Wind will invest $2.3 billion in turbines, the company said.\n\n"
        "The $2.3 billion programme runs to 2030.\n\n"
        "Analysts said the $230 million programme was the largest in the region."
    )
    result = newsclaims.extract(text, "2026-03-02", nlp=model_nlp)
    texts = {m.id: m.text for m in result.mentions}
    slips = [f for f in result.findings if f.check == "magnitude_slip"]
    assert len(slips) == 1, [f.message for f in slips]
    assert sorted(texts[i] for i in slips[0].mentions) == ["$2.3 billion", "$2.3 billion", "$230 million"]
