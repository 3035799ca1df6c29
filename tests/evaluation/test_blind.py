"""The blind-gold scorers count what they say: org spans on their core, holders mapped through mentions,
planted contradictions found only when a finding cites the planted figures."""

from evaluation.blind import BlindArticle, HolderScore, PlantedScore, score_holders, score_planted

TEXT = "Acme Corp said the Acme Corp's bid of $5 billion for Beta Inc was final. Inflation was 3%."


def _mention(id_, type_, start, end, value):
    return {"id": id_, "type": type_, "start": start, "end": end, "value": value}


def _result(subject):
    mentions = [
        _mention("m1", "org", 0, 9, {"org_id": "acme"}),
        _mention("m2", "org", 19, 30, {"org_id": "acme"}),  # "the Acme Corp's": a core match
        _mention("m3", "money", 38, 48, {}),
        _mention("m4", "percent", 87, 89, {}),
    ]
    claims = [{"mention": "m3", "subject": subject}, {"mention": "m4", "subject": None}]
    return {"mentions": mentions, "claims": claims, "findings": []}


GOLD = [
    {"type": "org", "start": 0, "end": 9, "org_id": "acme-corp"},
    {"type": "org", "start": 18, "end": 27, "org_id": "acme-corp"},
    {"type": "org", "start": 53, "end": 61, "org_id": "beta-inc"},
    {"type": "claim", "start": 38, "end": 48, "subject": "acme-corp", "holder": "org"},
    {"type": "claim", "start": 87, "end": 89, "subject": None, "holder": "government"},
]


def test_holders_right_when_the_predicted_org_maps_to_the_gold_holder():
    score = HolderScore()
    score_holders(BlindArticle("a", TEXT, None, GOLD), _result("acme"), score)
    assert (score.org_gold, score.org_found, score.org_right) == (3, 2, 1)
    assert (score.subject_right, score.with_subject, score.null_right, score.null_gold) == (1, 1, 1, 1)


def test_holders_wrong_when_the_subject_is_missing():
    score = HolderScore()
    score_holders(BlindArticle("a", TEXT, None, GOLD), _result(None), score)
    assert score.subject_accuracy == 0.0 and score.errors


CITES = [{"start": 38, "end": 48}, {"start": 87, "end": 89}]


def _finding(severity, mentions):
    return {"check": "magnitude_slip", "severity": severity, "mentions": mentions, "message": "x"}


def test_planted_found_only_when_an_alarm_cites_two_planted_figures():
    gold = {"id": "p", "planted": True, "family": "magnitude_slip", "cites": CITES}
    for findings, found in [
        ([_finding("error", ["m3", "m4"])], 1),
        ([_finding("info", ["m3", "m4"])], 0),  # info is not an alarm
        ([_finding("warning", ["m3"])], 0),  # one planted figure is not the contradiction
    ]:
        score = PlantedScore()
        score_planted(gold, {**_result(None), "findings": findings}, score)
        assert score.found["magnitude_slip"] == found


def test_planted_with_one_cite_found_when_an_alarm_cites_it():
    # a maturity before the announcement has one wrong figure: the date; the gold cites it alone
    gold = {"id": "p", "planted": True, "family": "maturity_before_announcement", "cites": CITES[:1]}
    for findings, found in [
        ([_finding("warning", ["m3"])], 1),
        ([_finding("warning", ["m4"])], 0),  # another figure
        ([_finding("info", ["m3"])], 0),
    ]:
        score = PlantedScore()
        score_planted(gold, {**_result(None), "findings": findings}, score)
        assert score.found["maturity_before_announcement"] == found


def test_any_alarm_on_a_trap_counts():
    gold = {"id": "t", "planted": False, "family": "magnitude_slip", "cites": CITES}
    score = PlantedScore()
    score_planted(gold, {**_result(None), "findings": [_finding("warning", ["m1"])]}, score)
    assert score.trap_alarms["magnitude_slip"] == 1
