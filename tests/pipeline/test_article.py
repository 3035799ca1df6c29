"""`build_result` helpers: a claim's sentence text, whole for a sentence, a window for a line with no end."""

import pytest

from newsclaims.pipeline.article import MAX_SENTENCE_CHARS, sentence_text

LONG = "word " * 400 + "Revenue was $5 million" + " and more" * 300  # one sentence of 4,722 characters
AT = LONG.index("$5 million")

SENTENCE_TEXTS = {
    "ordinary": ("Revenue\nrose  to $5 million.", (0, 28), (17, 27), "Revenue rose to $5 million."),
    "a sentence of a longer text": ("First one. It rose 5% here.", (11, 27), (19, 21), "It rose 5% here."),
    "at the limit": ("a " * (MAX_SENTENCE_CHARS // 2), (0, MAX_SENTENCE_CHARS), (0, 1), " ".join(["a"] * 500)),
}


@pytest.mark.parametrize(("text", "sentence", "quantity", "expected"), SENTENCE_TEXTS.values(), ids=SENTENCE_TEXTS)
def test_sentence_text(text, sentence, quantity, expected):
    assert sentence_text(text, sentence, quantity) == expected


def test_a_sentence_past_the_limit_gives_the_words_around_the_quantity():
    found = sentence_text(LONG, (0, len(LONG)), (AT, AT + len("$5 million")))
    assert found.startswith("… word ") and found.endswith(" …")
    assert "Revenue was $5 million and more" in found
    assert len(found) <= MAX_SENTENCE_CHARS + len("$5 million") + 4  # the window, never the whole line
