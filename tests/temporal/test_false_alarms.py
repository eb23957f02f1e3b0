"""Words and numbers that look like dates in news copy and are not."""

import datetime as dt

import pytest

from timeline.temporal import tag

DCT = dt.date(2011, 4, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Call 0800 2011 2012 for details.",
        "Tel: +86 138-2010-2015",
        "The code is 133-03-03-2020.",
        "Latitude: 40.1693 north",
        "May we suggest a walk?",
        "May I ask why?",
        "He was a second faster than the champion.",
        "a quarter of the staff",
        "The bank pays a quarterly dividend.",
        "Profits rose 8% annually.",
        "rose 3/4 of a point",
        "A nor'easter knocked out power to 200,000 homes.",
        "The Nor\u2019Easter dumped 30 inches of snow.",
    ],
)
def test_no_date(text):
    assert tag(text, DCT) == ()


def test_a_number_after_a_weekday_is_a_day_only_at_the_end_of_the_clause():
    assert [(e.text, e.value) for e in tag("On Friday 13 people died.", DCT)] == [("Friday", "2011-04-08")]


def test_a_year_before_a_count_is_still_a_year():
    assert [e.value for e in tag("In 1999 150 people died.", DCT)] == ["1999"]


def test_a_range_takes_its_year_from_the_end():
    assert [e.value for e in tag("from March to November 2012", DCT)] == ["2012-03", "2012-11"]


def test_a_line_break_ends_a_headline():
    found = tag("POLICE WILL SEARCH\nOn Friday the river rose.", DCT)
    assert [e.value for e in found] == ["2011-04-08"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The office ran Windows 2000 until then.", []),
        ("a joint venture called Orion 1980, making parts", []),
        ("prices rose in May 2000 and fell", ["2000-05"]),
        ("sales in Fiscal 1990 rose", ["1990"]),
        ("The iPhone 2016 model sold well.", []),
        ("The case was filed as 2015-XA in the register.", []),
        ("the ruling, 2016/B12, was appealed", []),
        ("from 2015-present", ["2015"]),
    ],
)
def test_a_name_ending_in_a_year_like_number_is_no_year(text, values):
    assert [e.value for e in tag(text, DCT)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("She lives at 2012 Main Street.", []),
        ("a fire at 1600 Pennsylvania Avenue", []),
        ("By 2012 Oxford Street had changed.", ["2012"]),
        ("In 1999 Baker Street was closed.", ["1999"]),
    ],
)
def test_a_house_number_is_no_year(text, values):
    assert [e.value for e in tag(text, DCT)] == values


def test_a_day_month_and_two_digit_year_is_one_date():
    found = tag("posted 10 Nov 11 at 10:30 GMT", DCT)
    assert [(e.text, e.value) for e in found] == [("10 Nov 11", "2011-11-10"), ("10:30 GMT", "2011-11-10T10:30")]


def test_a_price_before_a_day_and_month_is_no_day():
    assert [(e.text, e.value) for e in tag("I bought it for $ 12 December 27", DCT)] == [("December 27", "2010-12-27")]
