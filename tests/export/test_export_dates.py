"""Dates in words, at the precision of the source and no finer."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import EventDate, Granularity, Interval
from timeline.timex.dates import display, plain

CASES = [
    ("2009", Granularity.YEAR, None, "2009"),
    ("2009-02", Granularity.MONTH, None, "February 2009"),
    ("2011-04-01", Granularity.DAY, None, "1 April 2011"),
    ("2011-W22", Granularity.WEEK, Interval(dt.date(2011, 5, 30), dt.date(2011, 6, 5)), "week of 30 May 2011"),
    ("2011-W22", Granularity.WEEK, None, "week 22 of 2011"),
    ("2011-05-31TEV", Granularity.PART_OF_DAY, None, "evening of 31 May 2011"),
    ("2011-05-31T14:30", Granularity.MINUTE, None, "31 May 2011, 14:30"),
    ("2011-05-31T14", Granularity.HOUR, None, "31 May 2011, 14:00"),
    ("2010-SU", Granularity.SEASON, None, "summer 2010"),
    ("2010-Q1", Granularity.QUARTER, None, "Q1 2010"),
    ("2010-H2", Granularity.HALF_YEAR, None, "second half of 2010"),
    ("200", Granularity.DECADE, None, "the 2000s"),
    ("19", Granularity.CENTURY, None, "1900–1999"),
    ("PRESENT_REF", None, None, "PRESENT_REF"),
    # one event for several periods: the range its interval covers, at the value's granularity
    ("2007", Granularity.YEAR, Interval(dt.date(2007, 1, 1), dt.date(2009, 12, 31)), "2007–2009"),
    ("2010", Granularity.YEAR, Interval(dt.date(2010, 9, 1), dt.date(2010, 12, 31)), "2010"),
    ("2011-01", Granularity.MONTH, Interval(dt.date(2011, 1, 1), dt.date(2011, 3, 31)), "January–March 2011"),
    ("2010-11", Granularity.MONTH, Interval(dt.date(2010, 11, 1), dt.date(2011, 1, 31)), "November 2010–January 2011"),
    ("2011-04-01", Granularity.DAY, Interval(dt.date(2011, 4, 1), dt.date(2011, 4, 3)), "1–3 April 2011"),
    ("2011-03-30", Granularity.DAY, Interval(dt.date(2011, 3, 30), dt.date(2011, 4, 2)), "30 March 2011–2 April 2011"),
]


@pytest.mark.parametrize(("value", "granularity", "interval", "expected"), CASES)
def test_plain(value, granularity, interval, expected):
    assert plain(EventDate(value, granularity=granularity, interval=interval)) == expected


@pytest.mark.parametrize(
    ("mod", "expected"),
    [
        ("APPROX", "about 2009"),
        ("START", "early 2009"),
        ("MID", "mid 2009"),
        ("END", "late 2009"),
        ("BEFORE", "before 2009"),
        ("ON_OR_AFTER", "on or after 2009"),
        (None, "2009"),
    ],
)
def test_mods_in_words(mod, expected):
    assert display(EventDate("2009", mod=mod, granularity=Granularity.YEAR)) == expected


def test_estimate_note_only_where_an_estimate_can_move_the_date(hand):
    from attrs import evolve

    from timeline.export.common import lookup
    from timeline.model import Anchoring
    from timeline.timex.dates import labelled

    april, feb = hand.events[3], hand.events[1]
    assert labelled(april, lookup(hand).estimated) == "1 April 2011 (approximate: the article's own date is estimated)"
    relative_month = evolve(
        feb, mentions=tuple(evolve(m, timex=evolve(m.timex, anchoring=Anchoring.PUBLICATION)) for m in feb.mentions)
    )
    assert labelled(relative_month, lookup(hand).estimated) == "February 2009"
    dated_article = evolve(hand, documents=tuple(evolve(d, published_estimated=False) for d in hand.documents))
    assert labelled(april, lookup(dated_article).estimated) == "1 April 2011"
