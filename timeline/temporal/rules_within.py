"""Rules for a part named inside another period: "Thursday of next week", "next week on
Tuesday", "the first week of March 2016", "the final quarter of 2015", "the 9th month of next
year", "the second Tuesday of last month", "week 41", "June of next year".

The period is worked out as for "next week" or "March 2016"; the part is a ``Within`` suffix
on it (the n-th day, week, month, quarter or weekday of that period), so a relative period is
re-anchored with its part. A period the text gives in full is valued here.
"""

from __future__ import annotations

from ..timex.spec import Alternative, Month, Shift, This, Within, YearOffset, dct, ref, spec
from ..timex.values import is_valid
from . import vocabulary as v
from . import vocabulary_calendar as vc
from .game_periods import in_a_game
from .grammar import Context, Groups, Reading, rule
from .operations import with_suffix
from .patterns import DAY_NUMBER, MONTH, WEEKDAY_BARE, YEAR4
from .rule_helpers import DATE, day_number, month_number

_WEEKDAY = rf"(?:{WEEKDAY_BARE}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![\w'])\.?)"
# "next week", "the following week": the period the part is taken from, by its words.
_RELATIVE = r"(?:this|next|last|previous|coming|the\s+(?:following|previous|next|coming))"
_SHIFTS = {"this": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "following": 1}
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final)"
_ORDINAL_WORDS = {"tenth": 10, "eleventh": 11, "twelfth": 12}


def _weekday(word: str) -> int:
    key = word.lower().rstrip(".")
    return v.WEEKDAYS.get(key) or vc.WEEKDAY_ABBREVIATIONS[key]


def _relative(words: str, unit: str, within: Within) -> Reading:
    """The part of "next week", "the following month": counted from the date told about when
    the words say "the following" or "the previous", else from publication."""
    key = " ".join(words.lower().split())
    n = _SHIFTS[key.split()[-1]]
    op = This(unit) if n == 0 else Shift(unit, n)
    alternatives: tuple[Alternative, ...] = (dct(op, within),)
    if key.startswith("the "):
        alternatives = (ref(op, within), dct(op, within))
    return Reading(DATE, spec(*alternatives))


def _position(word: str) -> int:
    key = word.lower()
    if key in ("last", "final"):
        return -1
    return vc.ORDINAL_POSITIONS.get(key) or _ORDINAL_WORDS.get(key) or int(key.rstrip("stndrh"))


# The most parts of one kind a period can hold: "the 15th day of next week" or "the fifth quarter
# of 2015" is no date in any calendar, so it is not read as one (whatever the article's date).
_MOST_PARTS = {
    ("day", "week"): 7,
    ("day", "month"): 31,
    ("day", "year"): 366,
    ("week", "month"): 5,
    ("week", "year"): 53,
    ("month", "year"): 12,
    ("quarter", "year"): 4,
    ("weekday", "month"): 5,
    ("weekday", "year"): 53,
}


def _fits(n: int, unit: str, period: str) -> bool:
    """Whether a ``period`` can have an ``n``-th ``unit`` (counted from its end when negative)."""
    most = _MOST_PARTS.get(("weekday" if unit.startswith("weekday") else unit, period))
    return n != 0 and (most is None or abs(n) <= most)


@rule(
    "weekday_of_week",
    rf"""
    (?:(?P<wd>{_WEEKDAY})\s+of\s+(?P<rel>{_RELATIVE})\s+week                        # "Thursday of next week"
      |(?P<rel2>{_RELATIVE})\s+week(?:\s+on|\s*[-,\u2013])?\s+(?P<wd2>{_WEEKDAY}))  # "next week Tuesday"
    (?![\w'])
    """,
    (
        ("Thursday of next week", "2011-04-14"),
        ("the vote is [next week on Tuesday]", "2011-04-12"),
        ("Monday of the following week", "2011-04-11"),
        ("this week Monday", "2011-04-04"),
    ),
)
def weekday_of_week(g: Groups, c: Context) -> Reading | None:
    day = _weekday(g.text("wd", "wd2"))
    return _relative(g.text("rel", "rel2"), "week", Within("day", day))


@rule(
    "nth_part_of",
    rf"""
    (?:the\s+)?(?P<n>{_ORDINAL})\s+
    (?:(?P<wd>{WEEKDAY_BARE})|(?P<u>day|week|month|quarter))\s+(?:of|in)\s+
    (?:(?P<rel>{_RELATIVE})\s+(?P<ru>week|month|year)
      |(?P<m>{MONTH}),?\s+(?P<my>{YEAR4})
      |(?P<y>{YEAR4}))
    (?![\w-])
    """,
    (
        ("the first week of March 2016", "2016-W09"),
        ("the final quarter of 2015", "2015-Q4"),
        ("the last week of 2016", "2016-W52"),
        ("the 9th month of next year", "2012-09"),
        ("the 15th day of next week", ""),
        ("the 13th month of next year", ""),
        ("the second Tuesday of last month", "2011-03-08"),
        ("the first day of next week", "2011-04-11"),
    ),
)
def nth_part_of(g: Groups, c: Context) -> Reading | None:
    """ "the first week of March 2016": the n-th part of the period named after "of"."""
    n = _position(g.text("n"))
    unit = f"weekday{v.WEEKDAYS[g.text('wd').lower()]}" if g["wd"] else g.text("u").lower()
    within = Within(unit, n)
    container = g.text("ru").lower() if g["rel"] else "month" if g["m"] else "year"
    if not _fits(n, unit, container):
        return None
    if g["rel"]:
        return _relative(g.text("rel"), g.text("ru").lower(), within)
    period = f"{g['my']}-{month_number(g.text('m')):02d}" if g["m"] else g.text("y")
    try:
        return Reading(DATE, with_suffix(period, within))
    except ValueError:
        return None


@rule(
    "week_number",
    rf"""
    (?:the\s+)?week\s+(?:no\.?\s+|number\s+)?(?P<n>\d{{1,2}})
    (?:\s+of\s+(?:(?P<y>{YEAR4})|(?P<rel>this|next|last)\s+year))?
    (?![\w%]|[:.,/]\d)
    """,
    (
        ("in [week 41]", "2011-W41"),
        ("week 3 of 2027", "2027-W03"),
        ("week 27 of last year", "2010-W27"),
        ("The Colts scored 17 unanswered points to win in [week 14].", ""),
        ("the first win since [week 3] of the season", ""),
    ),
)
def week_number(g: Groups, c: Context) -> Reading | None:
    """ "week 41": the ISO week of that number, in the year named or that of publication; but
    "week 14" of a game's report is the season's fourteenth round, not the year's week."""
    if not (g["y"] or g["rel"]) and in_a_game(c.text, c.start, c.end):
        return None
    within = Within("week", int(g.text("n")))
    if g["y"]:
        try:
            return Reading(DATE, with_suffix(g.text("y"), within))
        except ValueError:
            return None
    if within.n < 1 or within.n > 53:
        return None
    shift = _SHIFTS[(g["rel"] or "this").lower()]
    return Reading(DATE, spec(dct(This("year") if shift == 0 else Shift("year", shift), within)))


@rule(
    "month_of_year",
    rf"(?P<m>{MONTH})\s+of\s+(?P<rel>this|next|last)\s+year(?![\w-])",
    (("June of next year", "2012-06"), ("March of last year", "2010-03")),
)
def month_of_year(g: Groups, c: Context) -> Reading | None:
    return Reading(DATE, spec(dct(Month(month_number(g.text("m")), YearOffset(_SHIFTS[g.text("rel").lower()])))))


# "that year", "the same year", "the following year" after a month: the year told about last
_THAT_YEAR = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}


@rule(
    "day_of_year_offset",
    rf"""
    (?:(?P<d>{DAY_NUMBER})(?:\s+of)?\s+(?P<m>{MONTH})|(?P<m2>{MONTH})\.?\s+(?P<d2>{DAY_NUMBER}),?)
    \s+(?P<rel>this|last|next)\s+year(?![\w-])
    """,
    (
        ("Ellen Marsh was hit on [14 January this year].", "2011-01-14"),
        ("The plant shut on [March 3 last year].", "2010-03-03"),
        ("It opens on the [5th of May next year].", "2012-05-05"),
    ),
)
def day_of_year_offset(g: Groups, c: Context) -> Reading | None:
    """ "on 14 January this year": that day of the year publication names, not the 14 January
    nearest publication (which may be of another year) and "this year" beside it."""
    month = month_number(g.text("m", "m2"))
    day = day_number(g.text("d", "d2"))
    if not is_valid(f"2000-{month:02d}-{day:02d}"):
        return None
    shift = {"this": 0, "last": -1, "next": 1}[g.text("rel").lower()]
    return Reading(DATE, spec(dct(Month(month, YearOffset(shift)), Within("day", day))))


@rule(
    "month_of_that_year",
    rf"(?P<m>{MONTH})\s+(?:of\s+)?(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year(?![\w-])",
    (
        ("He was suspended in July 2009 and arrested in [October that year].", "2009-10"),
        ("The mill shut in 2008 and reopened in [March the following year].", "2009-03"),
        ("She left in 2005; [June of the previous year] had been her best month.", "2004-06"),
        ("After the 2010 budget, prices rose in [May the same year].", "2010-05"),
    ),
)
def month_of_that_year(g: Groups, c: Context) -> Reading | None:
    """ "arrested in October that year": the month in the year the text told of last, not the
    October nearest publication and then "that year" of it."""
    shift = _THAT_YEAR[" ".join(g.text("rel").lower().split())]
    month = Month(month_number(g.text("m")), YearOffset(shift))
    return Reading(DATE, spec(ref(month), dct(month)))
