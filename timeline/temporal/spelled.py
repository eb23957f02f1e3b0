"""Days and years written in words: "the twenty-first", "June twenty first", "nineteen eighty
six", "two thousand and nine", "seventeen hundred thirty three".

The patterns and the readers live together so that a form the pattern accepts is always one
the reader can value.
"""

from __future__ import annotations

import re

from . import vocabulary_calendar as vc

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_J = r"[\s\u00a0-]+"
_UP_TO_99 = rf"(?:(?:{_TENS})(?:{_J}(?:{_UNITS}))?|(?:{_TEENS})|(?:{_UNITS}))"
_CENTURIES = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"


def _words(words: dict[str, int]) -> str:
    return "(?:" + "|".join(w.replace(" ", _J) for w in sorted(words, key=len, reverse=True)) + ")"


# A day of the month as an ordinal word ("twenty-first") or, after a month, a cardinal from ten.
DAY_ORDINAL_WORD = _words(vc.DAY_ORDINAL_WORDS)
DAY_CARDINAL_WORD = _words(vc.DAY_CARDINAL_WORDS)
# A year in words: "nineteen eighty six", "nineteen hundred ninety three", "two thousand and nine".
YEAR_WORDS = (
    rf"(?:(?:{_CENTURIES}){_J}(?:hundred(?:{_J}(?:and{_J})?{_UP_TO_99})?|(?:{_TENS})(?:{_J}(?:{_UNITS}))?"
    rf"|(?:{_TEENS})|oh{_J}(?:{_UNITS}))"
    rf"|two{_J}thousand(?:{_J}(?:and{_J})?{_UP_TO_99})?)(?![\w-])"
)

_NUMBERS = {w: i + 1 for i, w in enumerate(_UNITS.split("|"))}
_NUMBERS |= {w: i + 10 for i, w in enumerate(_TEENS.split("|"))}
_NUMBERS |= {w: (i + 2) * 10 for i, w in enumerate(_TENS.split("|"))}
_NUMBERS["oh"] = 0
_SPLIT = re.compile(r"[\s\u00a0-]+")


def day_of(words: str) -> int:
    """The day a day word or numeral names: "twenty-first" 21, "twenty five" 25, "21st" 21."""
    key = " ".join(_SPLIT.split(words.lower().strip()))
    if key[:1].isdigit():
        return int(key.rstrip("stndrh"))
    return vc.DAY_ORDINAL_WORDS.get(key) or vc.DAY_CARDINAL_WORDS[key]


def year_of(words: str) -> int:
    """The year a year in words names; a numeral of two digits is 19xx from 50 up, else 20xx."""
    text = words.lower().strip().lstrip("'\u2019")
    if text.isdigit():
        year = int(text)
        return year if len(text) == 4 else year + (1900 if year >= 50 else 2000)
    tokens = [t for t in _SPLIT.split(text) if t and t != "and"]
    if tokens[:2] == ["two", "thousand"]:
        return 2000 + sum(_NUMBERS[t] for t in tokens[2:])
    century = _NUMBERS[tokens[0]] * 100
    rest = tokens[1:]
    if rest[:1] == ["hundred"]:
        rest = rest[1:]
    return century + sum(_NUMBERS[t] for t in rest)
