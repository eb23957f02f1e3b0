"""A count of units from a date is one date ("four days after Christmas"); from anything else
it stays a duration ("two weeks before the election")."""

import datetime as dt

import pytest

from timeline.temporal import reanchor, tag

DCT = dt.date(2011, 4, 10)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The talks resumed four days after Christmas.", "four days after Christmas", "2010-12-29"),
        ("He was freed two weeks before May 13, 1999.", "two weeks before May 13, 1999", "1999-04-29"),
        ("The plant will reopen three weeks from tomorrow.", "three weeks from tomorrow", "2011-05-02"),
        ("Voting closes two months after next Friday.", "two months after next Friday", "2011-06-15"),
        ("The deal was signed a year after 2008.", "a year after 2008", "2009"),
    ],
)
def test_a_count_from_a_date_is_one_date(text, extent, value):
    found = tag(text, DCT)
    assert [(e.text, e.value, e.rule) for e in found] == [(extent, value, "counted_from")]


def test_a_count_before_an_event_stays_a_duration():
    assert [(e.text, e.value) for e in tag("It was called two weeks before the election.", DCT)] == [
        ("two weeks", "P2W")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He worked there for three years before 2015.",
        "She served for nearly two years after 2010.",
        "The company spent six months after Christmas rebuilding.",
    ],
)
def test_how_long_something_lasted_counts_from_no_date(text):
    assert [e.type.value for e in tag(text, DCT)][:1] == ["DURATION"]


def test_working_days_move_no_date():
    found = tag("Eight trading days after Oct. 12, the index fell.", DCT)
    assert next(e.value for e in found).startswith("P8D")


def test_re_anchoring_keeps_the_count():
    found = tag("The talks resumed four days after Christmas.", DCT)
    assert [e.value for e in reanchor(found, dt.date(2015, 1, 3))] == ["2014-12-29"]


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("The stock would be redeemed in five years.", "2016", "in_time"),
        ("The board will vote in two weeks.", "2011-W16", "in_time"),
        ("It was the first rise in two years.", "P2Y", "duration"),
        ("The inquiry will finish within two years.", "P2Y", "duration"),
    ],
)
def test_in_a_length_of_time_is_a_date_only_looking_forward(text, value, rule):
    assert [(e.value, e.rule) for e in tag(text, DCT)] == [(value, rule)]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        (
            "He was arrested early morning on Sunday, February 1, 2009.",
            "early morning on Sunday, February 1, 2009",
            "2009-02-01TMO",
        ),
        ("He was arrested early morning on February 1, 2009.", "early morning on February 1, 2009", "2009-02-01TMO"),
        ("They met late evening on June 3, 2010 in Paris.", "late evening on June 3, 2010", "2010-06-03TEV"),
        ("By mid-afternoon on 3 April the rain stopped.", "mid-afternoon on 3 April", "2011-04-03TAF"),
    ],
)
def test_a_part_of_the_day_on_a_date_is_one_time_of_that_day(text, extent, value):
    found = tag(text, DCT)
    assert [(e.text, e.value, e.type.value, e.rule) for e in found] == [(extent, value, "TIME", "day_part_on")]


def test_a_part_of_the_day_apart_from_a_date_stays_apart():
    found = tag("He left early morning. February 1, 2009 was cold.", DCT)
    assert [(e.text, e.value) for e in found] == [
        ("early morning", "2011-04-10TMO"),
        ("February 1, 2009", "2009-02-01"),
    ]


def test_a_part_of_a_day_still_to_place_moves_with_the_publication_date():
    (found,) = tag("By mid-afternoon on 3 April the rain stopped.", DCT)
    (moved,) = reanchor((found,), dt.date(2012, 5, 1))
    assert moved.value == "2012-04-03TAF"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The office will be closed Monday through Wednesday.", ["2023-09-25", "2023-09-27"]),
        ("The office was closed Monday through Wednesday.", ["2023-09-18", "2023-09-20"]),
        ("The fair will run from Friday to Sunday.", ["2023-09-22", "2023-09-24"]),
        ("He worked Monday and rested Tuesday.", ["2023-09-18", "2023-09-19"]),
    ],
)
def test_the_second_day_of_a_weekday_range_comes_after_the_first(text, values):
    assert [e.value for e in tag(text, dt.date(2023, 9, 20))] == values


def test_a_weekday_range_moves_with_the_publication_date():
    found = tag("The office will be closed Monday through Wednesday.", dt.date(2023, 9, 20))
    assert [e.value for e in reanchor(found, dt.date(2023, 10, 4))] == ["2023-10-09", "2023-10-11"]
