"""The app's pure parts: dates as written on screen, sanitising, rows, the filter index."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tui_fixtures import build_rich_timeline, month, year

from timeline.model import EventDate, Granularity, Interval
from timeline.query.filters import Filter, apply
from timeline.query.index import UNDATED, TimelineIndex, group_key, run_numbers
from tui.dates import date_label, is_approximate, is_coarse
from tui.rows import Heading, Rows, _headings
from tui.sanitize import clean, one_line
from tui.widgets.article_view import wrap_offsets


def d(value, granularity, interval, mod=None):
    return EventDate(value, granularity=granularity, interval=interval, mod=mod)


@pytest.mark.parametrize(
    ("value", "granularity", "first", "last", "label"),
    [
        ("2007", Granularity.YEAR, dt.date(2007, 1, 1), dt.date(2009, 12, 31), "2007–2009"),
        ("2011-01", Granularity.MONTH, dt.date(2011, 1, 1), dt.date(2011, 3, 31), "Jan–Mar 2011"),
        ("2021-01", Granularity.MONTH, dt.date(2021, 1, 1), dt.date(2022, 3, 31), "Jan 2021–Mar 2022"),
        ("2011-04-01", Granularity.DAY, dt.date(2011, 4, 1), dt.date(2011, 4, 3), "1–3 Apr 2011"),
        ("2011-03-30", Granularity.DAY, dt.date(2011, 3, 30), dt.date(2011, 4, 2), "30 Mar–2 Apr 2011"),
        ("2010-12-30", Granularity.DAY, dt.date(2010, 12, 30), dt.date(2011, 1, 2), "30 Dec 2010–2 Jan 2011"),
        ("2010", Granularity.YEAR, dt.date(2010, 9, 1), dt.date(2010, 12, 31), "2010"),
    ],
)
def test_an_event_over_several_periods_shows_the_range_it_covers(value, granularity, first, last, label):
    assert date_label(d(value, granularity, Interval(first, last))) == label


def test_dates_keep_their_granularity():
    assert date_label(d("2010-11", Granularity.MONTH, month(2010, 11))) == "Nov 2010"
    assert date_label(d("2010", Granularity.YEAR, year(2010))) == "2010"
    assert date_label(d("2009", Granularity.YEAR, year(2009), "APPROX")) == "~2009"
    week = Interval(dt.date(2011, 5, 30), dt.date(2011, 6, 5))
    assert date_label(d("2011-W22", Granularity.WEEK, week)) == "w/c 30 May 2011"
    day = Interval(dt.date(2011, 4, 1), dt.date(2011, 4, 1))
    assert date_label(d("2011-04-01", Granularity.DAY, day)) == "1 Apr 2011"
    assert (
        date_label(d("2011-Q2", Granularity.QUARTER, Interval(dt.date(2011, 4, 1), dt.date(2011, 6, 30)))) == "Q2 2011"
    )
    assert (
        date_label(d("2011-SU", Granularity.SEASON, Interval(dt.date(2011, 6, 1), dt.date(2011, 8, 31))))
        == "summer 2011"
    )
    assert date_label(d("200", Granularity.DECADE, Interval(dt.date(2000, 1, 1), dt.date(2009, 12, 31)))) == "2000s"
    assert date_label(d("2010", Granularity.YEAR, year(2010), "START")) == "early 2010"
    assert is_coarse(d("2010", Granularity.YEAR, year(2010))) and not is_coarse(
        d("2010-11", Granularity.MONTH, month(2010, 11))
    )
    assert is_approximate(d("2009", Granularity.YEAR, year(2009), "APPROX"))


def test_clean_neutralises_controls_and_keeps_offsets():
    text = "a\x1b[31mb\x07c\u202ed\te\r\nf\x9bg"
    out = clean(text)
    assert len(out) == len(text)
    assert out == "a␛[31mb␇c\ufffdd e \nf\ufffdg"
    assert one_line("a\r\nb") == "a  b"
    assert clean("a\u2028b\u2029c") == "a b c"


def test_rows_group_under_year_and_month_headings():
    timeline = build_rich_timeline()
    rows = Rows(list(range(len(timeline.events))), TimelineIndex(timeline).keys)
    labels = [
        item.label if isinstance(item, Heading) else timeline.events[item].id for item in map(rows.at, range(len(rows)))
    ]
    assert labels == [
        "2007",
        "e1",
        "2008",
        "e2",
        "2009",
        "February 2009",
        "e3",
        "2010",
        "November 2010",
        "e4",
        "2011",
        "April 2011",
        "e5",
        "May 2011",
        "e6",
    ]


def test_wrap_offsets_cover_the_text_and_fit():
    text = "The council met on 3 March 2010.\n\nA verylongwordthatdoesnotfit here."
    lines = wrap_offsets(text, 12)
    assert all(len(text[s:e].rstrip()) <= 12 for s, e in lines)
    assert "".join(text[s:e] for s, e in lines).replace("\n", "") == text.replace("\n", "")


_TIMELINE = build_rich_timeline()
_DATES = st.one_of(st.none(), st.dates(dt.date(2006, 1, 1), dt.date(2012, 1, 1)))


@settings(max_examples=300, deadline=None)
@given(
    people=st.lists(st.sampled_from(["carter", "gilroy", "nobody"]), max_size=3, unique=True),
    all_people=st.booleans(),
    sources=st.lists(st.sampled_from(["kent", "bbc"]), max_size=2, unique=True),
    start=_DATES,
    end=_DATES,
    texts=st.lists(
        st.sampled_from(["", "b", "bu", "bud", "budget", "gil", "GILROY", "2008", "zz", "the"]), min_size=1, max_size=4
    ),
    hide_coarse=st.booleans(),
)
def test_index_keeps_exactly_what_filters_apply_keeps(people, all_people, sources, start, end, texts, hide_coarse):
    index = TimelineIndex(_TIMELINE)
    for text in texts:  # successive keystrokes reuse the previous hits
        flt = Filter(tuple(people), all_people, tuple(sources), start, end, text, hide_coarse)
        assert [_TIMELINE.events[p] for p in index.select(flt)] == list(apply(_TIMELINE, flt))


def test_a_coarse_event_between_months_does_not_join_the_month_above():
    may, summer, june = group_key(2011, 5), group_key(2011, 0), group_key(2011, 6)
    rows = Rows([0, 1, 2, 3], [may, summer, may, june])
    labels = [item.label if isinstance(item, Heading) else item for item in map(rows.at, range(len(rows)))]
    assert labels == ["2011", "May 2011", 0, 1, "May 2011", 2, "June 2011", 3]
    assert [rows.row_of(p) for p in range(4)] == [2, 3, 5, 7]
    assert rows.row_of(9) is None and rows.nearest_row(9) == 7


def test_publication_day_accepts_only_a_whole_day():
    from tui.screens.dialogs import publication_day

    assert publication_day("2011-04-10") == dt.date(2011, 4, 10)
    assert publication_day(" 10 April 2011 ") == dt.date(2011, 4, 10)
    assert publication_day("April 2011") == "'April 2011' is not a single day (try 2011-04-10 or 10 April 2011)"
    assert publication_day("2011-02-30") == "'2011-02-30' is not a real date"
    assert "cannot read 'soon'" in publication_day("soon")


@settings(max_examples=300, deadline=None)
@given(
    keys=st.lists(
        st.sampled_from(
            [
                UNDATED,
                group_key(2010, 0),
                group_key(2010, 11),
                group_key(2011, 0),
                group_key(2011, 5),
                group_key(2011, 6),
            ]
        ),
        max_size=40,
    ),
    data=st.data(),
)
def test_rows_of_any_subset_match_a_plain_walk(keys, data):
    """Headings come out as a walk through the shown events would put them, whichever events
    are left out (runs of the whole timeline that a filter splits or joins)."""
    positions = sorted(data.draw(st.sets(st.integers(0, max(len(keys) - 1, 0)), max_size=len(keys))) if keys else [])
    expected, previous = [], None
    for p in positions:
        if keys[p] != previous:
            expected.extend(h.label for h in _headings(previous, keys[p]))
            previous = keys[p]
        expected.append(p)
    rows = Rows(tuple(positions), keys, run_numbers(keys))
    assert [item.label if isinstance(item, Heading) else item for item in map(rows.at, range(len(rows)))] == expected
    assert [rows.row_of(p) for p in positions] == [i for i, item in enumerate(expected) if not isinstance(item, str)]


def test_full_collections_wait_for_the_user_to_pause():
    import gc
    import time

    from tui.pacing import IdleCollector

    collector = IdleCollector(idle=0.05)
    assert not collector.tick()  # nothing happened: nothing to collect
    collector.touched()
    assert not collector.tick()  # still busy
    time.sleep(0.06)
    assert collector.tick() and not collector.tick()  # once per pause
    before = gc.get_threshold()
    try:
        IdleCollector.start()
        IdleCollector.start()
        assert gc.get_threshold()[2] == max(before[2], 100)
    finally:
        gc.set_threshold(*before)
