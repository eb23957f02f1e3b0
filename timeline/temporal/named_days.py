"""Which day, month, quarter or season a named one is, counted from a base day.

"On Friday", "last November", "1 April", "Easter", "the first Thursday in May", "the weekend",
"the third quarter", "this summer": each is a named point of the calendar that recurs; the words
around it (tense, "last", "next") and the base day pick one occurrence. Each function returns the
value and the reason, worded for the explanation shown to the user.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..timex.spec import Direction, When, YearOffset
from ..timex.values import MONTH_NAMES, SEASON_NAMES, interval, quarter_of
from .holidays import nth_weekday as nth_weekday_in

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINAL_NAMES = ("first", "second", "third", "fourth", "fifth")
# Within about two months, the nearest occurrence wins whatever the tense says.
_NEAREST_WINS_DAYS = 62
PAST, FUTURE, NEAR = Direction.PAST, Direction.FUTURE, Direction.NEAR
LAST, NEXT = Direction.LAST, Direction.NEXT


def weekday(day: dt.date, weekday: int, rel: Direction, base: str) -> tuple[str, str]:
    name = _WEEKDAY_NAMES[weekday - 1]
    delta = weekday - day.isoweekday()
    if rel in (PAST, NEAR):
        target = day + dt.timedelta(days=delta if delta <= 0 else delta - 7)
        reason = (
            f"the {name} on or before {base}"
            if rel is NEAR
            else f"the {name} before {base}, as the sentence speaks of the past"
        )
    elif rel is FUTURE:
        target = day + dt.timedelta(days=delta if delta >= 0 else delta + 7)
        reason = f"the {name} on or after {base}, as the sentence speaks of the future"
    elif rel is LAST:
        target = day + dt.timedelta(days=delta if delta < 0 else delta - 7)
        reason = f"the last {name} before {base}"
    elif rel is NEXT:
        target = day + dt.timedelta(days=delta if delta > 0 else delta + 7)
        reason = f"the next {name} after {base}"
    else:  # this
        target = day + dt.timedelta(days=delta)
        reason = f"the {name} of the week of {base}"
    return target.isoformat(), reason


def month(day: dt.date, month: int, rel: When, base: str) -> tuple[str, str]:
    name = MONTH_NAMES[month - 1]
    year = day.year
    if isinstance(rel, YearOffset):
        year += rel.years
        return f"{year:04d}-{month:02d}", f"{name} of the year {year}, counted from {base}"
    if rel in (PAST, FUTURE) and abs(nearest_year(day, month) * 12 + month - day.year * 12 - day.month) <= 2:
        year = nearest_year(day, month)
        reason = f"the {name} nearest to {base}"
    elif rel is PAST:
        year = year if month <= day.month else year - 1
        reason = f"the {name} on or before {base}, as the sentence speaks of the past"
    elif rel is FUTURE:
        year = year if month >= day.month else year + 1
        reason = f"the {name} on or after {base}, as the sentence speaks of the future"
    elif rel is LAST:
        year = year if month < day.month else year - 1
        reason = f"the {name} before {base}"
    elif rel is NEXT:
        year = year if month > day.month else year + 1
        reason = f"the {name} after {base}"
    elif rel is NEAR:
        year = nearest_year(day, month)
        reason = f"the {name} nearest to {base}"
    else:  # this
        reason = f"{name} of the year of {base}"
    return f"{year:04d}-{month:02d}", reason


def nearest_year(day: dt.date, month: int) -> int:
    return min(
        (day.year - 1, day.year, day.year + 1), key=lambda y: abs((y * 12 + month) - (day.year * 12 + day.month))
    )


def monthday(day: dt.date, month: int, dom: int, rel: Direction, weekday: int | None, base: str) -> tuple[str, str]:
    candidates = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            candidates.append(dt.date(year, month, dom))
        except ValueError:
            continue
    if not candidates:
        raise ValueError("no such day")  # "31 February": the caller drops the expression
    if weekday is not None:
        matching = [c for c in candidates if c.isoweekday() == weekday]
        if matching:
            best = min(matching, key=lambda c: abs((c - day).days))
            return best.isoformat(), f"the year nearest {base} in which it falls on a {_WEEKDAY_NAMES[weekday - 1]}"
    if rel in (LAST, NEXT):  # "next 6th of April", "last Sept. 30" said in words: strictly before or after
        ahead = [c for c in candidates if (c > day if rel is NEXT else c < day)]
        best = min(ahead, key=lambda c: abs((c - day).days))
        return (
            best.isoformat(),
            f"the {'next' if rel is NEXT else 'last'} one {'after' if rel is NEXT else 'before'} {base}",
        )
    best = min(candidates, key=lambda c: abs((c - day).days))
    reason = f"the year is not given; the nearest to {base}"
    # Within two months the nearest year wins whatever the tense; further away, tense decides.
    if abs((best - day).days) > _NEAREST_WINS_DAYS:
        if rel is PAST and best > day:
            best = max(c for c in candidates if c <= day)
            reason = f"the last one on or before {base}, as the sentence speaks of the past"
        elif rel is FUTURE and best < day:
            best = min(c for c in candidates if c >= day)
            reason = f"the next one on or after {base}, as the sentence speaks of the future"
    return best.isoformat(), reason


def yearly(day: dt.date, date_in: Callable[[int], dt.date], name: str, rel: Direction, base: str) -> tuple[str, str]:
    """A day that comes once a year (a holiday, "the first Thursday in May"): the one the tense
    points to, or the nearest."""
    dates = [date_in(year) for year in (day.year - 1, day.year, day.year + 1)]
    if rel in (PAST, FUTURE) and min(abs((d - day).days) for d in dates) <= _NEAREST_WINS_DAYS:
        rel = NEAR  # within two months the nearest one wins whatever the tense, as for dates
    if rel is PAST:
        best = max(d for d in dates if d <= day)
        reason = f"the last {name} on or before {base}"
    elif rel is FUTURE:
        best = min(d for d in dates if d >= day)
        reason = f"the next {name} on or after {base}"
    elif rel is LAST:
        best = max(d for d in dates if d < day)
        reason = f"the last {name} before {base}"
    elif rel is NEXT:
        best = min(d for d in dates if d > day)
        reason = f"the next {name} after {base}"
    elif rel is Direction.THIS:
        best = dates[1]
        reason = f"the {name} of the year of {base}"
    else:
        best = min(dates, key=lambda d: abs((d - day).days))
        reason = f"the {name} nearest to {base}"
    return best.isoformat(), reason


def weekend(day: dt.date, rel: Direction, base: str) -> tuple[str, str]:
    saturday = day + dt.timedelta(days=6 - day.isoweekday())
    if day.isoweekday() < 6 and rel is not FUTURE:
        saturday -= dt.timedelta(weeks=1)
        reason = f"the weekend before {base}"
    else:
        reason = f"the weekend of the week of {base}"
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE", reason


def quarter(day: dt.date, q: int, rel: When, base: str) -> tuple[str, str]:
    year = day.year
    if isinstance(rel, YearOffset):
        year += rel.years
        return f"{year}-Q{q}", f"quarter {q} of {year}, counted from {base}"
    if rel is PAST and q > quarter_of(day):
        year -= 1
        return f"{year}-Q{q}", f"the last quarter {q} that had begun by {base}"
    return f"{year}-Q{q}", f"quarter {q} of the year of {base}"


def season(day: dt.date, season: str, rel: Direction, base: str) -> tuple[str, str]:
    name = SEASON_NAMES[season]
    occurrences = [(y, interval(f"{y}-{season}")) for y in range(day.year - 2, day.year + 2)]
    if rel is LAST:
        year = max(y for y, span in occurrences if span and span.end < day)
        return f"{year}-{season}", f"the {name} before {base}"
    if rel is NEXT:
        year = min(y for y, span in occurrences if span and span.start > day)
        return f"{year}-{season}", f"the {name} after {base}"
    inside = [y for y, span in occurrences if span and span.start <= day <= span.end]
    year = inside[0] if inside else day.year
    return f"{year}-{season}", f"the {name} of the year of {base}"


def nth_weekday(day: dt.date, month: int, weekday: int, n: int, rel: Direction, base: str) -> tuple[str, str]:
    """ "the first Thursday in May" (n = -1: the last one of the month)."""
    name = f"{'last' if n < 0 else _ORDINAL_NAMES[n - 1]} {_WEEKDAY_NAMES[weekday - 1]} of {MONTH_NAMES[month - 1]}"
    return yearly(day, lambda year: nth_weekday_in(year, month, weekday, n), name, rel, base)


def day_of_month(day: dt.date, dom: int, rel: Direction, weekday: int | None, base: str) -> tuple[str, str]:
    """Day ``dom`` of the nearest month, before or after ``day`` as ``rel`` says, in which it
    exists (and falls on ``weekday``, when one is named: "Friday the 13th")."""
    forward = rel in (FUTURE, NEXT, Direction.NEAR_FUTURE)
    step = 1 if forward else -1
    index = day.year * 12 + day.month - 1
    for _ in range(1 if rel is Direction.THIS else 400):  # a day and weekday meet at least every 28 years
        year, month0 = divmod(index, 12)
        try:
            candidate = dt.date(year, month0 + 1, dom)
        except ValueError:
            candidate = None
        if candidate is not None and (weekday is None or candidate.isoweekday() == weekday):
            if rel is Direction.THIS or (
                (candidate > day if rel is NEXT else candidate >= day)
                if forward
                else (candidate < day if rel is LAST else candidate <= day)
            ):
                named = f"{_WEEKDAY_NAMES[weekday - 1]} the {dom}" if weekday else f"the {dom}"
                where = "after" if forward else "before"
                return (
                    candidate.isoformat(),
                    f"the nearest {named} {'in the month of' if rel is Direction.THIS else where} {base}",
                )
        index += step
    raise ValueError(f"no day {dom}")
