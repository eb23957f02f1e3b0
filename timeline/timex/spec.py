"""Specs: how the value of a relative expression is worked out, as typed values.

A rule that cannot give a finished value ("last year", "on Friday", "the following day")
returns a ``Spec``: one or more ``Alternative`` readings tried in order, each a base to count
from, an operation on it and an optional suffix::

    Spec((Alternative(Base.REF, Shift("day", 1)), Alternative(Base.DCT, Shift("day", 1))))

The anchoring pass reads these values with ``match``; nothing in the engine takes a string
apart. The string form ``str(spec)`` ("REF:shift:day:1|DCT:shift:day:1") is only how a spec is
stored on an expression (``TemporalExpression.underspecified``) and exported;
``spec_parse.parse`` reads it back, for re-anchoring and for TimeML placeholder values::

    ALTERNATIVE|ALTERNATIVE...    tried in order
    BASE:OP[:ARG...][@SUFFIX]     one alternative

This module depends on nothing else in the project, so the export formats can use it without
importing the engine.
"""

from __future__ import annotations

from enum import Enum

from attrs import frozen


class Base(Enum):
    """What an alternative counts from."""

    DCT = "DCT"  # the publication date
    REF = "REF"  # the date told about last, of fine enough granularity
    REFQ = "REFQ"  # the last quarter mentioned, if only dates inside it came after it
    LASTQ = "LASTQ"  # the last quarter mentioned, whatever came after it


class Direction(Enum):
    """Which occurrence of a named day, month or season is meant."""

    PAST = "past"  # on or before the base (the sentence speaks of the past)
    FUTURE = "future"  # on or after the base
    NEAR = "near"  # tense not known yet: the scanner settles it from the cues around the match
    NEAR_FUTURE = "near-future"  # as NEAR, but FUTURE when the cues say nothing ("this Friday")
    LAST = "last"  # strictly before ("last Friday")
    NEXT = "next"  # strictly after ("next Friday")
    THIS = "this"  # the one of the base's week, year or season ("this summer")


@frozen
class YearOffset:
    """A month or quarter of the base's year moved by ``years``: "June last year" is -1."""

    years: int

    def __str__(self) -> str:
        return f"year{self.years:+d}"


When = Direction | YearOffset

# -- operations --------------------------------------------------------------------------------


@frozen
class This:
    """The unit containing the base: "this week", "that year"."""

    unit: str

    def __str__(self) -> str:
        return f"this:{self.unit}"


@frozen
class Shift:
    """The base moved by ``n`` units: "last year" is Shift("year", -1)."""

    unit: str
    n: int

    def __str__(self) -> str:
        return f"shift:{self.unit}:{self.n}"


@frozen
class Weekday:
    """A named weekday (1 = Monday): "on Friday", "next Monday"."""

    day: int
    direction: Direction

    def __str__(self) -> str:
        return f"weekday:{self.day}:{self.direction.value}"


@frozen
class Month:
    """A named month: "in January", "last November", "June last year"."""

    month: int
    when: When

    def __str__(self) -> str:
        return f"month:{self.month}:{_when(self.when)}"


@frozen
class MonthDay:
    """Day ``day`` of month ``month``, in the year the direction picks; with ``weekday``, the
    year in which it falls on that weekday ("Friday, Oct. 23")."""

    month: int
    day: int
    direction: Direction
    weekday: int | None = None

    def __str__(self) -> str:
        weekday = "" if self.weekday is None else f":{self.weekday}"
        return f"monthday:{self.month}:{self.day}:{self.direction.value}{weekday}"


@frozen
class Quarter:
    """A numbered quarter: "the third quarter", "last year's fourth quarter"."""

    quarter: int
    when: When

    def __str__(self) -> str:
        return f"quarter:{self.quarter}:{_when(self.when)}"


@frozen
class Season:
    """A named season (SP, SU, FA, WI): "last summer", "in the summer"."""

    season: str
    direction: Direction

    def __str__(self) -> str:
        return f"season:{self.season}:{self.direction.value}"


@frozen
class Holiday:
    """A named holiday, by its name in ``vocabulary.HOLIDAYS``: "Christmas", "next Easter"."""

    name: str
    direction: Direction

    def __str__(self) -> str:
        return f"holiday:{self.name.replace(' ', '_')}:{self.direction.value}"


@frozen
class NthWeekday:
    """The ``n``-th weekday of a month (n = -1 for the last): "the first Thursday in May"."""

    month: int
    weekday: int
    n: int
    direction: Direction

    def __str__(self) -> str:
        return f"nthweekday:{self.month}:{self.weekday}:{self.n}:{self.direction.value}"


@frozen
class Weekend:
    """ "the weekend"."""

    direction: Direction

    def __str__(self) -> str:
        return f"weekend:{self.direction.value}"


@frozen
class InYear:
    """The same part of another year as the base: "the 1988 period" after "the third quarter"."""

    year: int

    def __str__(self) -> str:
        return f"inyear:{self.year}"


@frozen
class Year:
    """A year named outright, as the fall-back of an anaphoric reading ("the 1988 period")."""

    year: int

    def __str__(self) -> str:
        return f"year:{self.year}"


@frozen
class DayOfMonth:
    """Day ``day`` of the month nearest the base in the direction given ("on the 21st"); with
    ``weekday``, of the nearest month in which that day falls on the weekday ("Friday the 13th")."""

    day: int
    direction: Direction
    weekday: int | None = None

    def __str__(self) -> str:
        weekday = "" if self.weekday is None else f":{self.weekday}"
        return f"dom:{self.day}:{self.direction.value}{weekday}"


Operation = (
    This
    | Shift
    | Weekday
    | Month
    | MonthDay
    | Quarter
    | Season
    | Holiday
    | NthWeekday
    | Weekend
    | InYear
    | Year
    | DayOfMonth
)

# -- suffixes ----------------------------------------------------------------------------------

# Value parts a year takes after a dash: its halves and seasons ("2010-H1", "2008-SU").
PARTS_OF_A_YEAR = frozenset({"H1", "H2", "SP", "SU", "FA", "WI"})
PARTS_OF_A_DAY = frozenset({"MO", "AF", "EV", "NI", "MI", "DT"})
# The hours a part of the day covers, from its day's midnight. A morning starts at midnight
# ("early Friday morning, around 1:30 a.m."); a night runs into the next morning (hour 29 is
# 5 a.m. of the next day).
PART_HOURS: dict[str, tuple[float, float]] = {
    "MO": (0.0, 12.0),
    "MI": (11.0, 14.0),
    "AF": (12.0, 18.0),
    "EV": (17.0, 23.0),
    "NI": (19.0, 29.0),
    "DT": (6.0, 18.0),
}


class Marker(Enum):
    """A suffix that changes what the day worked out stands for."""

    WE = "WE"  # the weekend of the week worked out
    NWE = "NWE"  # the weekend nearest the day worked out: "Labor Day weekend", "the weekend of Halloween"
    WEEK = "WEEK"  # the ISO week holding the day: "the week of March 6", "Easter week"
    QUARTER = "QUARTER"  # the quarter holding the day: "the quarter ended Sept. 30"
    # The closing day of a period told about ("the quarter ended Sept. 30"): the day itself, but
    # it does not end the talk about that quarter.
    PE = "PE"


@frozen
class PartOfDay:
    """ "this morning" (MO), "the evening before" (EV)."""

    part: str

    def __str__(self) -> str:
        return f"T{self.part}"


@frozen
class Clock:
    """A clock time on the day worked out: "10 p.m. Wednesday" (hour 24 is "midnight Friday")."""

    hour: int
    minute: int

    def __str__(self) -> str:
        return f"T{self.hour:02d}:{self.minute:02d}"


@frozen
class DayShift:
    """The day next to the one worked out: "the day after Christmas" is +1."""

    days: int

    def __str__(self) -> str:
        return f"D{self.days:+d}"


@frozen
class PartOfYear:
    """A half or season of the year worked out: "the first half of last year" (H1), "that summer" (SU)."""

    part: str

    def __str__(self) -> str:
        return self.part


@frozen
class Offset:
    """The day worked out moved by ``n`` units: "three weeks after Christmas" is ``Offset("week", 3)``.
    A count of units from a date is one date, the anchor's day moved (TimeML's anchored value)."""

    unit: str
    n: int

    def __str__(self) -> str:
        return f"{self.unit}{self.n:+d}"


@frozen
class Within:
    """The ``n``-th unit inside the period worked out, -1 the last: "Tuesday of next week" is
    ``Within("day", 2)`` of that week, "the final quarter of 2015" ``Within("quarter", -1)``."""

    unit: str
    n: int

    def __str__(self) -> str:
        return f"in:{self.unit}:{self.n}"


Suffix = Marker | PartOfDay | Clock | DayShift | PartOfYear | Offset | Within

# -- specs -------------------------------------------------------------------------------------


@frozen
class Alternative:
    """One way of working a value out: an operation on a base, then a suffix."""

    base: Base
    op: Operation
    suffix: Suffix | None = None

    def __str__(self) -> str:
        suffix = "" if self.suffix is None else f"@{_suffix(self.suffix)}"
        return f"{self.base.value}:{self.op}{suffix}"


@frozen
class Spec:
    """Alternatives tried in order: the first that finds its base gives the value."""

    alternatives: tuple[Alternative, ...]

    def __attrs_post_init__(self) -> None:
        if not self.alternatives:
            raise ValueError("a spec needs at least one alternative")

    def __str__(self) -> str:
        return "|".join(str(alternative) for alternative in self.alternatives)

    def to_string(self) -> str:
        """The stored form, as kept in ``TemporalExpression.underspecified``."""
        return str(self)

    @property
    def first(self) -> Alternative:
        return self.alternatives[0]

    @property
    def last(self) -> Alternative:
        """The publication-date reading, by convention the last one tried."""
        return self.alternatives[-1]


def spec(*alternatives: Alternative) -> Spec:
    """``spec(a, b)`` is ``Spec((a, b))``."""
    return Spec(alternatives)


def dct(op: Operation, suffix: Suffix | None = None) -> Alternative:
    """An alternative counted from the publication date."""
    return Alternative(Base.DCT, op, suffix)


def ref(op: Operation, suffix: Suffix | None = None) -> Alternative:
    """An alternative counted from the date told about last."""
    return Alternative(Base.REF, op, suffix)


def _when(when: When) -> str:
    return when.value if isinstance(when, Direction) else str(when)


def _suffix(suffix: Suffix) -> str:
    return suffix.value if isinstance(suffix, Marker) else str(suffix)
