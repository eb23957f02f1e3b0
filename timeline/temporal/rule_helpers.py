"""What the rule modules share: reading the words of a match (month and day numbers, position
words, "last" and "next") and building the specs they hand over."""

from __future__ import annotations

from attrs import evolve

from ..model import TimexType
from ..timex.spec import Alternative, Base, Direction, PartOfDay, Spec, spec
from ..timex.values import is_valid
from . import vocabulary as v
from . import vocabulary_calendar as vc
from .grammar import Groups, Reading
from .patterns import POSITION

DATE, TIME = TimexType.DATE, TimexType.TIME
# "the end of", "early", "mid-" before a date: its mod (group ``pos``).
POS = rf"(?:(?P<pos>{POSITION})\s*)?"

# "last Sept. 30", "next Christmas": the one before or after publication, as tense would say.
LAST_NEXT = {"last": Direction.PAST, "next": Direction.FUTURE}
# "last", "this", "next" before a weekday, month or season (see ``relation``).
_RELATIONS = {"last": Direction.LAST, "this": Direction.THIS, "next": Direction.NEXT, "near": Direction.NEAR}
# The part of the day a word names, as a TIMEX3 value writes it after "T".
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
# Units moved by "last year", "the following day", "that week".
SHIFT_WORDS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "preceding": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "this": 0,
    "current": 0,
    "present": 0,
    "same": 0,
    "that": 0,
}
EARLY_LATE = {"early": "START", "earlier": "START", "late": "END", "later": "END"}


def month_number(word: str) -> int:
    return v.MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    return int(word.lower().rstrip("stndrh"))


def position_mod(groups: Groups) -> str | None:
    pos = groups.get("pos")
    if not pos:
        return None
    key = " ".join(pos.lower().replace("-", " ").split())
    return v.POSITION_MODS.get(key) or v.POSITION_MODS.get(key.split()[0])


def absolute(value: str, mod: str | None = None) -> Reading | None:
    """A finished date, if the calendar has it (no 31 February)."""
    return Reading(DATE, value, mod) if is_valid(value) else None


def weekday_of(groups: Groups) -> int | None:
    """The weekday (1 = Monday) named before a date ("Friday, Oct. 23"), if any."""
    weekday = groups["wd"]
    if not weekday:
        return None
    key = weekday.lower().rstrip(".")
    return v.WEEKDAYS.get(key) or vc.WEEKDAY_ABBREVIATIONS[key]


def unit_name(word: str) -> str:
    """ "years" is year, "centuries" century."""
    w = word.lower().rstrip("s")
    return {"centurie": "century", "centuries": "century"}.get(w, w)


def part_suffix(word: str | None) -> PartOfDay | None:
    """ "morning" is the suffix TMO; no word, no suffix."""
    return PartOfDay(PARTS_OF_DAY[word.lower()]) if word else None


def relation(words: str | None) -> Direction:
    """ "last", "this past", "next", "this coming", "this"; none is ``near`` (the tense decides)."""
    rel = " ".join((words or "near").lower().split())
    rel = {"this past": "last", "past": "last", "this coming": "next", "coming": "next", "upcoming": "next"}.get(
        rel, rel
    )
    rel = "this" if rel == "this upcoming" else rel
    return _RELATIONS[rel]


def ref_or_dct(alternative: Alternative) -> Spec:
    """The same reading counted from the date told about, else from publication."""
    return spec(evolve(alternative, base=Base.REF), alternative)
