"""Holidays come from the maintained calendars (dateutil's Easter, the holidays package's US
federal days), not from date rules written here."""

import datetime as dt

import pytest

from timeline.temporal import tag
from timeline.temporal.holidays import holiday


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("easter", 2018, dt.date(2018, 4, 1)),
        ("palm sunday", 2018, dt.date(2018, 3, 25)),
        ("thanksgiving", 2016, dt.date(2016, 11, 24)),
        ("black friday", 2010, dt.date(2010, 11, 26)),
        ("martin luther king day", 2017, dt.date(2017, 1, 16)),
        ("labor day", 2021, dt.date(2021, 9, 6)),
        # the lunar and lunisolar calendars, converted by the holidays package; a holiday of
        # several days is dated to its first
        ("eid al-fitr", 2022, dt.date(2022, 5, 2)),
        ("eid al-adha", 2024, dt.date(2024, 6, 16)),
        ("eid al-fitr", 2024, dt.date(2024, 4, 10)),
        ("yom kippur", 2016, dt.date(2016, 10, 12)),
        ("rosh hashanah", 2016, dt.date(2016, 10, 3)),
        ("passover", 2024, dt.date(2024, 4, 23)),
        ("diwali", 2016, dt.date(2016, 10, 29)),
        ("chinese new year", 2024, dt.date(2024, 2, 10)),
        ("remembrance sunday", 2016, dt.date(2016, 11, 13)),
        ("remembrance sunday", 2024, dt.date(2024, 11, 10)),
    ],
)
def test_holiday_dates(name, year, day):
    assert holiday(name, year) == day


def test_a_holiday_before_it_was_one_is_no_date():
    with pytest.raises(ValueError):
        holiday("martin luther king day", 1970)


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Shops opened early on Black Friday 2010.", dt.date(2016, 11, 7), "2010-11-26"),
        ("Attendance was down on last Easter.", dt.date(2019, 3, 12), "2018-04-01"),
        ("The march is planned for Martin Luther King Day.", dt.date(2017, 1, 2), "2017-01-16"),
        ("Families in Bradford gathered to celebrate Eid al-Fitr.", dt.date(2022, 5, 4), "2022-05-02"),
        ("Markets in Tel Aviv closed for Yom Kippur.", dt.date(2016, 10, 14), "2016-10-12"),
        ("Leicester's Diwali lights were switched on.", dt.date(2016, 10, 20), "2016-10-29"),
        ("Lunar New Year celebrations began in Chinatown.", dt.date(2024, 2, 9), "2024-02-10"),
        ("Wreaths were laid on Remembrance Sunday 2016.", dt.date(2016, 11, 14), "2016-11-13"),
    ],
)
def test_holidays_in_text(text, dct, value):
    assert [e.value for e in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A UK text, or one with no evidence: Mothering Sunday, three weeks before Easter.
        ("Florists were busy before Mother's Day.", "2016-03-06"),
        ("On 3 April 2016 the shop said Mother's Day sales rose.", "2016-03-06"),
        # A US text (dates in words or figures month first): the second Sunday of May.
        ("On April 3, 2016 the shop said Mother's Day sales rose.", "2016-05-08"),
        ("Filed 11/30/1982. Florists were busy before Mother's Day.", "2016-05-08"),
    ],
)
def test_mothers_day_is_the_one_of_the_text_s_country(text, expected):
    found = {e.text: e for e in tag(text, dt.date(2016, 4, 12))}
    assert found["Mother's Day"].value == expected


def test_a_us_holiday_is_named_as_such():
    (found,) = [
        e
        for e in tag("Sales rose on April 3, 2016, before Mother's Day.", dt.date(2016, 4, 12))
        if e.text == "Mother's Day"
    ]
    assert "the Mother's Day (US) nearest to publication" in found.explanation
