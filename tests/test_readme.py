"""The README's example shows what the tool gives: its article is extracted and every id, span, value, claim
field and finding the shortened JSON shows is compared with the real record."""

import re

import pytest

import newsclaims
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = README[README.index("## Example") : README.index("### Dates")]
ARTICLE = re.search(r"`article.txt`:\n\n```\n(.*?)```", EXAMPLE, re.S).group(1)
SHOWN = EXAMPLE[EXAMPLE.index("```json") :]

MENTION = re.compile(
    r'\{"id": "(m\d+)", "type": "(\w+)", "text": "([^"]*)", "start": (\d+), "end": (\d+), "sentence": (\d+)'
)
CLAIM = re.compile(
    r'\{"id": "(c\d+)", "mention": "(m\d+)", "subject": (\S+), "object": (\S+), "attribute": "([^"]*)",\s*'
    r'"attribute_key": "(\w+)", "kind": "(\w+)", "time": (\S+), "time_role": (\S+),\s*'
    r'"certainty": "(\w+)", "attribution": "([^"]*)"'
)
FINDING = re.compile(r'\{"id": "(f\d+)", "check": "(\w+)", "severity": "(\w+)", "mentions": \[([^\]]*)\]')


@pytest.fixture(scope="module")
def record(model_nlp):
    return newsclaims.extract(ARTICLE, nlp=model_nlp, published="2026-11-26")


def _json_value(text: str):
    text = text.rstrip(",")
    return None if text == "null" else text.strip('"')


def test_the_readme_shows_every_mention_as_extracted(record):
    shown = [(i, t, text, int(s), int(e), int(n)) for i, t, text, s, e, n in MENTION.findall(SHOWN)]
    assert shown == [(m.id, m.type, m.text, m.start, m.end, m.sentence) for m in record.mentions]


def test_the_readme_shows_the_values_as_extracted(record):
    mentions = {m.id: m for m in record.mentions}
    compared = 0
    for mention_id, body in re.findall(r'"id": "(m\d+)"[^\n]*\n?\s*"value": (\{[^{}]*\})', SHOWN):
        for key, raw in re.findall(r'"(\w+)": ("[^"]*"|[\d.e+-]+|null|true|false|\[[^\]]*\])', body):
            value = getattr(mentions[mention_id].value, key)
            compared += 1
            expected = {"null": None, "true": True, "false": False}.get(raw, raw)
            if isinstance(value, float):
                assert value == float(expected), (mention_id, key)
            elif isinstance(value, list):
                assert value == re.findall(r'"([^"]*)"', raw), (mention_id, key)
            else:
                assert value == (expected.strip('"') if isinstance(expected, str) else expected), (mention_id, key)
    assert compared >= 20


def test_the_readme_shows_every_claim_as_extracted(record):
    shown = [tuple(_json_value(part) for part in match) for match in CLAIM.findall(SHOWN)]
    assert shown == [
        (c.id, c.mention, c.subject, c.object, c.attribute, c.attribute_key, c.kind, c.time, c.time_role, *rest)
        for c in record.claims
        for rest in [(c.certainty, c.attribution)]
    ]


def test_the_readme_shows_the_findings_as_extracted(record):
    shown = [
        (i, check, severity, re.findall(r'"(m\d+)"', cited)) for i, check, severity, cited in FINDING.findall(SHOWN)
    ]
    assert shown == [(f.id, f.check, f.severity, f.mentions) for f in record.findings]
    assert shown, "the example's article contradicts itself; the README must show it"
    for finding in record.findings:
        assert f'"confidence": {finding.confidence}' in SHOWN
