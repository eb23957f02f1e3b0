"""Rules for days and months the text fixes by itself, or nearly: "12 September 2019",
"Aug. 7, 1998", "February 2009", "the summer of 2014", "1 April", "Sept. 30", "24 and 25 April",
"the week of March 6", "the first Thursday in May".

Day-and-month dates without a year ("1 April") take the year nearest to publication.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import TimexType
from ..timex.spec import (
    Direction,
    Marker,
    MonthDay,
    NthWeekday,
    dct,
    spec,
)
from ..timex.values import is_valid, value_at
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .patterns import (
    DAY_NUMBER,
    MONTH,
    MONTH_ABBR,
    SEASON,
    WEEKDAY_BARE,
    YEAR4,
    B,
)
from .rule_helpers import (
    DATE,
    LAST_NEXT,
    POS,
    absolute,
    day_number,
    month_number,
    position_mod,
    weekday_of,
)
from .spelled import year_of

# Words joining the days of a list or range: "24 and 25 April", "May 3-5", "10 to 12 June".
_JOIN = r"(?:-|\u2013|and|or|to|until|till|through)"


# A weekday before the date, written out or short ("Tue May 9").
_WD = rf"(?:(?P<wd>{WEEKDAY_BARE}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![\w'])\.?),?\s+(?:the\s+)?)?"


@rule(
    "iso_date",
    r"(?<!\d)(?<!\d[.\-/])(?<![./])(?P<y>\d{4})-(?P<m>\d\d?)-(?P<d>\d\d?)(?:T(?P<h>\d\d):(?P<mi>\d\d))?(?!\d|-\d)",
    (
        ("2011-04-01", "2011-04-01"),
        ("2011-13-45", ""),
        ("2016-4-5", "2016-04-05"),
        ("report-[2002-10-09].xlsx", "2002-10-09"),
    ),
)
def iso_date(g: Groups, c: Context) -> Reading | None:
    value = f"{g['y']}-{int(g.text('m')):02d}-{int(g.text('d')):02d}"
    if not is_valid(value):
        return None
    if g["h"]:
        if int(g.text("h")) > 23 or int(g.text("mi")) > 59:
            return None
        return Reading(TimexType.TIME, f"{value}T{g['h']}:{g['mi']}")
    return Reading(DATE, value)


@rule(
    "numeric_date",
    r"(?<![\d.\-/])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\d/]|\.\d)",
    (("12/09/2019", "2019-09-12"), ("31/02/2011", ""), ("11/30/1982", "1982-11-30")),
)
def numeric_date(g: Groups, c: Context) -> Reading | None:
    a, b = int(g.text("a")), int(g.text("b"))
    day, month = (a, b) if c.day_first else (b, a)
    if month > 12:  # "11/30/1982" read day first is no date: it is written month first
        day, month = month, day
    return absolute(f"{year_of(g.text('y')):04d}-{month:02d}-{day:02d}")


@rule(
    "unusual_date",
    rf"(?<![\d/\-])(?:\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}[-/]{MONTH_ABBR}[-/](?:\d{{4}}|\d\d))(?![\d/\-])",
    (("2011/04/01", "2011-04-01"), ("01-Apr-2011", "2011-04-01"), ("1-Apr-11", "2011-04-01"), ("31-Feb-2011", "")),
)
def unusual_date(g: Groups, c: Context) -> Reading | None:
    """Formats the grammar does not read itself go, already isolated, to dateparser."""
    from .fallback import parse_day

    value = parse_day(c.text[c.start : c.end], c.day_first)
    return Reading(DATE, value) if value and is_valid(value) else None


@rule(
    "day_month_year",
    rf"""
    (?<![$\u00a3\u20ac])(?<![$\u00a3\u20ac]\s)                # "$ 12 December 27" is a price and a day
    {_WD}(?P<d>{DAY_NUMBER})(?:\s+of)?\s+(?P<m>{MONTH})
    (?:\s*,?\s+(?:in\s+)?(?P<y>{YEAR4}){B}
      # "10 Nov 11": a two-digit year only where no count can follow it ("on 5 May 12 people died")
      |\s+['\u2019]?(?P<yy>\d\d)(?=\s*(?:$|[,.;:)\]]|\d\d?[:.]\d\d|(?:at|in|on|when|and|but|before|after|until)\b)))
    """,
    (
        ("Thursday 12 September 2019", "2019-09-12"),
        ("31 February 2011", ""),
        ("28 June in 2020", "2020-06-28"),
        ("held on [10 Nov 11] at the hall", "2011-11-10"),
    ),
)
def day_month_year(g: Groups, c: Context) -> Reading | None:
    year = g["y"] or str(year_of(g.text("yy")))
    return absolute(f"{year}-{month_number(g.text('m')):02d}-{day_number(g.text('d')):02d}")


@rule(
    "month_day_year",
    rf"{_WD}(?P<m>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:\s*,\s*|\s+)(?P<y>{YEAR4}){B}",
    (("Aug. 7, 1998", "1998-08-07"), ("Monday, Oct. 26, 1987", "1987-10-26"), ("Dec. 31 , 1994", "1994-12-31")),
)
def month_day_year(g: Groups, c: Context) -> Reading | None:
    return absolute(f"{g.text('y')}-{month_number(g.text('m')):02d}-{day_number(g.text('d')):02d}")


@rule(
    "day_month",
    rf"(?:(?P<rel>last|next)\s+)?{_WD}(?P<d>{DAY_NUMBER})(?:\s+of)?\s+(?P<m>{MONTH})(?!\s*\d)",
    (
        ("1 April", "2011-04-01"),
        ("Sunday 12 September", "2010-09-12"),
        ("Monday 12 September", "2011-09-12"),
        ("3rd of May", "2011-05-03"),
        ("next 6th of April", "2012-04-06"),
    ),
)
def day_month(g: Groups, c: Context) -> Reading | None:
    month, day = month_number(g.text("m")), day_number(g.text("d"))
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    rel = {"last": Direction.LAST, "next": Direction.NEXT}.get((g["rel"] or "").lower(), Direction.NEAR)
    return Reading(DATE, spec(dct(MonthDay(month, day, rel, weekday_of(g)))))


_PERIOD_END_BEFORE = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)


@rule(
    "month_day",
    rf"""
    (?:(?P<rel>last|this|next)\s+)?{_WD}                   # "last Sept. 30", "Friday, Oct. 23"
    (?P<m>{MONTH})\s+(?P<d>{DAY_NUMBER})
    (?!\d|:\d|,\d|\.\d|\s*(?:%|per\s*cent|percent))        # not a time, a decimal, a percentage
    # "April 24-25, 2012": the year that closes the range
    (?:(?=\s*{_JOIN}\s*{DAY_NUMBER},?\s+(?P<ry>{YEAR4})(?!\w)))?
    """,
    (
        ("Sept. 30", "2011-09-30"),
        ("last Sept. 30", "2010-09-30"),
        ("April 3rd", "2011-04-03"),
        ("Friday, Oct. 23", "2010-10-23"),
        ("the quarter ended [Jan. 31]", "2011-01-31"),
        ("[April 24]-25, 2012", "2012-04-24"),
    ),
)
def month_day(g: Groups, c: Context) -> Reading | None:
    if g.text("m")[0].islower():
        return None
    month, day = month_number(g.text("m")), day_number(g.text("d"))
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    if g["ry"]:  # "April 24-25, 2012": the year closing the range
        return absolute(f"{g['ry']}-{month:02d}-{day:02d}")
    rel = LAST_NEXT.get((g["rel"] or "").lower(), Direction.NEAR)
    # "the quarter ended Sept. 30": the day closes the period told about, it does not start a new topic.
    closing = Marker.PE if _PERIOD_END_BEFORE.search(c.text, max(0, c.start - 8), c.start) else None
    return Reading(DATE, spec(dct(MonthDay(month, day, rel, weekday_of(g)), closing)))


@rule(
    "week_of",
    rf"""
    the\s+week\s+of\s+(?:(?P<wd>{WEEKDAY_BARE}),?\s+)?
    (?:(?P<m>{MONTH})\s+(?P<d>{DAY_NUMBER})                 # "March 6"
      |(?P<d2>{DAY_NUMBER})\s+(?:of\s+)?(?P<m2>{MONTH}))    # "6 March", "6 of March"
    (?:,?\s+(?P<y>{YEAR4}))?(?![\w%]|,\d|\.\d)
    """,
    (
        ("the week of March 6", "2011-W09"),
        ("the week of 6 March 2000", "2000-W10"),
        ("the week of Oct. 23, 1989", "1989-W43"),
    ),
)
def week_of(g: Groups, c: Context) -> Reading | None:
    """ "the week of March 6": the ISO week holding that day (a week, not the day)."""
    month, day = month_number(g.text("m", "m2")), day_number(g.text("d", "d2"))
    if g["y"]:
        if not is_valid(f"{g['y']}-{month:02d}-{day:02d}"):
            return None
        return Reading(DATE, value_at(dt.date(int(g["y"]), month, day), "week"))
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    return Reading(DATE, spec(dct(MonthDay(month, day, Direction.NEAR), Marker.WEEK)))


@rule(
    "day_range_start",
    rf"""
    (?P<d>{DAY_NUMBER})
    # followed by "and 25 April", "to 12 June 2011"
    (?=\s*{_JOIN}\s*(?P<d2>{DAY_NUMBER})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?(?!\w))
    """,
    (
        ("on [24] and 25 April", "2011-04-24"),
        ("from [10] to 12 June 2011", "2011-06-10"),
        ("[24]-25 April", "2011-04-24"),
    ),
)
def day_range_start(g: Groups, c: Context) -> Reading | None:
    """ "24 and 25 April", "10 to 12 June 2011": the first day takes the month (and year) of the second."""
    month, day, last = month_number(g.text("m")), day_number(g.text("d")), day_number(g.text("d2"))
    if day >= last:
        return None
    return _listed_day(month, day, g["y"])


def _listed_day(month: int, day: int, year: str | None) -> Reading | None:
    """A day of a list or range: absolute with its year, else the nearest such day."""
    if year:
        return absolute(f"{year}-{month:02d}-{day:02d}")
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    return Reading(DATE, spec(dct(MonthDay(month, day, Direction.NEAR))))


_MONTH_DAY_BEFORE = re.compile(rf"(?P<m>{MONTH})\s+(?P<d>{DAY_NUMBER})\s*{_JOIN}\s*$", re.I | re.X)


@rule(
    "day_range_end",
    rf"(?P<d>{DAY_NUMBER})(?:,?\s+(?P<y>{YEAR4}))?(?![\w%]|[:/.,]\d)",
    (
        ("on April 24 and [25].", "2011-04-25"),
        ("between May 3 and [5],", "2011-05-05"),
        ("April 24-[25, 2012]", "2012-04-25"),
        ("it rose 24 to 25", ""),
    ),
)
def day_range_end(g: Groups, c: Context) -> Reading | None:
    """ "25" in "April 24 and 25", "May 3-5": the last day of a list or range takes its month.

    Listed last in the grammar: a bare number is only read so when no other rule matched it and
    a capitalised month and a day come right before it."""
    before = _MONTH_DAY_BEFORE.search(c.text, max(0, c.start - 24), c.start)
    if before is None or before.group("m")[0].islower():
        return None
    month, first, day = month_number(before.group("m")), day_number(before.group("d")), day_number(g.text("d"))
    if day <= first:
        return None
    return _listed_day(month, day, g["y"])


@rule(
    "month_year",
    rf"{POS}(?P<m>{MONTH})(?:(?:\s*,)?\s+(?:of\s+)?(?P<y>{YEAR4})|\s+(?:of\s+['\u2019]?|['\u2019])(?P<yy>\d\d))(?![\w-])",
    (
        ("February 2009", "2009-02"),
        ("In [May , 2010] the plan changed.", "2010-05"),
        ("late November 1989", "1989-11"),
        ("mid-June 2010", "2010-06"),
        ("born in [April of 87]", "1987-04"),
        ("the [May '98] floods", "1998-05"),
    ),
)
def month_year(g: Groups, c: Context) -> Reading | None:
    if g["yy"]:  # "April of '87": the 1900s from 50 up, as a numeric date reads two digits
        return absolute(f"{year_of(g.text('yy'))}-{month_number(g.text('m')):02d}", position_mod(g))
    return absolute(f"{g.text('y')}-{month_number(g.text('m')):02d}", position_mod(g))


@rule(
    "month_range_start",
    rf"""
    (?P<m>{MONTH})
    # followed by "to November 2012", "-June 2010", "and June 2011": the range's year is the end's
    (?=\s*(?:-|\u2013|to|until|till|through|and|or)\s*{MONTH},?\s+(?P<y>{YEAR4})(?![\w-]))
    """,
    (("from [March] to November 2012", "2012-03"), ("between [May] and June 2011", "2011-05")),
)
def month_range_start(g: Groups, c: Context) -> Reading | None:
    """ "from March to November 2012": the first month takes the year that closes the range."""
    if g.text("m")[0].islower():
        return None
    return absolute(f"{g.text('y')}-{month_number(g.text('m')):02d}")


@rule(
    "season_year",
    rf"(?:the\s+)?{POS}(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR4}){B}",
    (("the summer of 2014", "2014-SU"), ("autumn 2010", "2010-FA")),
)
def season_year(g: Groups, c: Context) -> Reading | None:
    return absolute(f"{g.text('y')}-{v.SEASONS[g.text('s').lower()]}", position_mod(g))


@rule(
    "nth_weekday",
    rf"""
    (?:(?P<each>every|each)\s+|the\s+)?
    (?P<n>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?P<wd>{WEEKDAY_BARE})\s+(?:in|of)\s+
    (?:(?P<every>every|each|the)\s+month                    # "of every month": a set
      |(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?)               # "in May", "of March 2012"
    {B}
    """,
    (
        ("The election is on [the first Thursday in May].", "2011-05-05"),
        ("[the last Friday of March 2012]", "2012-03-30"),
        ("Meetings are held on [the second Monday of every month].", "P1M"),
        ("[the first Monday of the month]", "P1M"),
        ("It opens [every first Sunday of the month].", "P1M"),
    ),
)
def nth_weekday(g: Groups, c: Context) -> Reading | None:
    """ "the first Thursday in May": a day of the calendar; "of every month" a rule that repeats."""
    if g["every"] or g["each"]:
        return Reading(TimexType.SET, "P1M")
    n = -1 if g.text("n").lower() == "last" else v.ORDINALS[g.text("n").lower()]
    weekday, month = v.WEEKDAYS[g.text("wd").lower()], month_number(g.text("m"))
    if g["y"]:
        from .holidays import nth_weekday as date_of

        try:
            return Reading(DATE, date_of(int(g["y"]), month, weekday, n).isoformat())
        except ValueError:
            return None  # no fifth Monday that month
    return Reading(DATE, spec(dct(NthWeekday(month, weekday, n, Direction.NEAR))))
