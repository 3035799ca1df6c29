"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else a detected legacy encoding.

The order matters, and each step says why:
1. A byte-order mark decides (UTF-8, UTF-16, UTF-32): it is the one explicit statement a file can make.
2. Binary data is refused before any guessing: a detector will "decode" a PNG as some code page.
3. Strict UTF-8: by far the most common, and valid UTF-8 is almost never anything else.
4. An encoding the document declares (an HTML page's `<meta charset>`), when it reads the bytes cleanly.
   As in browsers (WHATWG), a declared Latin-1 or ASCII is read as its superset cp1252.
5. Bytes that hold valid UTF-8 multi-byte sequences *and* invalid ones are broken UTF-8 (a truncated or
   spliced file), refused as `decode_error`: a legacy code page would turn every '€' into 'â‚¬' silently.
6. Otherwise a legacy encoding: cp1252 first when it reads cleanly (the WHATWG fallback for Western text;
   a generic detector reads a Latin-1 '£' as the Polish 'Ł' on short texts), then charset-normalizer's best
   guess. The encoding used is returned so the output can record it (`ArticleMeta.encoding`).
"""

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

BOMS = (
    # UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
SNIFF_BYTES = 8192
# Control bytes that text does not contain; tab, newlines, form feed, vertical tab and escape are allowed.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
MAX_CONTROL_RATIO = 0.05
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
WESTERN_FALLBACK = "cp1252"
# WHATWG: these labels mean windows-1252 on the web (their C1 range is cp1252's printable characters).
_WEB_ALIASES = {"latin_1": WESTERN_FALLBACK, "iso8859_1": WESTERN_FALLBACK, "ascii": WESTERN_FALLBACK}


class DecodeFailure(ValueError):
    """Bytes that are not text this reader can decode; `code` is the error record's code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Decoded:
    """Text and the encoding it was decoded from; `encoding` is None for plain UTF-8 (with or without BOM)."""

    text: str
    encoding: str | None


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """The text of `data`, or a `DecodeFailure` (binary, decode_error) saying why not. `declared` is the
    encoding the document names for itself, if any.

    >>> decode_text("Café £5".encode("utf-8")), decode_text("Café £5".encode("latin-1"))
    (Decoded(text='Café £5', encoding=None), Decoded(text='Café £5', encoding='cp1252'))
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding)
    if looks_binary(data):
        raise DecodeFailure("binary", "looks like a binary file (NUL or control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), None)
    except UnicodeDecodeError as error:
        if (decoded := _decode_declared(data, declared)) is not None:
            return decoded
        if _UTF8_MULTIBYTE.search(data):
            raise DecodeFailure(
                "decode_error", f"broken UTF-8 (byte {error.start}: {error.reason}); not decoded as a guess"
            ) from error
    return _decode_legacy(data)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than a few control bytes in the first 8 KiB: not a text file.

    >>> looks_binary(b"plain text\\n"), looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    (False, True)
    """
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    return bool(sample) and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_RATIO


def _decode_with_bom(data: bytes, encoding: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        name = encoding.removesuffix("-sig").upper()
        raise DecodeFailure("decode_error", f"not valid {name} (byte {error.start}: {error.reason})") from error
    return Decoded(text, None if encoding == "utf-8-sig" else encoding)


def _decode_declared(data: bytes, declared: str | None) -> Decoded | None:
    try:
        name = codecs.lookup(declared).name if declared else None
    except LookupError:  # a label Python does not know: ignore it, as browsers do
        return None
    if name is None or name.startswith("utf"):
        return None  # UTF-8 already failed; a declared UTF-16 without a BOM is not believable
    name = _WEB_ALIASES.get(name.replace("-", "_"), name)
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes) -> Decoded:
    western = from_bytes(data, cp_isolation=[WESTERN_FALLBACK]).best()
    guess = western or from_bytes(data).best()
    if guess is None:
        raise DecodeFailure("decode_error", "not valid UTF-8, and no other encoding reads it as text")
    return Decoded(str(guess), guess.encoding)
