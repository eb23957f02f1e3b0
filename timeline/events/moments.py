"""The hours of the day a statement is dated to, for telling two moments of one day apart.

A date's interval is whole calendar days, so "this morning" and "this evening", "at 9 a.m." and
"at 7 p.m." cover the same day and would read as compatible. Two outlets that say "a man was
arrested in Queens this morning" and "a man was arrested in Queens this evening" tell two
arrests. The hours below say which stretch of the clock each reading of a day takes; a night runs
into the next morning (hour 29 is 5 a.m. of the next day), and a clock time stands for the hour
either side of it ("around 1:30 a.m."), so "this evening" and "at 8:30 p.m." still meet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from ..model import EventDate
from ..timex.spec import PART_HOURS

Hours = tuple[float, float]  # first and last hour, counted from midnight of 1 January of year 1

# The hours a part of the day (TIMEX3's TMO, TAF, ...) covers: ``timex.spec.PART_HOURS``.
# The hours "early", "mid-" and "late" take of a day ("early Friday", "late Thursday").
MOD_HOURS: Mapping[str, Hours] = {"START": (0.0, 12.0), "MID": (10.0, 16.0), "END": (17.0, 29.0)}
CLOCK_SLACK = 1.0  # hours either side of a clock time

_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(?:(MO|MI|AF|EV|NI|DT)|(\d\d)(?::(\d\d))?))?")
_CACHE: dict[tuple[str, str | None], Hours | None] = {}


def hours(date: EventDate) -> Hours | None:
    """The hours a date of one day covers, when it says more than the day ("Thursday night",
    "2:09 a.m.", "early Friday"); None for a plain day and for anything coarser or vaguer."""
    key = (date.value, date.mod)
    if key not in _CACHE:
        _CACHE[key] = _hours(date.value, date.mod)
    return _CACHE[key]


def _hours(value: str, mod: str | None) -> Hours | None:
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3])).toordinal() * 24.0
    except ValueError:
        return None
    part, hour, minute = match[4], match[5], match[6]
    if part is not None:
        first, last = PART_HOURS[part]
    elif hour is not None:
        at = int(hour) + int(minute or 0) / 60
        first, last = at - CLOCK_SLACK, at + CLOCK_SLACK
    elif mod is not None and mod in MOD_HOURS:
        first, last = MOD_HOURS[mod]
    else:
        return None
    return (day + first, day + last)


def meet(a: Hours, b: Hours) -> bool:
    """Whether two stretches of hours have a moment in common."""
    return a[0] <= b[1] and b[0] <= a[1]


NO_CLOCK = 1e9  # the hours a date that says nothing of the clock is taken to span


def fineness(date: EventDate) -> tuple[int, float]:
    """How fine a date is, finest first: its days, then the hours of the day it gives ("at
    2:09 a.m." before "this morning" before "Thursday"). The finest date of a group or an
    event dates it and is what the others are checked against."""
    span = hours(date)
    return (date.interval.days if date.interval else 1 << 30, span[1] - span[0] if span else NO_CLOCK)
