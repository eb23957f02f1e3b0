"""Dates relative to the publication date (Sunday 10 April 2011), and tense-driven weekdays."""

import datetime as dt

import pytest

from timeline.model import Anchoring
from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("today", "2011-04-10"),
        ("yesterday", "2011-04-09"),
        ("tomorrow", "2011-04-11"),
        ("this week", "2011-W14"),
        ("last week", "2011-W13"),
        ("next week", "2011-W15"),
        ("this month", "2011-04"),
        ("last month", "2011-03"),
        ("next month", "2011-05"),
        ("this year", "2011"),
        ("last year", "2010"),
        ("next year", "2012"),
        ("this summer", "2011-SU"),
        ("last summer", "2010-SU"),
        ("next spring", "2012-SP"),
        ("last November", "2010-11"),
        ("next November", "2011-11"),
        ("last February", "2011-02"),
        ("last Monday", "2011-04-04"),
        ("next Thursday", "2011-04-14"),
        ("three weeks ago", "2011-W11"),
        ("two years ago", "2009"),
        ("ten days ago", "2011-03-31"),
        ("this morning", "2011-04-10TMO"),
        ("last night", "2011-04-09TNI"),
        ("the current quarter", "2011-Q2"),
        ("the third quarter", "2010-Q3"),
    ],
)
def test_relative_to_publication(found, text, value):
    assert found(text) == [(text, value, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at the end of last year", ("the end of last year", "2010", "END")),
        ("the beginning of next year", ("the beginning of next year", "2012", "START")),
        ("earlier this month", ("earlier this month", "2011-04", "START")),
        ("more than two years ago", ("more than two years ago", "2009", "BEFORE")),
        ("about a week ago", ("about a week ago", "2011-W13", "APPROX")),
        ("in late November", ("late November", "2010-11", "END")),
        ("in early 2010", ("early 2010", "2010", "START")),
    ],
)
def test_mods(found, text, expected):
    assert found(text) == [expected]


def test_seed_dates_of_june_2011(found):
    dct = dt.date(2011, 6, 5)  # a Sunday
    assert found("At a meeting on Wednesday, she questioned why", dct) == [("Wednesday", "2011-06-01", None)]
    assert found("reducing the number to just 71 this week.", dct) == [("this week", "2011-W22", None)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister met the unions on Friday.", "2011-04-08"),
        ("The minister will meet the unions on Friday.", "2011-04-15"),
        ("The team will work on the cases from Monday.", "2011-04-11"),
        ("The new rules apply from Monday.", "2011-04-11"),
        ("He said on Wednesday that it was over.", "2011-04-06"),
        ("The talks are expected to resume on Tuesday.", "2011-04-12"),
        ("Talks are due to end on Thursday.", "2011-04-14"),
        ("Judges ruled on Tuesday.", "2011-04-05"),
        ("according to an article in The Times on Friday", "2011-04-08"),
        ("The union agreed to strike on Monday.", "2011-04-11"),
        ("The union agreed on Monday to strike.", "2011-04-04"),
    ],
)
def test_weekday_direction_follows_tense_and_prepositions(found, sentence, value):
    (expression,) = tag(sentence, dt.date(2011, 4, 10))
    assert expression.value == value


def test_month_direction_follows_tense_when_far(found):
    assert found("The report was published in September.") == [("September", "2010-09", None)]
    assert found("The report will be published in September.") == [("September", "2011-09", None)]
    assert found("By January it had identified 500 cases.") == [("January", "2011-01", None)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In January, days after the Smith vs. Jones ruling, a fire destroyed the depot.", "1998-01"),
        ("In January, Gov. Smith will open the depot.", "1999-01"),
        ("In January, Mr. Smith said, the depot was sold.", "1998-01"),
    ],
)
def test_the_full_stop_of_a_title_does_not_hide_the_verb(sentence, value):
    month = next(e for e in tag(sentence, dt.date(1998, 10, 25)) if e.text == "January")
    assert month.value == value


def test_explanation_says_how_the_date_was_worked_out():
    (expression,) = tag("a report last November", dt.date(2011, 4, 10))
    assert expression.anchoring is Anchoring.PUBLICATION
    assert expression.explanation == "last November → November 2010: the November before publication (10 April 2011)"
    assert (expression.interval.start, expression.interval.end) == (dt.date(2010, 11, 1), dt.date(2010, 11, 30))


@pytest.mark.parametrize(
    ("text", "explanation"),
    [
        (
            "at the end of last year",
            "the end of last year → the end of 2010: the year before publication (10 April 2011)",
        ),
        ("for more than a year", "more than a year → a length of time: more than 1 year (P1Y)"),
        ("for several months", "several months → a length of time: some months (PXM)"),
        ("in February 2009", "February 2009 → February 2009: given in full"),
    ],
)
def test_explanations_are_readable(text, explanation):
    (expression,) = tag(text, dt.date(2011, 4, 10))
    assert expression.explanation == explanation


def test_auxiliaries_outrank_adjectives_ending_in_ed(found):
    dct = dt.date(1989, 10, 26)
    assert found("The split would be paid on a still unspecified date in January.", dct) == [
        ("January", "1990-01", None)
    ]
    assert found("The company said it closed the plant in January.", dct) == [("January", "1989-01", None)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("KKR plans to pay down the bridge loan by February.", "1990-02"),
        ("The sale, which had been expected, is part of a plan to pay down the loan by February.", "1990-02"),
        ("U.S. Trust created an office of the chairman, effective Feb. 1.", "1990-02-01"),
        ("Costs rose under the labor pact that took effect June 1.", "1989-06-01"),
        ("By February it had sold the plant.", "1989-02"),
        # 30 October 1989 was a Monday
        ("Santiago said most customers should have power back by Thursday.", "1989-11-02"),
        ("The utility said it had restored power by Thursday.", "1989-10-26"),
    ],
)
def test_a_deadline_points_forward_unless_in_the_past_perfect(sentence, value):
    (expression,) = tag(sentence, dt.date(1989, 10, 30))
    assert expression.value == value


# 7 February 2024 was a Wednesday
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Residents may return home on Thursday if air tests stay clear, Mayor Vance said Wednesday.",
            ["2024-02-08", "2024-02-07"],
        ),
        ("Officials said on Monday that residents must leave by Friday.", ["2024-02-05", "2024-02-09"]),
        ("The school should reopen on Tuesday, the head said.", ["2024-02-13"]),
        ("He may have left on Monday, police said.", ["2024-02-05"]),
        ("She could not be reached on Monday.", ["2024-02-05"]),
        ("May sales rose on Monday.", ["2023-05", "2024-02-05"]),
        # a modal of another clause says nothing of this one
        (
            "The agency had ruled that he must be returned to his father, and set Friday as the deadline.",
            ["2024-02-02"],
        ),
    ],
)
def test_a_modal_before_a_verb_looks_forward_in_its_own_clause(sentence, values):
    assert [e.value for e in tag(sentence, dt.date(2024, 2, 7))] == values


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The group agreed to buy the plant for $22 million in February.", "1990-02"),
        ("The group bought the plant for $22 million in February.", "1989-02"),
    ],
)
def test_a_verb_of_intent_before_to_looks_forward(sentence, value):
    (expression,) = tag(sentence, dt.date(1989, 10, 30))
    assert expression.value == value


# 11 April 2025 was a Friday
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "At a meeting on Thursday, the cabinet agreed to close two schools in July 2026.",
            ["2025-04-10", "2026-07"],
        ),
        ("On Monday the company agreed to buy the plant.", ["2025-04-07"]),
        ("On Monday the company plans to buy the plant.", ["2025-04-14"]),
    ],
)
def test_a_past_verb_of_intent_after_the_date_says_what_happened_on_it(sentence, values):
    assert [e.value for e in tag(sentence, dt.date(2025, 4, 11))] == values


# 30 January 2024 was a Tuesday
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Sentencing was set for May 6.", ["2024-05-06"]),
        ("The judge ordered him held pending a detention hearing on Friday.", ["2024-02-02"]),
        ("The case was adjourned until Friday.", ["2024-02-02"]),
        ("The agency ruled against him and set Friday as the deadline.", ["2024-01-26"]),
        ("He set fire to the house on Monday.", ["2024-01-29"]),
    ],
)
def test_an_appointment_looks_forward_even_when_it_was_made_in_the_past(sentence, values):
    assert [e.value for e in tag(sentence, dt.date(2024, 1, 30))] == values


# 9 October 2024 was a Wednesday
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Talks are suspended until March.", ["2025-03"]),
        ("The road is closed until Friday.", ["2024-10-11"]),
        ("Immigration officials postponed until Tuesday morning any action.", ["2024-10-15"]),
        ("The strike will continue until Friday.", ["2024-10-11"]),
        ("The shop stayed open until Friday.", ["2024-10-04"]),
        ("Until Thursday, they had not called him a suspect.", ["2024-10-03"]),
    ],
)
def test_until_looks_forward_unless_the_clause_before_it_is_past(sentence, values):
    assert [e.value for e in tag(sentence, dt.date(2024, 10, 9))] == values


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # two months from publication, where the nearest year would win: "since" says before
        ("Ms Maclean, who had been in the post since February, said so.", "2023-02"),
        ("Prices have risen since January.", "2023-01"),
        ("He has lived there since March 2019.", "2019-03"),
    ],
)
def test_a_month_since_which_something_holds_is_the_one_before_publication(sentence, value):
    (expression,) = tag(sentence, dt.date(2023, 12, 7))
    assert expression.value == value


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The council voted to close the library at the end of June.", ["2024-06"]),
        ("The council voted 5-2 on Tuesday night to close the library at the end of June.", ["2024-03-05", "2024-06"]),
        ("The board decided on Monday to sell the depot in June.", ["2024-03-04", "2024-06"]),
        ("The council voted in June to close the library.", ["2023-06"]),
        ("He failed to pay the bill in June.", ["2023-06"]),
    ],
)
def test_a_decision_looks_forward_to_its_infinitive_a_few_words_on(sentence, values):
    assert [e.value for e in tag(sentence, dt.date(2024, 3, 6))] == values


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Until Thursday, they had not called him a suspect.", "2011-04-07"),
        ("The offer stays open until Thursday.", "2011-04-14"),
    ],
)
def test_until_a_weekday_looks_back_in_the_past_perfect(sentence, value):
    (expression,) = tag(sentence, dt.date(2011, 4, 10))
    assert expression.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Dealers had chosen to square positions ahead of the weekend.", "2011-W15-WE"),
        ("Traders sold ahead of Tuesday's vote.", "2011-04-19"),
        ("Traders sold after Tuesday's vote.", "2011-04-12"),
        ("The repairs were finished in time for Friday.", "2011-04-15"),
    ],
)
def test_ahead_of_a_day_looks_forward(sentence, value):
    (expression,) = tag(sentence, dt.date(2011, 4, 13))
    assert expression.value == value


def test_a_sentence_opening_with_by_a_month_tells_a_story():
    (expression,) = tag("By February, the company was bankrupt.", dt.date(1989, 10, 30))
    assert expression.value == "1989-02"


def test_a_holiday_within_two_months_is_the_nearest_one_and_its_week_is_an_iso_week():
    (week,) = tag("Protesters prayed for help as Easter week began.", dt.date(2000, 4, 17))
    assert (week.text, week.value) == ("Easter week", "2000-W16")
    (christmas,) = tag("Sales over Christmas fell.", dt.date(2011, 1, 10))
    assert christmas.value == "2010-12-25"
    (easter,) = tag("The church was full at Easter, the priest said.", dt.date(2011, 9, 10))
    assert easter.value == "2011-04-24"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shops reopened the day after Christmas.", [("the day after Christmas", "2010-12-26")]),
        ("He went to court the day before last Tuesday's hearing.", [("the day before last Tuesday", "2011-04-04")]),
        ("It was signed on the day after Oct. 23.", [("the day after Oct. 23", "2010-10-24")]),
        ("They met a day after Friday's vote.", [("a day", "P1D"), ("Friday", "2011-04-08")]),
    ],
)
def test_the_day_before_or_after_a_named_day(text, expected):
    assert [(e.text, e.value) for e in tag(text, dt.date(2011, 4, 10))] == expected


def test_the_day_after_keeps_its_spec_for_reanchoring():
    from timeline.temporal import reanchor

    (expression,) = tag("Shops reopened the day after Christmas.", dt.date(2011, 4, 10))
    (moved,) = reanchor((expression,), dt.date(2012, 1, 5))
    assert moved.value == "2011-12-26"
    assert moved.explanation.startswith(
        "the day after Christmas → Monday 26 December 2011: the day after Sunday 25 December 2011"
    )


def test_an_amount_right_before_does_not_hide_the_expression(found):
    dct = dt.date(1989, 10, 26)
    assert found("Sales rose to C$348.2 million from C$307.2 a year earlier.", dct) == [
        ("a year earlier", "1988", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Police have been looking for the driver since shortly after the Sept. 23 crash.", "2010-09-23"),
        ("The depot has stood empty since the fire in September.", "2010-09"),
        ("The depot will reopen in September.", "2011-09"),
    ],
)
def test_since_looks_back_from_anywhere_in_the_clause(sentence, value):
    (expression,) = tag(sentence, dt.date(2011, 4, 10))
    assert expression.value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The week before last, the council met.", [("The week before last", "2011-W12")]),
        ("It was the week before last year's final.", [("last year", "2010")]),
        ("The year after next year's Olympics.", [("next year", "2012")]),
    ],
)
def test_two_steps_back_or_on_but_not_before_a_relative_year(sentence, expected):
    assert [(e.text, e.value) for e in tag(sentence, dt.date(2011, 4, 10))] == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Since the final is in September, tickets are selling fast.", "2011-09"),
        ("Since September, prices have risen.", "2010-09"),
    ],
)
def test_since_opening_a_reason_is_no_cue(sentence, value):
    (expression,) = tag(sentence, dt.date(2011, 4, 10))
    assert expression.value == value


def test_a_weeks_time_is_a_date_only_after_in(found):
    assert found("The vote is in a fortnight's time.") == [("a fortnight's time", "2011-W16", None)]
    assert found("They were given a week's time to respond.") == [("a week", "P1W", None)]
