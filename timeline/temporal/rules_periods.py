"""Rules for the periods of financial reporting: "the third quarter", "the quarter ended
Sept. 30", "the latest period", "the comparable year-ago quarter", "last year's quarter",
"the 1988 period", "year-earlier".

Most are counted from the quarter being reported on (``Base.LASTQ``, ``Base.REFQ``), else from
publication.
"""

from __future__ import annotations

import re

from ..model import TimexType
from ..timex.spec import (
    Alternative,
    Base,
    Direction,
    InYear,
    Marker,
    MonthDay,
    Quarter,
    Shift,
    Spec,
    This,
    Year,
    YearOffset,
    dct,
    ref,
    spec,
)
from . import tense
from . import vocabulary as v
from .game_periods import in_a_game
from .grammar import Context, Groups, Reading, rule
from .patterns import (
    DAY_NUMBER,
    MONTH,
    B,
)
from .rule_helpers import (
    DATE,
    SHIFT_WORDS,
    day_number,
    month_number,
    ref_or_dct,
)

_ENDED = re.compile(r"\s+(?:ended|ending|to)\s+(?-i:[A-Z])", re.IGNORECASE)


@rule(
    "named_quarter",
    rf"""
    (?:the\s+)?
    (?:(?P<yrel>this|last|next)\s+year['\u2019]s\s+)?                          # "last year's"
    (?:(?P<rel>current|latest|last|previous|next|coming|same|year-(?:earlier|ago))\s+)?
    (?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)(?:[\s-]+(?:fiscal\s+)?)quarter
    (?:\s+of\s+(?P<y2>this|last|next)\s+year)?                                 # "of last year"
    {B}
    """,
    (
        ("the third quarter", "2010-Q3"),
        ("third-quarter", "2010-Q3"),
        ("the first quarter", "2011-Q1"),
        ("last year's fourth quarter", "2010-Q4"),
        ("the fiscal first quarter", "2011-Q1"),
        ("His touchdown pass late in [the fourth quarter] gave the Colts a 20-13 victory.", ""),
        ("Profits fell in [the fourth quarter] after a rally in shares.", "2010-Q4"),
        ("The deal is expected to close in [the fourth quarter].", "2011-Q4"),
    ),
)
def named_quarter(g: Groups, c: Context) -> Reading | None:
    yrel = g["yrel"] or g["y2"]
    if not (yrel or g["rel"]) and in_a_game(c.text, c.start, c.end):
        return None  # "a field goal late in the fourth quarter": a game's, not the calendar's
    q = v.ORDINALS[g.text("q").lower()]
    if yrel:
        return Reading(DATE, spec(dct(Quarter(q, YearOffset(SHIFT_WORDS[yrel.lower()])))))
    rel = (g["rel"] or "").lower()
    if rel.startswith("year-"):
        return Reading(DATE, spec(dct(Quarter(q, YearOffset(-1)))))
    # A report tells of a quarter past unless the sentence looks ahead ("the deal is expected
    # to close in the fourth quarter").
    ahead = tense.direction(c.text, c.start, c.end) == tense.FUTURE
    return Reading(DATE, spec(dct(Quarter(q, Direction.FUTURE if ahead else Direction.PAST))))


# "the quarter ended Sept. 30": the calendar quarter its closing day falls in.
_CLOSING_DAY = rf"(?=\s+(?P<ending>ended|ending)\s+(?P<em>{MONTH})\s+(?P<ed>{DAY_NUMBER})(?!\d))?"


# "the comparable year-ago quarter", "the corresponding period last year", "the quarter a year
# earlier": the period being reported on, a year back, in one expression.
_COMPARABLE = r"(?:(?P<cmp>comparable|corresponding|same|like)\s+)?"


_A_YEAR_BACK = r"""
    (?P<back>\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|of\s+last\s+year
                  |the\s+previous\s+year|the\s+year\s+before))?
    """


@rule(
    "the_period",
    rf"""
    the\s+{_COMPARABLE}
    (?:(?P<rel>year[-\s](?:earlier|ago)\s+)                                      # "the year-ago quarter"
      |(?P<latest>latest|most\s+recent)\s+|(?P<full>full)\s+|(?P<fiscal>fiscal)\s+)?
    (?P<u>quarter|period|year|week)(?![\w-])
    {_A_YEAR_BACK}
    (?!\s+(?:of|before|after|ahead|earlier|later)\b)             # not "the quarter of", "the year before"
    {_CLOSING_DAY}
    """,
    (
        ("the quarter", "2011-Q1"),
        ("the latest period", "2011-Q1"),
        ("Sales in [the quarter] ended Dec. 31 rose", "2010-Q4"),
        ("Net for the fiscal third quarter rose 5%; sales in [the latest period] fell.", "2010-Q3"),
        ("the full year", "2011"),
        ("Sales will double by 2015; it forecast a rise for [the full year]", "2011"),
        ("For [the week], shares fell", "2011-W14"),
        ("profit for [the year]", "P1Y"),
        (
            "It earned $5 million in the fiscal first quarter. "
            "Earlier this month it had expected to break even for [the quarter].",
            "2011-Q1",
        ),
        ("First-quarter sales rose to $5 million from $4 million in [the comparable year-ago quarter].", "2010-Q1"),
        ("Net for the first quarter fell from $2 million in [the corresponding period last year].", "2010-Q1"),
        ("In the first quarter it earned $1 million; for [the quarter a year earlier] it lost $2 million.", "2010-Q1"),
        ("in [the same period last year]", "2010"),
    ),
)
def the_period(g: Groups, c: Context) -> Reading | None:
    unit = g.text("u").lower()
    year_back = g["rel"] or g["back"]
    if (g["cmp"] and not year_back) or (g["back"] and (g["rel"] or g["latest"] or g["full"] or g["fiscal"])):
        return None
    if unit == "week":
        return None if year_back or g["latest"] or g["full"] else Reading(DATE, ref_or_dct(dct(This("week"))))
    if unit == "year":
        if g["full"]:
            return Reading(DATE, spec(dct(This("year"))))  # "forecast a rise for the full year": the current one
        if year_back or g["latest"]:
            return None
        if c.text[max(0, c.start - 4) : c.start].lower() == "for " or _ENDED.match(c.text, c.end):
            return Reading(TimexType.DURATION, "P1Y")  # "profit for the year", "the year ended March 31"
        return None
    if g["full"] or g["fiscal"]:
        return None
    if unit == "quarter" and g["ending"] and not (g["latest"] or g["full"] or g["fiscal"]):
        rel = Direction.PAST if g["ending"].lower() == "ended" else Direction.NEAR
        closing = MonthDay(month_number(g.text("em")), day_number(g.text("ed")), rel)
        return Reading(DATE, spec(_LAST_QUARTER, dct(closing, Marker.QUARTER)))
    if g["latest"]:
        # "the latest period": the period being reported on, which the text names (a fiscal
        # quarter "ended July 31"); without one, the last calendar quarter before publication.
        return Reading(DATE, spec(_LAST_QUARTER, dct(Shift("quarter", -1))))
    if year_back:
        # A phrase that says "quarter" takes the last quarter mentioned; "period" only a quarter
        # right before it (it may be nine months or a year).
        base = Base.LASTQ if unit == "quarter" and (g["cmp"] or g["back"]) else Base.REFQ
        return Reading(DATE, _year_back(base))
    if unit == "period":
        return None
    return Reading(DATE, spec(_LAST_QUARTER, ref(This("quarter")), dct(Shift("quarter", -1))))


# The quarter being reported on: the last quarter mentioned.
_LAST_QUARTER = Alternative(Base.LASTQ, This("quarter"))


def _year_back(base: Base) -> Spec:
    """The period counted from (a quarter), a year back; else the year before publication."""
    return spec(Alternative(base, Shift("year", -1)), dct(Shift("year", -1)))


@rule(
    "last_years_period",
    r"(?:the\s+)?last\s+year['\u2019]s\s+(?:(?:comparable|corresponding|same)\s+)?(?P<u>quarter|period)(?![\w-])",
    (
        ("Sales rose 5% in the first quarter; [last year's quarter] had a strike.", "2010-Q1"),
        ("up from [last year's period]", "2010"),
    ),
)
def last_years_period(g: Groups, c: Context) -> Reading:
    """ "last year's quarter": the quarter being reported on, a year back (without one, last year)."""
    return Reading(DATE, _year_back(Base.LASTQ if g.text("u").lower() == "quarter" else Base.REFQ))


@rule(
    "year_period",
    r"the\s+(?P<y>1[6-9]\d\d|20\d\d)\s+(?:fiscal\s+)?(?P<u>period|quarter)(?![\w-])",
    (
        ("the 1988 quarter", "1988"),
        (
            "Third-quarter profit fell, short of the 15 cents it earned last year; "
            "it earned $3 million in [the 1988 quarter].",
            "1988-Q3",
        ),
    ),
)
def year_period(g: Groups, c: Context) -> Reading:
    """ "the 1988 period" after "the third quarter": the same quarter of 1988. "the 1988 quarter"
    says it is a quarter, so it takes the last quarter mentioned even after other dates."""
    base = Base.LASTQ if g.text("u").lower() == "quarter" else Base.REFQ
    return Reading(DATE, spec(Alternative(base, InYear(int(g.text("y")))), dct(Year(int(g.text("y"))))))


@rule("year_earlier_adjective", r"(?-i:[Yy]ear)[-\u2010](?P<w>earlier|ago)(?![\w-])", (("year-earlier", "2010"),))
def year_earlier_adjective(g: Groups, c: Context) -> Reading:
    """The period a year before the one being reported: a year before the last-mentioned quarter,
    else before publication. Never a year before some other past date: in "the 1988 period ...
    the year-ago results", both name the same comparison period."""
    return Reading(DATE, _year_back(Base.REFQ))
