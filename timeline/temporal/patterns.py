"""Regular-expression fragments built from the vocabulary (HeidelTime's %reMonthLong and kin).

Rules are written with these names, so the grammar reads like the language it describes. All
fragments are verbose-mode, case-insensitive; ``CAP`` switches case sensitivity back on where a
capital letter matters (month names that are also verbs or first names).
"""

from __future__ import annotations

from collections.abc import Iterable

from . import vocabulary as v


def _alt(words: Iterable[str]) -> str:
    """An alternation of words, longest first, spaces allowed to stretch."""
    return (
        "(?:" + "|".join(w.replace(" ", r"\s+").replace(".", r"\.") for w in sorted(words, key=len, reverse=True)) + ")"
    )


B = r"\b"
GAP = r"[\s\u00a0]+"
OPT_GAP = r"[\s\u00a0]*"
DASH = r"[-\u2010-\u2015]"

MONTH_LONG = _alt(v.MONTHS_LONG)
MONTH_ABBR = "(?:" + "|".join(sorted(v.MONTHS_ABBREVIATED, key=len, reverse=True)) + r")\.?"
MONTH = rf"(?:{MONTH_LONG}|{MONTH_ABBR})(?![\w])"
WEEKDAY = _alt(v.WEEKDAYS) + r"(?:'s)?"
WEEKDAY_BARE = _alt(v.WEEKDAYS)
SEASON = _alt(v.SEASONS)
PART_OF_DAY = _alt(("morning", "afternoon", "evening", "night"))

DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
YEAR_RECENT = r"(?:1[89]\d\d|20\d\d)"

_units_simple = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "weekend",
)
UNIT = r"(?:" + "|".join(_units_simple) + r")s?|centur(?:y|ies)"
UNIT_CAL = r"(?:day|week|month|quarter|year|decade|weekend|centur(?:y|ies))s?"

_numbers = [w for w in v.NUMBER_WORDS if w not in ("a", "an")]
NUMBER_WORD = (
    "(?:"
    + "|".join(v.TENS)
    + ")"
    + rf"(?:{DASH}|\s)?"
    + "(?:"
    + "|".join(v.UNITS_WORDS)
    + ")"
    + "|"
    + _alt(_numbers)[3:-1]
)
NUMBER = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{NUMBER_WORD})(?:\s+(?:hundred|thousand)|\s+and\s+a\s+half)?|an?)"
VAGUE = _alt(v.VAGUE_NUMBERS)
DURATION_MOD = _alt(v.DURATION_MODS)
AGO_MOD = _alt(v.AGO_MODS)
POSITION = (
    r"(?:the\s+(?:end|beginning|start|middle|close|turn|latter\s+part|early\s+part|last\s+part)\s+of"
    r"|(?:end|beginning|start|middle)\s+of(?=\s+(?:this|next|last|the|year|month|week)\b)"
    r"|(?:early|late|mid)(?:\s*-\s*|\s+))"
)

# The same names in any case ("easter 2018", "last easter"); the rule checks the case.
HOLIDAY_ANY = _alt(w.replace("'", "['\u2019]") for w in v.HOLIDAYS if not w.startswith("the "))

# Case-sensitive capitalised word (used to spot "April Jones", "May Collins").
CAP = r"(?-i:[A-Z])"
