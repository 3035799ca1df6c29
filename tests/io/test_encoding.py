"""Bytes to text: which encodings are read, which are refused, and what is recorded.

New rows: a file seen in the wild goes in ENCODINGS (read) or REFUSED (error record), with its origin as id.
"""

import pytest

from newsclaims.io.encoding import DecodeFailure, decode_text, looks_binary

SENTENCE = "“Café Noël” raised £5 million, €3 million and ¥200 million – 13% more."

# bytes, text expected, encoding recorded
ENCODINGS = [
    pytest.param(SENTENCE.encode("utf-8"), SENTENCE, None, id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE, None, id="utf-8-bom-dropped"),
    pytest.param(SENTENCE.encode("utf-16"), SENTENCE, "utf-16", id="utf-16-le-bom"),
    pytest.param(b"\xfe\xff" + SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16", id="utf-16-be-bom"),
    pytest.param(SENTENCE.encode("utf-32"), SENTENCE, "utf-32", id="utf-32-bom"),
    pytest.param(
        "Café Noël raised £5 million.".encode("latin-1"), "Café Noël raised £5 million.", "cp1252", id="latin-1"
    ),
    pytest.param(SENTENCE.encode("cp1252"), SENTENCE, "cp1252", id="cp1252-smart-quotes-euro"),
    pytest.param(b"Tab\tand\r\nform\x0cfeed are text", "Tab\tand\r\nform\x0cfeed are text", None, id="text-controls"),
]

# bytes, error code, words of the message
REFUSED = [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "binary", id="png-header"),
    pytest.param(b"Acme raised $5 billion.\x00\x00 and more", "binary", "NUL", id="nul-bytes-in-text"),
    pytest.param(bytes(range(1, 32)) * 20, "binary", "control", id="control-bytes"),
    pytest.param(
        "Acme raised €5 billion.".encode() + b"\xc3\x28 and more", "decode_error", "broken UTF-8", id="broken-utf-8"
    ),
    pytest.param("€5".encode() + b"\xe2\x82", "decode_error", "broken UTF-8", id="utf-8-cut-mid-character"),
    pytest.param(b"\xff\xfe\xfd bad", "decode_error", "UTF-16", id="utf-16-bom-odd-length"),
    pytest.param(bytes(range(128, 256)) * 10, "decode_error", "no other encoding", id="high-bytes-noise"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), ENCODINGS)
def test_decodes_and_records_the_encoding(data, text, encoding):
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(("data", "code", "words"), REFUSED)
def test_refuses_with_a_code_and_a_reason(data, code, words):
    with pytest.raises(DecodeFailure) as failure:
        decode_text(data)
    assert failure.value.code == code
    assert words in str(failure.value)


def test_binary_sniff_reads_only_the_start():
    # A control byte far past the sample does not make a long text binary.
    assert not looks_binary(b"a" * 10_000 + b"\x01")


RUSSIAN = "Газпром увеличил прибыль на 5%."
JAPANESE = "東京の会社は5億円を調達した。"

# bytes, declared charset, text expected, encoding recorded
DECLARED = [
    pytest.param(RUSSIAN.encode("koi8_r"), "koi8-r", RUSSIAN, "koi8-r", id="koi8-r-declared"),
    pytest.param(JAPANESE.encode("shift_jis"), "Shift_JIS", JAPANESE, "shift_jis", id="shift-jis-declared"),
    pytest.param(SENTENCE.encode("cp1252"), "iso-8859-1", SENTENCE, "cp1252", id="latin-1-label-means-cp1252"),
    pytest.param(SENTENCE.encode("utf-8"), "windows-1251", SENTENCE, None, id="valid-utf-8-wins-over-label"),
    pytest.param("Café".encode("latin-1"), "no-such-charset", "Café", "cp1252", id="unknown-label-ignored"),
    pytest.param("Café".encode("latin-1"), "utf-8", "Café", "cp1252", id="false-utf-8-label-ignored"),
]


@pytest.mark.parametrize(("data", "declared", "text", "encoding"), DECLARED)
def test_a_declared_charset_is_tried_after_utf_8(data, declared, text, encoding):
    decoded = decode_text(data, declared)
    assert (decoded.text, decoded.encoding) == (text, encoding)
