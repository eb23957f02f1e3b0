"""Rules for years and the periods of a year the text names: "2008", "the 1990s", "the
nineties", "the 20th century", "2008-09", "the 2017/18 financial year", "fiscal 1989", "the third
quarter of 1998", "Q3", "the first half of 2010", "nineteen ninety-six".
"""

from __future__ import annotations

import re

from attrs import evolve

from ..timex.spec import (
    Alternative,
    Direction,
    PartOfYear,
    Quarter,
    Shift,
    This,
    dct,
    ref,
    spec,
)
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .patterns import (
    MONTH,
    SEASON,
    YEAR4,
    B,
)
from .rule_helpers import (
    DATE,
    POS,
    absolute,
    month_number,
    position_mod,
)
from .spelled import year_of

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
    "decade",
    rf"(?:the\s+)?{POS}(?:(?P<c>1[0-9]|20)(?P<d>\d)0['\u2019]?s|['\u2019](?P<short>\d)0['\u2019]?s){B}",
    (
        ("the 1990s", "199"),
        ("the mid-1990s", "199"),
        ("the '80s", "198"),
        ("the early 2000s", "200"),
        ("the \u201900s", "200"),
        ("the '10s", "201"),
    ),
)
def decade(g: Groups, c: Context) -> Reading | None:
    # "the '00s" and "the '10s" are this century's; "the '20s" and on, the last one's
    if g["c"]:
        return Reading(DATE, f"{g['c']}{g['d']}", position_mod(g))
    short = g.text("short")
    value = f"{20 if short in ('0', '1') else 19}{short}"
    return Reading(DATE, value, position_mod(g))


@rule(
    "decade_words",
    rf"the\s+{POS}(?:nineteen[\s-]+)?(?P<w>{'|'.join(_DECADE_WORDS)})(?![\w-])",
    (("the nineties", "199"), ("the early seventies", "197")),
)
def decade_words(g: Groups, c: Context) -> Reading:
    return Reading(DATE, f"19{_DECADE_WORDS[g.text('w').lower()]}", position_mod(g))


@rule(
    "century",
    r"(?:the\s+)?(?P<n>1\d|2[01])(?:st|nd|rd|th)[\s-]+century",
    (("the 20th century", "19"), ("11th century", "10")),
)
def century(g: Groups, c: Context) -> Reading | None:
    return Reading(DATE, f"{int(g.text('n')) - 1:02d}")


@rule(
    "financial_year",
    rf"(?:the\s+)?(?P<y>{YEAR4})\s*[/\-\u2013]\s*(?P<y2>\d\d)\s+(?:financial|fiscal|tax|academic|school)\s+year",
    (("the 2017/18 financial year", "FY2017"),),
)
def financial_year(g: Groups, c: Context) -> Reading | None:
    start = int(g.text("y"))
    if (start + 1) % 100 != int(g.text("y2")):
        return None
    return Reading(DATE, f"FY{start}")


@rule(
    "fiscal_year",
    rf"(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<y>{YEAR4}){B}",
    (("fiscal 1989", "1989"), ("the fiscal year 1990", "1990")),
)
def fiscal_year(g: Groups, c: Context) -> Reading | None:
    return Reading(DATE, g.text("y"))


@rule(
    "quarter_of_year",
    rf"""
    (?:the\s+)?
    # "the 1998 fourth quarter"
    (?:(?P<y1>{YEAR4})\s+(?:fiscal\s+)?(?P<q1>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+
       (?:fiscal\s+)?quarter
      # "the third quarter of 1998"
      |(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter
       (?:\s+of)?\s+(?:fiscal\s+)?(?P<y2>{YEAR4}))
    {B}
    """,
    (("the third quarter of 1998", "1998-Q3"), ("the 1998 fourth quarter", "1998-Q4")),
)
def quarter_of_year(g: Groups, c: Context) -> Reading | None:
    year = g["y2"] or g["y1"]
    return Reading(DATE, f"{year}-Q{v.ORDINALS[g.text('q', 'q1').lower()]}")


@rule(
    "quarter_code",
    rf"(?-i:Q)(?P<q>[1-4])(?:\s+(?P<y>{YEAR4}))?{B}|(?P<y0>{YEAR4})\s*(?-i:Q)(?P<q0>[1-4]){B}",
    (("Q3", "2010-Q3"), ("Q3 2011", "2011-Q3"), ("2010 Q4", "2010-Q4")),
)
def quarter_code(g: Groups, c: Context) -> Reading | None:
    year, q = g["y"] or g["y0"], g.text("q", "q0")
    return Reading(DATE, f"{year}-Q{q}" if year else spec(dct(Quarter(int(q), Direction.PAST))))


@rule(
    "fiscal_code",
    rf"(?-i:FY)\s?(?P<y>{YEAR4}|\d\d){B}",
    (("results for [FY2017]", "2017"), ("FY 2016", "2016"), ("the [FY17] budget", "2017"), ("FY99", "1999")),
)
def fiscal_code(g: Groups, c: Context) -> Reading:
    """ "FY2017", "FY17": the fiscal year, read as "fiscal 2017" is (the year it ends in)."""
    return Reading(DATE, str(year_of(g.text("y"))))  # two digits as a numeric date reads them


@rule(
    "half_code",
    rf"(?-i:H)(?P<h>[12])\s+(?P<y>{YEAR4}){B}|(?P<y0>{YEAR4})\s*(?-i:H)(?P<h0>[12]){B}",
    (("sales in [H1 2017]", "2017-H1"), ("2016 H2", "2016-H2"), ("the H1N1 virus", "")),
)
def half_code(g: Groups, c: Context) -> Reading:
    """ "H1 2017": a half of a year, always with its year (alone, "H1" is rarely a date)."""
    return Reading(DATE, f"{g.text('y', 'y0')}-H{g.text('h', 'h0')}")


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
    rf"""
    (?:the\s+)?(?P<h>first|second|latter|last)\s+(?:half|two\s+quarters)\s+of\s+
    (?:(?:the\s+year\s+)?(?P<y>{YEAR4})                                           # "of 2010", "of the year 2008"
      # "of last year", "of the year" (not "of the year's")
      |(?P<rel>this|last|next|the\s+(?:current|previous|following))?
       (?:\s*(?P<the>the))?\s*(?P<fiscal>fiscal\s+)?year(?![\w'\u2019-]))
    """,
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
    code = f"H{1 if g.text('h').lower() == 'first' else 2}"
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
    rf"""
    (?:the\s+year\s+|(?:the\s+)?(?P<s>{SEASON})\s+of\s+)?(?:(?P<m>{MONTH})\s+)?   # "the winter of", "January"
    (?:(?P<c>nineteen|eighteen)[\s-]+
       (?:(?P<t>{_SPOKEN_TENS})(?:[\s-]+(?P<u>{_SPOKEN_UNITS}))?                     # "nineteen ninety-six"
         |(?P<teen>{_SPOKEN_TEENS})|hundred)                         # "nineteen twelve", "nineteen hundred"
      |two\s+thousand(?:\s+(?:and\s+)?                                            # "two thousand and eight"
         (?P<u2>(?:{_SPOKEN_TENS})(?:[\s-]+(?:{_SPOKEN_UNITS}))?|{_SPOKEN_UNITS}|{_SPOKEN_TEENS}))?)
    (?![\w-])
    """,
    (
        ("nineteen ninety-six", "1996"),
        ("January nineteen ninety-seven", "1997-01"),
        ("the year two thousand", "2000"),
        ("two thousand and twenty", "2020"),
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
    rf"""
    (?P<y>1[6-9]\d\d|20\d\d)
    # followed by "-09", "/11", "-2001", not by a percentage
    (?=\s?{_RANGE_SEPARATOR}\s?(?P<e>\d{{4}}|\d\d)(?![\w%]|[-/.,]\d|\s*(?:%|per\s*cent|percent)))
    """,
    (
        ("the [2008]-09 season", "2008"),
        ("in [2010]/11", "2010"),
        ("from [1998]-2001", "1998"),
        ("[1999]-00", "1999"),
        ("[1998]-1999", "1998"),
        ("[2008]-2012", "2008"),
    ),
)
def year_range_start(g: Groups, c: Context) -> Reading | None:
    """ "2008-09": the first year of a range, tagged on its own as TimeML tags each end of a range."""
    start = int(g.text("y"))
    end = _range_end(start, g.text("e"))
    if end is None:
        return None
    return Reading(DATE, g.text("y"), note=f"the first year of the range {start} to {end}, given in full")


@rule(
    "year_range_end",
    r"(?<=\d{4}[-/\u2013])(?P<e>\d\d)(?![\w%]|[-/.,]\d|\s*(?:%|per\s*cent|percent))",
    (("the 2008-[09] season", "2009"), ("in 2010/[11]", "2011"), ("1999-[00]", "2000")),
)
def year_range_end(g: Groups, c: Context) -> Reading | None:
    """ "09" in "2008-09": the last year of the range, in full."""
    first = c.text[c.start - 5 : c.start - 1]
    if not first.isdigit() or not 1600 <= int(first) <= 2099:
        return None
    end = _range_end(int(first), g.text("e"))
    if end is None:
        return None
    return Reading(DATE, str(end), note=f"the last year of the range {first} to {end}")


@rule(
    "year",
    rf"""
    {POS}(?:(?:the\s+)?(?:calendar\s+)?year\s+|(?-i:CY)\s?)?                     # "the calendar year 2008"
    (?:(?P<post>post|pre)-)?(?P<y>1[6-9]\d\d|20\d\d)
    (?![\w%]|,\d|\.\d|[-/]\d|\s*(?:%|per\s*cent|percent))
    """,
    (
        ("2008", "2008"),
        ("mid-2016", "2016"),
        ("the end of 1990", "1990"),
        ("2,200", ""),
        ("the calendar year 2008", "2008"),
    ),
)
def year(g: Groups, c: Context) -> Reading | None:
    mod = position_mod(g)
    if g["post"]:
        mod = "AFTER" if g["post"].lower() == "post" else "BEFORE"
    return Reading(DATE, g.text("y"), mod)


@rule(
    "short_year",
    r"""
    # a year in two figures after a preposition of time: "born in '85", "since '98"
    (?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bof\s))
    ['\u2019](?P<yy>\d\d)(?![\w'\u2019-])
    """,
    (
        ("She was born in ['85].", "1985"),
        ("Since ['09], prices have doubled.", "2009"),
        ("the class of ['98]", "1998"),
    ),
)
def short_year(g: Groups, c: Context) -> Reading | None:
    return Reading(DATE, str(year_of(g.text("yy"))))
