"""Rules for dates relative to the publication date or to a date mentioned before:
"yesterday", "last November", "this week", "on Friday", "two years ago", "the following day",
"a year earlier", "the third quarter", "the end of last year".

The direction of a bare weekday or month ("on Friday", "in January") is left as ``near`` here;
the scanner replaces it with ``past`` or ``future`` from the tense cues around the match.
"""

from __future__ import annotations

import re

from attrs import evolve

from ..model import TimexType
from ..timex.spec import (
    Alternative,
    Base,
    Direction,
    Holiday,
    InYear,
    Marker,
    Month,
    MonthDay,
    PartOfDay,
    PartOfYear,
    Quarter,
    Season,
    Shift,
    Spec,
    This,
    Weekday,
    Weekend,
    Year,
    YearOffset,
    dct,
    ref,
    spec,
)
from ..timex.values import value_at
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .numbers import is_vague, number
from .patterns import AGO_MOD, DAY_NUMBER, HOLIDAY, MONTH, NUMBER, PART_OF_DAY, POSITION, SEASON, VAGUE, WEEKDAY_BARE, B
from .rules_absolute import LAST_NEXT, day_number, month_number, position_mod

DATE, TIME = TimexType.DATE, TimexType.TIME
POS = rf"(?:(?P<pos>{POSITION})\s*)?"

_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
# "last", "this", "next" before a weekday, month or season; "this past" is "last".
_REL = {"last": Direction.LAST, "this": Direction.THIS, "next": Direction.NEXT, "near": Direction.NEAR}
_SHIFT_WORDS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "preceding": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "this": 0,
    "current": 0,
    "present": 0,
    "same": 0,
    "that": 0,
}
_VERB_BEFORE = re.compile(
    r"\b(?:I|you|we|they|he|she|it|who|will|would|can|could|should|must|might|shall|did|not|to\s+be)\s+$", re.IGNORECASE
)
_EARLY_LATE = {"early": "START", "earlier": "START", "late": "END", "later": "END"}
_ANAPHORIC = frozenset({"following", "previous", "preceding", "same", "that"})


_GENERIC_TODAY = re.compile(
    r"['\u2019]s\s+(?:world|youth|society|generation|children|kids|young|economy|standards|market|technology|"
    r"terms|money|prices|dollars|pounds|politics|culture|media|teenagers|families|workplace|climate|computers)\b",
    re.IGNORECASE,
)


_ENDED = re.compile(r"\s+(?:ended|ending|to)\s+(?-i:[A-Z])", re.IGNORECASE)


def unit_name(word: str) -> str:
    w = word.lower().rstrip("s")
    return {"centurie": "century", "centuries": "century"}.get(w, w)


def part_suffix(word: str | None) -> PartOfDay | None:
    return PartOfDay(_PART[word.lower()]) if word else None


def relation(words: str | None) -> Direction:
    """ "last", "this past", "next", "this coming", "this"; none is ``near`` (the tense decides)."""
    rel = " ".join((words or "near").lower().split()).replace("this past", "last").replace("this coming", "next")
    return _REL[rel]


def _both(alternative: Alternative) -> Spec:
    """The same reading counted from the date told about, else from publication."""
    return spec(evolve(alternative, base=Base.REF), alternative)


@rule(
    "today",
    rf"(?:(?P<mod>early|late)\s+)?(?P<w>today|tonight|tomorrow|yesterday)(?:\s+(?P<part>{PART_OF_DAY}))?(?![\w-])",
    (
        ("today", "2011-04-10"),
        ("yesterday", "2011-04-09"),
        ("tomorrow morning", "2011-04-11TMO"),
        ("tonight", "2011-04-10TNI"),
    ),
)
def today(g: Groups, c: Context) -> Reading:
    w = g["w"].lower()
    if w == "today" and not g["part"] and _GENERIC_TODAY.match(c.text, c.end):
        return Reading(DATE, "PRESENT_REF")  # "today's youth": the present, not the day of publication
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[w]
    part = g["part"] or ("tonight" if w == "tonight" else None)
    mod = _EARLY_LATE.get((g["mod"] or "").lower())
    return Reading(TIME if part and w != "tonight" else DATE, spec(dct(Shift("day", offset), part_suffix(part))), mod)


@rule(
    "day_before_yesterday",
    r"the\s+(?:day\s+(?P<w>before\s+yesterday|after\s+tomorrow)|(?P<u>week|month|year)\s+(?P<w2>before\s+last|after\s+next)(?!\s+(?:week|weekend|month|year|quarter|season|spring|summer|autumn|fall|winter)|['\u2019]s))(?![\w-])",
    (("the day before yesterday", "2011-04-08"), ("the week before last", "2011-W12"), ("the year after next", "2013")),
)
def day_before_yesterday(g: Groups, c: Context) -> Reading:
    """Two steps from publication: "the day before yesterday", "the week before last"."""
    step = -2 if (g["w"] or g["w2"]).lower().startswith("before") else 2
    return Reading(DATE, spec(dct(Shift((g["u"] or "day").lower(), step))))


@rule(
    "part_of_day",
    rf"(?P<pos>early|late|mid)[\s-]*(?P<part>morning|afternoon|evening)(?:\s+(?:on\s+)?(?P<day>yesterday|today|tomorrow|{WEEKDAY_BARE}))?(?![\w-])",
    (
        ("mid-afternoon", "2011-04-10TAF"),
        ("early morning", "2011-04-10TMO"),
        ("mid-afternoon yesterday", "2011-04-09TAF"),
        ("late evening on Friday", "2011-04-08TEV"),
    ),
)
def part_of_day(g: Groups, c: Context) -> Reading:
    """ "by mid-afternoon": that part of the day being told about, or of the day named."""
    suffix = part_suffix(g["part"])
    day = (g["day"] or "").lower()
    if day in v.WEEKDAYS:
        return Reading(TIME, spec(dct(Weekday(v.WEEKDAYS[day], Direction.NEAR), suffix)), position_mod(g))
    if day:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[day]
        return Reading(TIME, spec(dct(Shift("day", offset), suffix)), position_mod(g))
    return Reading(TIME, _both(dct(Shift("day", 0), suffix)), position_mod(g))


@rule(
    "this_part_of_day",
    rf"(?:(?P<el>earlier|later)\s+)?(?P<w>this|last)\s+(?P<part>{PART_OF_DAY})",
    (("this morning", "2011-04-10TMO"), ("last night", "2011-04-09TNI")),
)
def this_part_of_day(g: Groups, c: Context) -> Reading:
    offset = -1 if g["w"].lower() == "last" else 0
    return Reading(
        TIME, spec(dct(Shift("day", offset), part_suffix(g["part"]))), _EARLY_LATE.get((g["el"] or "").lower())
    )


@rule(
    "relative_unit",
    rf"{POS}(?P<w>earlier|later)?\s*(?P<rel>this|last|next|the\s+(?:past|last|previous|coming|next|following|current|present|same)|that|the\s+current\s+fiscal|the\s+latest(?:\s+fiscal)?)\s+(?P<u>week|weekend|month|year|quarter|decade|century)(?![\w-])",
    (
        ("last year", "2010"),
        ("this week", "2011-W14"),
        ("the end of last year", "2010"),
        ("next month", "2011-05"),
        ("earlier this month", "2011-04"),
        ("the current quarter", "2011-Q2"),
        ("the latest quarter", "2011-Q1"),
    ),
)
def relative_unit(g: Groups, c: Context) -> Reading | None:
    if g["u"][0].isupper() and not g["u"].isupper():
        return None  # "This Week", "Next Year": a title, not a date
    rel = " ".join(g["rel"].lower().split())
    word = rel.split()[-1]
    unit = g["u"].lower()
    mod = position_mod(g)
    if g["w"]:
        mod = mod or ("START" if g["w"].lower() == "earlier" else None)
    if (
        unit in ("decade", "century")
        and word in ("past", "last", "next", "coming", "previous")
        and rel.startswith("the")
    ):
        # "over the past decade": a stretch of ten years up to now, not the 2000s
        return Reading(TimexType.DURATION, "P10Y" if unit == "decade" else "P100Y", mod)
    if word in ("latest", "fiscal") and unit in ("quarter", "year"):
        if unit == "quarter":
            return Reading(DATE, spec(dct(Shift(unit, -1))))
        return Reading(DATE, spec(dct(This("year"))), mod)
    shift = _SHIFT_WORDS.get(word, 0)
    base = Base.REF if word in _ANAPHORIC else Base.DCT
    if unit == "weekend":
        return Reading(DATE, spec(Alternative(base, Shift("week", shift), Marker.WE)), mod)
    return Reading(DATE, spec(Alternative(base, Shift(unit, shift))), mod)


@rule(
    "named_month",
    rf"{POS}(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<m>{MONTH})(?:\s+(?P<yrel>this|last|next)\s+year)?(?!\.?\s*\d|\s*['\u2019]\d)(?!\s+(?-i:[A-Z][a-z])|\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z]))",
    (
        ("last November", "2010-11"),
        ("January", "2011-01"),
        ("June last year", "2010-06"),
        ("early December", "2010-12"),
    ),
)
def named_month(g: Groups, c: Context) -> Reading | None:
    m = g["m"]
    if m[0].islower() and not (g["rel"] or g["pos"]):
        return None
    if not (g["rel"] or g["pos"] or g["yrel"]) and _VERB_BEFORE.search(c.text, max(0, c.start - 12), c.start):
        return None  # "they March on", "it May rain": a verb after a subject or modal
    if m.lower().rstrip(".") in ("mar", "may", "march") and m[0].islower():
        return None  # "this march", "it may": lowercase, a noun or a verb
    if (
        not (g["rel"] or g["pos"] or g["yrel"])
        and m.lower().rstrip(".") in v.MONTHS_ABBREVIATED
        and not m.endswith(".")
    ):
        return None  # "Jan said", "Dec": a name, not a month
    month = month_number(m)
    mod = position_mod(g)
    if g["yrel"]:
        shift = _SHIFT_WORDS[g["yrel"].lower()]
        return Reading(DATE, spec(dct(Month(month, YearOffset(shift)))), mod)
    return Reading(DATE, spec(dct(Month(month, relation(g["rel"])))), mod)


_AHEAD = re.compile(r"\b(?:ahead\s+of|in\s+time\s+for)\s+$", re.I)
_NEXT_WORDS = re.compile(r"[\s\u00a0]+(?-i:([A-Z][a-z]+))(?:[\s\u00a0]+(?-i:([A-Z][a-z]+)))?")


def _is_title(c: Context) -> bool:
    """ "the Sunday Times", "The Mail on Sunday", "Saturday Night Live": a name, not a day."""
    after = _NEXT_WORDS.match(c.text, c.end, c.end + 40)
    if after and any(w and w.lower() in v.TITLE_WORDS for w in after.groups()):
        return True
    # "The Mail on Sunday" is a paper; "The New York Times on Friday" reported on a Friday.
    return c.text[c.start : c.start + 3].lower() == "sun" and bool(
        re.search(
            r"(?-i:Mail|Post|Times|Telegraph|Independent|Express|Scotland|Wales)\s+on\s+$",
            c.text[max(0, c.start - 20) : c.start],
        )
    )


@rule(
    "named_weekday",
    rf"(?:(?P<ana>the\s+(?:previous|preceding|following))\s+|(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<wd>{WEEKDAY_BARE})(?!\s+(?:mornings|afternoons|evenings|nights)\b)(?P<poss>['\u2019]s\s)?(?:\s*(?P<part>{PART_OF_DAY}))?{B}",
    (
        ("Friday", "2011-04-08"),
        ("next Thursday", "2011-04-14"),
        ("Wednesday night", "2011-04-06"),
        ("early [Tuesday]", "2011-04-05"),
        ("On 3 March prices fell, down from [the previous Friday]", "2011-02-25"),
        ("They met on Tuesday 5 April and again [the following Monday].", "2011-04-11"),
    ),
)
def named_weekday(g: Groups, c: Context) -> Reading | None:
    if g["wd"][0].islower() and not (g["rel"] or g["ana"]):
        return None
    if _is_title(c):
        return None
    day = v.WEEKDAYS[g["wd"].lower()]
    if g["ana"]:
        # "the previous Friday", "the following Monday": counted from the day being told about.
        previous = g["ana"].lower().split()[-1] in ("previous", "preceding")
        return Reading(DATE, _both(dct(Weekday(day, Direction.LAST if previous else Direction.NEXT))))
    rel = relation(g["rel"])
    if rel is Direction.THIS:
        rel = Direction.NEAR_FUTURE  # "this Friday": the coming one, unless the sentence is in the past
    # "Earlier Friday", "early Tuesday": news annotation leaves the adverb out of the extent.
    if g["poss"] and not g["part"]:
        # "Friday's meeting": a possessive weekday names something that has happened, unless
        # the text looks forward to it ("ahead of Tuesday's vote").
        if rel is Direction.NEAR:
            ahead = _AHEAD.search(c.text, max(0, c.start - 16), c.start)
            rel = Direction.FUTURE if ahead else Direction.PAST
        return Reading(DATE, spec(dct(Weekday(day, rel))), trim_end=len(g["poss"]))
    # "Friday night" is dated to the day, as news annotation does (TimeBank/AQUAINT); the part of
    # the day stays in the text.
    return Reading(DATE, spec(dct(Weekday(day, rel))))


@rule(
    "period_of_the_unit",
    rf"(?:(?P<pos>{POSITION})\s*the\s+|(?P<w>earlier|later)\s+in\s+the\s+)(?P<u>day|year|month|week|quarter|decade|century)(?![\w-])|(?:around\s+)?(?P<ye>year[-\s]end|year['\u2019]s\s+end)(?![\w-])",
    (
        ("the end of the year", "2011"),
        ("earlier in the year", "2011"),
        ("year-end", "2011"),
        ("the change since [year-end]", "2010"),
    ),
)
def period_of_the_unit(g: Groups, c: Context) -> Reading:
    """ "the end of the year": the year of publication (anaphoric readings are rarer in news)."""
    if g["ye"]:
        approx = c.text[c.start : c.end].lower().startswith("around")
        # "the change since year-end": the last year-end that has passed.
        since = c.text[max(0, c.start - 6) : c.start].lower().strip() == "since"
        return Reading(DATE, spec(dct(Shift("year", -1 if since else 0))), "APPROX" if approx else "END")
    mod = position_mod(g) if g["pos"] else ("START" if g["w"].lower() == "earlier" else "END")
    if g["u"].lower() == "day":
        return Reading(DATE, _both(dct(Shift("day", 0))), mod)  # the day being told about
    return Reading(DATE, spec(dct(Shift(g["u"].lower(), 0))), mod)


_AFTER_BARE_SEASON = re.compile(r"\s*(?:$|[^\w\s]|(?:" + "|".join(sorted(v.AFTER_BARE_SEASON)) + r")\b)", re.IGNORECASE)


@rule(
    "bare_season",
    rf"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\binto\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\bof\s)(?=the\s))(?:the\s+)?{POS}(?P<s>{SEASON})(?![\w-]|\s+of\b)",
    (
        ("in [the summer]", "2011-SU"),
        ("by [autumn]", "2011-FA"),
        ("demand stayed high well into [the summer]", "2011-SU"),
        ("orders rose from the low levels of [the early summer]", "2011-SU"),
        ("in [the summer] heat", "2011-SU"),
        ("the launch of the spring collection", ""),
        ("the members of the Winter Palace staff", ""),
    ),
)
def bare_season(g: Groups, c: Context) -> Reading | None:
    if c.text[max(0, c.start - 3) : c.start].lower() == "of " and not _AFTER_BARE_SEASON.match(c.text, c.end):
        return None  # "the launch of the spring collection": the season names a thing, not a time
    return Reading(DATE, spec(dct(Season(v.SEASONS[g["s"].lower()], Direction.THIS))), position_mod(g))


@rule(
    "holiday",
    rf"(?:(?P<rel>last|this|next)\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<y>1[6-9]\d\d|20\d\d))?(?P<wk>\s+week)?(?![\w-])",
    (
        ("Christmas", "2010-12-25"),
        ("next Christmas", "2011-12-25"),
        ("Easter 2011", "2011-04-24"),
        ("Easter", "2011-04-24"),
        ("Thanksgiving Day", "2010-11-25"),
        ("New Year's Day", "2011-01-01"),
        ("St Patrick's Day", "2011-03-17"),
        ("Easter week", "2011-W16"),
    ),
)
def holiday(g: Groups, c: Context) -> Reading | None:
    """A named holiday; "Easter week", "Christmas week": the ISO week holding it."""
    week = Marker.WEEK if g["wk"] else None
    name = " ".join(g["h"].lower().replace("\u2019", "'").split())
    if name not in v.HOLIDAYS:
        return None
    if g["y"]:
        from .holidays import holiday as date_of

        try:
            when = date_of(name, int(g["y"]))
        except ValueError:
            return None
        return Reading(DATE, value_at(when, "week") if week else when.isoformat())
    rel = LAST_NEXT.get((g["rel"] or "").lower(), Direction.NEAR)
    return Reading(DATE, spec(dct(Holiday(name, rel), week)))


@rule("the_weekend", r"the\s+weekend(?![\w-])", (("the weekend", "2011-W14-WE"),))
def the_weekend(g: Groups, c: Context) -> Reading:
    return Reading(DATE, spec(dct(Weekend(Direction.NEAR))))


@rule(
    "named_season",
    rf"{POS}(?P<rel>last|this|next|that|this\s+past|this\s+coming)\s+(?P<s>{SEASON}){B}",
    (
        ("last summer", "2010-SU"),
        ("this autumn", "2011-FA"),
        ("The plant closed in 2008; [that summer] the town emptied.", "2008-SU"),
        ("The plant closed in 2008; [that winter] the town emptied.", "2008-WI"),
    ),
)
def named_season(g: Groups, c: Context) -> Reading:
    season = v.SEASONS[g["s"].lower()]
    if g["rel"].lower() == "that":  # "that summer": of the year being told about
        return Reading(DATE, _both(dct(This("year"), PartOfYear(season))), position_mod(g))
    return Reading(DATE, spec(dct(Season(season, relation(g["rel"])))), position_mod(g))


@rule(
    "named_quarter",
    rf"(?:the\s+)?(?:(?P<yrel>this|last|next)\s+year['\u2019]s\s+)?(?:(?P<rel>current|latest|last|previous|next|coming|same|year-(?:earlier|ago))\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)(?:[\s-]+(?:fiscal\s+)?)quarter(?:\s+of\s+(?P<y2>this|last|next)\s+year)?{B}",
    (
        ("the third quarter", "2010-Q3"),
        ("third-quarter", "2010-Q3"),
        ("the first quarter", "2011-Q1"),
        ("last year's fourth quarter", "2010-Q4"),
        ("the fiscal first quarter", "2011-Q1"),
    ),
)
def named_quarter(g: Groups, c: Context) -> Reading:
    q = v.ORDINALS[g["q"].lower()]
    yrel = g["yrel"] or g["y2"]
    if yrel:
        return Reading(DATE, spec(dct(Quarter(q, YearOffset(_SHIFT_WORDS[yrel.lower()])))))
    rel = (g["rel"] or "").lower()
    if rel.startswith("year-"):
        return Reading(DATE, spec(dct(Quarter(q, YearOffset(-1)))))
    return Reading(DATE, spec(dct(Quarter(q, Direction.PAST))))


# "the quarter ended Sept. 30": the calendar quarter its closing day falls in.
_CLOSING_DAY = rf"(?=\s+(?P<ending>ended|ending)\s+(?P<em>{MONTH})\s+(?P<ed>{DAY_NUMBER})(?!\d))?"
# "the comparable year-ago quarter", "the corresponding period last year", "the quarter a year
# earlier": the period being reported on, a year back, in one expression.
_COMPARABLE = r"(?:(?P<cmp>comparable|corresponding|same|like)\s+)?"
_A_YEAR_BACK = r"(?P<back>\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|of\s+last\s+year|the\s+previous\s+year|the\s+year\s+before))?"


@rule(
    "the_period",
    rf"the\s+{_COMPARABLE}(?:(?P<rel>year[-\s](?:earlier|ago)\s+)|(?P<latest>latest|most\s+recent)\s+|(?P<full>full)\s+|(?P<fiscal>fiscal)\s+)?(?P<u>quarter|period|year|week)(?![\w-]){_A_YEAR_BACK}(?!\s+(?:of|before|after|ahead|earlier|later)\b){_CLOSING_DAY}",
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
            "It earned $5 million in the fiscal first quarter. Earlier this month it had expected to break even for [the quarter].",
            "2011-Q1",
        ),
        ("First-quarter sales rose to $5 million from $4 million in [the comparable year-ago quarter].", "2010-Q1"),
        ("Net for the first quarter fell from $2 million in [the corresponding period last year].", "2010-Q1"),
        ("In the first quarter it earned $1 million; for [the quarter a year earlier] it lost $2 million.", "2010-Q1"),
        ("in [the same period last year]", "2010"),
    ),
)
def the_period(g: Groups, c: Context) -> Reading | None:
    unit = g["u"].lower()
    year_back = g["rel"] or g["back"]
    if (g["cmp"] and not year_back) or (g["back"] and (g["rel"] or g["latest"] or g["full"] or g["fiscal"])):
        return None
    if unit == "week":
        return None if year_back or g["latest"] or g["full"] else Reading(DATE, _both(dct(This("week"))))
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
        closing = MonthDay(month_number(g["em"]), day_number(g["ed"]), rel)
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
    return Reading(DATE, _year_back(Base.LASTQ if g["u"].lower() == "quarter" else Base.REFQ))


@rule(
    "year_period",
    r"the\s+(?P<y>1[6-9]\d\d|20\d\d)\s+(?:fiscal\s+)?(?P<u>period|quarter)(?![\w-])",
    (
        ("the 1988 quarter", "1988"),
        (
            "Third-quarter profit fell, short of the 15 cents it earned last year; it earned $3 million in [the 1988 quarter].",
            "1988-Q3",
        ),
    ),
)
def year_period(g: Groups, c: Context) -> Reading:
    """ "the 1988 period" after "the third quarter": the same quarter of 1988. "the 1988 quarter"
    says it is a quarter, so it takes the last quarter mentioned even after other dates."""
    base = Base.LASTQ if g["u"].lower() == "quarter" else Base.REFQ
    return Reading(DATE, spec(Alternative(base, InYear(int(g["y"]))), dct(Year(int(g["y"])))))


@rule("year_earlier_adjective", r"(?-i:[Yy]ear)[-\u2010](?P<w>earlier|ago)(?![\w-])", (("year-earlier", "2010"),))
def year_earlier_adjective(g: Groups, c: Context) -> Reading:
    """The period a year before the one being reported: a year before the last-mentioned quarter,
    else before publication. Never a year before some other past date: in "the 1988 period ...
    the year-ago results", both name the same comparison period."""
    return Reading(DATE, _year_back(Base.REFQ))


_IN_BEFORE = re.compile(r"\b(?:in|within)\s+$", re.IGNORECASE)


@rule(
    "ago",
    rf"(?:(?P<mod>{AGO_MOD})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+(?P<u>(?:day|week|fortnight|month|year|decade|hour|minute|weekend)s?|centur(?:y|ies))(?:\s+or\s+so)?\s*(?P<dir>(?:(?<=s)['\u2019]|['\u2019]s)\s+time|\s(?:ago|earlier|later|hence|from\s+now)|\son(?=\s*[,.;]|\s+from\b)|\s(?:before|after)(?=\s*(?:[,.;:!?)\x22\u201d]|$)))(?![\w-])",
    (
        ("two years ago", "2009"),
        ("more than two years ago", "2009"),
        ("two days later", "2011-04-12"),
        ("a year earlier", "2010"),
        ("in [three weeks' time]", "2011-W17"),
        ("in [a fortnight's time]", "2011-W16"),
        ("[Twelve months on], the site is empty", "2012-04"),
        ("It had opened [two days before].", "2011-04-08"),
        ("a couple of days ago", "2011-04-08"),
    ),
)
def ago(g: Groups, c: Context) -> Reading | None:
    unit = unit_name(g["u"])
    direction = g["dir"].lower().strip()
    direction = "later" if direction == "on" else direction
    if direction.endswith("time") and not _IN_BEFORE.search(c.text, max(0, c.start - 12), c.start):
        return None  # "given a week's time to respond": a length of time, not a date
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    base = Base.DCT if direction in ("ago", "hence") or direction.startswith(("from", "'", "\u2019")) else Base.REF
    mod = v.AGO_MODS.get(" ".join(g["mod"].lower().split())) if g["mod"] else None
    if " or so" in c.text[c.start : c.end].lower() or (not mod and "couple" in g["n"].lower()):
        mod = "APPROX"  # "a week or so ago", "a couple of days ago"
    if is_vague(g["n"]):
        return Reading(DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")
    n = number(g["n"])
    if n is None or n != int(n) or unit in ("hour", "minute") or (unit == "weekend"):
        return None
    if unit == "fortnight":
        unit, n = "week", 2 * n
    shift = Shift(unit, int(sign * n))
    if unit == "year" and n == 1 and sign < 0:
        # "a year ago/earlier" right after a quarter compares with the same quarter a year back.
        return Reading(DATE, spec(Alternative(Base.REFQ, shift), Alternative(base, shift), dct(shift)), mod)
    return Reading(DATE, spec(ref(shift), dct(shift)) if base is Base.REF else spec(dct(shift)), mod)


@rule(
    "anaphoric_day",
    r"(?:(?P<w>earlier|later)\s+)?(?P<rel>the\s+(?:following|next|previous|preceding|same)|that(?:\s+same)?)\s+(?P<u>day|morning|afternoon|evening|night|week|month|year)(?P<orso>\s+or\s+so)?(?![\w-])|the\s+(?P<u2>day|morning|afternoon|evening|night|week|month|year)\s+(?P<dir>before|after)(?=\W|$)(?!\s+(?:the|a|an|his|her|its|their|this|that|last|next|(?-i:[A-Z0-9])))",
    (("the following day", "2011-04-11"), ("the evening before", "2011-04-09TEV"), ("that year", "2011")),
)
def anaphoric_day(g: Groups, c: Context) -> Reading | None:
    if g["u2"]:
        word, shift = g["u2"].lower(), (-1 if g["dir"].lower() == "before" else 1)
    else:
        word = g["u"].lower()
        shift = _SHIFT_WORDS[g["rel"].lower().split()[-1]] if not g["rel"].lower().startswith("that") else 0
    part = word if word in _PART else None
    unit = "day" if part else word
    mod = {"earlier": "START", "later": None}.get((g["w"] or "").lower())
    if g["orso"]:
        mod = "APPROX"  # "the next year or so"
    return Reading(TIME if part else DATE, _both(dct(Shift(unit, shift), part_suffix(part))), mod)


# Days and offsets go before partial absolute dates ("two days later" before "2 ..."); the rest
# after them ("January 2009" must not be read as "January").
DAYS_AND_OFFSETS = (day_before_yesterday, today, this_part_of_day, part_of_day, ago, anaphoric_day)
NAMED_PERIODS = (
    named_quarter,
    last_years_period,
    relative_unit,
    the_period,
    year_period,
    year_earlier_adjective,
    period_of_the_unit,
    holiday,
    the_weekend,
    named_season,
    bare_season,
    named_weekday,
    named_month,
)
RULES = DAYS_AND_OFFSETS + NAMED_PERIODS
