"""Dates of the holidays named in ``vocabulary.HOLIDAYS`` whose day moves from year to year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (1 = Monday) of a month; n = -1 for the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


MOVABLE: dict[str, Callable[[int], dt.date]] = {
    "easter": easter,
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "mothering sunday": lambda y: easter(y) - dt.timedelta(days=21),
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
    "labor day": lambda y: nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 1, -1),
    # US federal elections: the Tuesday after the first Monday of November.
    "election day": lambda y: nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
}


def holiday(name: str, year: int) -> dt.date:
    from .vocabulary import HOLIDAYS

    rule = HOLIDAYS[name]
    if isinstance(rule, tuple):
        return dt.date(year, *rule)
    return MOVABLE[rule](year)
