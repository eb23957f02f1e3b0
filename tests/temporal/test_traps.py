"""Words and numbers that look like dates and are not."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The council may never reveal who was to blame.",
        "We are still waiting.",
        "The team was recruited at a cost of £2m.",
        "vacancy rates from more than 25% to just under 5%",
        "reducing the number to just 71 cases",
        "a backlog of 2,200 children",
        "one in four children",
        "He told Channel 4 and the nurses of Ward 7.",
        "April Jones and May Collins gave evidence.",
        "They March on Parliament tomorrow".replace(" tomorrow", ""),
        "She came second in the race.",
        "a second time",
        "Room 1990 is on the first floor.",
        "The company employs 2008 people.",
        "prices rose 1998 percent",
        "it happened in a month that has seen changes".replace("in a month", "in the end"),
    ],
)
def test_not_a_date(found, text):
    assert found(text) == []


def test_modal_may_next_to_a_real_date(found):
    assert found("It may happen in May.") == [("May", "2011-05", None)]


def test_lowercase_march_is_a_verb(found):
    assert found("they will march through the city") == []


@pytest.mark.parametrize(
    "text",
    [
        "according to the Sunday Times",
        "The Mail on Sunday reported",
        "Saturday Night Live",
        "Jan said it was fine.",
    ],
)
def test_names_that_contain_dates(found, text):
    assert found(text) == []


def test_a_year_before_a_count_noun_is_a_number(found):
    assert found("He scored 1999 points.") == []
    assert found("the 1992 protests") == [("1992", "1992", None)]


def test_generic_today_is_the_present(found):
    assert found("for today's youth") == [("today", "PRESENT_REF", None)]
    assert found("today's meeting") == [("today", "2011-04-10", None)]


def test_marches_are_not_months(found):
    assert found("the annual March for Life") == []
    assert found("the March of the Combatant Mothers") == []
