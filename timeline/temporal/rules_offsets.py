"""Rules for days and units counted from the publication date or from the date told about:
"yesterday", "tomorrow morning", "last night", "the day before yesterday", "two years ago",
"two days later", "the following day", "the evening before".
"""

from __future__ import annotations

import re

from ..timex.spec import (
    Alternative,
    Base,
    Direction,
    Marker,
    Offset,
    Shift,
    This,
    Weekday,
    dct,
    ref,
    spec,
)
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .numbers import is_vague, number
from .patterns import (
    AGO_MOD,
    NUMBER,
    PART_OF_DAY,
    VAGUE,
    WEEKDAY_BARE,
)
from .rule_helpers import (
    DATE,
    EARLY_LATE,
    PARTS_OF_DAY,
    SHIFT_WORDS,
    TIME,
    part_suffix,
    position_mod,
    ref_or_dct,
    unit_name,
)

_GENERIC_TODAY = re.compile(
    r"['\u2019]s\s+(?:world|youth|society|generation|children|kids|young|economy|standards|market|technology|"
    r"terms|money|prices|dollars|pounds|politics|culture|media|teenagers|families|workplace|climate|computers)\b",
    re.IGNORECASE,
)


@rule(
    "today",
    rf"(?:(?P<mod>early|late)\s+)?(?P<w>today|tonight|tomorrow|yesterday|tmrw|tmr)(?:\s+(?P<part>{PART_OF_DAY}))?(?![\w-])",
    (
        ("today", "2011-04-10"),
        ("yesterday", "2011-04-09"),
        ("tomorrow morning", "2011-04-11TMO"),
        ("tonight", "2011-04-10TNI"),
        ("tmrw", "2011-04-11"),
    ),
)
def today(g: Groups, c: Context) -> Reading:
    w = g.text("w").lower()
    if w == "today" and not g["part"] and _GENERIC_TODAY.match(c.text, c.end):
        return Reading(DATE, "PRESENT_REF")  # "today's youth": the present, not the day of publication
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "yesterday": -1}[w]
    part = g["part"] or ("tonight" if w == "tonight" else None)
    mod = EARLY_LATE.get((g["mod"] or "").lower())
    return Reading(TIME if part and w != "tonight" else DATE, spec(dct(Shift("day", offset), part_suffix(part))), mod)


@rule(
    "day_before_yesterday",
    r"""
    the\s+
    (?:day\s+(?P<w>before\s+yesterday|after\s+tomorrow)
      |(?P<u>week|weekend|month|year)\s+(?P<w2>before\s+last|after\s+next)
       # not "the week before last year's vote", "the month after next summer"
       (?!\s+(?:week|weekend|month|year|quarter|season|spring|summer|autumn|fall|winter)|['\u2019]s))
    (?![\w-])
    """,
    (
        ("the day before yesterday", "2011-04-08"),
        ("the week before last", "2011-W12"),
        ("the year after next", "2013"),
        ("the weekend before last", "2011-W12-WE"),
    ),
)
def day_before_yesterday(g: Groups, c: Context) -> Reading:
    """Two steps from publication: "the day before yesterday", "the week before last"; "the
    weekend before last" is the weekend of the week before last."""
    step = -2 if g.text("w", "w2").lower().startswith("before") else 2
    unit = (g["u"] or "day").lower()
    if unit == "weekend":
        return Reading(DATE, spec(dct(Shift("week", step), Marker.WE)))
    return Reading(DATE, spec(dct(Shift(unit, step))))


@rule(
    "part_of_day",
    rf"""
    (?P<pos>early|late|mid)[\s-]*(?P<part>morning|afternoon|evening)
    (?:\s+(?:on\s+)?(?P<day>yesterday|today|tomorrow|{WEEKDAY_BARE}))?    # "mid-afternoon yesterday"
    (?![\w-])
    """,
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
    return Reading(TIME, ref_or_dct(dct(Shift("day", 0), suffix)), position_mod(g))


@rule(
    "this_part_of_day",
    rf"(?:(?P<el>earlier|later)\s+)?(?P<w>this|last)\s+(?P<part>{PART_OF_DAY})",
    (("this morning", "2011-04-10TMO"), ("last night", "2011-04-09TNI")),
)
def this_part_of_day(g: Groups, c: Context) -> Reading:
    offset = -1 if g.text("w").lower() == "last" else 0
    return Reading(
        TIME, spec(dct(Shift("day", offset), part_suffix(g["part"]))), EARLY_LATE.get((g["el"] or "").lower())
    )


_IN_BEFORE = re.compile(r"\b(?:in|within)\s+$", re.IGNORECASE)


def _ago_mod(words: str | None) -> str | None:
    """The mod of "more than", "almost", "about" ... before a count from a date."""
    return v.AGO_MODS.get(" ".join(words.lower().split())) if words else None


@rule(
    "ago",
    rf"""
    (?:(?P<mod>{AGO_MOD})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+                        # "more than two"
    (?P<u>(?:day|week|fortnight|month|year|decade|hour|minute|weekend)s?|centur(?:y|ies))
    (?:\s+or\s+so)?\s*
    (?P<dir>(?:(?<=s)['\u2019]|['\u2019]s)\s+time                                  # "three weeks' time"
      |\s(?:ago|earlier|later|hence|from\s+now)
      |\son(?=\s*[,.;]|\s+from\b)                                                 # "Twelve months on,"
      |\s(?:before|after)(?=\s*(?:[,.;:!?)\x22\u201d]|$)))                        # only closing a clause
    (?![\w-])
    """,
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
    unit = unit_name(g.text("u"))
    direction = g.text("dir").lower().strip()
    direction = "later" if direction == "on" else direction
    if direction.endswith("time") and not _IN_BEFORE.search(c.text, max(0, c.start - 12), c.start):
        return None  # "given a week's time to respond": a length of time, not a date
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    base = Base.DCT if direction in ("ago", "hence") or direction.startswith(("from", "'", "\u2019")) else Base.REF
    mod = _ago_mod(g["mod"])
    if " or so" in c.text[c.start : c.end].lower() or (not mod and "couple" in g.text("n").lower()):
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


_LIST_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?),?\s+and\s+$", re.IGNORECASE)
# The units a compound count can join, each counted in the smaller: "two years and three
# months" is 27 months, "a week and two days" nine days.
_IN_SMALLER = {("year", "month"): 12, ("week", "day"): 7}


@rule(
    "compound_ago",
    rf"""
    (?:(?P<mod>{AGO_MOD})\s+)?
    (?:(?P<n>{NUMBER})[\s-]+(?P<u>years?|weeks?)(?:\s*,\s*|\s+and\s+)(?P<n2>{NUMBER})[\s-]+(?P<u2>months?|days?)
      |(?P<h>{NUMBER})\s+and\s+a\s+half[\s-]+(?P<hu>years?)                   # "three and a half years"
      |(?:an?|one)\s+(?P<ahu>year)\s+and\s+a\s+half)                          # "a year and a half"
    \s+(?P<dir>ago|earlier|later|before(?=\s*[,.;:!?)\x22\u201d])|after(?=\s*[,.;:!?)\x22\u201d]))(?![\w-])
    """,
    (
        ("two years and three months ago", "2009-01"),
        ("[a year and a half ago], the site closed", "2009-10"),
        ("three and a half years ago", "2007-10"),
        ("He returned [two weeks and two days later].", "2011-04-26"),
        ("more than two years and six months ago", "2008-10"),
    ),
)
def compound_ago(g: Groups, c: Context) -> Reading | None:
    """A count in two units, or a count and a half, from the publication date or the date told
    about: one date at the smaller unit, not a length of time and a second date beside it.
    A count that closes a longer list ("for 3 months and 2 weeks and 2 days ago") is left to
    the rules that read its parts."""
    if _LIST_BEFORE.search(c.text, max(0, c.start - 24), c.start):
        return None
    if g["n"]:
        big, small = unit_name(g.text("u")), unit_name(g.text("u2"))
        scale = _IN_SMALLER.get((big, small))
        n, n2 = number(g["n"]), number(g["n2"])
        if scale is None or n is None or n2 is None or n != int(n) or n2 != int(n2):
            return None
        unit, count = small, int(n) * scale + int(n2)
    else:
        n = 1 if g["ahu"] else number(g["h"])
        if n is None or n != int(n):
            return None
        unit, count = "month", int(n) * 12 + 6
    direction = g.text("dir").lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    shift = Shift(unit, sign * count)
    mod = _ago_mod(g["mod"])
    return Reading(DATE, spec(dct(shift)) if direction == "ago" else spec(ref(shift), dct(shift)), mod)


@rule(
    "anaphoric_day",
    r"""
    # "the following day", "later that same week", "the next year or so"
    (?:(?P<w>earlier|later)\s+)?
    (?P<rel>the\s+(?:following|next|previous|preceding|same)|that(?:\s+same)?)\s+
    (?P<u>day|morning|afternoon|evening|night|week|month|year)(?P<orso>\s+or\s+so)?(?![\w-])
    # "the evening before", not "the day before the vote" (that is a duration and a signal)
    |the\s+(?P<u2>day|morning|afternoon|evening|night|week|month|year)\s+(?P<dir>before|after)
    # not before a noun of the happening it counts from ("the day before the vote", "the day
    # after landfall"), which the text does not date here
    (?=\W|$)(?!\s+(?:the|a|an|his|her|its|their|this|that|last|next|(?-i:[A-Z0-9])))
    (?!\s+(?!(?:to|and|but|or|when|while|as|at|in|on|with|for|from|by|so|then|too|he|she|they|it|we|i|you|there)\b)
    (?-i:[a-z])[a-z-]+\b)
    """,
    (("the following day", "2011-04-11"), ("the evening before", "2011-04-09TEV"), ("that year", "2011")),
)
def anaphoric_day(g: Groups, c: Context) -> Reading | None:
    if g["u2"]:
        word, shift = g.text("u2").lower(), (-1 if g.text("dir").lower() == "before" else 1)
    else:
        word = g.text("u").lower()
        shift = SHIFT_WORDS[g.text("rel").lower().split()[-1]] if not g.text("rel").lower().startswith("that") else 0
    part = word if word in PARTS_OF_DAY else None
    unit = "day" if part else word
    mod = {"earlier": "START", "later": None}.get((g["w"] or "").lower())
    if g["orso"]:
        mod = "APPROX"  # "the next year or so"
    if shift and unit in _CALENDAR_UNITS:
        # "the following year" after "June 2020" is 2021, the calendar year after it, as after
        # "3 June 2020"; not June 2021 (that is "a year later").
        return Reading(DATE, ref_or_dct(dct(This(unit), Offset(unit, shift))), mod)
    return Reading(TIME if part else DATE, ref_or_dct(dct(Shift(unit, shift), part_suffix(part))), mod)


_CALENDAR_UNITS = frozenset(("week", "month", "year"))
