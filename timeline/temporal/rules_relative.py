"""Rules for named periods relative to the publication date or to a date mentioned before:
"last November", "this week", "on Friday", "the previous Friday", "the end of the year",
"Christmas", "the weekend", "last summer".

The direction of a bare weekday or month ("on Friday", "in January") is left as
``Direction.NEAR`` here; the scanner settles it to past or future from the tense cues around
the match.
"""

from __future__ import annotations

import re

from ..model import TimexType
from ..timex.spec import (
    Alternative,
    Base,
    Direction,
    Holiday,
    Marker,
    Month,
    PartOfYear,
    Season,
    Shift,
    This,
    Weekday,
    Weekend,
    YearOffset,
    dct,
    spec,
)
from ..timex.values import value_at
from . import vocabulary as v
from .figure_order import writes_in_words_day_first
from .grammar import Context, Groups, Reading, rule
from .operations import nearest_weekend
from .patterns import (
    HOLIDAY_ANY,
    MONTH,
    PART_OF_DAY,
    POSITION,
    SEASON,
    WEEKDAY_BARE,
    B,
)
from .rule_helpers import (
    DATE,
    POS,
    SHIFT_WORDS,
    month_number,
    position_mod,
    ref_or_dct,
    relation,
)

_VERB_BEFORE = re.compile(
    r"\b(?:I|you|we|they|he|she|it|who|will|would|can|could|should|must|might|shall|did|not|to\s+be)\s+$", re.IGNORECASE
)


# "May I ask", "May we suggest", "May she rest": the modal opening a question or a wish.
_MODAL_AFTER = re.compile(r"\s+(?:I|we|you|he|she|it|they|this|that|God)\b(?!['\u2019])", re.IGNORECASE)

_ON_BEFORE = re.compile(r"\bon\s$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c\n])\s*$")

_ANAPHORIC = frozenset({"following", "previous", "preceding", "same", "that"})


@rule(
    "relative_unit",
    rf"""
    {POS}(?P<w>earlier|later)?\s*                                                  # "the end of", "earlier"
    (?P<rel>this\s+(?:past|coming)(?=\s+(?:week|weekend|month)\b)                 # "this past weekend"
      |this|last|next|previous|the\s+(?:past|last|previous|coming|next|following|current|present|same)|that
      |the\s+current\s+fiscal|the\s+latest(?:\s+fiscal)?)
    \s+(?:calendar\s+(?=year)|(?:working|work)\s*(?=week))?                        # "this calendar year"
    (?P<u>week|weekend|month|year|quarter|decade|century)(?![\w-])
    """,
    (
        ("last year", "2010"),
        ("this week", "2011-W14"),
        ("the end of last year", "2010"),
        ("next month", "2011-05"),
        ("earlier this month", "2011-04"),
        ("the current quarter", "2011-Q2"),
        ("the latest quarter", "2011-Q1"),
        ("this calendar year", "2011"),
        ("next workweek", "2011-W15"),
        ("this past weekend", "2011-W13-WE"),
        ("this coming week", "2011-W15"),
    ),
)
def relative_unit(g: Groups, c: Context) -> Reading | None:
    if g.text("u")[0].isupper() and not g.text("u").isupper():
        return None  # "This Week", "Next Year": a title, not a date
    rel = " ".join(g.text("rel").lower().split())
    word = rel.split()[-1]
    unit = g.text("u").lower()
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
    shift = SHIFT_WORDS.get(word, 0)
    base = Base.REF if word in _ANAPHORIC else Base.DCT
    if unit == "weekend":
        return Reading(DATE, spec(Alternative(base, Shift("week", shift), Marker.WE)), mod)
    return Reading(DATE, spec(Alternative(base, Shift(unit, shift))), mod)


@rule(
    "named_month",
    rf"""
    {POS}(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?
    (?P<m>{MONTH})
    (?:\s+(?P<yrel>this|last|next)\s+year)?                                       # "June last year"
    (?!\.?\s*\d|\s*['\u2019]\d)                                                  # not a date: "May 3", "May '98"
    # not a name: "April Jones", "May for the Conservatives"
    (?!\s+(?-i:[A-Z][a-z])|\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z]))
    """,
    (
        ("last November", "2010-11"),
        ("January", "2011-01"),
        ("June last year", "2010-06"),
        ("early December", "2010-12"),
        ("May we suggest a walk?", ""),
    ),
)
def named_month(g: Groups, c: Context) -> Reading | None:
    m = g.text("m")
    if m[0].islower() and not (g["rel"] or g["pos"]):
        return None
    if not (g["rel"] or g["pos"] or g["yrel"]) and _VERB_BEFORE.search(c.text, max(0, c.start - 12), c.start):
        return None  # "they March on", "it May rain": a verb after a subject or modal
    if (
        not (g["rel"] or g["pos"] or g["yrel"])
        and m.lower() == "may"
        and _MODAL_AFTER.match(c.text, c.end)
        and _SENTENCE_START.search(c.text, max(0, c.start - 4), c.start)
    ):
        return None  # "May we suggest": a modal before its subject
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
        shift = SHIFT_WORDS[g["yrel"].lower()]
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
    rf"""
    (?:(?P<ana>the\s+(?:previous|preceding|following))\s+                        # "the following Monday"
      |(?P<rel>last|this|next|this\s+past|this\s+coming|this\s+upcoming|coming|upcoming|past)\s+)?
    (?P<wd>{WEEKDAY_BARE})
    (?!\s+(?:mornings|afternoons|evenings|nights)\b)                              # "Friday nights" is a set
    (?P<poss>['\u2019]s\s)?                                                        # "Friday's meeting"
    (?:\s*(?P<part>{PART_OF_DAY}))?{B}
    """,
    (
        ("Friday", "2011-04-08"),
        ("next Thursday", "2011-04-14"),
        ("Wednesday night", "2011-04-06"),
        ("early [Tuesday]", "2011-04-05"),
        ("On 3 March prices fell, down from [the previous Friday]", "2011-02-25"),
        ("They met on Tuesday 5 April and again [the following Monday].", "2011-04-11"),
        ("the [coming Thursday]", "2011-04-14"),
        ("a call on [monday]", "2011-04-04"),
    ),
)
def named_weekday(g: Groups, c: Context) -> Reading | None:
    if g.text("wd")[0].islower() and not (
        g["rel"] or g["ana"] or _ON_BEFORE.search(c.text, max(0, c.start - 4), c.start)
    ):
        return None  # "monday" in lower case is a weekday after "on" only
    if _is_title(c):
        return None
    day = v.WEEKDAYS[g.text("wd").lower()]
    if g["ana"]:
        # "the previous Friday", "the following Monday": counted from the day being told about.
        previous = g["ana"].lower().split()[-1] in ("previous", "preceding")
        return Reading(DATE, ref_or_dct(dct(Weekday(day, Direction.LAST if previous else Direction.NEXT))))
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
    rf"""
    (?:(?P<pos>{POSITION})\s*(?:the\s+)?|(?P<w>earlier|later)\s+in\s+the\s+)  # "the end of the", "later in the"
    (?P<u>day|year|month|week|quarter|decade|century)(?![\w-])
    # "year-end", "around year's end"
    |(?:around\s+)?(?P<ye>year[-\s]end|year['\u2019]s\s+end)(?![\w-])
    # "the year to date", "EOY": this year so far, the end of this year
    |(?:the\s+)?(?P<ytd>year[-\s]to[-\s]date|(?-i:YTD))(?![\w-])|(?P<eoy>(?-i:EOY))(?![\w-])
    """,
    (
        ("the end of the year", "2011"),
        ("earlier in the year", "2011"),
        ("year-end", "2011"),
        ("the change since [year-end]", "2010"),
        ("a party at [the end of year]", "2011"),
        ("due by [end of month]", "2011-04"),
        ("down 20% in [the year to date]", "2011"),
        ("at the [EOY]", "2011"),
    ),
)
def period_of_the_unit(g: Groups, c: Context) -> Reading:
    """ "the end of the year": the year of publication (anaphoric readings are rarer in news)."""
    if g["ye"]:
        approx = c.text[c.start : c.end].lower().startswith("around")
        # "the change since year-end": the last year-end that has passed.
        since = c.text[max(0, c.start - 6) : c.start].lower().strip() == "since"
        return Reading(DATE, spec(dct(Shift("year", -1 if since else 0))), "APPROX" if approx else "END")
    if g["ytd"] or g["eoy"]:
        return Reading(DATE, spec(dct(Shift("year", 0))), "END" if g["eoy"] else None)
    mod = position_mod(g) if g["pos"] else ("START" if g.text("w").lower() == "earlier" else "END")
    if g.text("u").lower() == "day":
        return Reading(DATE, ref_or_dct(dct(Shift("day", 0))), mod)  # the day being told about
    return Reading(DATE, spec(dct(Shift(g.text("u").lower(), 0))), mod)


_HARMED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(v.HARMED_IN_A_FALL)) + r")\s+in\s+$", re.IGNORECASE)
_AFTER_BARE_SEASON = re.compile(r"\s*(?:$|[^\w\s]|(?:" + "|".join(sorted(v.AFTER_BARE_SEASON)) + r")\b)", re.IGNORECASE)


@rule(
    "bare_season",
    rf"""
    # only after a preposition of time ("in the summer", "by autumn"), or "of the"
    (?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\binto\s)
      |(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\bof\s)(?=the\s))
    # "died in a fall from a cliff": the act of falling, not autumn
    (?:the\s+)?{POS}(?!fall\s+(?:from|off|down|onto|into)\b)(?P<s>{SEASON})(?![\w-]|\s+of\b)
    """,
    (
        ("in [the summer]", "2011-SU"),
        ("by [autumn]", "2011-FA"),
        ("demand stayed high well into [the summer]", "2011-SU"),
        ("orders rose from the low levels of [the early summer]", "2011-SU"),
        ("in [the summer] heat", "2011-SU"),
        ("the launch of the spring collection", ""),
        ("the members of the Winter Palace staff", ""),
        ("Climber Dies in Fall From Cliff", ""),
        ("he was hurt in the fall down the stairs", ""),
        ("Australian Ski Mountaineer Dies in Fall in New Zealand", ""),
        ("British Climber Killed In Fall", ""),
        ("two workers were injured in the fall", ""),
        ("the branch will close in [the fall]", "2011-FA"),
    ),
)
def bare_season(g: Groups, c: Context) -> Reading | None:
    if c.text[max(0, c.start - 3) : c.start].lower() == "of " and not _AFTER_BARE_SEASON.match(c.text, c.end):
        return None  # "the launch of the spring collection": the season names a thing, not a time
    if g.text("s").lower() == "fall" and _HARMED_BEFORE.search(c.text, max(0, c.start - 24), c.start):
        return None  # "Climber Dies in Fall": the act of falling
    return Reading(DATE, spec(dct(Season(v.SEASONS[g.text("s").lower()], Direction.THIS))), position_mod(g))


@rule(
    "holiday",
    rf"""
    (?P<wb>(?:the\s+)?weekend\s+of\s+)?                                   # "the weekend of Halloween"
    (?:(?P<rel>last|this|next|previous|following|coming)\s+)?(?P<h>{HOLIDAY_ANY})
    (?:\s+(?:of\s+)?(?P<y>1[6-9]\d\d|20\d\d)|\s+of\s+(?P<this>this)\s+year)?
    (?:(?P<wk>\s+week)|(?P<we>\s+weekend))?(?![\w-])
    """,
    (
        ("Christmas", "2010-12-25"),
        ("next Christmas", "2011-12-25"),
        ("Easter 2011", "2011-04-24"),
        ("Easter", "2011-04-24"),
        ("Thanksgiving Day", "2010-11-25"),
        ("New Year's Day", "2011-01-01"),
        ("St Patrick's Day", "2011-03-17"),
        ("Easter week", "2011-W16"),
        ("last easter", "2010-04-04"),
        ("the [following Easter]", "2011-04-24"),
        ("Black Friday 2010", "2010-11-26"),
        ("Martin Luther King Day", "2011-01-17"),
        ("Palm Sunday", "2011-04-17"),
        ("Independence Day of this year", "2011-07-04"),
        ("it was [a good friday] for the markets", ""),
        ("Labor Day weekend", "2011-W35-WE"),
        ("the weekend of Halloween 2021", "2021-W43-WE"),
        ("Mother's Day 2016", "2016-03-06"),
        ("On May 1, 2016, shops prepared for [Mother's Day 2016]", "2016-05-08"),
        ("families gathered for [Eid al-Adha]", "2010-11-16"),
        ("the [Yom Kippur] service", "2011-10-08"),
        ("[Remembrance Sunday]", "2010-11-14"),
    ),
)
def holiday(g: Groups, c: Context) -> Reading | None:
    """A named holiday; "Easter week", "Christmas week": the ISO week holding it. A name that
    is also a common phrase in lower case ("a good friday") needs a year or "last", "next"."""
    week = Marker.WEEK if g["wk"] else Marker.NWE if (g["we"] or g["wb"]) else None
    written = g.text("h")
    name = " ".join(written.lower().replace("\u2019", "'").split())
    if name not in v.HOLIDAYS:
        return None
    if written[0].islower() and name in v.HOLIDAYS_ONLY_CAPITALISED and not (g["rel"] or g["y"] or g["this"]):
        return None
    if name in v.US_VARIANTS and not writes_in_words_day_first(c.text, c.day_first):
        name = v.US_VARIANTS[name]  # "Mother's Day" in a US text: the second Sunday of May
    if g["y"]:
        from .holidays import holiday as date_of

        try:
            when = date_of(name, int(g["y"]))
        except ValueError:
            return None
        if week is Marker.NWE:
            return Reading(DATE, nearest_weekend(when))
        return Reading(DATE, value_at(when, "week") if week else when.isoformat())
    if g["this"]:
        return Reading(DATE, spec(dct(Holiday(name, Direction.THIS), week)))
    rel = _HOLIDAY_RELATIONS.get((g["rel"] or "").lower(), Direction.NEAR)
    return Reading(DATE, spec(dct(Holiday(name, rel), week)))


# "last Easter" is the one before publication, "the following Easter" the one after.
_HOLIDAY_RELATIONS = {
    "last": Direction.LAST,
    "previous": Direction.LAST,
    "next": Direction.NEXT,
    "following": Direction.NEXT,
    "coming": Direction.NEXT,
    "this": Direction.NEAR,
}


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
    season = v.SEASONS[g.text("s").lower()]
    if g.text("rel").lower() == "that":  # "that summer": of the year being told about
        return Reading(DATE, ref_or_dct(dct(This("year"), PartOfYear(season))), position_mod(g))
    return Reading(DATE, spec(dct(Season(season, relation(g["rel"])))), position_mod(g))
