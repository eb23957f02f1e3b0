"""Dates of the holidays named in ``vocabulary.HOLIDAYS`` whose day moves from year to year.

The calendar is not written out here: Easter and the days counted from it come from
``dateutil.easter``; the US federal holidays whose day moves (Thanksgiving, Martin Luther King
Day, Labor Day, ...) and the holidays of the lunar and lunisolar calendars (Eid al-Fitr, Yom
Kippur, Diwali, Chinese New Year, ...) from the maintained ``holidays`` package, which tracks
when each began, how its rule changed and the calendars' conversions. A holiday of several days
is dated to its first. Both are imported on first use, so a text without such a holiday costs
nothing at start-up.

A holiday of the Islamic calendar begins where the new moon is seen, so its day can differ by
one between countries; it is taken from Turkey's calendar, reckoned in advance, which of the
package's calendars agrees most often with the day kept in Britain and America (19 of the 20
Eids of 2015 to 2024).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache


def easter(year: int) -> dt.date:
    """Western Easter Sunday."""
    from dateutil.easter import easter as western_easter

    return western_easter(year)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (1 = Monday) of a month; n = -1 for the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        if day.month != month:
            raise ValueError(f"no {n}th weekday {weekday} in {year}-{month:02d}")
        return day
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


@lru_cache(maxsize=256)
def _calendar(country: str, year: int) -> dict[str, dt.date]:
    """Each holiday of a country's calendar in a year (English names) -> its first day."""
    import holidays

    first: dict[str, dt.date] = {}
    for day, name in sorted(holidays.country_holidays(country, years=year, language="en_US").items()):
        first.setdefault(name.removesuffix(" (estimated)"), day)  # a lunar date ahead of its sighting
    return first


def observed(country: str, name: str) -> Callable[[int], dt.date]:
    """The first day of the holiday ``name`` (as the ``holidays`` package names it in English)
    in a year of a country's calendar."""

    def day_of(year: int) -> dt.date:
        found = _calendar(country, year).get(name)
        if found is None:
            raise ValueError(f"no {name} in {year}")
        return found

    return day_of


def us_federal(name: str) -> Callable[[int], dt.date]:
    """The day of the US federal holiday ``name`` (as the ``holidays`` package names it) in a year."""
    return observed("US", name)


def _from_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=days)


_thanksgiving = us_federal("Thanksgiving Day")

MOVABLE: dict[str, Callable[[int], dt.date]] = {
    "easter": easter,
    "good friday": _from_easter(-2),
    "easter monday": _from_easter(1),
    "palm sunday": _from_easter(-7),
    "maundy thursday": _from_easter(-3),
    "ash wednesday": _from_easter(-46),
    "shrove tuesday": _from_easter(-47),
    "ascension day": _from_easter(39),
    "pentecost": _from_easter(49),
    "mothering sunday": _from_easter(-21),
    "thanksgiving": _thanksgiving,
    "black friday": lambda year: _thanksgiving(year) + dt.timedelta(days=1),
    "cyber monday": lambda year: _thanksgiving(year) + dt.timedelta(days=4),
    "labor day": us_federal("Labor Day"),
    "memorial day": us_federal("Memorial Day"),
    "martin luther king day": us_federal("Martin Luther King Jr. Day"),
    "presidents day": us_federal("Washington's Birthday"),
    "columbus day": us_federal("Columbus Day"),
    "father's day": lambda year: nth_weekday(year, 6, 7, 3),  # the third Sunday of June
    "us mother's day": lambda year: nth_weekday(year, 5, 7, 2),  # the second Sunday of May
    # US federal elections: the Tuesday after the first Monday of November.
    "election day": lambda y: nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    # The UK's day of remembrance: the second Sunday of November.
    "remembrance sunday": lambda year: nth_weekday(year, 11, 7, 2),
    "eid al-fitr": observed("TR", "Eid al-Fitr"),
    "eid al-adha": observed("TR", "Eid al-Adha"),
    "diwali": observed("SG", "Diwali"),
    "chinese new year": observed("SG", "Chinese New Year"),
    "vesak": observed("SG", "Vesak Day"),
    "passover": observed("IL", "Pesach"),
    "rosh hashanah": observed("IL", "Rosh Hashanah"),
    "yom kippur": observed("IL", "Yom Kippur"),
    "shavuot": observed("IL", "Shavuot"),
    "sukkot": observed("IL", "Sukkot"),
}


def holiday(name: str, year: int) -> dt.date:
    from .vocabulary import HOLIDAYS

    rule = HOLIDAYS.get(name, name)  # a US variant ("us mother's day") names its own rule
    if isinstance(rule, tuple):
        return dt.date(year, *rule)
    return MOVABLE[rule](year)


def label(name: str) -> str:
    """A holiday's name for people: "Mother's Day", "St Patrick's Day", "Mother's Day (US)"."""
    us = name.startswith("us ")
    words = " ".join(w[:1].upper() + w[1:] for w in name.removeprefix("us ").split())
    return f"{words} (US)" if us else words
