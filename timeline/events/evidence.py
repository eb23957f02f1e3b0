"""The evidence that two statements tell one event: compatible dates and agreeing content.

Two statements are one event when their dates are compatible (one interval inside the other: a
month inside a year, "the end of last year" with "last November"; a range only with the same
range; a "before"/"after" date only with the same one) AND their content agrees (``evidence``):
key words near the date in common (two at one granularity or within one day, three when one date
is coarser than the other: ``_gap``; one at the same clock time of one day; four for two
consecutive days: ``adjacent``), or a person in common and content words of their sentences in
common. Two readings of the clock of one day whose hours never meet ("this morning", "this
evening") are two moments (``moments``). A date alone never merges; two statements
of different articles that give different ages ("a 36-year-old climber", "32-year-old Robert
Buckley") never merge either.
"""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from ..model import EventDate, Granularity, Interval
from .moments import hours, meet


@frozen
class Group:
    """Statements of one article about one event (usually one statement)."""

    gid: int
    doc: str
    order: tuple[int, int]  # (document order, offset) of its first statement
    date: EventDate
    is_range: bool
    words: frozenset[str]
    sentence_words: frozenset[str]
    people: frozenset[str]
    forbid: int | None = None  # the group this one is dated against
    phrases: frozenset[tuple[str, str]] = frozenset()
    part: Interval | None = None  # the interval as compared (see ``_part``); set by ``make_group``


def _part(date: EventDate) -> Interval | None:
    """The stretch a date with a START/MID/END mod really covers (its first, middle or last
    third), so "the end of 2010" does not take in May 2010."""
    interval = date.interval
    if interval is None or date.mod not in ("START", "MID", "END") or interval.days < 9:
        return interval
    third = dt.timedelta(days=interval.days // 3)
    if date.mod == "START":
        return Interval(interval.start, interval.start + third)
    if date.mod == "END":
        return Interval(interval.end - third, interval.end)
    return Interval(interval.start + third, interval.end - third)


def make_group(
    gid: int,
    doc: str,
    order: tuple[int, int],
    date: EventDate,
    is_range: bool,
    words: frozenset[str],
    sentence_words: frozenset[str],
    people: frozenset[str],
    forbid: int | None = None,
    phrases: frozenset[tuple[str, str]] = frozenset(),
) -> Group:
    return Group(gid, doc, order, date, is_range, words, sentence_words, people, forbid, phrases, _part(date))


def compatible(a: Group, b: Group) -> bool:
    ia, ib = a.part, b.part
    if ia is None or ib is None:
        return False
    if a.is_range or b.is_range:
        return ia == ib and a.is_range == b.is_range
    if a.date.mod in ("BEFORE", "AFTER") or b.date.mod in ("BEFORE", "AFTER"):
        return (a.date.value, a.date.mod) == (b.date.value, b.date.mod)
    if not (ia.contains(ib) or ib.contains(ia)):
        return False
    return ia.days != 1 or ib.days != 1 or not moments_apart(a, b)  # hours only within one day


def moments_apart(a: Group, b: Group) -> bool:
    """Whether two dates of one day give hours of it that never meet ("Thursday morning" and
    "Thursday night", "at noon" and "at 7 p.m."): two moments of the day, so two events
    (``moments``)."""
    ha, hb = hours(a.date), hours(b.date)
    return ha is not None and hb is not None and not meet(ha, hb)


ADJACENT_WORDS = 4  # key words two statements dated a day apart must share (see ``adjacent``)


def adjacent(a: Group, b: Group) -> bool:
    """Whether two statements are dated to two consecutive days that may tell one moment: two
    plain days ("foiled the attack on Thursday", "on Friday", told from two time zones; "was found
    on Tuesday", "it was reported Wednesday"), or hours that meet across midnight ("last night",
    "at 1:30 a.m."). Such statements may be one event, on more evidence than one day asks for
    (``ADJACENT_WORDS``). A clock time and the plain day before it are not: the clock pins its
    day ("at 9 a.m. Friday" is not "on Thursday")."""
    ia, ib = a.part, b.part
    if ia is None or ib is None or a.is_range or b.is_range or ia.days != 1 or ib.days != 1:
        return False
    if a.date.mod in ("BEFORE", "AFTER") or b.date.mod in ("BEFORE", "AFTER"):
        return False
    if abs((ia.start - ib.start).days) != 1:
        return False
    ha, hb = hours(a.date), hours(b.date)
    return (ha is None and hb is None) or (ha is not None and hb is not None and meet(ha, hb))


def evidence(a: Group, b: Group, *, same_article: bool = False) -> float | None:
    """How strongly ``a`` and ``b`` read as one event, or None when they may not merge.

    Within one article the story's vocabulary is everywhere, so there two statements must share
    a phrase (two content words in a row: "Ofsted inspection") or a person and two key words.
    Across articles, two statements dated a day apart are one event only on four key words near
    their dates in common (``adjacent``): an article tells its own days apart.
    """
    if not compatible(a, b):
        if same_article or not adjacent(a, b) or _other_ages(a, b):
            return None
        near = len(a.words & b.words)
        return 2.0 * near + 2.0 * len(a.people & b.people) if near >= ADJACENT_WORDS else None
    if not same_article and _other_ages(a, b):
        return None
    near = len(a.words & b.words)
    shared_people = len(a.people & b.people)
    sentence = len(a.sentence_words & b.sentence_words)
    # A coarse date taking a finer one ("last year" with "last November") hands the finer date
    # on to every source, so it needs one more word (``_gap``).
    gap = _gap(a, b)
    needed = 1 if at_one_clock_time(a, b) else 2 + gap
    if same_article:
        agree = bool(a.phrases & b.phrases) or (shared_people and near >= 2)
    else:
        agree = near >= needed or (shared_people and sentence >= 2 + gap)
    if agree:
        return 2.0 * near + 2.0 * shared_people + 0.5 * sentence + (1.0 if a.date.value == b.date.value else 0.0)
    return None


_CLOCK = frozenset((Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND))


def on_the_clock(group: Group) -> bool:
    """Whether a group is dated to an hour or a minute of a day ("at 2:09 a.m. Thursday")."""
    return group.date.granularity in _CLOCK and not group.is_range


def at_one_clock_time(a: Group, b: Group) -> bool:
    """Whether two groups are dated to the same hour or minute of the same day: few events of a
    corpus share a clock time, so one key word in common is enough ("the quake occurred at 2:09
    a.m.", "the temblor struck at 2:09 a.m."... and "quake" in both)."""
    return a.date.value == b.date.value and on_the_clock(a) and on_the_clock(b)


def told_apart(a: Group, b: Group) -> bool:
    """Whether two groups of one article tell two events. Its own grouping asks for a phrase or
    a person and two words in common, since an article's vocabulary is everywhere in it; two
    groups it left apart may still be one event told twice, and may meet in one event of the
    corpus when other articles join them: at one precision (or both within one day), when they
    share a key word ("an earthquake was recorded this morning" in the lede, "the quake occurred
    at 2:09 a.m." below it); at two ("who stepped down last year", "the report last November"),
    only on the evidence two articles would need ("Williams died in her sleep on Thursday" and
    "Esther Williams died on 6th June in her sleep"). Two days it gives are two days, and two
    moments of one day two moments, whatever the evidence (``adjacent`` is for articles that
    date one event differently)."""
    if not compatible(a, b) or a.words.isdisjoint(b.words):
        return True
    return _gap(a, b) > 0 and evidence(a, b) is None


_AGED = "year-old"


def _ages(group: Group) -> set[str]:
    """The ages a group gives ("a 36-year-old climber": 36)."""
    return {n for n, word in group.phrases if word == _AGED and n.isdigit()}


def _other_ages(a: Group, b: Group) -> bool:
    """Whether the two give ages and none in common: "a 36-year-old climber died" and "32-year-old
    Robert Buckley fell" tell of two people, so of two deaths, whatever their words share."""
    if _AGED not in a.words or _AGED not in b.words:  # the cheap test first: most give no age
        return False
    ages, others = _ages(a), _ages(b)
    return bool(ages) and bool(others) and ages.isdisjoint(others)


def _gap(a: Group, b: Group) -> int:
    """How far apart two dates' precision is, in steps of evidence: 0 at one granularity or when
    both are a day or finer ("Thursday", "Thursday night", "2:09 a.m." are all told of one day, and
    a time of day is no finer an event than its day), else 1 ("last year" and a quarter, a year or
    a month and a day)."""
    ga, gb = a.date.granularity, b.date.granularity
    if ga == gb or ga is None or gb is None:
        return 0
    return 0 if min(ga.rank, gb.rank) >= Granularity.DAY.rank else 1
