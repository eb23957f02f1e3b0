"""Rules for dates the text fixes by itself, or nearly: "12 September 2019", "February 2009",
"2008", "the 1990s", "the summer of 2014", "the 2017/18 financial year", "mid-2016".

Day-and-month dates without a year ("1 April") take the year nearest to publication.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import evolve

from ..model import TimexType
from ..timex.spec import (
    Alternative,
    Direction,
    Marker,
    MonthDay,
    NthWeekday,
    PartOfYear,
    Quarter,
    Shift,
    This,
    dct,
    ref,
    spec,
)
from ..timex.values import is_valid, value_at
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .patterns import DAY_NUMBER, MONTH, MONTH_ABBR, POSITION, SEASON, WEEKDAY_BARE, YEAR4, B

DATE = TimexType.DATE
POS = rf"(?:(?P<pos>{POSITION})\s*)?"


def month_number(word: str) -> int:
    return v.MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    return int(word.lower().rstrip("stndrh"))


def position_mod(groups: Groups) -> str | None:
    pos = groups.get("pos")
    if not pos:
        return None
    key = " ".join(pos.lower().replace("-", " ").split())
    return v.POSITION_MODS.get(key) or v.POSITION_MODS.get(key.split()[0])


def absolute(value: str, mod: str | None = None) -> Reading | None:
    return Reading(DATE, value, mod) if is_valid(value) else None


def weekday_of(groups: Groups) -> int | None:
    """The weekday (1 = Monday) named before a date ("Friday, Oct. 23"), if any."""
    return v.WEEKDAYS[groups["wd"].lower()] if groups.get("wd") else None


# Words joining the days of a list or range: "24 and 25 April", "May 3-5", "10 to 12 June".
_JOIN = r"(?:-|\u2013|and|or|to|until|till|through)"
_WD = rf"(?:(?P<wd>{WEEKDAY_BARE}),?\s+(?:the\s+)?)?"


@rule(
    "iso_date",
    r"(?<![\d.\-/])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?(?![\d\-])",
    (("2011-04-01", "2011-04-01"), ("2011-13-45", "")),
)
def iso_date(g: Groups, c: Context) -> Reading | None:
    value = f"{g['y']}-{g['m']}-{g['d']}"
    if not is_valid(value):
        return None
    if g["h"]:
        if int(g["h"]) > 23 or int(g["mi"]) > 59:
            return None
        return Reading(TimexType.TIME, f"{value}T{g['h']}:{g['mi']}")
    return Reading(DATE, value)


@rule(
    "numeric_date",
    r"(?<![\d.\-/])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\d/]|\.\d)",
    (("12/09/2019", "2019-09-12"), ("31/02/2011", "")),
)
def numeric_date(g: Groups, c: Context) -> Reading | None:
    a, b = int(g["a"]), int(g["b"])
    day, month = (a, b) if c.day_first else (b, a)
    year = int(g["y"])
    if len(g["y"]) == 2:
        year += 1900 if year >= 50 else 2000
    return absolute(f"{year:04d}-{month:02d}-{day:02d}")


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
    rf"{_WD}(?P<d>{DAY_NUMBER})(?:\s+of)?\s+(?P<m>{MONTH}),?\s+(?P<y>{YEAR4}){B}",
    (("Thursday 12 September 2019", "2019-09-12"), ("31 February 2011", "")),
)
def day_month_year(g: Groups, c: Context) -> Reading | None:
    return absolute(f"{g['y']}-{month_number(g['m']):02d}-{day_number(g['d']):02d}")


@rule(
    "month_day_year",
    rf"{_WD}(?P<m>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:,\s*|\s+)(?P<y>{YEAR4}){B}",
    (("Aug. 7, 1998", "1998-08-07"), ("Monday, Oct. 26, 1987", "1987-10-26")),
)
def month_day_year(g: Groups, c: Context) -> Reading | None:
    return absolute(f"{g['y']}-{month_number(g['m']):02d}-{day_number(g['d']):02d}")


@rule(
    "day_month",
    rf"{_WD}(?P<d>{DAY_NUMBER})(?:\s+of)?\s+(?P<m>{MONTH})(?!\s*\d)",
    (
        ("1 April", "2011-04-01"),
        ("Sunday 12 September", "2010-09-12"),
        ("Monday 12 September", "2011-09-12"),
        ("3rd of May", "2011-05-03"),
    ),
)
def day_month(g: Groups, c: Context) -> Reading | None:
    month, day = month_number(g["m"]), day_number(g["d"])
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    return Reading(DATE, spec(dct(MonthDay(month, day, Direction.NEAR, weekday_of(g)))))


# "last Sept. 30", "next Christmas": the one before or after publication, as tense would say.
LAST_NEXT = {"last": Direction.PAST, "next": Direction.FUTURE}
_PERIOD_END_BEFORE = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)


@rule(
    "month_day",
    rf"(?:(?P<rel>last|this|next)\s+)?{_WD}(?P<m>{MONTH})\s+(?P<d>{DAY_NUMBER})(?!\d|:\d|,\d|\.\d|\s*(?:%|per\s*cent|percent))(?:(?=\s*{_JOIN}\s*{DAY_NUMBER},?\s+(?P<ry>{YEAR4})(?!\w)))?",
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
    if g["m"][0].islower():
        return None
    month, day = month_number(g["m"]), day_number(g["d"])
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
    rf"the\s+week\s+of\s+(?:(?P<wd>{WEEKDAY_BARE}),?\s+)?(?:(?P<m>{MONTH})\s+(?P<d>{DAY_NUMBER})|(?P<d2>{DAY_NUMBER})\s+(?:of\s+)?(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR4}))?(?![\w%]|,\d|\.\d)",
    (
        ("the week of March 6", "2011-W09"),
        ("the week of 6 March 2000", "2000-W10"),
        ("the week of Oct. 23, 1989", "1989-W43"),
    ),
)
def week_of(g: Groups, c: Context) -> Reading | None:
    """ "the week of March 6": the ISO week holding that day (a week, not the day)."""
    month, day = month_number(g["m"] or g["m2"]), day_number(g["d"] or g["d2"])
    if g["y"]:
        if not is_valid(f"{g['y']}-{month:02d}-{day:02d}"):
            return None
        return Reading(DATE, value_at(dt.date(int(g["y"]), month, day), "week"))
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    return Reading(DATE, spec(dct(MonthDay(month, day, Direction.NEAR), Marker.WEEK)))


@rule(
    "day_range_start",
    rf"(?P<d>{DAY_NUMBER})(?=\s*{_JOIN}\s*(?P<d2>{DAY_NUMBER})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?(?!\w))",
    (
        ("on [24] and 25 April", "2011-04-24"),
        ("from [10] to 12 June 2011", "2011-06-10"),
        ("[24]-25 April", "2011-04-24"),
    ),
)
def day_range_start(g: Groups, c: Context) -> Reading | None:
    """ "24 and 25 April", "10 to 12 June 2011": the first day takes the month (and year) of the second."""
    month, day, last = month_number(g["m"]), day_number(g["d"]), day_number(g["d2"])
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
    month, first, day = month_number(before.group("m")), day_number(before.group("d")), day_number(g["d"])
    if day <= first:
        return None
    return _listed_day(month, day, g["y"])


@rule(
    "month_year",
    rf"{POS}(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR4}){B}",
    (("February 2009", "2009-02"), ("late November 1989", "1989-11"), ("mid-June 2010", "2010-06")),
)
def month_year(g: Groups, c: Context) -> Reading | None:
    return absolute(f"{g['y']}-{month_number(g['m']):02d}", position_mod(g))


@rule(
    "season_year",
    rf"(?:the\s+)?{POS}(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR4}){B}",
    (("the summer of 2014", "2014-SU"), ("autumn 2010", "2010-FA")),
)
def season_year(g: Groups, c: Context) -> Reading | None:
    return absolute(f"{g['y']}-{v.SEASONS[g['s'].lower()]}", position_mod(g))


@rule(
    "decade",
    rf"(?:the\s+)?{POS}(?:(?P<c>1[0-9]|20)(?P<d>\d)0'?s|'(?P<short>\d)0'?s){B}",
    (("the 1990s", "199"), ("the mid-1990s", "199"), ("the '80s", "198"), ("the early 2000s", "200")),
)
def decade(g: Groups, c: Context) -> Reading | None:
    value = f"{g['c']}{g['d']}" if g["c"] else f"19{g['short']}"
    return Reading(DATE, value, position_mod(g))


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


@rule(
    "decade_words",
    rf"the\s+{POS}(?:nineteen[\s-]+)?(?P<w>{'|'.join(_DECADE_WORDS)})(?![\w-])",
    (("the nineties", "199"), ("the early seventies", "197")),
)
def decade_words(g: Groups, c: Context) -> Reading:
    return Reading(DATE, f"19{_DECADE_WORDS[g['w'].lower()]}", position_mod(g))


@rule(
    "century",
    r"(?:the\s+)?(?P<n>1\d|2[01])(?:st|nd|rd|th)[\s-]+century",
    (("the 20th century", "19"), ("11th century", "10")),
)
def century(g: Groups, c: Context) -> Reading | None:
    return Reading(DATE, f"{int(g['n']) - 1:02d}")


@rule(
    "financial_year",
    rf"(?:the\s+)?(?P<y>{YEAR4})\s*[/\-\u2013]\s*(?P<y2>\d\d)\s+(?:financial|fiscal|tax|academic|school)\s+year",
    (("the 2017/18 financial year", "FY2017"),),
)
def financial_year(g: Groups, c: Context) -> Reading | None:
    start = int(g["y"])
    if (start + 1) % 100 != int(g["y2"]):
        return None
    return Reading(DATE, f"FY{start}")


@rule(
    "fiscal_year",
    rf"(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<y>{YEAR4}){B}",
    (("fiscal 1989", "1989"), ("the fiscal year 1990", "1990")),
)
def fiscal_year(g: Groups, c: Context) -> Reading | None:
    return Reading(DATE, g["y"])


@rule(
    "quarter_of_year",
    rf"(?:the\s+)?(?:(?P<y1>{YEAR4})\s+(?:fiscal\s+)?(?P<q1>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter|(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?\s+(?:fiscal\s+)?(?P<y2>{YEAR4})){B}",
    (("the third quarter of 1998", "1998-Q3"), ("the 1998 fourth quarter", "1998-Q4")),
)
def quarter_of_year(g: Groups, c: Context) -> Reading | None:
    year = g["y2"] or g["y1"]
    return Reading(DATE, f"{year}-Q{v.ORDINALS[(g['q'] or g['q1']).lower()]}")


@rule(
    "quarter_code",
    rf"(?-i:Q)(?P<q>[1-4])(?:\s+(?P<y>{YEAR4}))?{B}|(?P<y0>{YEAR4})\s*(?-i:Q)(?P<q0>[1-4]){B}",
    (("Q3", "2010-Q3"), ("Q3 2011", "2011-Q3"), ("2010 Q4", "2010-Q4")),
)
def quarter_code(g: Groups, c: Context) -> Reading | None:
    year, q = g["y"] or g["y0"], g["q"] or g["q0"]
    return Reading(DATE, f"{year}-Q{q}" if year else spec(dct(Quarter(int(q), Direction.PAST))))


@rule(
    "nth_weekday",
    rf"(?:(?P<each>every|each)\s+|the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?P<wd>{WEEKDAY_BARE})\s+(?:in|of)\s+(?:(?P<every>every|each|the)\s+month|(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?){B}",
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
    n = -1 if g["n"].lower() == "last" else v.ORDINALS[g["n"].lower()]
    weekday, month = v.WEEKDAYS[g["wd"].lower()], month_number(g["m"])
    if g["y"]:
        from .holidays import nth_weekday as date_of

        try:
            return Reading(DATE, date_of(int(g["y"]), month, weekday, n).isoformat())
        except ValueError:
            return None  # no fifth Monday that month
    return Reading(DATE, spec(dct(NthWeekday(month, weekday, n, Direction.NEAR))))


# "of last year" counts from publication; "of the previous year" from the year told about.
_RELATIVE_YEAR: dict[str, tuple[Alternative, ...]] = {
    "this": (dct(This("year")),),
    "the current": (dct(This("year")),),
    "last": (dct(Shift("year", -1)),),
    "next": (dct(Shift("year", 1)),),
    "the previous": (ref(Shift("year", -1)), dct(Shift("year", -1))),
    "the following": (ref(Shift("year", 1)), dct(Shift("year", 1))),
}


@rule(
    "half_of_year",
    rf"(?:the\s+)?(?P<h>first|second|latter|last)\s+(?:half|two\s+quarters)\s+of\s+(?:(?:the\s+year\s+)?(?P<y>{YEAR4})|(?P<rel>this|last|next|the\s+(?:current|previous|following))?(?:\s*(?P<the>the))?\s*(?P<fiscal>fiscal\s+)?year(?![\w'\u2019-]))",
    (
        ("the first half of 2010", "2010-H1"),
        ("the last half of 1989", "1989-H2"),
        ("the first two quarters of 1990", "1990-H1"),
        ("the second half of last year", "2010-H2"),
        ("the first half of next year", "2012-H1"),
        ("the first half of the year 2008", "2008-H1"),
        ("In [the first half of the year], sales grew.", "2011-H1"),
        ("Sales fell in 2009, but in [the second half of the year] they recovered.", "2009-H2"),
        ("In 2005 sales were below [the first half of the previous year].", "2004-H1"),
        ("the second half of the fiscal year", ""),
        ("the first half of the year's matches", ""),
    ),
)
def half_of_year(g: Groups, c: Context) -> Reading | None:
    """ "the first half of 2010"; "of last year" counted from publication; "of the year" the year
    being told about. A fiscal year's halves depend on a calendar the text does not give."""
    code = f"H{1 if g['h'].lower() == 'first' else 2}"
    if g["y"]:
        return Reading(DATE, f"{g['y']}-{code}")
    if g["fiscal"]:
        return None
    half = PartOfYear(code)
    rel = " ".join((g["rel"] or "").lower().split())
    if rel:
        return Reading(DATE, spec(*(evolve(alternative, suffix=half) for alternative in _RELATIVE_YEAR[rel])))
    if not g["the"]:
        return None
    return Reading(DATE, spec(ref(This("year"), half), dct(This("year"), half)))


_SPOKEN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPOKEN_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


@rule(
    "spoken_year",
    rf"(?:the\s+year\s+|(?:the\s+)?(?P<s>{SEASON})\s+of\s+)?(?:(?P<m>{MONTH})\s+)?(?:(?P<c>nineteen|eighteen)[\s-]+(?:(?P<t>{_SPOKEN_TENS})(?:[\s-]+(?P<u>{_SPOKEN_UNITS}))?|(?P<teen>{_SPOKEN_TEENS})|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?P<u2>{_SPOKEN_UNITS}|{_SPOKEN_TEENS}))?)(?![\w-])",
    (
        ("nineteen ninety-six", "1996"),
        ("January nineteen ninety-seven", "1997-01"),
        ("the year two thousand", "2000"),
        ("the winter of nineteen ninety-four", "1994-WI"),
        ("nineteen hundred people", ""),
    ),
)
def spoken_year(g: Groups, c: Context) -> Reading | None:
    from .numbers import number

    after = _NEXT_WORD.match(c.text, c.end)
    if after and (after.group(1).lower() in v.QUANTITY_WORDS or after.group(1).lower().rstrip("s") in v.UNITS):
        return None  # "two thousand years", "nineteen hundred people": an amount, not a year

    if g["c"]:
        century = 1900 if g["c"].lower() == "nineteen" else 1800
        rest = (number(g["t"]) or 0) + (number(g["u"]) or 0) if g["t"] else (number(g["teen"]) or 0)
        year = century + int(rest)
    else:
        year = 2000 + int(number(g["u2"]) or 0) if g["u2"] else 2000
    if g["m"]:
        return absolute(f"{year}-{month_number(g['m']):02d}")
    if g["s"]:
        return absolute(f"{year}-{v.SEASONS[g['s'].lower()]}")
    return Reading(DATE, str(year))


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_RANGE_SEPARATOR = "[-/\u2013]"


def _range_end(start: int, written: str) -> int | None:
    """The last year of a range written "2008-09", "2010/11", "1998-2001", or None if it is no range.

    Two digits complete the start's century, rolling over ("1999-00" ends in 2000); the end must
    come after the start and within a decade of it, so "1998-11" (a month) and "2008-07" are refused.
    """
    end = int(written)
    if len(written) == 2:
        end += start // 100 * 100
        if end <= start:
            end += 100
        return end if end - start <= 10 else None
    return end if start < end <= start + 100 else None


@rule(
    "year_range_start",
    rf"(?P<y>1[6-9]\d\d|20\d\d)(?=\s?{_RANGE_SEPARATOR}\s?(?P<e>\d{{4}}|\d\d)(?![\w%]|[-/.,]\d|\s*(?:%|per\s*cent|percent)))",
    (
        ("the [2008]-09 season", "2008"),
        ("in [2010]/11", "2010"),
        ("from [1998]-2001", "1998"),
        ("[1999]-00", "1999"),
        ("1998-11", ""),
        ("2008-07", ""),
    ),
)
def year_range_start(g: Groups, c: Context) -> Reading | None:
    """ "2008-09": the first year of a range, tagged on its own as TimeML tags each end of a range."""
    start = int(g["y"])
    end = _range_end(start, g["e"])
    if end is None:
        return None
    return Reading(DATE, g["y"], note=f"the first year of the range {start} to {end}, given in full")


@rule(
    "year_range_end",
    r"(?<=\d{4}[-/\u2013])(?P<e>\d\d)(?![\w%]|[-/.,]\d|\s*(?:%|per\s*cent|percent))",
    (("the 2008-[09] season", "2009"), ("in 2010/[11]", "2011"), ("1999-[00]", "2000"), ("1998-[11]", "")),
)
def year_range_end(g: Groups, c: Context) -> Reading | None:
    """ "09" in "2008-09": the last year of the range, in full."""
    first = c.text[c.start - 5 : c.start - 1]
    if not first.isdigit() or not 1600 <= int(first) <= 2099:
        return None
    end = _range_end(int(first), g["e"])
    if end is None:
        return None
    return Reading(DATE, str(end), note=f"the last year of the range {first} to {end}")


@rule(
    "year",
    rf"{POS}(?:(?P<post>post|pre)-)?(?P<y>1[6-9]\d\d|20\d\d)(?![\w%]|,\d|\.\d|[-/]\d|\s*(?:%|per\s*cent|percent))",
    (("2008", "2008"), ("mid-2016", "2016"), ("the end of 1990", "1990"), ("2,200", "")),
)
def year(g: Groups, c: Context) -> Reading | None:
    mod = position_mod(g)
    if g["post"]:
        mod = "AFTER" if g["post"].lower() == "post" else "BEFORE"
    return Reading(DATE, g["y"], mod)


# Full dates first; month + year and day + month before the relative rules (so "January 2009"
# is not read as "January"); bare decades and years last.
FULL_DATES = (
    iso_date,
    numeric_date,
    unusual_date,
    day_month_year,
    month_day_year,
    nth_weekday,
    financial_year,
    fiscal_year,
    quarter_of_year,
    half_of_year,
    quarter_code,
)
PARTIAL_DATES = (week_of, day_range_start, month_year, spoken_year, season_year, day_month, month_day)
YEARS = (decade, decade_words, century, year_range_start, year_range_end, year)
# The last day of a list of days ("April 24 and 25") is a bare number: tried after every other rule.
LIST_ENDS = (day_range_end,)
RULES = FULL_DATES + PARTIAL_DATES + YEARS + LIST_ENDS
