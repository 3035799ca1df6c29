"""Text that is shown on a terminal and cannot act on it.

An article, a title or a file name may carry terminal control sequences: an OSC 52 write to the clipboard,
a clear-screen, a colour that hides the rest of a line, a carriage return that overwrites it, or bidi
overrides that show code other than what is written. Every character that could act is replaced by one
that shows it: C0 controls by their Unicode control pictures (ESC -> "␛"), DEL by "␡", C1 controls and
bidi embeddings, overrides and isolates by U+FFFD. One character for one, so lengths stay what they were.
Tab and line feed stay: they lay text out and do nothing else.
"""

import re

_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` with every character that a terminal would act on made visible instead.

    >>> terminal_safe("Acme\\x1b]52;c;cGF5bG9hZA==\\x07 rose\\x1b[2J 4%\\r")
    'Acme␛]52;c;cGF5bG9hZA==␇ rose␛[2J 4%␍'
    >>> terminal_safe("a\\tb\\nc \\u202eevil\\x9b31m")
    'a\\tb\\nc \\ufffdevil\\ufffd31m'
    """
    return _ACTIVE.sub(_shown, text)


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"
