"""Expressions made of two matches: a count of units from a date ("four days after Christmas",
"two weeks before May 13 1999", "three weeks from tomorrow"), a length counted forward from
publication ("the board will meet in two weeks"), and a part of the day on a date ("early
morning on Sunday, February 1, 2009", "late evening on June 3": ``day_parts_joined``).

The scanner finds the length of time and the date as two expressions; when only "after",
"before" or "from" stands between them, they are one date: the anchor's day moved by the
length, as TimeML's anchored value gives it. "in five years" in a sentence about the future is
the year five years after publication, at the unit's granularity as TimeML writes it ("would be
redeemed in five years" is 1994 in 1989); in any other sentence ("the first rise in two
years"), or after "within" (a deadline), it stays a duration. A length before anything that is no date ("two
weeks before the election") stays a duration, as TimeML tags it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from attrs import evolve

from ..model import Span, TimexType
from ..timex.spec import Alternative, Base, Direction, MonthDay, Offset, PartOfDay, Shift, Spec, Weekday, dct, spec
from ..timex.values import granularity, interval, shift_value
from .anchoring import Found
from .tense import direction

# A whole number of calendar units: "P3D", "P2W", "P4M", "P10Y".
_LENGTH = re.compile(r"P(\d+)([DWMQY])")
_UNITS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
# Days that only a working calendar counts ("eight trading days after Oct. 12") move no date.
_WORKING = re.compile(r"\b(?:trading|business|working|school|sitting)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"[\s\u00a0]+(after|before|from)[\s\u00a0]+", re.IGNORECASE)


def counted_from(found: Iterable[Found], text: str) -> Iterator[Found]:
    """The matches of the scanner, with each length of time joined to the date it is counted from."""
    held: Found | None = None
    for item in found:
        if held is not None:
            joined = _join(held, item, text)
            if joined is not None:
                yield joined
                held = None
                continue
            yield held
            held = None
        if item.type is TimexType.DURATION and isinstance(item.spec, str) and _LENGTH.fullmatch(item.spec):
            held = _in_time(item, text)
            continue
        yield item
    if held is not None:
        yield held


# "for", "over", "during" before a length: how long something went on, not how far from a date
# it happened ("taught for 20 years before her election in 2017" is no date of 1997).
_LASTED = re.compile(
    r"\b(?:for|over|during|spent|spending|lasted|lasting)[\s\u00a0]+"
    r"(?:(?:nearly|almost|about|around|roughly|some|just|more|less|than|over|under|the|past|best|part|of)[\s\u00a0]+)*$",
    re.IGNORECASE,
)


def how_long(text: str, start: int) -> bool:
    """Whether the length of time at ``start`` says how long something lasted ("for 20 years",
    "spent nearly three months"), so it counts from no date."""
    return _LASTED.search(text, max(0, start - 48), start) is not None


def _join(length: Found, date: Found, text: str) -> Found | None:
    if date.type is not TimexType.DATE or _WORKING.search(length.text) or how_long(text, length.span.start):
        return None
    between = _BETWEEN.fullmatch(text, length.span.end, date.span.start)
    if between is None or text[date.span.end : date.span.end + 2] in ("'s", "\u2019s"):
        return None  # "a day after Friday's vote" counts from the vote, an event
    written = _LENGTH.fullmatch(str(length.spec))
    if written is None:
        return None
    n = int(written.group(1)) * (-1 if between.group(1).lower() == "before" else 1)
    unit = _UNITS[written.group(2)]
    spec: str | Spec
    if isinstance(date.spec, Spec):
        if any(alternative.suffix is not None for alternative in date.spec.alternatives):
            return None
        spec = evolve(date.spec, alternatives=tuple(evolve(a, suffix=Offset(unit, n)) for a in date.spec.alternatives))
    else:
        moved = _moved(date.spec, unit, n)
        if moved is None:
            return None
        spec = moved
    span = Span(length.span.start, date.span.end)
    return Found(span, text[span.start : span.end], TimexType.DATE, spec, length.mod, "counted_from", date.note)


_IN_BEFORE = re.compile(r"\bin[\s\u00a0]+$", re.IGNORECASE)
_COUNT = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s", re.IGNORECASE)


def _in_time(length: Found, text: str) -> Found:
    """ "will leave in two weeks": the week that far after publication, when the sentence looks
    forward; otherwise the length as it is."""
    if length.mod or not _COUNT.match(length.text):
        return length
    if not _IN_BEFORE.search(text, max(0, length.span.start - 8), length.span.start):
        return length
    if direction(text, length.span.start, length.span.end) != "future":
        return length
    written = _LENGTH.fullmatch(str(length.spec))
    if written is None:
        return length
    later = Shift(_UNITS[written.group(2)], int(written.group(1)))
    return Found(length.span, length.text, TimexType.DATE, spec(dct(later)), None, "in_time", length.note)


def _moved(value: str, unit: str, n: int) -> str | None:
    """A finished date moved by ``n`` units, at its own granularity ("2 weeks before May 13 1999")."""
    if granularity(value) is None or interval(value) is None:
        return None
    return shift_value(value, unit, n)


# What stands between a part of the day and the date it is of: "early morning on June 3", and
# after a weekday, the weekday's date: "early morning on Sunday, February 1, 2009".
_ON_DATE = re.compile(r"[\s\u00a0]+(?:on|of)[\s\u00a0]+")
_WEEKDAYS_DATE = re.compile(r",[\s\u00a0]*")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAY_END = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)


def day_parts_joined(found: Iterable[Found], text: str) -> Iterator[Found]:
    """The matches with each part of the day ("early morning", "late evening on Friday") joined
    to the date right after it that says which day it is: one expression at the finer reading,
    not a time of publication day and a date beside it."""
    held: Found | None = None
    for item in found:
        if held is not None:
            joined = _day_part_on(held, item, text)
            yield joined if joined is not None else held
            held = None
            if joined is not None:
                continue
        if item.rule == "part_of_day" and _part_of(item) is not None:
            held = item
            continue
        yield item
    if held is not None:
        yield held


def _part_of(item: Found) -> PartOfDay | None:
    """The part of the day an expression names, when every reading of it names the same one."""
    if not isinstance(item.spec, Spec):
        return None
    suffixes = {alternative.suffix for alternative in item.spec.alternatives}
    suffix = suffixes.pop() if len(suffixes) == 1 else None
    return suffix if isinstance(suffix, PartOfDay) else None


def _day_part_on(part: Found, date: Found, text: str) -> Found | None:
    if date.type is not TimexType.DATE or not _a_day(date.spec):
        return None
    between = _WEEKDAYS_DATE if _WEEKDAY_END.search(part.text) else _ON_DATE
    if between.fullmatch(text, part.span.end, date.span.start) is None:
        return None
    suffix = _part_of(part)
    if suffix is None:
        return None
    span = Span(part.span.start, date.span.end)
    value: str | Spec
    if isinstance(date.spec, str):
        value = f"{date.spec}{suffix}"
    else:
        value = evolve(date.spec, alternatives=tuple(evolve(a, suffix=suffix) for a in date.spec.alternatives))
    return Found(span, text[span.start : span.end], TimexType.TIME, value, part.mod, "day_part_on", date.note)


def _a_day(value: str | Spec) -> bool:
    """A finished day ("2009-02-01") or a day of the month still to place in a year ("3 June")."""
    if isinstance(value, str):
        return _DAY_VALUE.fullmatch(value) is not None
    return all(isinstance(a.op, MonthDay) and a.suffix is None for a in value.alternatives)


# What joins the two days of a range: "Monday through Wednesday", "Friday to Sunday".
_RANGE_JOIN = re.compile(r"\s*(?:through|thru|to|until|till|-|\u2013|\u2014)\s*", re.IGNORECASE)


def weekday_ranges(found: Iterable[Found], text: str) -> Iterator[Found]:
    """The matches, the second weekday of a range counted from the first: "will be closed Monday
    through Wednesday" ends on the Wednesday after that Monday, not on the Wednesday nearer to
    publication (which may come before the Monday)."""
    previous_end: int | None = None  # where the last match ended, when it named a weekday
    for item in found:
        day = _weekday(item)
        if day is not None and previous_end is not None and _RANGE_JOIN.fullmatch(text, previous_end, item.span.start):
            assert isinstance(item.spec, Spec)  # a weekday is always a spec
            ahead = Alternative(Base.REF, Weekday(day, Direction.FUTURE))
            item = evolve(item, spec=Spec((ahead, *item.spec.alternatives)))
        previous_end = item.span.end if day is not None else None
        yield item


def _weekday(item: Found) -> int | None:
    """The weekday a match names on its own ("Monday", "next Friday"), if it is one."""
    if not isinstance(item.spec, Spec) or item.type is not TimexType.DATE:
        return None
    first = item.spec.first
    if isinstance(first.op, Weekday) and first.suffix is None:
        return first.op.day
    return None
