"""Days that do not exist are not dates: "February 29, 2011", "31 April", "32 January 2010",
"0 March 2010".

The scanner asks here, at every word a date may start at, before any rule is tried. A form
that names a day of a month which has no such day is consumed whole as a ``NotADate``, so no
rule reads a part of it instead ("January 2010" of "32 January 2010", "2011" of "February 29,
2011", the nearest 29 February of "February 29" in "February 29, 2011"). Checking it here, once,
keeps the rules free of day-range checks of their own.

Only forms that can only be a day are refused: a number after a month is a day up to 31
("March 35 people" is a count), and a number of 32 or more before a month only when a year
follows ("32 January arrivals" is a count, "32 January 2010" a day that does not exist).
"""

from __future__ import annotations

import calendar
import re

from attrs import frozen

from ..model import Span
from . import vocabulary as v
from .patterns import MONTH, YEAR4

_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_FIRST = re.compile(
    rf"(?<![\d.,])(?P<d>\d{{1,2}})(?!\d){_ORDINAL}(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4})\b)?",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?!\d){_ORDINAL}(?![\d:.,/]\d|\s*(?:%|per\s*cent|percent))"
    rf"(?:(?:,\s*|\s+)(?P<y>{YEAR4})\b)?",
    re.IGNORECASE,
)
# Any year stands for "some year" when none is given: 29 February exists in a leap year.
_LEAP = 2000


@frozen
class NotADate:
    """A day of a month that has no such day, with why, to be consumed and never tagged."""

    span: Span
    text: str
    reason: str


def not_a_date(text: str, position: int) -> NotADate | None:
    """The impossible day that starts at ``position`` of ``text``, if one does."""
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        found = pattern.match(text, position)
        if found is None:
            continue
        day, year = int(found.group("d")), found.group("y")
        if day > 31 and (pattern is _MONTH_FIRST or year is None):
            continue  # a count of things, not a day
        month = v.MONTHS[found.group("m").lower().rstrip(".")]
        last = calendar.monthrange(int(year) if year else _LEAP, month)[1]
        if 1 <= day <= last:
            return None
        name = calendar.month_name[month]
        where = f"{name} {year}" if year else name
        reason = f"{where} has no day {day}" if day else "there is no day 0"
        return NotADate(Span(found.start(), found.end()), found.group(), reason)
    return None
