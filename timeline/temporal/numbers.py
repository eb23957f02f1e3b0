"""Reading numbers written as digits or words ("18", "eighteen", "twenty-five", "2 1/2")."""

from __future__ import annotations

import re

from . import vocabulary as v

_SPACES = re.compile(r"[\s\u00a0]+")


def number(text: str | None) -> float | None:
    """The value of a number word or numeral; None when it is vague ("several") or unknown."""
    if not text:
        return None
    t = _SPACES.sub(" ", text.strip().lower())
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith(" 1/2"):
        t, half = t[:-4], 0.5
    for word, factor in (("hundred", 100), ("thousand", 1000)):
        if t.endswith(" " + word):  # "two thousand years"
            base = number(t[: -len(word) - 1])
            return None if base is None else base * factor + half
    if t in v.NUMBER_WORDS:
        return v.NUMBER_WORDS[t] + half
    try:
        return float(t) + half
    except ValueError:
        pass
    parts = re.split(r"[-\u2010-\u2015 ]", t)
    if len(parts) == 2 and parts[0] in v.TENS and parts[1] in v.UNITS_WORDS:
        return v.NUMBER_WORDS[parts[0]] + v.NUMBER_WORDS[parts[1]] + half
    return None


def is_vague(text: str | None) -> bool:
    if not text:
        return False
    return _SPACES.sub(" ", text.strip().lower()) in v.VAGUE_NUMBERS


def amount(n: float) -> str:
    """A number as TIMEX3 writes it: 2 not 2.0."""
    return str(int(n)) if n == int(n) else str(n)
