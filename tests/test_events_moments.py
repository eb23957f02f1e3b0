"""Two moments of one day are two events: "this morning" and "this evening", "at 9 a.m." and
"at 7 p.m." share a calendar day but no hour; a part of the day and a clock time inside it
("this evening", "at 8:30 p.m.") still meet."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.analysis import build_timeline
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata
from timeline.events.moments import hours, meet
from timeline.model import EventDate, Granularity, TimexType

_DAY = dt.date(2013, 9, 13).toordinal() * 24.0


def _date(value: str, granularity: Granularity, mod: str | None = None) -> EventDate:
    return EventDate(value, TimexType.TIME, mod, granularity, None)


@pytest.mark.parametrize(
    ("value", "granularity", "mod", "expected"),
    [
        ("2013-09-13TMO", Granularity.PART_OF_DAY, None, (0.0, 12.0)),
        ("2013-09-13TNI", Granularity.PART_OF_DAY, None, (19.0, 29.0)),
        ("2013-09-13T20:30", Granularity.MINUTE, None, (19.5, 21.5)),
        ("2013-09-13T19", Granularity.HOUR, None, (18.0, 20.0)),
        ("2013-09-13", Granularity.DAY, "START", (0.0, 12.0)),
    ],
)
def test_a_reading_of_the_clock_covers_its_hours(
    value: str, granularity: Granularity, mod: str | None, expected: tuple[float, float]
) -> None:
    assert hours(_date(value, granularity, mod)) == (_DAY + expected[0], _DAY + expected[1])


@pytest.mark.parametrize(("value", "granularity"), [("2013-09-13", Granularity.DAY), ("2013-09", Granularity.MONTH)])
def test_a_plain_day_or_anything_coarser_gives_no_hours(value: str, granularity: Granularity) -> None:
    assert hours(_date(value, granularity)) is None


def test_a_night_runs_into_the_next_morning() -> None:
    night = hours(_date("2013-09-13TNI", Granularity.PART_OF_DAY))
    small_hours = hours(_date("2013-09-14T01:30", Granularity.MINUTE))
    evening = hours(_date("2013-09-13TEV", Granularity.PART_OF_DAY))
    morning = hours(_date("2013-09-13TMO", Granularity.PART_OF_DAY))
    assert night is not None and small_hours is not None and evening is not None and morning is not None
    assert meet(night, small_hours) and meet(night, evening)
    assert not meet(morning, evening)


def _events(*texts: str, published: dt.date = dt.date(2013, 9, 13)) -> list[tuple[str, list[str]]]:
    """(date, sources) of the events of articles a, b, ... ."""
    docs = [
        document_from_text(text, chr(ord("a") + i), f"{chr(ord('a') + i)}.txt", Metadata(published=published))
        for i, text in enumerate(texts)
    ]
    return [(e.date.value, sorted(e.sources)) for e in build_timeline(docs).events]


def test_a_morning_and_an_evening_of_one_day_are_two_events() -> None:
    assert _events(
        "Police arrested a 23-year-old driver in Richmond Hill this morning, officials said.\n",
        "Police arrested a 23-year-old driver in Richmond Hill this evening, officials said.\n",
    ) == [("2013-09-13TMO", ["a"]), ("2013-09-13TEV", ["b"])]


def test_two_clock_times_hours_apart_are_two_events() -> None:
    assert _events(
        "A fire broke out at the Matanuska Maid warehouse in Palmer at 6 a.m. on Friday.\n",
        "A fire broke out at the Matanuska Maid warehouse in Palmer at 9 p.m. on Friday.\n",
    ) == [("2013-09-13T06:00", ["a"]), ("2013-09-13T21:00", ["b"])]


def test_an_evening_and_a_clock_time_in_it_are_one_event() -> None:
    assert _events(
        "A woman opened fire at the Kraft factory in Philadelphia this evening, police said.\n",
        "A woman opened fire at the Kraft factory in Philadelphia at 8:30 p.m., police said.\n",
    ) == [("2013-09-13T20:30", ["a", "b"])]  # dated to the finest moment given
