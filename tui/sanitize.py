"""Making untrusted article text safe to put on a terminal.

Article text, titles, names and file names come from files we did not write. They are always
turned into Rich ``Text`` / strips from plain strings (never parsed as markup), and every control
character goes through ``clean`` first so an escape sequence in an article cannot drive the
terminal. ``clean`` keeps the string's length, so offsets (spans) into the original text still
point at the same characters.
"""

from __future__ import annotations

import re

# C0 controls except newline, DEL, C1 controls, and the bidirectional overrides that can make
# text display in a different order than it is stored.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    char = match[0]
    code = ord(char)
    if char in "\t\r\u2028\u2029":  # a tab's width; a line end (CRLF files) or break the layout does not know of
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def clean(text: str) -> str:
    """``text`` with every control character replaced by a visible stand-in; newlines kept."""
    return _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """``clean`` text folded onto one line (newlines become spaces), same length."""
    return clean(text).replace("\n", " ")
