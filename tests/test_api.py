"""The library calls for spaCy users (issue 21 §2): `from_doc` turns any Doc that went through the component into
a record, wherever the Doc has been (other processes, a DocBin, a pipeline saved and loaded again), and
`extract_many` streams records through `nlp.pipe`."""

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import newsclaims
from tests.conftest import CORPUS

ARTICLES = [  # (id, published, text): a handful of corpus articles, in the manifest's order
    (row.split("\t")[0], dt.date.fromisoformat(row.split("\t")[1]), (CORPUS / "articles" / f"{row.split()[0]}.txt"))
    for row in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:9]
]
ARTICLES = [(article_id, published, path.read_text(encoding="utf-8")) for article_id, published, path in ARTICLES]


def _records(docs) -> list[dict]:
    return [
        newsclaims.from_doc(doc, article_id=article_id, published=published).model_dump(mode="json")
        for doc, (article_id, published, _) in zip(docs, ARTICLES, strict=True)
    ]


@pytest.fixture(scope="module")
def plain(model_nlp) -> list[dict]:
    """The records of a plain `nlp.pipe` in this process."""
    return _records(model_nlp.pipe(text for _, _, text in ARTICLES))


def _in_two_processes(nlp, texts):
    return nlp.pipe(texts, n_process=2, batch_size=2)


def _through_a_docbin(nlp, texts):
    data = DocBin(store_user_data=True, docs=nlp.pipe(texts)).to_bytes()
    return DocBin().from_bytes(data).get_docs(spacy.blank("en").vocab)  # a vocab that never saw the texts


def _through_bytes(nlp, texts):
    return [Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in nlp.pipe(texts)]


def _saved_and_loaded(nlp, texts, folder):
    nlp.to_disk(folder)
    loaded = spacy.load(folder)
    assert loaded.pipe_names == nlp.pipe_names and loaded.disabled == nlp.disabled
    return loaded.pipe(texts)


WAYS = [
    # what a spaCy user does with the Docs, and how
    ("nlp.pipe(n_process=2)", lambda nlp, texts, tmp: _in_two_processes(nlp, texts)),
    ("DocBin(store_user_data=True)", lambda nlp, texts, tmp: _through_a_docbin(nlp, texts)),
    ("doc.to_bytes()", lambda nlp, texts, tmp: _through_bytes(nlp, texts)),
    ("nlp.to_disk -> spacy.load", lambda nlp, texts, tmp: _saved_and_loaded(nlp, texts, tmp / "nlp")),
]


@pytest.mark.parametrize("way", [way for _, way in WAYS], ids=[name for name, _ in WAYS])
def test_records_are_the_same_whatever_way_the_docs_went(model_nlp, plain, tmp_path, way):
    assert sum(len(record["claims"]) for record in plain) > 50  # the articles test something
    assert _records(way(model_nlp, [text for _, _, text in ARTICLES], tmp_path)) == plain


NOT_PROCESSED = [
    # how a Doc comes to carry no results of the component
    ("a pipeline without the component", lambda nlp: spacy.blank("en")("Acme raised $5 million.")),
    ("a DocBin without user data", lambda nlp: next(DocBin(docs=[nlp("Acme raised $5 million.")]).get_docs(nlp.vocab))),
]


@pytest.mark.parametrize("make_doc", [make for _, make in NOT_PROCESSED], ids=[name for name, _ in NOT_PROCESSED])
def test_from_doc_says_when_the_component_did_not_run(blank_nlp, make_doc):
    with pytest.raises(newsclaims.NotProcessedError, match=r"nlp.add_pipe\('newsclaims'\).*store_user_data=True"):
        newsclaims.from_doc(make_doc(blank_nlp))


def test_from_doc_gives_what_extract_gives(model_nlp):
    text = (
        "Acme Corp (ACM) said on Tuesday it secured a bridge loan of up to $5 billion. The $500 million bridge loan..."
    )
    expected = newsclaims.extract(text, "2026-11-26", nlp=model_nlp)
    assert newsclaims.from_doc(model_nlp(text), published=dt.date(2026, 11, 26)) == expected
    assert expected.article.id == "text" and [f.check for f in expected.findings] == ["magnitude_slip"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_gives_what_extract_gives_per_text(model_nlp, n_process):
    texts = [text for _, _, text in ARTICLES[:4]] + ["", "No figures here."]
    many = list(newsclaims.extract_many(texts, published="2026-11-26", batch_size=2, n_process=n_process))
    assert many == [
        newsclaims.extract(text, "2026-11-26", article_id=f"text:{number}", nlp=model_nlp)
        for number, text in enumerate(texts, start=1)
    ]


def test_extract_many_passes_contexts_through_as_spacy_does(blank_nlp):
    pairs = [("Acme raised $5 million.", {"row": 1}), ("It holds a 13% stake.", {"row": 2})]
    out = list(newsclaims.extract_many(pairs, nlp=blank_nlp, as_tuples=True))
    assert [context for _, context in out] == [{"row": 1}, {"row": 2}]
    assert [[m.text for m in result.mentions] for result, _ in out] == [["$5 million"], ["13%"]]


BAD_ITEMS = [
    # an item that cannot be read as a text, the error code its record gets
    (None, "missing_text"),
    (("a text", "its context"), "missing_text"),  # a pair without as_tuples=True
    (b"bytes", "missing_text"),
    ("$5 million " * 40, "too_large"),  # longer than the pipeline's max_length (set low below)
]


@pytest.mark.parametrize(("item", "code"), BAD_ITEMS)
def test_extract_many_gives_an_error_record_for_an_item_it_cannot_read(item, code):
    nlp = spacy.blank("en")
    nlp.add_pipe("newsclaims")
    nlp.max_length = 100
    results = list(newsclaims.extract_many(["Acme raised $5 million.", item, "A 13% stake."], nlp=nlp))
    assert [r.status for r in results] == ["ok", "error", "ok"]
    assert [e.code for e in results[1].errors] == [code]
    assert [r.article.id for r in results] == ["text:1", "text:2", "text:3"]
    assert [m.text for m in results[2].mentions] == ["13%"]
