"""A game's quarters are not the calendar's: sports copy keeps its periods out of the timeline,
while reports on money keep theirs (publication date Sunday 10 April 2011)."""

import datetime as dt

import pytest

from timeline.temporal import tag
from timeline.temporal.game_periods import in_a_game

DCT = dt.date(2011, 4, 10)

GAME_REPORT = (
    "Colts beat Chiefs 20-13\n\n"
    "Andrew Luck threw for 205 yards and a touchdown as the Colts clinched a playoff spot. "
    "Late in the fourth quarter he found Reggie Wayne on third-and-goal. "
    "The Chiefs were stuffed early in the third quarter, and the momentum carried over."
)


def _quarters(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, DCT) if "quarter" in e.text.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "His touchdown pass late in the fourth quarter gave the Colts a 20-13 victory.",
        "Chatman scored 11 points, all in the fourth quarter.",
        "He kicked a 47-yard field goal with 10:03 to play in the third quarter.",
        "Cheeks became the fifth coach fired within the first quarter of the season.",
        "The Jaguars led for three quarters before the rally.",
    ],
)
def test_a_quarter_of_a_game_is_no_date(text):
    assert _quarters(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits rose in the fourth quarter.", [("the fourth quarter", "2010-Q4")]),
        ("The Dow fell 50 points in the fourth quarter.", [("the fourth quarter", "2010-Q4")]),
        (
            "Sales rallied in the first quarter, the company said of its results.",
            [("the first quarter", "2011-Q1")],
        ),
        ("The merger closed in the third quarter.", [("the third quarter", "2010-Q3")]),
    ],
)
def test_a_quarter_of_the_calendar_stays_a_date(text, expected):
    assert _quarters(text) == expected


def test_in_a_game_report_a_sentence_with_no_word_of_play_is_still_the_game():
    assert _quarters(GAME_REPORT) == []
    at = GAME_REPORT.index("the third quarter")
    assert in_a_game(GAME_REPORT, at, at + len("the third quarter"))


def test_a_game_report_that_speaks_of_money_keeps_that_quarter():
    text = GAME_REPORT + " The club said its revenue rose in the first quarter."
    assert _quarters(text) == [("the first quarter", "2011-Q1")]


@pytest.mark.parametrize(
    "text",
    ["One bomb detonated about a quarter mile from the compound.", "The servers use one quarter the power."],
)
def test_a_quarter_mile_or_a_quarter_the_power_is_no_length_of_time(text):
    assert _quarters(text) == []


def test_a_season_round_in_a_game_report_is_no_iso_week():
    text = GAME_REPORT + " The Colts were defeated by the Texans in week 14, their only loss since week 3."
    assert [e.text for e in tag(text, DCT) if "week" in e.text] == []


def test_a_week_number_elsewhere_stays_the_iso_week():
    text = "Flu cases peaked in week 3, the health agency said, and fell by week 14."
    assert [(e.text, e.value) for e in tag(text, DCT) if "week" in e.text] == [
        ("week 3", "2011-W03"),
        ("week 14", "2011-W14"),
    ]
