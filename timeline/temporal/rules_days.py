"""Rules for days of the month written as words or ordinals, alone or with a weekday: "June
twenty-first", "the second of June", "fourth of July, 1995", "January twenty five nineteen
eighty six", "Friday the 23rd", "Mon 13th", "on the 21st".

A day of the month without its month ("on the 21st", "Friday the 13th") is the nearest such
day, counted back or forward as the sentence's tense says (``DayOfMonth``); with a weekday, the
nearest month in which the day falls on it.
"""

from __future__ import annotations

import re

from ..timex.spec import DayOfMonth, Direction, MonthDay, Shift, This, Within, dct, spec
from ..timex.values import is_valid
from . import vocabulary as v
from . import vocabulary_calendar as vc
from .grammar import Context, Groups, Reading, rule
from .patterns import DAY_NUMBER, MONTH, WEEKDAY_BARE, YEAR4
from .rule_helpers import DATE, absolute, month_number
from .spelled import DAY_CARDINAL_WORD, DAY_ORDINAL_WORD, YEAR_WORDS, day_of, year_of

_DAY_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_WEEKDAY_SHORT = "(?:" + "|".join(sorted(vc.WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.?"
# A year after a day and month: four digits, words, or "of '87" (two digits only after "of").
_YEAR = rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<y>{YEAR4}|{YEAR_WORDS})(?![\w-])|\s+of\s+(?P<yy>'?\d\d)(?![\w-]))"
_OF_YEAR = rf"(?:,?\s+of\s+(?:{YEAR4}|'?\d\d)(?![\w-]))"
_NUMBER_NEXT = re.compile(
    r"[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one|two|three|four|five|six|seven"
    r"|eight|nine)\b",
    re.IGNORECASE,
)
# Verbs that are also months: in lower case they are read only with a year ("may twenty-nine").
_VERB_MONTHS = frozenset({"may", "march"})


def _day(month: int, day: int, g: Groups, weekday: int | None = None) -> Reading | None:
    year = g["y"] or g["yy"]
    if year:
        return absolute(f"{year_of(year):04d}-{month:02d}-{day:02d}")
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    return Reading(DATE, spec(dct(MonthDay(month, day, Direction.NEAR, weekday))))


@rule(
    "month_day_words",
    rf"""
    (?P<m>{MONTH})(?P<comma>,)?\s+(?:the\s+)?
    (?:(?P<d>{DAY_ORDINAL_WORD}|{DAY_CARDINAL_WORD})(?![\w-])     # "June twenty-first"
      |(?P<dn>{DAY_NUMBER})(?={_OF_YEAR})                           # "July 4th of 1995"
      |(?P<do>{_DAY_ORDINAL})(?=\s*(?:[.;!?)]|$)))                  # "October, 1st."
    {_YEAR}?
    """,
    (
        ("June twenty-first", "2011-06-21"),
        ("February twenty second", "2011-02-22"),
        ("January first two thousand and nine", "2009-01-01"),
        ("January twenty five nineteen eighty six", "1986-01-25"),
        ("July 4th of 1995", "1995-07-04"),
        ("you may first need a permit", ""),
        ("set for [October, 1st].", "2011-10-01"),
    ),
)
def month_day_words(g: Groups, c: Context) -> Reading | None:
    written = g.text("m")
    if g["d"] and not (g["y"] or g["yy"]) and _NUMBER_NEXT.match(c.text, c.end):
        return None  # "January nineteen ninety-seven" is a month and a year
    if written.lower() in _VERB_MONTHS and not written[0].isupper() and not (g["y"] or g["yy"]):
        return None
    if g["do"] and not g["comma"]:
        return None  # "April 3rd" is the plain month-and-day rule's
    return _day(month_number(written), day_of(g.text("d", "dn", "do")), g)


@rule(
    "day_words_month",
    rf"""
    (?=[efnst\d])                                   # a cheap check: "the", a day word or a figure
    (?:the\s+)?
    (?:(?P<d>{DAY_ORDINAL_WORD}|{DAY_CARDINAL_WORD})(?![\w-])(?:\s+day)?\s+(?:of\s+)?   # "the second of"
      |(?P<dn>{_DAY_ORDINAL}|{DAY_NUMBER})\s+(?:day\s+)?(?:of\s+)?                    # "4th of July of 1995"
        (?={MONTH}(?:{_OF_YEAR}|\s+{YEAR_WORDS})))                                   # "13 Sept nineteen seventy two"
    (?P<m>{MONTH}){_YEAR}?
    """,
    (
        ("the second of June", "2011-06-02"),
        ("fourth of July, 1995", "1995-07-04"),
        ("the twenty third day of September", "2011-09-23"),
        ("twenty five January nineteen eighty six", "1986-01-25"),
        ("4th of July of 1995", "1995-07-04"),
        ("15 April of 87", "1987-04-15"),
        ("13 Sept nineteen seventy two", "1972-09-13"),
    ),
)
def day_words_month(g: Groups, c: Context) -> Reading | None:
    return _day(month_number(g.text("m")), day_of(g.text("d", "dn")), g)


# A bare number after a weekday is a day only where the clause ends: "on Monday 21!", not
# "on Friday 13 people died".
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


@rule(
    "weekday_day",
    rf"""
    (?:(?P<wd>{WEEKDAY_BARE})|(?P<ws>{_WEEKDAY_SHORT})),?\s+(?:(?P<the>the)\s+)?
    (?P<d>{_DAY_ORDINAL}|{DAY_ORDINAL_WORD}|(?:[12]\d|3[01]|0?[1-9]))
    (?![\w%-]|[:/.,]\d|\s*(?:a\.?m|p\.?m)\b|\s+(?:of\s+)?{MONTH})
    """,
    (
        ("Friday the 23rd", "2010-07-23"),
        ("Tuesday the eleventh", "2011-01-11"),
        ("The fair opens on [Mon 13th].", "2010-12-13"),
        ("the vote on [Monday 21]!", "2011-03-21"),
    ),
)
def weekday_day(g: Groups, c: Context) -> Reading | None:
    written = g.text("d")
    bare = written.isdigit()
    if g["ws"] and bare and not g["the"]:
        return None  # "Sat 14" may be anything; "Sat 14th", "Sat the 14th" are days
    if (bare and not g["the"]) or not written[0].isdigit():
        if not _CLAUSE_END.match(c.text, c.end):
            return None  # "Friday, the fourth decline"
    key = (g["wd"] or g.text("ws")).lower().rstrip(".")
    weekday = v.WEEKDAYS.get(key) or vc.WEEKDAY_ABBREVIATIONS[key]
    return Reading(DATE, spec(dct(DayOfMonth(day_of(written), Direction.NEAR, weekday))))


_MONTH_SHIFT = {"this": 0, "next": 1, "last": -1}


@rule(
    "ordinal_day",
    rf"""
    (?:(?<=\bon\s)(?:the\s+)?(?P<d>{_DAY_ORDINAL})(?=\s*(?:[.,;!?)]|$))          # "on the 18th."
      |the\s+(?P<d2>{_DAY_ORDINAL})\s+(?:day\s+)?(?:of\s+)?(?P<rel>this|next|last)\s+month(?![\w-]))
    """,
    (
        ("The hearing was set on [the 18th].", "2011-03-18"),
        ("It was paid on [4th].", "2011-04-04"),
        ("around [the 21st this month].", "2011-04-21"),
        ("[the 15th of next month]", "2011-05-15"),
        ("she finished the 20th.", ""),
    ),
)
def ordinal_day(g: Groups, c: Context) -> Reading | None:
    """ "on the 18th": the nearest 18th (back, unless the sentence looks forward)."""
    day = day_of(g.text("d", "d2"))
    if g["rel"]:
        return Reading(DATE, spec(dct(Shift("month", _MONTH_SHIFT[g.text("rel").lower()]), Within("day", day))))
    return Reading(DATE, spec(dct(DayOfMonth(day, Direction.NEAR))))


@rule(
    "the_day",
    r"(?:(?<=\bon\s)|(?<=\bfor\s))the\s+(?P<u>day|month)(?=\s*(?:[.,;!?)]|$))",
    (
        ("Shares fell 3% on [the day].", "2011-04-10"),
        ("I'm blocked for [the day]", "2011-04-10"),
        ("away for [the month].", "2011-04"),
    ),
)
def the_day(g: Groups, c: Context) -> Reading:
    """ "shares fell 3% on the day.", "away for the month.": the day (or month) the report is
    about, that of publication, when the words end the clause ("on the day he died" is another
    day). "for the year" is left to the reporting periods: it is often a length (P1Y)."""
    return Reading(DATE, spec(dct(This(g.text("u").lower()))))
