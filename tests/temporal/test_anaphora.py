"""Expressions resolved against the date mentioned before them, not the publication date."""

import datetime as dt

import pytest

from timeline.model import Anchoring, Span
from timeline.temporal import tag


def test_the_evening_before_a_mentioned_day():
    text = "At a meeting on Wednesday, she spoke. He emailed her the evening before to decline."
    wednesday, evening = tag(text, dt.date(2011, 6, 5))
    assert (evening.text, evening.value) == ("the evening before", "2011-05-31TEV")
    assert evening.anchoring is Anchoring.PREVIOUS
    assert evening.anchor == wednesday.span


def test_following_day_and_days_later(found):
    text = "The fire started on 3 March 2010. The following day it spread. Two days later it was out."
    assert found(text) == [
        ("3 March 2010", "2010-03-03", None),
        ("The following day", "2010-03-04", None),
        ("Two days later", "2010-03-06", None),
    ]


def test_that_year(found):
    assert found("He joined in 1998 and left later that year.") == [
        ("1998", "1998", None),
        ("later that year", "1998", None),
    ]


def test_a_year_earlier_than_a_quarter_is_that_quarter_a_year_back(found):
    assert found("Profit rose in the third quarter of 1989 from a year earlier.") == [
        ("the third quarter of 1989", "1989-Q3", None),
        ("a year earlier", "1988-Q3", None),
    ]


def test_without_a_previous_date_anaphora_falls_back_on_publication():
    (expression,) = tag("The following day it rained.", dt.date(2011, 4, 10))
    assert expression.value == "2011-04-11"
    assert expression.anchoring is Anchoring.PUBLICATION
    assert expression.span == Span(0, 17)


def test_units_on_counts_forward_from_the_last_date(found):
    assert found("The plant shut in March 2009. Twelve months on, the site is empty.") == [
        ("March 2009", "2009-03", None),
        ("Twelve months on", "2010-03", None),
    ]


def test_year_ago_results_are_a_year_before_publication_not_before_the_comparison_year(found):
    dct = dt.date(1989, 11, 2)
    text = "It took a charge of $195 million in the 1988 period. The year-ago results included a gain."
    assert found(text, dct) == [("the 1988 period", "1988", None), ("year-ago", "1988", None)]
    text = "Profit rose in the third quarter. The year-earlier results were restated."
    assert found(text, dct) == [("the third quarter", "1989-Q3", None), ("year-earlier", "1988-Q3", None)]


def test_the_previous_and_the_following_weekday_count_from_the_day_told_about(found):
    dct = dt.date(1989, 10, 30)
    text = "On Friday the index fell 4.5% from the previous Friday."
    assert found(text, dct) == [("Friday", "1989-10-27", None), ("the previous Friday", "1989-10-20", None)]
    text = "The talks opened on Oct. 3 and resumed the following Monday."
    assert found(text, dct) == [("Oct. 3", "1989-10-03", None), ("the following Monday", "1989-10-09", None)]


def test_a_year_earlier_compares_with_the_quarter_whose_end_date_follows_it(found):
    dct = dt.date(1989, 10, 26)
    text = "Net for the third quarter ended Sept. 30 rose to $5 million from $4 million a year earlier."
    assert found(text, dct) == [
        ("the third quarter", "1989-Q3", None),
        ("Sept. 30", "1989-09-30", None),
        ("a year earlier", "1988-Q3", None),
    ]
    text = "Net for the third quarter rose. On Feb. 1 it paid $4 million; a year earlier it paid nothing."
    assert found(text, dct)[-1] == ("a year earlier", "1988", None)


def test_the_closing_day_of_a_fiscal_quarter_does_not_end_the_comparison(found):
    dct = dt.date(1989, 10, 26)
    text = "Net for its fiscal first quarter ended Sept. 30 rose to $5 million from $4 million a year ago."
    assert found(text, dct) == [
        ("fiscal first quarter", "1989-Q1", None),
        ("Sept. 30", "1989-09-30", None),
        ("a year ago", "1988-Q1", None),
    ]
    text = "Sales in the first quarter ended Sept. 30 rose 9%. In the 1988 period, the company lost money."
    assert found(text, dct)[-1] == ("the 1988 period", "1988-Q1", None)


def test_the_quarter_ended_a_day_is_the_quarter_named_before_else_the_quarter_of_that_day(found):
    dct = dt.date(2011, 4, 20)
    text = "She said on Monday that profit for the quarter ended March 31 rose 5% from a year earlier."
    assert found(text, dct) == [
        ("Monday", "2011-04-18", None),
        ("the quarter", "2011-Q1", None),
        ("March 31", "2011-03-31", None),
        ("a year earlier", "2010-Q1", None),
    ]
    text = "Net for the fiscal third quarter rose; sales in the quarter ended Jan. 31 were flat."
    assert found(text, dct)[1] == ("the quarter", "2010-Q3", None)
    (quarter, *_) = tag("Sales for the quarter ended March 31 rose.", dct)
    assert quarter.explanation.startswith("the quarter → Q1 2011: the calendar quarter of its closing day")


def test_a_comparison_never_looks_back_from_a_quarter_still_to_come(found):
    dct = dt.date(1989, 10, 26)
    text = "Analysts expect losses through the third quarter of 1990. In the year-ago period, it earned $10 million."
    assert found(text, dct)[-1] == ("the year-ago period", "1988", None)


def test_units_counted_from_a_date_that_is_too_coarse_stay_unresolved():
    # Nine months after some day of 2009 is in 2009 or 2010, not nine months after publication:
    # no date is given rather than a wrong one.
    text = "He was jailed in 2009 and released nine months later."
    _jailed, released = tag(text, dt.date(2024, 3, 14))
    assert (released.text, released.anchoring, released.interval) == ("nine months later", Anchoring.UNRESOLVED, None)
    assert released.explanation == "nine months later: counted from 2009 (2009), which does not give the month"


def test_units_counted_from_a_coarse_date_that_is_enough(found):
    assert found("He was jailed in 2009 and released two years later.") == [
        ("2009", "2009", None),
        ("two years later", "2011", None),
    ]


def test_a_day_without_its_year_follows_the_date_told_just_before():
    found = tag("He was found at about 07:40 BST on 2 April 2022. He died on 5 April.", dt.date(2024, 4, 19))
    assert [(e.text, e.value, e.anchoring) for e in found] == [
        ("2 April 2022", "2022-04-02", Anchoring.ABSOLUTE),
        ("5 April", "2022-04-05", Anchoring.PREVIOUS),
    ]
    assert found[1].anchor == found[0].span


def test_a_day_without_its_year_in_the_clause_of_a_month_takes_that_year():
    found = tag("He collapsed in a cell in April 2022 and died in hospital on 5 April.", dt.date(2024, 4, 19))
    assert [(e.text, e.value) for e in found] == [("April 2022", "2022-04"), ("5 April", "2022-04-05")]


def test_a_day_without_its_year_crosses_into_the_next_year_after_december():
    found = tag("He was arrested in December 2021 and charged on Jan. 5.", dt.date(2024, 4, 19))
    assert [(e.text, e.value) for e in found] == [("December 2021", "2021-12"), ("Jan. 5", "2022-01-05")]


def test_a_day_without_its_year_keeps_publication_when_the_story_date_does_not_lead_to_it():
    day = dt.date(2024, 4, 19)
    # a month sentences back, not of its clause (an article of August 1990: "the August 1988
    # cease-fire [...] condemned Iraq's invasion of Kuwait on Aug. 2")
    text = (
        "He had rejected the treaty in peace talks following the August 1988 cease-fire of the eight-year war "
        "with Iran. The move seemed aimed at heading off more trouble with Iran, which had condemned Iraq's "
        "invasion of Kuwait on Aug. 2."
    )
    assert [e.value for e in tag(text, dt.date(1990, 8, 15))] == ["1988-08", "P8Y", "1990-08-02"]
    # long after the date told: another time
    assert [e.value for e in tag("He was born on 2 January 1980. On 5 April he was charged.", day)] == [
        "1980-01-02",
        "2024-04-05",
    ]
    # the future: told from now
    assert [e.value for e in tag("The hearing began on 2 April 2022. It will resume on 5 April.", day)] == [
        "2022-04-02",
        "2024-04-05",
    ]
    # a date of publication's own year: read from publication, as before
    first, second = tag("He was arrested on 10 April 2024. On 15 April he was charged.", day)
    assert (first.value, second.value, second.anchoring) == ("2024-04-10", "2024-04-15", Anchoring.PUBLICATION)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It opened in March 2015. The following year it closed.", "2016"),
        ("It opened on 3 March 2015. The following year it closed.", "2016"),
        ("It opened in the third quarter of 2015. The next year it closed.", "2016"),
        ("It opened in March 2015. The previous year it had made a loss.", "2014"),
        ("It opened on 3 March 2015. The following month it closed.", "2015-04"),
        ("It opened on 3 March 2015. The following week it closed.", "2015-W11"),
        # a count of units is the anchor moved, at its own precision
        ("He was jailed in June 2020 and released a year later.", "2021-06"),
    ],
)
def test_the_following_year_month_or_week_is_the_calendar_one_after_the_date_told(text, value):
    assert tag(text, dt.date(2025, 1, 14))[-1].value == value


def test_a_count_right_after_a_coarser_date_is_counted_from_it_not_from_a_day_told_earlier():
    text = (
        "The review was published on Tuesday.\n\n"
        "The board had been warned in September 2020 and again a fortnight later, but took no action."
    )
    *_, month, count = tag(text, dt.date(2025, 1, 14))
    assert (month.value, count.value, count.anchoring) == ("2020-09", "UNDEF-REF:shift:week:2", Anchoring.UNRESOLVED)
    assert (
        count.explanation
        == "a fortnight later: counted from September 2020 (September 2020), which does not give the week"
    )
    # a day told further back still anchors a count when no coarser date stands right before it
    text = "The plant closed on 3 March 2010. It had lost money in 2009, as it had in most of the years before. Two days later it was sold."
    assert [e.value for e in tag(text, dt.date(2011, 4, 10))] == ["2010-03-03", "2009", "2010-03-05"]


# 11 July 2024 was a Thursday
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day whose part holds the hour, past a nearer one told with a part that does not
        (
            "Police arrested a man Wednesday afternoon in connection with Tuesday night's shooting. "
            "He was taken into custody at about 3 p.m.",
            "2024-07-10T15:00",
        ),
        ("A man was shot Tuesday night. He was found at 11:30 p.m.", "2024-07-09T23:30"),
        # no day told before with a part that holds it: the nearest day, as before
        ("On Friday morning the road shut. It reopened at 7 p.m.", "2024-07-05T19:00"),
        ("On Wednesday the road shut. On Friday morning it reopened. Workers left at 7 p.m.", "2024-07-05T19:00"),
    ],
)
def test_a_bare_clock_time_is_on_the_day_told_whose_part_of_the_day_holds_it(text, value):
    assert tag(text, dt.date(2024, 7, 11))[-1].value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "She asked for more staff on Oct. 12, 2023, the day after landfall. "
            "Trailers for displaced families did not arrive until December.",
            ["2023-10-12", "2023-12"],
        ),
        ("He was arrested in October 2023 and charged in December.", ["2023-10", "2023-12"]),
        ("They left in October two thousand and returned in December", ["2000-10", "2000-12"]),
        # too long after the date told, or of publication's own year: read near publication
        ("He was arrested on 3 January 2020. In December the plant closed.", ["2020-01-03", "2024-12"]),
    ],
)
def test_a_month_without_its_year_follows_the_date_told_just_before(text, values):
    assert [e.value for e in tag(text, dt.date(2024, 10, 9))] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a happening named after it: counted from what the text does not date here
        ("She asked for staff on Oct. 12, 2023, the day after landfall.", ["2023-10-12"]),
        ("The vote was on 3 May. The day before the vote, he quit.", ["2024-05-03"]),
        # nothing after it, or a clause: the day told before
        ("She arrived on Monday. The day after, she left.", ["2024-10-07", "2024-10-08"]),
        (
            "At a meeting on Wednesday, she spoke. He emailed her the evening before to decline.",
            ["2024-10-09", "2024-10-08TEV"],
        ),
    ],
)
def test_the_day_after_a_happening_is_not_the_day_after_the_date_told(text, values):
    assert [e.value for e in tag(text, dt.date(2024, 10, 9))] == values
