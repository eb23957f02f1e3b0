"""TIMEX3 values as calendar periods: their granularity, the days they cover, how to shift
them, and how to say them to a person.

A value keeps the granularity the text gives: "2010-11" is a month, "2011-W22" an ISO week,
"199" the 1990s. Nothing here ever fills a field the text did not give.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from ..model import Granularity, Interval
from .spec import (
    Clock,
    DayOfMonth,
    Marker,
    Month,
    MonthDay,
    NthWeekday,
    Operation,
    PartOfDay,
    PartOfYear,
    Quarter,
    Season,
    Shift,
    Spec,
    This,
    Weekday,
    Weekend,
)
from .spec_parse import parse

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday", "DT": "daytime"}

_VALUE = re.compile(
    r"^(?:(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d?)(?:-(?P<wday>\d|WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<part>MO|AF|EV|NI|MI|DT)|(?P<hour>\d\d)(?::(?P<minute>\d\d))?))?"
    r"|(?P<decade>\d{3})|(?P<century>\d\d))$"
)


# The finest part a value has decides its granularity: the first of these groups that matched.
# A weekday ("2011-W22-3") is a day; the weekend ("2011-W22-WE") stays a week.
_GRANULARITY_OF_GROUP = (
    ("century", Granularity.CENTURY),
    ("decade", Granularity.DECADE),
    ("minute", Granularity.MINUTE),
    ("hour", Granularity.HOUR),
    ("part", Granularity.PART_OF_DAY),
    ("day", Granularity.DAY),
    ("weekday", Granularity.DAY),
    ("week", Granularity.WEEK),
    ("month", Granularity.MONTH),
    ("season", Granularity.SEASON),
    ("quarter", Granularity.QUARTER),
    ("half", Granularity.HALF_YEAR),
    ("year", Granularity.YEAR),
)


@lru_cache(maxsize=4096)
def granularity(value: str) -> Granularity | None:
    """The granularity of a calendar value, None for anything else (durations, refs)."""
    m = _VALUE.match(value)
    if not m:
        return None
    groups = m.groupdict()
    groups["weekday"] = groups["wday"] if groups["wday"] != "WE" else None
    return next((g for name, g in _GRANULARITY_OF_GROUP if groups[name]), None)


@lru_cache(maxsize=4096)
def interval(value: str) -> Interval | None:
    """The calendar days a value covers, both ends included; None when it is not a period."""
    m = _VALUE.match(value)
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["century"]:
            start = int(g["century"]) * 100
            return Interval(dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31))
        if g["decade"]:
            start = int(g["decade"]) * 10
            return Interval(dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31))
        year = int(g["year"])
        if g["day"]:
            day = dt.date(year, int(g["month"]), int(g["day"]))
            return Interval(day, day)
        if g["month"]:
            month = int(g["month"])
            return Interval(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
        if g["week"]:
            week = int(g["week"])
            if g["wday"] == "WE":
                return Interval(dt.date.fromisocalendar(year, week, 6), dt.date.fromisocalendar(year, week, 7))
            if g["wday"]:
                day = dt.date.fromisocalendar(year, week, int(g["wday"]))
                return Interval(day, day)
            return Interval(dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7))
        if g["quarter"]:
            q = int(g["quarter"])
            end_month = 3 * q
            return Interval(
                dt.date(year, end_month - 2, 1), dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
            )
        if g["half"]:
            return (
                Interval(dt.date(year, 1, 1), dt.date(year, 6, 30))
                if g["half"] == "1"
                else Interval(dt.date(year, 7, 1), dt.date(year, 12, 31))
            )
        if g["season"]:
            first, last = SEASON_MONTHS[g["season"]]
            end_year = year + 1 if g["season"] == "WI" else year
            return Interval(dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1]))
        return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31))
    except ValueError:
        return None


def is_valid(value: str) -> bool:
    """True for a calendar value naming days that exist (no 31 February, no month 13)."""
    return interval(value) is not None


# -- making values ---------------------------------------------------------------------------


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def value_at(day: dt.date, unit: str) -> str:
    """The value of the ``unit`` (year, month, week, ...) that contains ``day``."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        return week_value(day)
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift_day(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (calendar arithmetic; months clip to the month's end)."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * n)
    if unit == "month":
        return add_months(day, n)
    if unit == "quarter":
        return add_months(day, 3 * n)
    if unit == "half":
        return add_months(day, 6 * n)
    if unit == "year":
        return add_months(day, 12 * n)
    if unit == "decade":
        return add_months(day, 120 * n)
    if unit == "century":
        return add_months(day, 1200 * n)
    if unit == "hour":
        return day
    raise ValueError(f"unknown unit {unit}")


_GRANULARITY_UNIT = {
    Granularity.DAY: "day",
    Granularity.WEEK: "week",
    Granularity.MONTH: "month",
    Granularity.QUARTER: "quarter",
    Granularity.HALF_YEAR: "half",
    Granularity.YEAR: "year",
    Granularity.DECADE: "decade",
    Granularity.CENTURY: "century",
    Granularity.PART_OF_DAY: "day",
    Granularity.HOUR: "day",
    Granularity.MINUTE: "day",
    Granularity.SECOND: "day",
    Granularity.SEASON: "month",
}


def unit_of(gran: Granularity) -> str:
    """The calendar unit a granularity is counted in."""
    return _GRANULARITY_UNIT.get(gran, "year")


def shift_value(value: str, unit: str, n: int) -> str | None:
    """A value moved by ``n`` units, keeping its own granularity ("1989-Q3" a year back is "1988-Q3")."""
    gran = granularity(value)
    span = interval(value)
    if gran is None or span is None:
        return None
    if gran is Granularity.SEASON:
        year, season = value.split("-")
        return f"{int(year) + _year_steps(unit, n)}-{season}" if unit in ("year", "decade", "century") else None
    moved = shift_day(span.start, unit, n)
    return value_at(moved, unit_of(gran))


def _year_steps(unit: str, n: int) -> int:
    return n * {"year": 1, "decade": 10, "century": 100}[unit]


# -- saying values -----------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # said again for every expression of the same value
def describe(value: str) -> str:
    """A value in words: "November 2010", "the week of 30 May 2011", "the 1990s"."""
    m = _VALUE.match(value)
    if not m:
        return value
    g = m.groupdict()
    span = interval(value)
    if span is None:
        return value
    if g["century"]:
        n = int(g["century"]) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    if g["decade"]:
        return f"the {g['decade']}0s"
    text = _describe_date(g, span)
    if g["part"]:
        text = f"{_PART_NAMES[g['part']]} of {text}"
    elif g["hour"]:
        text = f"{g['hour']}:{g['minute'] or '00'} on {text}"
    return text


def _describe_date(g: dict[str, str | None], span: Interval) -> str:
    if g["day"] or (g["wday"] and g["wday"] != "WE"):
        return f"{span.start:%A} {span.start.day} {span.start:%B %Y}"
    if g["week"]:
        if g["wday"] == "WE":
            return f"the weekend of {span.start.day} {span.start:%B %Y}"
        return f"the week of {span.start.day} {span.start:%B %Y} (ISO week {int(g['week'])})"
    if g["month"]:
        return f"{span.start:%B %Y}"
    if g["quarter"]:
        return f"Q{g['quarter']} {g['year']}"
    if g["half"]:
        return f"{'first' if g['half'] == '1' else 'second'} half of {g['year']}"
    if g["season"]:
        return f"{SEASON_NAMES[g['season']]} {g['year']}"
    return f"{span.start.year:04d}"


_MOD_PHRASES = {
    "END": "the end of {}",
    "START": "the start of {}",
    "MID": "the middle of {}",
    "BEFORE": "before {}",
    "AFTER": "after {}",
    "ON_OR_BEFORE": "on or before {}",
    "ON_OR_AFTER": "on or after {}",
    "APPROX": "about {}",
    "MORE_THAN": "more than {}",
    "LESS_THAN": "less than {}",
    "EQUAL_OR_MORE": "at least {}",
    "EQUAL_OR_LESS": "at most {}",
}
_DURATION = re.compile(
    r"^P(?:(?P<date>[\dX.]+[YMWDQ]|X?DE|X?CE|\d+[YMWDQ](?:\d+[MD])?)*)?(?:T(?P<time>(?:[\dX.]+[HMS])+))?$"
)
_DURATION_PART = re.compile(r"([\dX.]+|X)(DE|CE|[YMWDQHS])")
_DATE_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade", "CE": "century"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}


def with_mod(text: str, mod: str | None) -> str:
    """ "2010" with END is "the end of 2010"."""
    return _MOD_PHRASES.get(mod or "", "{}").format(text)


@lru_cache(maxsize=4096)  # said again for every expression of the same value
def describe_duration(value: str) -> str:
    """ "P18M" is "18 months", "PXY" "some years", "PT5H30M" "5 hours 30 minutes"."""
    date_part, _, time_part = value[1:].partition("T")
    words = []
    for part, units in ((date_part, _DATE_UNITS), (time_part, _TIME_UNITS)):
        for amount, letter in _DURATION_PART.findall(part):
            unit = units.get(letter)
            if unit is None:
                return value
            if amount == "X":
                words.append(f"some {'centuries' if unit == 'century' else unit + 's'}")
            else:
                plural = amount not in ("1", "1.0")
                words.append(f"{amount} {('centuries' if unit == 'century' else unit + 's') if plural else unit}")
    return " ".join(words) or value


@lru_cache(maxsize=4096)  # said again for every expression of the same value
def describe_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


_UNKNOWN_UNIT = {
    "year": "XXXX",
    "half": "XXXX-HX",
    "quarter": "XXXX-QX",
    "month": "XXXX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "decade": "XXX",
    "century": "XX",
}
_UNKNOWN_DAY = "XXXX-XX-XX"


def placeholder(stored: str) -> str:
    """``placeholder_of`` for a spec in its stored form (``TemporalExpression.underspecified``);
    XXXX-XX-XX when it is no spec."""
    try:
        return placeholder_of(parse(stored))
    except ValueError:
        return _UNKNOWN_DAY


def placeholder_of(spec: Spec) -> str:
    """The TIMEX3 value of an expression whose anchor is missing, as far as its words fix it:
    "last November" is XXXX-11, "on Friday" XXXX-WXX-5, "two days later" XXXX-XX-XX, "the first
    half of last year" XXXX-H1, "11pm yesterday" XXXX-XX-XXT23:00. The first alternative decides."""
    first = spec.first
    base = _placeholder_of(first.op)
    match first.suffix:
        case PartOfYear(part=part):
            return f"XXXX-{part}"
        case Marker.WE | Marker.NWE:
            return "XXXX-WXX-WE"
        case PartOfDay() | Clock() as time:
            return f"{base if base.count('-') == 2 else _UNKNOWN_DAY}{time}"
    return base


def _placeholder_of(op: Operation) -> str:
    match op:
        case Month(month=month):
            return f"XXXX-{month:02d}"
        case MonthDay(month=month, day=day):
            return f"XXXX-{month:02d}-{day:02d}"
        case Weekday(day=day):
            return f"XXXX-WXX-{day}"
        case Quarter(quarter=quarter):
            return f"XXXX-Q{quarter}"
        case Season(season=season):
            return f"XXXX-{season}"
        case NthWeekday(month=month):
            return f"XXXX-{month:02d}-XX"
        case DayOfMonth(day=day):
            return f"XXXX-XX-{day:02d}"
        case Weekend():
            return "XXXX-WXX-WE"
        case This(unit=unit) | Shift(unit=unit):
            return _UNKNOWN_UNIT.get(unit, _UNKNOWN_DAY)
    return _UNKNOWN_DAY
