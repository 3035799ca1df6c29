"""The `newsclaims` spaCy component: registered by entry point, usable in anyone's pipeline."""

import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from newsclaims.pipeline.doc_results import EXTENSIONS
from newsclaims.pipeline.orgs.find import RULES


def test_factory_is_registered_as_entry_point():
    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert names.get("newsclaims") == "newsclaims.pipeline.component:make_quantity_extractor"


def test_add_pipe_works_without_importing_newsclaims():
    # A fresh interpreter: spaCy must find the factory through the entry point alone.
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('newsclaims'); "
        "doc = nlp('It raised $5 billion and 13%.'); "
        "print([(s.text, s.label_) for s in doc.spans['newsclaims']])"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[('$5 billion', 'money'), ('13%', 'percent')]"


def test_line_breaks_component_comes_with_the_entry_point():
    # issue 17: 'a line break ends a sentence' is a component of its own, run before the parser; a spaCy
    # user adding 'newsclaims' by its entry point can add it too without importing newsclaims
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('newsclaims'); "
        "nlp.add_pipe('newsclaims_line_breaks', first=True); doc = nlp('ACME RAISES CASH\\nIt raised $5 billion.'); "
        "print(nlp.pipe_names, [t.is_sent_start for t in doc if t.text == 'It'])"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "['newsclaims_line_breaks', 'newsclaims'] [True]"


def test_component_writes_exact_offsets_and_values(blank_nlp):
    doc = blank_nlp("Fees were USD34.6 million.")
    (quantity,) = doc._.newsclaims_quantities
    assert (quantity["start"], quantity["end"], quantity["text"]) == (10, 25, "USD34.6 million")
    assert quantity["value"]["amount"] == 34.6e6
    # The token span covers the mention even where a token holds more than the mention.
    (span,) = doc.spans["newsclaims"]
    assert span.start_char <= quantity["start"] and span.end_char >= quantity["end"]


def test_component_in_a_pipeline_without_ner():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsclaims")
    doc = nlp("A 13% stake")
    assert [q["text"] for q in doc._.newsclaims_quantities] == ["13%"]


# issue 21: what the component leaves on a Doc is plain data, so spaCy can serialize it
PLAIN_CASES = [
    # text, (quantities, dates, orgs) found by the rules alone
    ("Fees were USD34.6 million.", (1, 0, 0)),
    ("LONDON, March 3 (Reuters) - Acme Corp (ACM) said it raised $5 million in Q3 2026.", (1, 2, 3)),
    ("The fund lost 10-15% of its value in 1987/88, or about $3-5 billion.", (2, 1, 0)),  # a range: nested
    ("", (0, 0, 0)),
]


def _plain(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


@pytest.mark.parametrize(("text", "counts"), PLAIN_CASES)
def test_the_doc_holds_only_plain_data_of_ours(blank_nlp, text, counts):
    doc = blank_nlp(text)
    assert sorted(doc.user_data) == sorted(("._.", name, None, None) for name in EXTENSIONS)
    assert all(_plain(doc._.get(name)) for name in EXTENSIONS)
    found = (len(doc._.newsclaims_quantities), len(doc._.newsclaims_dates), len(doc._.newsclaims_orgs))
    assert found == counts


@pytest.mark.parametrize(
    "round_trip",
    [
        lambda doc, nlp: Doc(nlp.vocab).from_bytes(doc.to_bytes()),
        lambda doc, nlp: next(
            DocBin(store_user_data=True)
            .from_bytes(DocBin(store_user_data=True, docs=[doc]).to_bytes())
            .get_docs(nlp.vocab)
        ),
    ],
    ids=["to_bytes", "DocBin"],
)
@pytest.mark.parametrize(("text", "counts"), PLAIN_CASES)
def test_the_results_survive_serialization(blank_nlp, round_trip, text, counts):
    doc = blank_nlp(text)
    restored = round_trip(doc, blank_nlp)
    for name in EXTENSIONS:  # lists come back as tuples (spaCy reads user data with use_list=False)
        assert _as_lists(restored._.get(name)) == _as_lists(doc._.get(name)), name


def _as_lists(value):
    if isinstance(value, dict):
        return {k: _as_lists(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_as_lists(v) for v in value]
    return value


# issue 21: the org-rule switches are the factory's config (they were a module global)
ORG_RULE_CASES = [
    # rules switched off, the org names the rules alone find
    ({}, ["Reuters", "Acme Corp", "ACM", "Acme"]),
    ({"dateline_agency": False}, ["Acme Corp", "ACM", "Acme"]),
    ({"defined_acronyms": False}, ["Reuters", "Acme Corp", "Acme"]),
    ({"short_forms": False, "dateline_agency": False}, ["Acme Corp", "ACM"]),
    # a name defined with an acronym that says something is found by its own rule too (issue 17 round 4)
    ({"suffixed_names": False}, ["Reuters", "Acme Corp", "ACM", "Acme"]),
    ({"suffixed_names": False, "acronym_defined_names": False}, ["Reuters"]),
]
ORG_TEXT = "LONDON, March 3 (Reuters) - Acme Corp (ACM) said it raised $5 million. Acme's 13% stake."


def _pipeline(config: dict):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsclaims", config=config)
    return nlp


@pytest.mark.parametrize(("switches", "names"), ORG_RULE_CASES)
def test_org_rules_are_set_in_the_config_and_survive_to_disk(tmp_path, switches, names):
    nlp = _pipeline({"org_rules": switches})
    assert [o["text"] for o in nlp(ORG_TEXT)._.newsclaims_orgs] == names
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.get_pipe("newsclaims").org_rules == RULES - {r for r, on in switches.items() if not on}
    assert [o["text"] for o in loaded(ORG_TEXT)._.newsclaims_orgs] == names


@pytest.mark.parametrize("config", [{"org_rules": {"no_such_rule": False}}, {"org_rules": {"honorific": "maybe"}}])
def test_a_wrong_org_rule_switch_is_an_error(config):
    with pytest.raises(ValueError):  # spaCy's ConfigValidationError is a ValueError too
        _pipeline(config)


SIGN_OFFS = [
    # (text, tokens the line-break component marks as sentence starts)
    ("It paid a 5/8 pct fee. REUTER\n", ["REUTER"]),
    ("It rose 5 pct. REUTER", ["REUTER"]),
    ("REUTER SAID IT ROSE", []),  # a headline, not a sign-off
    ("Shares rose. Reuter said so.", []),  # the agency named in a sentence
]


@pytest.mark.parametrize(("text", "starts"), SIGN_OFFS)
def test_a_wire_sign_off_is_a_sentence_of_its_own(text, starts):
    from newsclaims.pipeline.line_breaks import line_breaks

    doc = line_breaks(spacy.blank("en")(text))
    assert [t.text for t in doc[1:] if t.is_sent_start] == starts
