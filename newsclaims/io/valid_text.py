"""Text a record can hold: valid Unicode, whatever the input's bytes or JSON said.

Two ways invalid Unicode reaches a Python string, and each would stop the JSON writer (UTF-8 cannot encode
a surrogate) and with it the whole run:
- a file name that is not UTF-8: Python keeps each bad byte as a surrogate (U+DC80-U+DCFF,
  `surrogateescape`), so that the file can still be opened. A record shows the byte as `\\xff`, the way a
  shell would print it.
- a lone surrogate in a JSON string (`"\\ud800"`), as a JavaScript export leaves when it cuts a text
  between the two halves of an emoji: read as U+FFFD, one character for one, so offsets still hold.
"""

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (the same length, so offsets stay valid).

    >>> without_lone_surrogates("cut emoji \\ud83d here") == "cut emoji \\ufffd here"
    True
    >>> without_lone_surrogates("fine 😀")
    'fine 😀'
    """
    return _SURROGATE.sub("\ufffd", text)


def path_text(path: str) -> str:
    """A path as a record names it: bytes that were not UTF-8 written as `\\xNN`, other surrogates U+FFFD.

    >>> import os
    >>> path_text(os.fsdecode(b"wires/caf\\xe9.txt"))
    'wires/caf\\\\xe9.txt'
    >>> path_text("wires/café.txt")
    'wires/café.txt'
    """
    return _SURROGATE.sub(_shown, path)


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"
