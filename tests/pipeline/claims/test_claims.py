"""Claims read from sentences: who, what, which kind, when, how sure and who says so.

Each case is a short passage written for these tests, the quantity it is about, and the claim fields
expected. Organizations are given by name (`value.name` of the org mention), dates by their text. Fields
a case leaves out are not checked. Known failures are strict xfails with the reason.
"""

import pytest

import newsclaims

CASES = [
    # (id, passage, quantity, expected fields)
    # round of 2026-12-07 night: a share of a company the text names by a common noun is a stake; of a market not
    (
        "share_of_the_company_is_a_stake",
        "Fenmoor District Council is to sell its 30 per cent share of the company that runs the leisure centre.",
        "30 per cent",
        dict(attribute_key="stake", kind="stake"),
    ),
    (
        "share_of_the_market_is_no_stake",
        "Fenmoor Foods holds a 30 per cent share of the market for chilled soups.",
        "30 per cent",
        dict(kind="other"),
    ),
    (
        "bridge_loan_maturity",
        "Northwind Holdings said on Tuesday it had secured a bridge loan of up to $2.5 billion from three "
        "banks, maturing in March 2027.",
        "up to $2.5 billion",
        dict(
            subject="Northwind Holdings",
            attribute_key="bridge_loan",
            kind="loan",
            time="March 2027",
            time_role="maturity",
            certainty="reported",
            attribution="Northwind Holdings",
        ),
    ),
    (
        "variant_shares_key_and_subject",
        "Northwind Holdings said on Tuesday it had secured a bridge loan of up to $2.5 billion. The $250 "
        "million unsecured bridge loan will fund the purchase, the company said.",
        "$250 million",
        dict(
            subject="Northwind Holdings",
            attribute_key="bridge_loan",
            kind="loan",
            certainty="reported",
            attribution="the company",
        ),
    ),
    (
        "possessive_and_investment_in",
        "SoftBank's total investment in Contoso Energy Inc will reach $30 billion next year.",
        "$30 billion",
        dict(
            subject="SoftBank",
            object="Contoso Energy Inc",
            attribute_key="total_investment",
            kind="investment",
            certainty="expected",
            time="next year",
        ),
    ),
    (
        "quantity_with_no_org",
        "Consumer prices in the euro zone rose 2.1% in November, the statistics office said.",
        "2.1%",
        dict(subject=None, object=None, certainty="reported", time="November"),
    ),
    (
        "inflation_is_a_rate_of_nobody",
        "Inflation rose to 3.2% in October.",
        "3.2%",
        dict(subject=None, attribute_key="inflation", kind="rate", time="October", certainty="asserted"),
    ),
    (
        "two_orgs_lender_and_borrower",
        "Maple Bank lent $400 million to Cedar Mining Corp last month.",
        "$400 million",
        dict(subject="Cedar Mining Corp", object="Maple Bank", attribute_key="loan", kind="loan"),
    ),
    (
        "two_orgs_buyer_and_target",
        "Cascade Logistics agreed to buy Harborline Inc for $7.8 billion.",
        "$7.8 billion",
        dict(subject="Cascade Logistics", object="Harborline Inc", attribute_key="acquisition", kind="deal"),
    ),
    (
        "share_price_move",
        "Harborline Inc shares jumped 21% to $45.12 in morning trading.",
        "$45.12",
        dict(subject="Harborline Inc", attribute_key="share_price", kind="price"),
    ),
    (
        "change_verb_object_is_measured",
        "The European Central Bank cut its deposit rate by 25 basis points to 2%.",
        "25 basis points",
        dict(subject="European Central Bank", attribute_key="deposit_rate", kind="rate"),
    ),
    (
        "stake_raised_to",
        "Dover Bank raised its stake in Elm Energy to 15%.",
        "15%",
        dict(subject="Dover Bank", object="Elm Energy", attribute_key="stake", kind="stake"),
    ),
    (
        "fine_subject_is_who_pays",
        "The regulator fined Quill Payments Inc $12 million for lapses in its anti-money-laundering checks.",
        "$12 million",
        dict(subject="Quill Payments Inc", kind="fine"),
    ),
    (
        "valued_at",
        "The funding round values Quill Payments at $2 billion.",
        "$2 billion",
        dict(subject="Quill Payments", attribute_key="valuation", kind="valuation"),
    ),
    (
        "hedged_by_could",
        "Pilbara Ridge Ltd could book a writedown of as much as $200 million, analysts said.",
        "as much as $200 million",
        dict(subject="Pilbara Ridge Ltd", certainty="hedged", kind="profit"),
    ),
    (
        "expected_by_cue",
        "Lumen Robotics Inc is expected to raise about $60 million in its next round.",
        "about $60 million",
        dict(subject="Lumen Robotics Inc", certainty="expected", kind="funding"),
    ),
    (
        "reported_by_according_to",
        "Revenue at Tessera Foods rose 13% to $5.1 billion in the third quarter, according to a filing.",
        "$5.1 billion",
        dict(
            subject="Tessera Foods",
            attribute_key="revenue",
            kind="revenue",
            time="the third quarter",
            time_role="period",
            certainty="reported",
            attribution="a filing",
        ),
    ),
    (
        "amount_in_noun",
        "Tessera Foods reported $5.1 billion in revenue for the quarter.",
        "$5.1 billion",
        dict(subject="Tessera Foods", attribute_key="revenue", kind="revenue"),
    ),
    (
        "per_share_is_a_price",
        "Cascade Logistics will pay $46.50 a share in cash.",
        "$46.50",
        dict(subject="Cascade Logistics", kind="price"),
    ),
    (
        "a_sale_of_shares_at_a_price_per_share",
        "Members of the founding family agreed to sell their class A shares to Orrin Holdings for 88 dlrs a share.",
        "88 dlrs",
        dict(kind="price"),
    ),
    (
        "commodity_price_has_no_owner",
        "Gold fell 1.2% to $1,950 an ounce on Thursday.",
        "$1,950",
        dict(subject=None, attribute_key="gold", kind="price", time="Thursday"),
    ),
    (
        "coupon_is_a_rate",
        "The bonds carry a coupon of 6.125%.",
        "6.125%",
        dict(attribute_key="coupon", kind="rate"),
    ),
    (
        "conversion_in_brackets_shares_the_claim",
        "The company also sold 8 billion Mexican pesos ($430 million) of local notes due 2030.",
        "$430 million",
        dict(attribute_key="note", kind="debt", time="2030", time_role="maturity"),
    ),
    (
        "pronoun_takes_the_governing_subject",
        "Kranich Logistik AG said it would spend €300 million on chargers.",
        "€300 million",
        dict(subject="Kranich Logistik AG", attribute_key="spending", kind="spending", certainty="reported"),
    ),
    (
        "said_on_is_not_the_claims_time",
        "Kranich Logistik AG said on Tuesday that its net profit rose to €310 million in 2025.",
        "€310 million",
        dict(subject="Kranich Logistik AG", attribute_key="net_profit", kind="profit", time="2025"),
    ),
    (
        "speaker_will_is_reported",
        "Kranich Logistik AG will invest €500 million in new depots, the company said.",
        "€500 million",
        dict(subject="Kranich Logistik AG", kind="investment", certainty="reported", attribution="the company"),
    ),
    (
        "will_without_speaker_is_expected",
        "Kranich Logistik AG will invest €500 million in new depots.",
        "€500 million",
        dict(subject="Kranich Logistik AG", kind="investment", certainty="expected", attribution=None),
    ),
]

CASES += [
    (
        "org_the_model_does_not_tag",
        "SoftBank's total investment in OpenAI will reach $30 billion.",
        "$30 billion",
        dict(subject="SoftBank", object="OpenAI"),
    ),
    (
        "appositive_change_restates_the_move",
        "Brent crude futures fell 72 cents to $85.40 per barrel, a 0.8% drop.",
        "0.8%",
        dict(attribute_key="brent_crude_futures", kind="price"),
    ),
    (
        "payer_of_a_per_share_price",
        "Harborline Inc investors will receive $36 a share in cash.",
        "$36",
        dict(subject="Cascade Logistics", kind="price"),
    ),
]

CASES += [
    # issue 17: a figure whose sentence names no organization belongs to the company the headline names,
    # unless its clause has a subject of its own that is a market, a name or a government
    (
        "headline_company_owns_a_figure_of_a_sentence_without_names",
        "Brackley Tools unveils cordless drill range\n\nLONDON, March 9 - Brackley Tools Plc said on Monday it "
        "had launched six cordless drills for building sites.\n\nThe top model costs 420 pounds and goes on sale "
        "in May.",
        "420 pounds",
        dict(subject="Brackley Tools"),
    ),
    (
        "stake_owned_by_the_agent_of_a_participle",
        "Kestrel Oil also holds 25% of the Marwick pipeline, 20% owned by Santor Energy Ltd, its partner.",
        "20%",
        dict(subject="Santor Energy Ltd"),
    ),
    (
        "the_holder_of_the_first_stake_keeps_it",
        "Kestrel Oil also holds 25% of the Marwick pipeline, 20% owned by Santor Energy Ltd, its partner.",
        "25%",
        dict(subject="Kestrel Oil"),
    ),
    (
        "market_index_keeps_its_figure",
        "Brackley Tools unveils cordless drill range\n\nLONDON, March 9 - Brackley Tools Plc said on Monday it "
        "had launched six cordless drills for building sites.\n\nThe index of leading shares closed 0.4% higher.",
        "0.4%",
        dict(subject=None),
    ),
    (
        "government_keeps_its_figure",
        "Brackley Tools unveils cordless drill range\n\nLONDON, March 9 - Brackley Tools Plc said on Monday it "
        "had launched six cordless drills for building sites.\n\nThe government is spending 12 billion pounds "
        "on new housing this year.",
        "12 billion pounds",
        dict(subject=None),
    ),
]

CASES += [
    # the parser's and the claims' general cases found by the checker's golden articles (corpus/findings)
    (
        "stranded_subject_of_a_second_clause",
        "Harbor Capital holds a 45% stake in Orrin Robotics and Delta Partners owns a 30% stake in it.",
        "30%",
        dict(subject="Delta Partners", kind="stake"),
    ),
    (
        "people_hold_a_stake",
        "Sequoia Capital will hold about 12% of Lumen Robotics after the deal. Employees own some 15% through "
        "an option pool.",
        "some 15%",
        dict(subject=None, kind="stake"),
    ),
    (
        "bond_sale_is_the_bond",
        "Rheinau Stahl said its €1.2 billion bond sale drew orders of more than €4 billion.",
        "€1.2 billion",
        dict(subject="Rheinau Stahl", attribute_key="bond", kind="debt"),
    ),
    # issue 17, holders from the clause (patterns seen in the blind gold's tune half, sentences written here)
    (
        "shares_in_x_are_x_s",
        "Ardent Mills Plc agreed to buy Corvo Foods Ltd. Shares in Corvo Foods jumped 14% to 310p.",
        "14%",
        dict(subject="Corvo Foods Ltd."),
    ),
    (
        "bid_for_the_target_is_the_bidder_s",
        "Lisle Aviation Group has made a £410m offer for Tarbet Air Ltd.",
        "£410m",
        dict(subject="Lisle Aviation Group", object="Tarbet Air Ltd."),
    ),
    (
        "bid_from_the_bidder",
        "Tarbet Air Ltd rejected a £380m bid from Lisle Aviation Group.",
        "£380m",
        dict(subject="Lisle Aviation Group", object=None),
    ),
    (
        "credit_line_to_the_borrower",
        "Northgate Bank is providing a separate $300 million credit line to Ferrous Metals Corp.",
        "$300 million",
        dict(subject="Ferrous Metals Corp.", object="Northgate Bank", kind="loan"),
    ),
    (
        "wire_ticker_after_the_bidder",
        "On Thursday, Harbin Tool Management Corp <HTMC> offered to acquire Westmill Inc for 18.00 dlrs per share.",
        "18.00 dlrs",
        dict(subject="Harbin Tool Management Corp", object="Westmill Inc"),
    ),
    (
        "dateline_city_is_no_second_subject",
        "NEW YORK, March 9 - Harbin Tool Management Corp said it will need about 900 mln dlrs to buy the shares.",
        "about 900 mln dlrs",
        dict(subject="Harbin Tool Management Corp"),
    ),
    (
        "verbless_list_item_names_its_holder",
        "Alder Capital Partners already holds 9.9% and insurer Caledonia Mutual Ltd 6%.",
        "6%",
        dict(subject="Caledonia Mutual Ltd", kind="stake"),
    ),
    (
        "verbless_list_item_held_by_a_government",
        "Orrin Robotics Inc holds 7.5% of Tillway, Alder Capital Partners 5.1% and the Qatari state 3%.",
        "3%",
        dict(subject=None, kind="stake"),
    ),
    # holders on unseen news (issue 17): each row failed before its rule (the carry-on row guards the sale rule,
    # which first carried the buyer on)
    (
        "passage_company_that_is_the_object_is_no_holder",
        "Tillway Robotics Inc said sales rose. A 25% stake in Tillway Robotics Inc changed hands last year.",
        "25%",
        dict(subject=None, object="Tillway Robotics Inc"),
    ),
    (
        "sale_price_is_the_buyers",
        "In May, Halden Mining Corp sold its Tillway Robotics unit to Orrin Partners Inc for 160 mln dlrs.",
        "160 mln dlrs",
        dict(subject="Orrin Partners Inc"),
    ),
    (
        "seller_is_carried_on_after_a_sale",
        "In May, Halden Mining Corp sold its Tillway Robotics unit to Orrin Partners Inc for 160 mln dlrs. "
        "Net income was 59.8 mln dlrs.",
        "59.8 mln dlrs",
        dict(subject="Halden Mining Corp"),
    ),
    (
        "relative_clause_subject_offered_the_figure",
        "Corrib Aviation Ltd is offering 148p a share, compared with the 136p a share Moray Firth Capital "
        "offered last month.",
        "136p",
        dict(subject="Moray Firth Capital"),
    ),
    (
        "object_description_is_not_its_clause_subject",
        "Saarland Stahl AG needs cash. Halden Mining Corp has also agreed to lend the company a further 200 mln euros.",
        "200 mln euros",
        dict(subject="Saarland Stahl AG"),
    ),
    (
        "name_after_a_title_is_a_person",
        "Tillway Robotics Inc raised 40 mln dlrs. Ms Fennimore will own about 18% of the company.",
        "about 18%",
        dict(subject=None),
    ),
    (
        "people_noun_is_not_the_org_that_qualifies_it",
        "Tillway Robotics Inc raised 40 mln dlrs. The Patwardhan family owns 46% of Tillway Robotics Inc.",
        "46%",
        dict(subject=None),
    ),
    (
        "person_as_subject_keeps_the_holder_empty",
        "Theodore Cross said he has offered 34 dlrs a share for Harper Publishing Inc.",
        "34 dlrs",
        dict(subject=None),
    ),
    (
        "a_lenders_part_is_the_borrowers",
        "Halden Mining Corp has borrowed 900 mln dlrs from five banks, with Orrin Bank Ltd providing 300 mln dlrs.",
        "300 mln dlrs",
        dict(subject="Halden Mining Corp", object="Orrin Bank Ltd"),
    ),
    (
        "takeover_of_names_the_target",
        "Orrin Partners Inc said it had filed for approval of its proposed 1.65 billion dlr takeover of "
        "Halden Mining Corp.",
        "1.65 billion dlr",
        dict(subject="Orrin Partners Inc", object="Halden Mining Corp."),
    ),
    (
        "relative_clause_on_people_keeps_the_holder_empty",
        "Halden Mining Corp said its sales rose 8% last year. It is controlled by the Lunde family, which owns "
        "41% of the shares.",
        "41%",
        dict(subject=None),
    ),
    # issue 17, holders round 2: general patterns, each row in words of its own
    (
        "premium_to_the_targets_price_is_the_payers",
        "Ostrava Brewing will pay 31 dlrs a share in cash, a 40 pct premium to Kettleby Ales' closing price on Friday.",
        "40 pct",
        dict(subject="Ostrava Brewing"),
    ),
    (
        "a_lead_manager_that_speaks_holds_no_bond",
        "WELLSBY INDUSTRIES ISSUES EUROBOND\nLONDON, May 4 - Wellsby Industries Plc is issuing a 150 mln "
        "dlr bond due 1994. The bond carries a coupon of 8-1/4 pct and is priced at par, Aldwych Securities "
        "Ltd said as lead manager.",
        "8-1/4 pct",
        dict(subject="WELLSBY INDUSTRIES"),  # the name as first written, in the headline
    ),
    (
        "a_co_manager_named_after_said_holds_no_coupon",
        "WELLSBY INDUSTRIES ISSUES EUROBOND\nLONDON, May 4 - Wellsby Industries Plc is issuing a 150 mln "
        "dlr bond due 1994. The coupon is 8-1/4 pct, said Aldwych Securities Ltd, the lead manager.",
        "8-1/4 pct",
        dict(subject="WELLSBY INDUSTRIES"),  # the name as first written, in the headline
    ),
    (
        "a_commodity_price_per_unit_is_no_story_companys",
        "HARTLAND OIL CUTS OUTPUT\nHOUSTON, May 4 - Hartland Oil Corp said it would cut output. West Texas "
        "crude fell 40 cts to 18.20 dlrs a barrel.",
        "18.20 dlrs",
        dict(subject=None),
    ),
    # issue 17, holders round 3
    (
        "a_company_that_says_an_amount_of_no_company_kind_holds_it",
        "Brackwell Foods Inc said the total cost of the new bakery was about 48 mln dlrs.",
        "about 48 mln dlrs",
        dict(subject="Brackwell Foods Inc"),
    ),
    (
        "a_public_body_that_says_an_amount_of_no_company_kind_holds_none",
        "The Commerce Department said imports of machinery rose to 9.4 billion dlrs in May.",
        "9.4 billion dlrs",
        dict(subject=None),
    ),
    (
        "a_company_that_says_a_percentage_of_no_company_kind_holds_none",
        "Brackwell Foods Inc said bakery prices in the region rose about 4 pct last year.",
        "about 4 pct",
        dict(subject=None),
    ),
    (
        "which_of_a_relative_clause_is_the_name_it_hangs_on",
        "The round was led by Fenwick Growth Partners, which put in 40 mln dlrs.",
        "40 mln dlrs",
        dict(subject="Fenwick Growth Partners"),
    ),
    (
        "which_after_a_description_in_apposition_is_the_name",
        "Most of the group's earnings came from Heston Bank, its retail arm, which earned a pre-tax profit of £310m "
        "last year.",
        "£310m",
        dict(subject="Heston Bank"),
    ),
    (
        "a_term_of_the_security_issued_is_the_issuers",
        "Harlow Mills Plc is issuing a 60 mln stg eurobond due 1995. The coupon has been set at 9-1/2 pct.",
        "9-1/2 pct",
        dict(subject="Harlow Mills Plc"),
    ),
    (
        "a_yield_the_issue_is_priced_to_is_the_issuers",
        "Harlow Mills Plc is issuing a 60 mln stg eurobond due 1995. The bonds are priced at 99.6 to yield 9.55 pct.",
        "9.55 pct",
        dict(subject="Harlow Mills Plc"),
    ),
    (
        "a_named_market_bond_is_no_issuers",
        "Harlow Mills Plc is issuing a 60 mln stg eurobond due 1995. In the market, the benchmark bond was "
        "priced to yield 7.48 pct.",
        "7.48 pct",
        dict(subject=None),
    ),
    (
        "a_possessive_on_the_figure_names_its_holder",
        "Dunmore Textiles turned down Alder Mills' 14 dlr a share proposal on Friday.",
        "14 dlr",
        dict(subject="Alder Mills"),
    ),
    (
        "the_passage_owner_carries_over_three_sentences",
        "Kestrel Foods said its sales rose 5% to $2.1 billion in the year to June. The harvest was poor. Shoppers "
        "bought fewer cakes. Operating profit fell to $310 million.",
        "$310 million",
        dict(subject="Kestrel Foods"),
    ),
    (
        "the_company_named_four_sentences_back",
        "Ardley Brewing Co reported higher sales on Monday. Beer demand rose in the north. The summer was warm. "
        "Many pubs reopened. The company's net profit rose to 45 mln dlrs.",
        "45 mln dlrs",
        dict(subject="Ardley Brewing Co"),
    ),
    # issue 17 round 4: a unit named from its parent's whole name is its own organization, and 'the parent' is
    # the parent, not the unit the passage was about
    (
        "the_parent_of_a_named_unit",
        "Sakuragawa Motors Brasil will sell new shares in Sao Paulo, Sakuragawa Motors said. The parent owns 70% "
        "of the unit.",
        "70%",
        dict(subject="Sakuragawa Motors"),
    ),
    (
        "a_figure_heading_its_clause_has_the_holder_as_subject",
        "Norbury Brewing said it had no plans to bid for Carrick Plc. Carrick's shares were 3p up at 401p, which "
        "values the company at around 2.75 billion stg.",
        "401p",
        dict(subject="Carrick Plc"),
    ),
    (
        "an_entry_of_a_list_is_its_heads",
        "WASHINGTON, March 18 - The following offerings were filed:\n\nTarwick Corp - Shelf offering of up to 100 "
        "mln dlrs of debt securities.\n\nHolloway Mills Inc - Initial offering of 400,000 shares at an estimated "
        "17-19 dlrs a share through Pentland Securities Corp.",
        "up to 100 mln dlrs",
        dict(subject="Tarwick Corp"),
    ),
    (
        "an_entry_of_a_list_whose_head_is_no_org_found_takes_no_earlier_owner",
        "WASHINGTON, March 18 - The following offerings were filed:\n\nTarwick Corp - Shelf offering of up to 100 "
        "mln dlrs of debt securities.\n\nFirst Holloway, Troy, N.C. - Initial offering of 400,000 shares at an "
        "estimated 17-19 dlrs a share.",
        "an estimated 17-19 dlrs",
        dict(subject=None),
    ),
    (
        "results_in_a_relative_clause_are_the_subjects",
        "Tarrow Steel made a net loss of 340m euros last year, on sales that fell 11% to 2.7bn euros.",
        "11%",
        dict(subject="Tarrow Steel"),
    ),
    (
        "a_demonstrative_subject_leaves_the_story_company",
        "Kelvedon Homes plans cash call for new plant\n\nThe builder plans a rights issue. That is a discount of "
        "22% to the closing price.",
        "22%",
        dict(subject="Kelvedon Homes"),
    ),
    (
        "a_place_state_government_is_no_company",
        "Life Insurance Corporation of India holds 7.8% and the Maharashtra state government 2.4%.",
        "2.4%",
        dict(subject=None),
    ),
    (
        "an_offering_of_shares_is_the_issuers",
        "CHICAGO, March 19 - The initial public offering of 1.1 mln shares of Dunmore Widget Corp common stock was "
        "priced at 13.50 dlrs a share, said Harlan Brothers and Co as lead underwriter.",
        "13.50 dlrs",
        dict(subject="Dunmore Widget Corp"),
    ),
    (
        "a_bid_whose_clause_names_no_bidder_is_the_articles_bidders",
        "Harwood Mills said its board had rejected the buyout proposal of <Kestrel Partners>. Its advisers said "
        "the offer of 45 dlrs per share was inadequate.",
        "45 dlrs",
        dict(subject="Kestrel Partners"),
    ),
    (
        "a_bid_whose_clause_names_its_bidder_stays_its",
        "Dunmore Foods Plc announced a 19 mln stg offer for Pellow Plc, a year after a hostile bid from Harwick Group.",
        "19 mln stg",
        dict(subject="Dunmore Foods Plc", object="Pellow Plc"),
    ),
    (
        "a_term_of_the_issue_as_subject_is_the_issuers",
        "LONDON, March 11 - The convertible bond issue for Harlow Mills PLC was raised to 69 mln stg, co-lead Swiss "
        "Bank Corp said.\n\nThe conversion price into Harlow Mills ordinary shares has been fixed at 346 pence.",
        "346 pence",
        dict(subject="Harlow Mills PLC"),
    ),
    (
        "a_relative_clause_on_a_figure_goes_on_with_its_holder",
        "LONDON, March 11 - The convertible bond issue for Harlow Mills PLC was raised to 69 mln stg, co-lead Swiss "
        "Bank Corp said.\n\nThe conversion price into Harlow Mills ordinary shares has been fixed at 346 pence "
        "which represents a premium of 9.84 pct over the closing share price.",
        "9.84 pct",
        dict(subject="Harlow Mills PLC"),
    ),
    (
        "a_funding_round_in_a_company_is_its_raise",
        "Kurosawa Holdings led a $400m funding round in Pendlebury Labs on Monday.",
        "$400m",
        dict(subject="Pendlebury Labs"),
    ),
    (
        "a_market_yield_stays_no_issuers",
        "The Bank of Kestrel raised its main rate on Tuesday. The 10-year government bond yield rose 4 basis points.",
        "4 basis points",
        dict(subject=None),
    ),
    (
        "the_parent_named_before_its_unit",
        "Sakuragawa Motors said Sakuragawa Motors Brasil would sell new shares. Sakuragawa Motors Brasil will list "
        "in Sao Paulo in May. The parent will own 70% after the sale.",
        "70%",
        dict(subject="Sakuragawa Motors"),
    ),
    (
        "the_parent_group",
        "Sakuragawa Motors said Sakuragawa Motors Brasil would sell new shares. Sakuragawa Motors Brasil will list "
        "in Sao Paulo in May. The parent group will keep the remaining 70%.",
        "70%",
        dict(subject="Sakuragawa Motors"),
    ),
    (
        "the_unit_named_before_its_parent",
        "Sakuragawa Motors Brasil will sell new shares, Sakuragawa Motors said. Sakuragawa Motors expects strong "
        "demand. The unit hopes to raise $80 million.",
        "$80 million",
        dict(subject="Sakuragawa Motors Brasil"),
    ),
    # round 5 of issue 17: 'the company' is the story's company when another named in between is only mentioned
    (
        "the_company_is_the_story_company_not_the_investor_named_last",
        "Ostrava Tile Co said it would close two plants. Ostrava Tile said demand had fallen. Brennick Capital "
        "Corp, a New York investment firm, said last week it had bought shares of the company. The company's net "
        "loss widened to 14 mln dlrs.",
        "14 mln dlrs",
        dict(subject="Ostrava Tile Co"),
    ),
    (
        "the_company_is_the_story_company_not_its_supplier",
        "Merrow Brewing Co raised its dividend. Merrow Brewing said volumes grew. Talbot Maltings Inc supplies "
        "most of its barley. The company expects sales of 300 mln dlrs this year.",
        "300 mln dlrs",
        dict(subject="Merrow Brewing Co"),
    ),
    # round 5 of issue 17: a holder named only in a phrase ('a bid from X') does not take the passage over
    (
        "a_bidder_named_in_a_phrase_leaves_the_passage_to_its_company",
        "Calloway Foods Plc said its annual profit rose 12 pct. The cost of fighting the 600 mln stg bid from "
        "Brisk Holdings led to a 9 mln stg charge. The results were 4 mln stg above forecasts.",
        "4 mln stg",
        dict(subject="Calloway Foods Plc"),
    ),
    # round 5 of issue 17: a possessive in a clause joined by 'and' keeps to the first clause's subject
    (
        "its_in_a_joined_clause_is_the_first_clauses_subject",
        "Sakuragawa Motors said Sakuragawa Motors Brasil would sell new shares in May. The Japanese parent owns "
        "64% of the unit, and its stake will fall to about 58% after the sale.",
        "about 58%",
        dict(subject="Sakuragawa Motors"),
    ),
]

EACH_CASES = [
    (
        "each_invested",
        "Alder Capital and Birch Partners each invested $50 million in Tillway.",
        "$50 million",
        ["Alder Capital", "Birch Partners"],
    ),
]

KNOWN_FAILURES = {
    "org_the_model_does_not_tag": (
        "en_core_web_sm does not tag 'OpenAI' as ORG and no org rule adds it, so there is no org to link"
    ),
    "appositive_change_restates_the_move": (
        "'a 0.8% drop' in apposition restates the clause's move; it is read as the measure 'drop', not linked to "
        "the clause's subject"
    ),
    "payer_of_a_per_share_price": (
        "'Harborline investors will receive $36 a share': the payer (the buyer named sentences earlier) is "
        "not in the sentence; the subject stays null"
    ),
}


def _claims_of(nlp, passage: str, quantity: str):
    result = newsclaims.extract(passage, "2026-03-10", nlp=nlp)
    mentions = {m.id: m for m in result.mentions}
    (mention,) = [m for m in result.mentions if m.text == quantity and m.type in ("money", "percent")]
    claims = [c for c in result.claims if c.mention == mention.id]
    return claims, mentions


def _readable(claim, mentions) -> dict:
    def name(org_id):
        if org_id is None:
            return None
        return next(m.value.name for m in mentions.values() if m.type == "org" and m.value.org_id == org_id)

    return dict(
        subject=name(claim.subject),
        object=name(claim.object),
        attribute_key=claim.attribute_key,
        kind=claim.kind,
        time=mentions[claim.time].text if claim.time else None,
        time_role=claim.time_role,
        certainty=claim.certainty,
        attribution=claim.attribution,
    )


@pytest.mark.parametrize(
    ("passage", "quantity", "expected"),
    [
        pytest.param(
            p,
            q,
            e,
            id=i,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[i])] if i in KNOWN_FAILURES else [],
        )
        for i, p, q, e in CASES
    ],
)
def test_claim_fields(model_nlp, passage, quantity, expected):
    claims, mentions = _claims_of(model_nlp, passage, quantity)
    assert len(claims) == 1
    got = _readable(claims[0], mentions)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    ("passage", "quantity", "subjects"), [c[1:] for c in EACH_CASES], ids=[c[0] for c in EACH_CASES]
)
def test_each_gives_one_claim_per_organization(model_nlp, passage, quantity, subjects):
    claims, mentions = _claims_of(model_nlp, passage, quantity)
    assert sorted(_readable(c, mentions)["subject"] for c in claims) == subjects
    assert {c.attribute_key for c in claims} == {"investment"}
    assert len({c.id for c in claims}) == len(claims)


def test_blank_pipeline_gives_no_claims(blank_nlp):
    """Without a parse nothing can be said about who or what: no claims rather than empty guesses."""
    result = newsclaims.extract("Aozora secured a bridge loan of up to $400 billion.", nlp=blank_nlp)
    assert result.mentions and result.claims == []


def test_claim_sentence_and_mention_are_consistent(model_nlp):
    text = "Northwind Holdings said it had secured a $2.5 billion loan.\n\nIts shares rose 3%."
    result = newsclaims.extract(text, nlp=model_nlp)
    mentions = {m.id: m for m in result.mentions}
    for claim in result.claims:
        assert mentions[claim.mention].type in ("money", "percent")
        assert mentions[claim.mention].text in claim.sentence_text
        if claim.time:
            assert mentions[claim.time].type == "date"
        assert claim.time_role is None or claim.time is not None


def test_every_quantity_of_real_articles_gets_a_claim(model_nlp):
    """Forty published articles (../shared/dev-corpus): every money and percent mention gets at least one
    claim, claim ids are unique and refer to existing mentions, and nothing raises (a loop in the parse
    once sent the attachment rules into endless recursion)."""
    from tests.conftest import SHARED

    folder = SHARED / "dev-corpus"
    if not folder.is_dir():
        pytest.skip("../shared/dev-corpus not found")
    for path in sorted(folder.glob("*.txt"))[:40]:
        result = newsclaims.extract(path.read_text(encoding="utf-8"), nlp=model_nlp)
        quantities = {m.id for m in result.mentions if m.type in ("money", "percent")}
        claimed = {c.mention for c in result.claims}
        assert claimed == quantities, path.name
        assert len({c.id for c in result.claims}) == len(result.claims)


def test_claim_kinds_of_the_table_are_the_contracts():
    import typing

    from newsclaims.models import ClaimKind
    from newsclaims.tables import load_table

    assert {kind for kind, _ in load_table("claims")["kinds"]} | {"other"} == set(typing.get_args(ClaimKind))
