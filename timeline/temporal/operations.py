"""The operations of a spec worked out on an anchor: "the year before", "the Friday on or
before", "the week of", with the reason worded for the explanation shown to the user."""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from ..model import Granularity, Span
from ..timex.spec import (
    Clock,
    DayOfMonth,
    DayShift,
    Holiday,
    InYear,
    Marker,
    Month,
    MonthDay,
    NthWeekday,
    Offset,
    Operation,
    PartOfDay,
    PartOfYear,
    Quarter,
    Season,
    Shift,
    Suffix,
    This,
    Weekday,
    Weekend,
    Within,
    Year,
)
from ..timex.values import granularity, interval, shift_day, shift_value, value_at
from . import named_days


@frozen
class Anchor:
    """What a spec is counted from: a value, where it is in the text, and how to name it."""

    value: str
    span: Span | None
    label: str  # how to name it in an explanation


class Unresolvable(Exception):
    """The anchor gives no day to count from."""


def _base_day(anchor: Anchor) -> dt.date:
    span = interval(anchor.value)
    if span is None:
        raise Unresolvable(anchor.value)
    return span.start


def _plural(n: int, unit: str) -> str:
    word = {"century": "centuries"}.get(unit, unit + "s") if n != 1 else unit
    return f"{n} {word}"


def apply(op: Operation, anchor: Anchor, from_ref: bool) -> tuple[str, str]:
    day = _base_day(anchor)
    match op:
        case This(unit=unit):
            return value_at(day, unit), f"the {unit} of {anchor.label}"
        case Shift(unit=unit, n=n):
            return _shift(anchor, day, unit, n, from_ref)
        case Weekday(day=weekday, direction=rel):
            return named_days.weekday(day, weekday, rel, anchor.label)
        case Month(month=month, when=when):
            return named_days.month(day, month, when, anchor.label)
        case MonthDay(month=month, day=dom, direction=rel, weekday=weekday):
            return named_days.monthday(day, month, dom, rel, weekday, anchor.label)
        case InYear(year=year):
            return f"{year}{anchor.value[4:]}", f"the same part of {year} as {anchor.label}"
        case Year(year=year):
            return str(year), "the year named"
        case Holiday(name=name, direction=rel):
            from .holidays import holiday, label

            return named_days.yearly(day, lambda year: holiday(name, year), label(name), rel, anchor.label)
        case NthWeekday(month=month, weekday=weekday, n=n, direction=rel):  # "the first Thursday in May"
            return named_days.nth_weekday(day, month, weekday, n, rel, anchor.label)
        case Weekend(direction=rel):
            return named_days.weekend(day, rel, anchor.label)
        case DayOfMonth(day=dom, direction=rel, weekday=weekday):  # "on the 21st", "Friday the 13th"
            return named_days.day_of_month(day, dom, rel, weekday, anchor.label)
        case Quarter(quarter=q, when=when):
            return named_days.quarter(day, q, when, anchor.label)
        case Season(season=season, direction=rel):
            return named_days.season(day, season, rel, anchor.label)
    raise Unresolvable(str(op))


def _shift(anchor: Anchor, day: dt.date, unit: str, n: int, from_ref: bool) -> tuple[str, str]:
    if from_ref:
        ref_value = _truncate(anchor.value)
        ref_gran = granularity(ref_value)
        # "a year earlier" than a quarter is that quarter a year back; than a day, just the year.
        keep = (ref_gran is not None and ref_gran.rank <= Granularity.MONTH.rank) or unit in ("day", "week")
        moved = shift_value(ref_value, unit, n) if n and keep else None
        if moved is None:
            moved = value_at(shift_day(day, unit, n), unit)
        value = moved
    else:
        value = value_at(shift_day(day, unit, n), unit)
    if n == 0:
        return value, f"the {unit} of {anchor.label}"
    where = "before" if n < 0 else "after"
    amount = f"the {unit}" if abs(n) == 1 else _plural(abs(n), unit)
    return value, f"{amount} {where} {anchor.label}"


def _truncate(value: str) -> str:
    """A REF value without its time of day: "the following day" after "Friday night" is Saturday."""
    return value.split("T", 1)[0]


def with_suffix(value: str, suffix: Suffix | None) -> str:
    match suffix:
        case None | Marker.PE:
            return value
        case Marker.WE:
            return f"{value}-WE" if "-W" in value else value
        case Marker.NWE:  # "Labor Day weekend": the weekend next to the day
            return nearest_weekend(dt.date.fromisoformat(value[:10]))
        case Marker.WEEK:  # "the week of March 6": the ISO week holding the day
            return value_at(dt.date.fromisoformat(value[:10]), "week")
        case Marker.QUARTER:  # "the quarter ended Sept. 30": the quarter holding its closing day
            return value_at(dt.date.fromisoformat(value[:10]), "quarter")
        case PartOfYear(part=part):  # "the first half of last year", "that summer": a part of the year worked out
            if granularity(value) is not Granularity.YEAR:
                raise ValueError(value)
            return f"{value}-{part}"
        case DayShift(days=days):  # "the day after Christmas": a day, moved by one
            if granularity(value) is not Granularity.DAY:
                raise ValueError(value)
            return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
        case PartOfDay() | Clock():
            return f"{value}{suffix}"
        case Offset(unit=unit, n=n):  # "three weeks after Christmas": the day worked out, moved
            if granularity(value) is Granularity.DAY:
                return shift_day(dt.date.fromisoformat(value), unit, n).isoformat()
            moved = shift_value(value, unit, n)
            if moved is None:
                raise ValueError(value)
            return moved
        case Within(unit=unit, n=n):  # "Tuesday of next week", "the last week of 2016"
            return _within(value, unit, n)
    raise ValueError(value)


def nearest_weekend(day: dt.date) -> str:
    """The weekend a holiday gives its name to: its own week's, or the one just before a Monday."""
    if day.isoweekday() == 1:
        day -= dt.timedelta(days=1)
    return f"{value_at(day, 'week')}-WE"


def _within(value: str, unit: str, n: int) -> str:
    """The ``n``-th ``unit`` (-1 the last) of the period ``value``, which must hold it."""
    gran, span = granularity(value), interval(value)
    if gran is None or span is None or n == 0:
        raise ValueError(value)
    if unit == "day" and gran.rank < Granularity.DAY.rank:
        day = span.start + dt.timedelta(days=n - 1) if n > 0 else span.end + dt.timedelta(days=n + 1)
        if not span.start <= day <= span.end:
            raise ValueError(value)
        return day.isoformat()
    year = int(value[:4])
    if unit == "week" and gran is Granularity.YEAR:
        weeks = dt.date(year, 12, 28).isocalendar()[1]
        week = weeks if n < 0 else n
        if week > weeks:
            raise ValueError(value)
        return f"{year:04d}-W{week:02d}"
    if unit == "week" and gran is Granularity.MONTH:
        day = span.start + dt.timedelta(weeks=n - 1) if n > 0 else span.end
        if day > span.end:
            raise ValueError(value)
        return value_at(day, "week")
    if unit == "month" and gran is Granularity.YEAR and -1 <= n <= 12:
        return f"{year:04d}-{12 if n < 0 else n:02d}"
    if unit.startswith("weekday") and gran is Granularity.MONTH:  # "the second Tuesday of last month"
        from .holidays import nth_weekday

        return nth_weekday(year, int(value[5:7]), int(unit[7:]), n).isoformat()
    if unit == "quarter" and gran is Granularity.YEAR and -1 <= n <= 4:
        return f"{year:04d}-Q{4 if n < 0 else n}"
    raise ValueError(value)
