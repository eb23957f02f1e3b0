"""Rules for dates written in figures beyond the full forms of ``rules_absolute``: partial ISO
dates ("2017-06", "2015-3"), compact ones ("20170412"), month and year with a slash or dash
("Nov/2017", "12-2015"), a month name joined to figures ("Oct/2", "2019/aug/01",
"Sep-23-2020") and day and month without a year ("22/04", "3/14").

The day-and-month order is the corpus's (``day_first``); a reading that cannot be a date in
that order ("3/14" read day first) is read in the other. Figures that could be something else
are refused: a year range ("2008-09" is two years), a fraction ("3/4"), and numbers chained to
other numbers (codes, phone numbers: see the scanner).
"""

from __future__ import annotations

import re

from ..timex.spec import Direction, MonthDay, dct, spec
from ..timex.values import is_valid
from .grammar import Context, Groups, Reading, rule
from .patterns import MONTH, YEAR4
from .rule_helpers import DATE, absolute, month_number

# Figures not glued to other figures or to a decimal point on either side; a hyphen before or
# after is allowed when no figure follows it ("report-2017-03-02.html").
_OPEN = r"(?<!\d)(?<!\d[.\-/])(?<![./])"
_CLOSE = r"(?!\d|[.\-/]\d)"


def _year_range(year: str, end: str) -> bool:
    """ "2008-09" is the years 2008 and 2009 (rules_years), not September 2008."""
    return len(end) == 2 and 0 < int(end) - int(year[2:]) <= 10


@rule(
    "year_month",
    rf"{_OPEN}(?P<y>{YEAR4})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2]){_CLOSE}(?!(?P=sep))",
    (("2017-06", "2017-06"), ("2015-3", "2015-03"), ("in [2015-12]", "2015-12")),
)
def year_month(g: Groups, c: Context) -> Reading | None:
    if _year_range(g.text("y"), g.text("m")):
        return None
    return absolute(f"{g.text('y')}-{int(g.text('m')):02d}")


@rule(
    "month_year_figures",
    rf"{_OPEN}(?:(?P<m>0?[1-9]|1[0-2])|(?P<mn>{MONTH}))(?P<sep>[-/])(?P<y>{YEAR4}){_CLOSE}",
    (("12-2015", "2015-12"), ("Nov/2017", "2017-11"), ("Dec-2018", "2018-12"), ("32-2015", "")),
)
def month_year_figures(g: Groups, c: Context) -> Reading | None:
    month = int(g["m"]) if g["m"] else month_number(g.text("mn"))
    return absolute(f"{g.text('y')}-{month:02d}")


@rule(
    "compact_date",
    rf"{_OPEN}(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
    (("report-[20170302].html", "2017-03-02"), ("20161016", "2016-10-16"), ("20161310", "")),
)
def compact_date(g: Groups, c: Context) -> Reading | None:
    return absolute(f"{g.text('y')}-{g.text('m')}-{g.text('d')}")


@rule(
    "month_name_figures",
    rf"""
    {_OPEN}
    (?:(?P<m>{MONTH})(?P<sep>[-/])(?P<d>\d{{1,2}})(?:(?P=sep)(?P<y>{YEAR4}))?       # "Oct/2", "Sep-23-2020"
      |(?P<y2>{YEAR4})(?P<sep2>[-/])(?P<m2>{MONTH})(?P=sep2)(?P<d2>\d{{1,2}}))       # "2019/aug/01"
    {_CLOSE}(?![\w/-])
    """,
    (
        ("Oct/2", "2011-10-02"),
        ("Sep-23-2020", "2020-09-23"),
        ("2019/aug/01", "2019-08-01"),
        ("2019-aug-1", "2019-08-01"),
    ),
)
def month_name_figures(g: Groups, c: Context) -> Reading | None:
    month, day = month_number(g.text("m", "m2")), int(g.text("d", "d2"))
    year = g["y"] or g["y2"]
    if year:
        return absolute(f"{year}-{month:02d}-{day:02d}")
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    return Reading(DATE, spec(dct(MonthDay(month, day, Direction.NEAR))))


# "1/2", "3/4", "2/3": fractions, not the 1st of February.
_FRACTION = re.compile(r"(?:1/[2-9]|[2-9]/(?:3|4|5|8|16)|3/4)$")
_FRACTION_CONTEXT = re.compile(r"\s*(?:of\b|inch|mile|cup|pound|point|percent|%)", re.IGNORECASE)


@rule(
    "day_month_figures",
    rf"{_OPEN}(?<!\d\s)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}}){_CLOSE}(?![\w/%])",
    (
        ("on [22/04]", "2011-04-22"),
        ("The vote is on [3/14].", "2011-03-14"),
        ("rose 3/4 of a point", ""),
    ),
)
def day_month_figures(g: Groups, c: Context) -> Reading | None:
    """A day and month in the corpus's order, or in the other when only that is a date."""
    written = f"{g.text('a')}/{g.text('b')}"
    if _FRACTION.match(written) or _FRACTION_CONTEXT.match(c.text, c.end):
        return None
    a, b = int(g.text("a")), int(g.text("b"))
    orders = ((a, b), (b, a)) if c.day_first else ((b, a), (a, b))
    for day, month in orders:
        if 1 <= month <= 12 and is_valid(f"2000-{month:02d}-{day:02d}"):
            return Reading(DATE, spec(dct(MonthDay(month, day, Direction.NEAR))))
    return None
