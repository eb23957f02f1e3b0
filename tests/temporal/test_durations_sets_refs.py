"""Durations, sets, vague references and clock times."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for several months", ("several months", "PXM", None)),
        ("dating back several years", ("several years", "PXY", None)),
        ("for 18 months", ("18 months", "P18M", None)),
        ("for more than a year", ("more than a year", "P1Y", "MORE_THAN")),
        ("in less than a month", ("less than a month", "P1M", "LESS_THAN")),
        ("about three weeks", ("about three weeks", "P3W", "APPROX")),
        ("at least 72 hours", ("at least 72 hours", "PT72H", "EQUAL_OR_MORE")),
        ("nearly a year", ("nearly a year", "P1Y", "LESS_THAN")),
        ("over the past three months", ("the past three months", "P3M", None)),
        ("a two-year contract", ("two-year", "P2Y", None)),
        ("a decade", ("a decade", "P10Y", None)),
        ("2 1/2 years", ("2 1/2 years", "P2Y6M", None)),
        ("between three to six months", ("three to six months", "PXM", None)),
        ("Just over an hour later, he was dead.", ("Just over an hour", "PT1H", "MORE_THAN")),
    ],
)
def test_durations(found, text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every week", ("every week", "P1W", None)),
        ("every Monday", ("every Monday", "XXXX-WXX-1", None)),
        ("twice a year", ("twice a year", "P1Y", None)),
        ("published daily", ("daily", "P1D", None)),
    ],
)
def test_sets(found, text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turning the service around now", ("now", "PRESENT_REF", None)),
        ("it is currently closed", ("currently", "PRESENT_REF", None)),
        ("the case was recently reopened", ("recently", "PAST_REF", None)),
        ("in the coming weeks", ("the coming weeks", "FUTURE_REF", None)),
        ("in the future", ("the future", "FUTURE_REF", None)),
        ("in recent months", ("recent months", "PXM", None)),
        ("the council's current budget", ("current", "PRESENT_REF", None)),
        ("she would one day lead the party", ("one day", "FUTURE_REF", None)),
        ("the repairs took one day to finish", ("one day", "P1D", None)),
        ("blamed current market conditions", ("current", "PRESENT_REF", None)),
        ("at the then-current share price", ("then-current", "PAST_REF", None)),
    ],
)
def test_references(found, text, expected):
    assert found(text) == [expected]


def test_aspectual_now_after_have_is_not_a_date(found):
    assert found("Judges have now ruled that she was dismissed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The current account deficit widened.",
        "Current assets exceeded current liabilities.",
        "swept away by a strong current.",
        "the current of the river",
        "the council's current leader",
        "replaced by current group managing director Jane Smith",
    ],
)
def test_current_in_a_fixed_term_before_a_role_or_as_a_noun_is_not_a_date(found, text):
    assert found(text) == []


def test_put_the_past_behind_is_not_a_date(found):
    assert found("it was time to put the past behind them") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 10:35 a.m.", ("10:35 a.m.", "2011-04-10T10:35", None)),
        ("at 6 p.m. yesterday", ("6 p.m. yesterday", "2011-04-09T18:00", None)),
        ("at 10 p.m. Wednesday", ("10 p.m. Wednesday", "2011-04-06T22:00", None)),
    ],
)
def test_clock_times(found, text, expected):
    assert found(text) == [expected]


def test_a_clock_time_belongs_to_the_day_last_mentioned(found):
    assert found("He was shot on 23 October 1998 at 10 p.m. at home.")[-1] == ("10 p.m.", "1998-10-23T22:00", None)


def test_ages_are_not_durations(found):
    assert found("the 6-year-old boy and a 52 year old man") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("net income for the year", ("the year", "P1Y", None)),
        ("revenue in the fiscal year ended Jan. 31", ("the fiscal year", "P1Y", None)),
        ("troops could arrive within weeks", ("weeks", "PXW", None)),
    ],
)
def test_accounting_years_and_vague_spans(found, text, expected):
    assert found(text)[0] == expected


def test_a_range_explains_its_bounds():
    from timeline.temporal import tag

    (expression,) = tag("It takes three to six months.")
    assert expression.explanation == "three to six months → between 3 and 6 months (PXM: a number of months)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This move comes barely a month after Qantas suspended flights.", [("a month", "P1M", None)]),
        (
            "The banks must wait at least 30 days before closing the purchase.",
            [("at least 30 days", "P30D", "EQUAL_OR_MORE")],
        ),
        (
            "They met on 3 March. He had arrived two days before.",
            [("3 March", "2011-03-03", None), ("two days before", "2011-03-01", None)],
        ),
    ],
)
def test_a_length_of_time_before_an_event_is_a_duration(found, text, expected):
    # TimeML: in "two days before the attack" the duration is tagged and "before" links it to
    # the event; the date it points to depends on the event, not on the last date mentioned.
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it will not change for a couple of years", [("a couple of years", "P2Y", "APPROX")]),
        ("over the next couple of years", [("the next couple of years", "P2Y", "APPROX")]),
        ("a couple of days ago", [("a couple of days ago", "2011-04-08", "APPROX")]),
    ],
)
def test_a_couple_is_about_two(found, text, expected):
    assert found(text) == expected
