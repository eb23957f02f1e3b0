"""The rule for clock times: "10:35 a.m.", "0735 GMT", "noon", "10 p.m. Wednesday",
"11.30pm on 3 February", "midnight Friday".
"""

from __future__ import annotations

from attrs import evolve

from ..timex.spec import (
    Base,
    Clock,
    Direction,
    MonthDay,
    Shift,
    Weekday,
    dct,
    spec,
)
from ..timex.values import is_valid
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .patterns import (
    MONTH,
    WEEKDAY_BARE,
)
from .rule_helpers import (
    TIME,
    month_number,
)

_CLOCK = r"""(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?-i:a\.m\.?|p\.m\.?|am|pm|AM|PM))(?![\w])
    |(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s*(?-i:GMT|UTC|BST|CET|[ECMP][SD]T)\b)
    |(?P<hm>[01]?\d)\s+(?:o['\u2019]clock\s+)?in\s+the\s+(?P<pm>morning|afternoon|evening)
    |(?<=\bat\s)(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?!\d)|(?<!high\s)(?P<word>noon|midnight|midday)(?![\w]))
    (?:\s*(?-i:GMT|BST|UTC|[ECMP][SD]T)\b)?"""


# The day a clock time is on: "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "11.30pm on 3 February",
# "6am on Monday 18 March 2024", "noon tomorrow".
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


def _clock_date(tag: str) -> str:
    """ "Nov. 9", "3 February", "the 3rd of February", with a year or not; group names end in ``tag``."""
    return rf"""
        (?:(?P<m{tag}>{MONTH})\s+(?P<d{tag}>{_DAY})(?:st|nd|rd|th)?\b             # "Nov. 9"
          |(?P<e{tag}>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<n{tag}>{MONTH}))    # "3 February", "3rd of February"
        (?:,?\s+(?P<y{tag}>(?:19|20)\d\d)\b(?!\s+[a-z]+s\b))?                      # not "3 February, 2000 protesters"
        """


_CLOCK_DAY = rf"""
    (?:,?\s+(?:on\s+)?
      (?:(?P<wd>{WEEKDAY_BARE})\b(?:,?\s+(?:the\s+)?{_clock_date("w")})?   # "Wednesday", "Monday 18 March 2024"
        |(?:the\s+)?{_clock_date("")}                                     # "Nov. 9", "the 3rd of February"
        |(?P<rel>today|tomorrow|yesterday)\b))?"""


@rule(
    "clock_time",
    _CLOCK + _CLOCK_DAY,
    (
        ("10:35 a.m.", "2011-04-10T10:35"),
        ("6 a.m", "2011-04-10T06:00"),
        ("noon", "2011-04-10T12:00"),
        ("10 p.m. Wednesday", "2011-04-06T22:00"),
        ("5 p.m. EST Nov. 9", "2010-11-09T17:00"),
        ("0735 GMT", "2011-04-10T07:35"),
        ("the offer expires at [midnight Friday]", "2011-04-08T24:00"),
        ("Police were called at [11.30pm on 3 February].", "2011-02-03T23:30"),
        ("[6am on Monday 18 April]", "2011-04-18T06:00"),
        ("[9.15am on 2 March 2009]", "2009-03-02T09:15"),
    ),
)
def clock_time(g: Groups, c: Context) -> Reading | None:
    if g["word"]:
        # "the offer expires at midnight Friday": the end of Friday (24:00), not its first minute.
        hour, minute = (24, 0) if g["word"].lower() == "midnight" else (12, 0)
    elif g["mil"]:
        hour, minute = int(g.text("mil")), int(g.text("milm"))
    elif g["hm"]:
        hour, minute = int(g["hm"]), 0
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if g.text("pm").lower() != "morning" else 0)
    elif g["h24"]:
        hour, minute = int(g.text("h24")), int(g.text("mi24"))
    else:
        hour, minute = int(g.text("h")), int(g["mi"] or 0)
        if hour == 0 or hour > 12:
            return None
        pm = g.text("ap").lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    clock = Clock(hour, minute)
    month = g["m"] or g["n"] or g["mw"] or g["nw"]
    year = g["y"] or g["yw"]
    if month:
        day = g.text("d", "e", "dw", "ew")
        if year:
            value = f"{year}-{month_number(month):02d}-{int(day):02d}"
            return Reading(TIME, f"{value}T{hour:02d}:{minute:02d}") if is_valid(value) else None
        return Reading(TIME, spec(dct(MonthDay(month_number(month), int(day), Direction.NEAR), clock)))
    if g["wd"]:
        return Reading(TIME, spec(dct(Weekday(v.WEEKDAYS[g["wd"].lower()], Direction.NEAR), clock)))
    if g["rel"]:
        offset = {"today": 0, "tomorrow": 1, "yesterday": -1}[g["rel"].lower()]
        return Reading(TIME, spec(dct(Shift("day", offset), clock)))
    # A bare clock time belongs to the day last mentioned ("on Friday ... at 10 p.m.").
    same_day = dct(Shift("day", 0), clock)
    return Reading(TIME, spec(evolve(same_day, base=Base.REF), same_day))
