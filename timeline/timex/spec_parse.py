"""Reading the stored form of a spec back: ``parse("REF:shift:day:1|DCT:shift:day:1")``.

Only where a stored value must be read again: re-anchoring expressions from their
``underspecified`` value, and the TimeML placeholder values. ``str(parse(s)) == s`` for every
spec the grammar writes.
"""

from __future__ import annotations

import re

from .spec import (
    PARTS_OF_A_DAY,
    PARTS_OF_A_YEAR,
    Alternative,
    Base,
    Clock,
    DayOfMonth,
    DayShift,
    Direction,
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
    Spec,
    Suffix,
    This,
    Weekday,
    Weekend,
    When,
    Within,
    Year,
    YearOffset,
)

_INT = r"[+-]?\d+"
_CLOCK = re.compile(r"T(\d\d):(\d\d)")
_DAY_SHIFT = re.compile(r"D([+-]\d+)")
_YEAR_OFFSET = re.compile(r"year([+-]\d+)")
_OFFSET = re.compile(r"(day|week|fortnight|month|quarter|year|decade)([+-]\d+)")
_WITHIN = re.compile(r"in:(day|week|month|quarter|weekday[1-7])(:-?\d+)")


def parse(text: str) -> Spec:
    """The Spec whose string form is ``text``; ValueError for anything else.

    ``str(parse(s)) == s`` for every spec the grammar writes."""
    return Spec(tuple(_alternative(part) for part in text.split("|")))


def _alternative(text: str) -> Alternative:
    head, _, suffix = text.partition("@")
    base, _, op = head.partition(":")
    try:
        kind = Base(base)
    except ValueError:
        raise ValueError(f"not a spec base: {base!r} in {text!r}") from None
    return Alternative(kind, _operation(op), _parse_suffix(suffix) if suffix else None)


def _number(text: str) -> int:
    if not re.fullmatch(_INT, text):
        raise ValueError(f"not a number: {text!r}")
    return int(text)


def _direction(text: str) -> Direction:
    return Direction(text)


def _parse_when(text: str) -> When:
    offset = _YEAR_OFFSET.fullmatch(text)
    return YearOffset(int(offset.group(1))) if offset else Direction(text)


def _operation(text: str) -> Operation:
    kind, *args = text.split(":")
    n = len(args)
    match kind:
        case "this" if n == 1:
            return This(args[0])
        case "shift" if n == 2:
            return Shift(args[0], _number(args[1]))
        case "weekday" if n == 2:
            return Weekday(_number(args[0]), _direction(args[1]))
        case "month" if n == 2:
            return Month(_number(args[0]), _parse_when(args[1]))
        case "monthday" if n in (3, 4):
            weekday = _number(args[3]) if n == 4 else None
            return MonthDay(_number(args[0]), _number(args[1]), _direction(args[2]), weekday)
        case "quarter" if n == 2:
            return Quarter(_number(args[0]), _parse_when(args[1]))
        case "season" if n == 2:
            return Season(args[0], _direction(args[1]))
        case "holiday" if n == 2:
            return Holiday(args[0].replace("_", " "), _direction(args[1]))
        case "nthweekday" if n == 4:
            return NthWeekday(_number(args[0]), _number(args[1]), _number(args[2]), _direction(args[3]))
        case "weekend" if n == 1:
            return Weekend(_direction(args[0]))
        case "inyear" if n == 1:
            return InYear(_number(args[0]))
        case "year" if n == 1:
            return Year(_number(args[0]))
        case "dom" if n in (2, 3):
            return DayOfMonth(_number(args[0]), _direction(args[1]), _number(args[2]) if n == 3 else None)
    raise ValueError(f"not a spec operation: {text!r}")


def _parse_suffix(text: str) -> Suffix:
    if text in PARTS_OF_A_YEAR:
        return PartOfYear(text)
    if text[:1] == "T" and text[1:] in PARTS_OF_A_DAY:
        return PartOfDay(text[1:])
    clock = _CLOCK.fullmatch(text)
    if clock:
        return Clock(int(clock.group(1)), int(clock.group(2)))
    offset = _OFFSET.fullmatch(text)
    if offset:
        return Offset(offset.group(1), int(offset.group(2)))
    within = _WITHIN.fullmatch(text)
    if within:
        return Within(within.group(1), int(within.group(2)[1:]))
    day_shift = _DAY_SHIFT.fullmatch(text)
    if day_shift:
        return DayShift(int(day_shift.group(1)))
    try:
        return Marker(text)
    except ValueError:
        raise ValueError(f"not a spec suffix: {text!r}") from None
