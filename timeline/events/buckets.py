"""The calendar buckets of the merge's candidate index: a group is filed under the buckets its
date lies in and looked up in those that may hold a compatible date.

Coarse dates are filed by year ("Y"); month-or-finer dates by their month ("M") and among the fine
dates of their year ("F"), so a day meets the days of its month and the coarse dates of its year,
never the other days of its year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .evidence import Group

_MAX_YEARS = 3  # dates wider than this are too vague to merge on

Bucket = tuple[str, int] | tuple[str, int, int]  # ("Y", year), ("F", year) or ("M", year, month)


def _years(group: Group) -> range:
    interval = group.date.interval
    if interval is None or interval.end.year - interval.start.year >= _MAX_YEARS:
        return range(0)
    return range(interval.start.year, interval.end.year + 1)


def _months(group: Group) -> tuple[tuple[int, int], ...]:
    """The calendar months a date of a month or finer lies in (none for coarser dates)."""
    interval = group.date.interval
    if interval is None or group.is_range or interval.days > 31:
        return ()
    return tuple(dict.fromkeys(((interval.start.year, interval.start.month), (interval.end.year, interval.end.month))))


def stored(group: Group) -> Sequence[Bucket]:
    """Index buckets a group is filed under: coarse dates by year ("Y"); month-or-finer dates by
    their month ("M") and among the fine dates of their year ("F")."""
    months = _months(group)
    if months:
        return [("M", *m) for m in months] + [("F", y) for y in dict.fromkeys(m[0] for m in months)]
    return [("Y", y) for y in _years(group)]


def _next_door(group: Group) -> tuple[tuple[int, int], ...]:
    """The month of the day before and of the day after a one-day date, when another month of
    its year: the last of October may meet the first of November (``evidence.adjacent``). Not
    across a new year, whose fine dates are filed apart (``neighbours`` looks in its own years)."""
    interval = group.date.interval
    if interval is None or group.is_range or interval.days != 1:
        return ()
    day, one = interval.start, dt.timedelta(days=1)
    if not dt.date.min < day < dt.date.max:  # the calendar's first and last days have one neighbour
        return ()
    return tuple((d.year, d.month) for d in (day - one, day + one) if d.year == day.year and d.month != day.month)


def probed(group: Group, widen: int = 0) -> Sequence[Bucket]:
    """Buckets that can hold a group with a compatible date, or one a day apart (``widen`` years
    either side)."""
    months = _months(group)
    if months and not widen:
        near = [("M", *m) for m in (*months, *_next_door(group))]
        return near + [("Y", y) for y in dict.fromkeys(m[0] for m in months)]
    years = _years(group)
    if not years:
        return []
    span = range(years.start - widen, years.stop + widen)
    return [("Y", y) for y in span] + [("F", y) for y in span]
