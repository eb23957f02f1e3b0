"""Dates in figures that read both ways follow the order of the text's own unambiguous dates,
then of its dates in words (publication date Sunday 23 December 2012)."""

import datetime as dt

import pytest

from timeline.temporal import tag
from timeline.temporal.figure_order import day_first_in

DCT = dt.date(2012, 12, 23)


def _values(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, DCT, **kwargs) if "/" in e.text]


def test_a_date_only_a_us_reader_can_read_orders_the_others():
    text = "The Texans rushed for 398 yards against Houston (10/1/61) and 380 against Denver (10/23/66)."
    assert _values(text) == [("10/1/61", "1961-10-01"), ("10/23/66", "1966-10-23")]


def test_a_date_only_a_uk_reader_can_read_orders_the_others():
    assert _values("Filed on 10/1/61, heard on 23/10/66.") == [("10/1/61", "1961-01-10"), ("23/10/66", "1966-10-23")]


def test_dates_in_words_order_the_figures_when_the_figures_do_not():
    us = "On May 2, 2013, the board met; it had met on 8/2/13 too."
    uk = "On 2 May 2013 the board met; it had met on 8/2/13 too."
    assert _values(us) == [("8/2/13", "2013-08-02")]
    assert _values(uk) == [("8/2/13", "2013-02-08")]


def test_with_no_evidence_the_day_comes_first_and_an_explicit_order_wins():
    assert _values("It met on 8/2/13.") == [("8/2/13", "2013-02-08")]
    assert _values("It met on 23/10/66 and 8/2/13.", day_first=False) == [
        ("23/10/66", "1966-10-23"),
        ("8/2/13", "2013-08-02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/23/66 and 23/10/66", True),  # both ways: the default
        ("call 555-12-31 or 10.23.66.1", True),  # figures glued to figures are no dates
        ("filed on the 4th of May, and on 3/4", True),  # words day first
        ("filed on May 4, and on 3/4", False),  # words month first
        ("11/30/1982 and 4/5/1983", False),
        ("in 2012, 31 players", True),  # no figures at all
    ],
)
def test_the_evidence(text, expected):
    assert day_first_in(text) is expected
