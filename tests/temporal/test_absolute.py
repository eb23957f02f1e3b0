"""Absolute dates in the common news formats, at the granularity the text gives."""

import datetime as dt

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opened on 1 April.", [("1 April", "2011-04-01", None)]),
        ("It opened on April 3rd.", [("April 3rd", "2011-04-03", None)]),
        ("on Thursday 12 September 2019", [("Thursday 12 September 2019", "2019-09-12", None)]),
        ("I did a report in February 2009.", [("February 2009", "2009-02", None)]),
        ("reports in 2008", [("2008", "2008", None)]),
        ("by mid-2016", [("mid-2016", "2016", "MID")]),
        ("in the summer of 2014", [("the summer of 2014", "2014-SU", None)]),
        ("during the 1990s", [("the 1990s", "199", None)]),
        ("in the early 2000s", [("the early 2000s", "200", "START")]),
        ("the 2017/18 financial year", [("the 2017/18 financial year", "FY2017", None)]),
        ("results for Q3 2011", [("Q3 2011", "2011-Q3", None)]),
        ("Aug. 7, 1998", [("Aug. 7, 1998", "1998-08-07", None)]),
        ("the third quarter of 1998", [("the third quarter of 1998", "1998-Q3", None)]),
        ("the first half of 2010", [("the first half of 2010", "2010-H1", None)]),
        ("in the 20th century", [("the 20th century", "19", None)]),
        ("on 2011-04-01", [("2011-04-01", "2011-04-01", None)]),
    ],
)
def test_absolute_formats(found, text, expected):
    assert found(text) == expected


def test_numeric_dates_are_day_first_by_default(found):
    assert found("on 12/09/2019") == [("12/09/2019", "2019-09-12", None)]


def test_numeric_dates_can_be_month_first(found):
    assert found("on 12/09/2019", day_first=False) == [("12/09/2019", "2019-12-09", None)]


def test_a_list_of_years_is_one_expression_each(found):
    assert found("things that went wrong in 2007, 2008 and 2009") == [
        ("2007", "2007", None),
        ("2008", "2008", None),
        ("2009", "2009", None),
    ]


def test_a_range_gives_both_ends(found):
    assert found("from 2001 to 2009") == [("2001", "2001", None), ("2009", "2009", None)]


@pytest.mark.parametrize(
    "text",
    [
        "31 February",
        "on 31 February 2011",
        "2011-13-45",
        "30/02/2011",
        "February 30",
        "at 9am on 31 February",
        "at 9am on 30 February 2024",
        "at 10pm on Tuesday 31 April",
    ],
)
def test_impossible_dates_are_not_emitted(found, text):
    assert found(text) == []


def test_weekday_picks_the_year_it_falls_in(found):
    # 12 September was a Sunday in 2010 and a Monday in 2011.
    assert found("Sunday 12 September") == [("Sunday 12 September", "2010-09-12", None)]
    assert found("Monday 12 September") == [("Monday 12 September", "2011-09-12", None)]


def test_day_and_month_take_the_nearest_year(found):
    assert found("from 1 April") == [("1 April", "2011-04-01", None)]
    assert found("on 28 December") == [("28 December", "2010-12-28", None)]


def test_dotted_numeric_dates(found):
    assert found("on 12.09.2019") == [("12.09.2019", "2019-09-12", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 2008-09 season", [("2008", "2008"), ("09", "2009")]),
        ("its 2010/11 budget", [("2010", "2010"), ("11", "2011")]),
        ("spending in 1999-00 fell", [("1999", "1999"), ("00", "2000")]),
        ("from 1998-2001 it grew", [("1998", "1998"), ("2001", "2001")]),
        ("the 2008 \u2013 2009 season", [("2008", "2008"), ("2009", "2009")]),
        ("the 2017/18 financial year", [("the 2017/18 financial year", "FY2017")]),
        ("page 2008-09", []),
        ("the 2008-09 cases", []),
        ("in 1998-11", [("1998-11", "1998-11")]),  # no range: the ISO month
    ],
)
def test_year_ranges_give_both_ends(text, expected):
    assert [(e.text, e.value) for e in tag(text, dt.date(2011, 4, 10))] == expected


def test_year_range_ends_explain_the_range():
    first, last = tag("the 2010/11 season", dt.date(2011, 4, 10))
    assert first.explanation == "2010 → 2010: the first year of the range 2010 to 2011, given in full"
    assert last.explanation == "11 → 2011: the last year of the range 2010 to 2011"
    assert (last.interval.start, last.interval.end) == (dt.date(2011, 1, 1), dt.date(2011, 12, 31))


def test_the_week_of_a_day_is_that_iso_week():
    (week,) = tag("a court hearing the week of March 6, the lawyer said", dt.date(2000, 2, 24))
    assert (week.text, week.value) == ("the week of March 6", "2000-W10")
    assert (week.interval.start, week.interval.end) == (dt.date(2000, 3, 6), dt.date(2000, 3, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ruled for more than two thousand years", [("more than two thousand years", "P2000Y", "MORE_THAN")]),
        ("for two and a half years", [("two and a half years", "P2Y6M", None)]),
        ("nineteen hundred people came", []),
        ("in the year two thousand", [("the year two thousand", "2000", None)]),
    ],
)
def test_spoken_numbers_before_a_unit_are_amounts_not_years(text, expected):
    assert [(e.text, e.value, e.mod) for e in tag(text, dt.date(2000, 2, 24))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the summit on 24 and 25 April", [("24", "2011-04-24"), ("25 April", "2011-04-25")]),
        ("the NATO summit on April 24 and 25.", [("April 24", "2011-04-24"), ("25", "2011-04-25")]),
        ("talks from 10 to 12 June 2011", [("10", "2011-06-10"), ("12 June 2011", "2011-06-12")]),
        ("the festival on May 3-5, 2012", [("May 3", "2012-05-03"), ("5, 2012", "2012-05-05")]),
        ("it rose from 24 to 25", []),
        ("on April 24 and 25 people came", [("April 24", "2011-04-24")]),
        ("on May 3 and 5 years later", [("May 3", "2011-05-03"), ("5 years later", "2016")]),
    ],
)
def test_lists_and_ranges_of_days_share_their_month(text, expected):
    assert [(e.text, e.value) for e in tag(text, dt.date(2011, 4, 10))] == expected
