"""The pure filters the CLI export and the TUI share."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import (
    Anchoring,
    Document,
    Event,
    EventDate,
    EventMention,
    Granularity,
    Interval,
    Person,
    Span,
    TemporalExpression,
    Timeline,
    TimexType,
)
from timeline.query.filters import DateBoundError, Filter, apply, find_people, find_sources, parse_bound


def _event(
    event_id: str,
    value: str,
    start: dt.date,
    end: dt.date,
    granularity: Granularity,
    text: str,
    people: tuple[str, ...] = (),
    docs: tuple[str, ...] = ("a",),
) -> Event:
    interval = Interval(start, end)
    timex = TemporalExpression(
        value, Span(0, len(value)), TimexType.DATE, value, None, granularity, interval, Anchoring.ABSOLUTE
    )
    mentions = tuple(EventMention(doc, Span(0, len(text)), text, timex) for doc in docs)
    return Event(event_id, EventDate(value, TimexType.DATE, None, granularity, interval), text, people, mentions)


@pytest.fixture
def timeline() -> Timeline:
    return Timeline(
        documents=(
            Document("a", "/news/a.txt", "", title="Council row", source="Kent Messenger"),
            Document("b", "/news/b.txt", "", title="Inspection", source="BBC News"),
        ),
        people=(
            Person("p1", "Peter Gilroy", ("Mr Gilroy",)),
            Person("p2", "Trudy Dean", ("Cllr Dean",)),
            Person("p3", "Paul Carter"),
        ),
        events=(
            _event(
                "e1",
                "2008",
                dt.date(2008, 1, 1),
                dt.date(2008, 12, 31),
                Granularity.YEAR,
                "Ofsted reports in 2008",
                ("p1",),
            ),
            _event(
                "e2",
                "2009-02",
                dt.date(2009, 2, 1),
                dt.date(2009, 2, 28),
                Granularity.MONTH,
                "A report in February 2009",
                ("p1",),
                ("b",),
            ),
            _event(
                "e3",
                "2011-06-01",
                dt.date(2011, 6, 1),
                dt.date(2011, 6, 1),
                Granularity.DAY,
                "The scrutiny meeting",
                ("p1", "p2"),
                ("a", "b"),
            ),
            _event(
                "e4", "2011-W22", dt.date(2011, 5, 30), dt.date(2011, 6, 5), Granularity.WEEK, "Backlog down to 71", ()
            ),
        ),
    )


def ids(events) -> list[str]:
    return [e.id for e in events]


def test_empty_filter_keeps_everything(timeline):
    assert apply(timeline, Filter()) == timeline.events


def test_people_any_and_all(timeline):
    assert ids(apply(timeline, Filter(people=("p1", "p2")))) == ["e1", "e2", "e3"]
    assert ids(apply(timeline, Filter(people=("p1", "p2"), all_people=True))) == ["e3"]


def test_sources(timeline):
    assert ids(apply(timeline, Filter(sources=("b",)))) == ["e2", "e3"]


def test_date_range_keeps_events_whose_interval_overlaps(timeline):
    flt = Filter(start=parse_bound("2009"), end=parse_bound("May 2011", end=True))
    assert ids(apply(timeline, flt)) == ["e2", "e4"]


def test_text_search_is_case_blind_over_summary_and_excerpts(timeline):
    assert ids(apply(timeline, Filter(text="OFSTED"))) == ["e1"]


def test_hide_coarse_dates(timeline):
    assert ids(apply(timeline, Filter(hide_coarse=True))) == ["e2", "e3", "e4"]


def test_filters_combine(timeline):
    assert ids(apply(timeline, Filter(people=("p1",), sources=("b",), text="meeting"))) == ["e3"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Peter Gilroy", ("p1",)),
        ("mr gilroy", ("p1",)),
        ("Cllr Trudy Dean", ("p2",)),
        ("Gilroy", ("p1",)),
        ("Carter", ("p3",)),
        ("p2", ("p2",)),
        ("Nobody", ()),
    ],
)
def test_find_people_by_name_or_alias(timeline, query, expected):
    assert find_people(timeline, query) == expected


def test_find_sources(timeline):
    assert find_sources(timeline, "a.txt") == ("a",)
    assert find_sources(timeline, "bbc") == ("b",)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2010", False, dt.date(2010, 1, 1)),
        ("2010", True, dt.date(2010, 12, 31)),
        ("Nov 2010", False, dt.date(2010, 11, 1)),
        ("November 2010", True, dt.date(2010, 11, 30)),
        ("2011-02", True, dt.date(2011, 2, 28)),
        ("2011-04-01", False, dt.date(2011, 4, 1)),
        ("1 April 2011", True, dt.date(2011, 4, 1)),
    ],
)
def test_parse_bound(text, end, expected):
    assert parse_bound(text, end=end) == expected


@pytest.mark.parametrize("text", ["2011-02-30", "Smarch 2010", "", "next week"])
def test_parse_bound_rejects_what_it_cannot_read(text):
    with pytest.raises(DateBoundError):
        parse_bound(text)


def test_text_search_finds_the_events_of_the_people_it_names(timeline):
    from timeline.query.index import TimelineIndex

    gilroy = next(p for p in timeline.people if p.name == "Peter Gilroy")
    found = apply(timeline, Filter(text="gilroy"))
    involving = [e for e in timeline.events if gilroy.id in e.people]
    assert involving and all(e in found for e in involving)
    index = TimelineIndex(timeline)
    assert [timeline.events[p] for p in index.select(Filter(text="gilroy"))] == list(found)
