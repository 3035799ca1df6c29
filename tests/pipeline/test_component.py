"""The `newsclaims` spaCy component: registered by entry point, usable in anyone's pipeline."""

import subprocess
import sys
from importlib.metadata import entry_points

import spacy


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
    assert (quantity.start, quantity.end, quantity.text) == (10, 25, "USD34.6 million")
    assert quantity.value.amount == 34.6e6
    # The token span covers the mention even where a token holds more than the mention.
    (span,) = doc.spans["newsclaims"]
    assert span.start_char <= quantity.start and span.end_char >= quantity.end


def test_component_in_a_pipeline_without_ner():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsclaims")
    doc = nlp("A 13% stake")
    assert [q.text for q in doc._.newsclaims_quantities] == ["13%"]
