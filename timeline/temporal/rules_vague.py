"""Rules for durations, sets, clock times and the vague references of TimeML:
"18 months" (P18M), "several years" (PXY), "more than a year" (P1Y, MORE_THAN), "every week"
(SET P1W), "now" (PRESENT_REF), "recently" (PAST_REF), "in the coming weeks" (FUTURE_REF),
"10:35 a.m.".
"""

from __future__ import annotations

import re

from attrs import evolve

from ..model import TimexType
from ..timex.spec import Base, Clock, Direction, MonthDay, Shift, Weekday, dct, spec
from ..timex.values import is_valid
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .numbers import amount, is_vague, number
from .patterns import DURATION_MOD, MONTH, NUMBER, VAGUE, WEEKDAY_BARE
from .rules_relative import unit_name

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


# Units longer than a year take the two-letter codes of the TIMEX2 guidelines, which HeidelTime
# writes too: "decades" PXDE, "centuries" PXCE.
_VAGUE_UNIT_LETTERS = {"decade": "DE", "century": "CE"}


def duration_value(n: float | None, unit: str) -> str | None:
    """P18M, PT5H, P10Y for a decade, PXY for "several years"; None for what cannot be said."""
    letter, _ = v.UNITS[unit]
    factor = v.UNIT_FACTORS.get(unit, 1)
    prefix = "PT" if unit in v.TIME_UNITS else "P"
    if n is None:
        return f"{prefix}X{_VAGUE_UNIT_LETTERS.get(unit, letter)}"
    n *= factor
    if n != int(n):
        # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M; other fractions are left alone.
        smaller = {"year": ("M", 12), "hour": ("M", 60), "day": ("H", 24), "minute": ("S", 60)}.get(unit)
        if smaller is None:
            return None
        rest_letter, per = smaller
        rest = (n - int(n)) * per
        if rest != int(rest):
            return None
        head = f"{prefix}{int(n)}{letter}" if int(n) else prefix
        tail = f"T{int(rest)}{rest_letter}" if letter == "D" else f"{int(rest)}{rest_letter}"
        return head + tail
    return f"{prefix}{amount(n)}{letter}"


_RATE_BEFORE = re.compile(
    r"(?:\d(?:m|bn|mn|tn|k)?|%|\b(?:million|billion|trillion|thousand|hundred|times|[a-z]+[^s\W]s))\s+$", re.IGNORECASE
)
_THE_SPAN = r"(?:(?:the|these|those)\s+(?:(?P<which>past|last|next|first|previous|coming|following|final|latest|remaining|initial|few|other)\s+)?)"


@rule(
    "duration_range",
    rf"(?P<a>{NUMBER})\s+(?:to|or|and(?!\s+an?\s+half)|-|\u2013)\s+(?P<b>{NUMBER})[\s-]+(?P<u>(?:second|minute|hour|day|week|month|year|decade)s?|centur(?:y|ies))(?![\w-])",
    (("three to six months", "PXM"), ("two or three years", "PXY")),
)
def duration_range(g: Groups, c: Context) -> Reading | None:
    a, b = number(g["a"]), number(g["b"])
    if a is None or b is None or a >= b:
        return None
    unit = unit_name(g["u"])
    note = f"between {amount(a)} and {amount(b)} {unit}s (PX{v.UNITS[unit][0]}: a number of {unit}s)"
    return Reading(DURATION, duration_value(None, unit) or "PX", note=note)


@rule(
    "set_frequency",
    r"(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>day|week|month|year|hour|minute|fortnight|decade)(?![\w-])",
    (("twice a year", "P1Y"),),
)
def set_frequency(g: Groups, c: Context) -> Reading:
    unit = unit_name(g["u"])
    times = " ".join(g["times"].lower().split())
    return Reading(SET, duration_value(1, unit) or "PX", note=f"{times} a {unit} (every {unit}, P1{v.UNITS[unit][0]})")


@rule(
    "set_every",
    rf"(?P<q>every|each)\s+(?:(?P<other>other|second)\s+|(?P<n>{NUMBER})\s+)?(?:(?P<u>day|week|month|year|hour|minute|quarter|decade|morning|evening|night|weekend)s?|(?P<wd>{WEEKDAY_BARE})|(?P<m>{MONTH}))(?![\w-])",
    (("every week", "P1W"), ("every Monday", "XXXX-WXX-1"), ("every two years", "P2Y"), ("every January", "XXXX-01")),
)
def set_every(g: Groups, c: Context) -> Reading | None:
    if g["wd"]:
        return Reading(SET, f"XXXX-WXX-{v.WEEKDAYS[g['wd'].lower()]}")
    if g["m"]:
        from .rules_absolute import month_number

        return Reading(SET, f"XXXX-{month_number(g['m']):02d}")
    word = g["u"].lower()
    if word in ("morning", "evening", "night"):
        return Reading(SET, f"XXXX-XX-XXT{ {'morning': 'MO', 'evening': 'EV', 'night': 'NI'}[word] }")
    unit = "day" if word == "weekend" else word
    n = 2 if g["other"] else (number(g["n"]) if g["n"] else 1)
    if n is None:
        return None
    value = duration_value(n, unit)
    return Reading(SET, "XXXX-WXX-WE" if word == "weekend" else value) if value else None


_NAME_BEFORE = re.compile(r"(?:\b[Tt]he|(?<![.!?]\s)(?<![.!?]\s\s)(?<=\S\s)\b[A-Z][\w'\u2019&]*)\s+$")


@rule(
    "weekday_set",
    rf"(?:(?-i:(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?![\w-])|(?P<wd2>{WEEKDAY_BARE})\s+(?P<part>mornings|afternoons|evenings|nights)(?![\w-]))",
    (
        ("The museum is closed on [Mondays].", "XXXX-WXX-1"),
        ("flights on [Tuesday nights]", "XXXX-WXX-2TNI"),
        ("Fridays", "XXXX-WXX-5"),
        ("He writes for the Sundays.", ""),
        ("She ate at TGI Fridays.", ""),
    ),
)
def weekday_set(g: Groups, c: Context) -> Reading | None:
    """ "on Mondays", "Friday nights": every such day. After "the" or a capitalised word inside a
    sentence, a plural weekday is a name ("the Sundays", "TGI Fridays")."""
    if g["wd"] and _NAME_BEFORE.search(c.text, max(0, c.start - 30), c.start):
        return None
    name = (g["wd"] or g["wd2"]).lower().removesuffix("s")
    part = {"mornings": "TMO", "afternoons": "TAF", "evenings": "TEV", "nights": "TNI"}.get(
        (g["part"] or "").lower(), ""
    )
    return Reading(SET, f"XXXX-WXX-{v.WEEKDAYS[name]}{part}")


@rule(
    "set_adverb",
    r"(?-i:daily|weekly|monthly|hourly|nightly|fortnightly)(?![\w-])",
    (("daily", "P1D"), ("weekly", "P1W")),
)
def set_adverb(g: Groups, c: Context) -> Reading:
    word = c.text[c.start : c.end].lower()
    value = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
        "nightly": "XXXX-XX-XXTNI",
        "quarterly": "P1Q",
        "fortnightly": "P2W",
        "biannually": "P6M",
    }[word]
    return Reading(SET, value)


@rule(
    "duration",
    rf"(?:(?P<mod>{DURATION_MOD})\s+(?!the\b))?{_THE_SPAN}?(?:an?\s+(?:further|additional|extra)\s+(?=(?:{NUMBER})\s))?(?P<n>{NUMBER}|{VAGUE})(?:\s+(?:more|additional|extra|further))?[\s-]+(?:(?:trading|business|working)\s+(?=days?\b))?(?P<u>(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?|centur(?:y|ies))(?P<half>\s+and\s+a\s+half)?(?P<adj>-long)?(?P<orso>\s+or\s+so)?(?![\w-]|\s+old\b)",
    (
        ("18 months", "P18M"),
        ("several months", "PXM"),
        ("more than a year", "P1Y"),
        ("the past three months", "P3M"),
        ("two-year", "P2Y"),
        ("a decade", "P10Y"),
        ("5 1/2 hours", "PT5H30M"),
        ("the past two quarters", "P2Q"),
        ("a couple of years", "P2Y"),
        ("the next two years or so", "P2Y"),
        ("two and a half years", "P2Y6M"),
        ("for [more than two thousand years]", "P2000Y"),
        ("after [several quarters] of losses", "PXQ"),
        ("extended for [an additional year]", "P1Y"),
        ("jailed for [a further six months]", "P6M"),
        ("[two extra weeks]", "P2W"),
        ("within [five business days]", "P5D"),
        ("It cost £12m a year.", ""),
        ("700 seats a week", ""),
        ("a year and a half", "P1Y6M"),
        ("an hour and a half", "PT1H30M"),
        ("[a minute and a half] later, the pilot called", "PT1M30S"),
        ("1 1/2 minutes", "PT1M30S"),
        ("[less than a decade] after exchanging rule", "P10Y"),
        ("in [the last twenty four hours]", "PT24H"),
        ("three hundred days", "P300D"),
    ),
)
def duration(g: Groups, c: Context) -> Reading | None:
    unit = unit_name(g["u"])
    raw = g["n"].lower()
    n = None if is_vague(raw) else number(raw)
    if n is None and not is_vague(raw):
        return None
    if g["u"][0].isupper() and not g["u"].isupper():
        return None  # "60 Minutes": a title
    if unit == "quarter" and (
        (re.match(r"\s+of\b", c.text[c.end : c.end + 4]) and n is not None)
        or "-quarters" in c.text[c.start : c.end].lower()
    ):
        return None  # "a quarter of the market", "three-quarters": a fraction ("several quarters of losses" is time)
    if unit == "second" and not g["u"].lower().endswith("s"):
        return None  # "a second time", "the 1988 second quarter": an ordinal, not a duration
    if raw in ("a", "an") and _RATE_BEFORE.search(c.text, max(0, c.start - 30), c.start):
        return None  # "$1.76 a year", "700 seats a week": a rate, not a stretch of time
    plural = g["u"].lower().endswith("s") and not g["u"].lower().endswith("ss")
    if n == 1 and plural and raw in ("a", "an"):
        return None
    if g["half"] and n is not None:
        n += 0.5  # "a year and a half"
    value = duration_value(n, unit)
    if value is None:
        return None
    mod = v.DURATION_MODS.get(" ".join(g["mod"].lower().split())) if g["mod"] else None
    if g["orso"] or (not mod and "couple" in raw):
        mod = "APPROX"  # "two years or so", "a couple of years"
    return Reading(DURATION, value, mod)


@rule(
    "vague_duration",
    r"""(?:(?:a|the)\s+(?:long|short)\s+time|a\s+while
      |(?:(?<=\bfor\s)|(?<=\bwithin\s))(?P<u>years|months|weeks|days|decades|hours|centuries)(?!\s+(?:of|to|and|or|ago|earlier|later|before|after))
      |(?:(?<=\bover\s)|(?<=\bin\s))the\s+(?P<u2>years|decades)(?!\s+(?:of|to|and|or|ago|earlier|later|before|after|ahead)\b)
      |(?<=\bin\s)(?P<u3>years|months|decades)(?=\s*[.,;:!?)]))(?![\w-])""",
    (
        ("for [years]", "PXY"),
        ("a while", "PXX"),
        ("it has grown over [the years]", "PXY"),
        ("In [the years] that followed, the rebels won", "PXY"),
        ("the first rise in [years].", "PXY"),
        ("for [decades]", "PXDE"),
        ("for [centuries]", "PXCE"),
    ),
)
def vague_duration(g: Groups, c: Context) -> Reading:
    unit = g["u"] or g["u2"] or g["u3"]
    if unit:
        return Reading(DURATION, duration_value(None, unit_name(unit)) or "PX")
    return Reading(DURATION, "PXX")


_CLOCK = r"""(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?-i:a\.m\.?|p\.m\.?|am|pm|AM|PM))(?![\w])
    |(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s*(?-i:GMT|UTC|BST|CET|[ECMP][SD]T)\b)
    |(?P<hm>[01]?\d)\s+(?:o['\u2019]clock\s+)?in\s+the\s+(?P<pm>morning|afternoon|evening)
    |(?<=\bat\s)(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?!\d)|(?<!high\s)(?P<word>noon|midnight|midday)(?![\w]))
    (?:\s*(?-i:GMT|BST|UTC|[ECMP][SD]T)\b)?"""
# The day a clock time is on: "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "11.30pm on 3 February",
# "6am on Monday 18 March 2024", "noon tomorrow".
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


def _clock_date(tag: str) -> str:
    """ "Nov. 9", "3 February", "the 3rd of February", with a year or not; group names end in ``tag``."""
    return (
        rf"""(?:(?P<m{tag}>{MONTH})\s+(?P<d{tag}>{_DAY})(?:st|nd|rd|th)?\b|(?P<e{tag}>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<n{tag}>{MONTH}))"""
        rf"""(?:,?\s+(?P<y{tag}>(?:19|20)\d\d)\b(?!\s+[a-z]+s\b))?"""
    )  # not "3 February, 2000 protesters"


_CLOCK_DAY = rf"""(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY_BARE})\b(?:,?\s+(?:the\s+)?{_clock_date("w")})?|(?:the\s+)?{_clock_date("")}|(?P<rel>today|tomorrow|yesterday)\b))?"""


@rule(
    "clock_time",
    _CLOCK + _CLOCK_DAY,
    (
        ("10:35 a.m.", "2011-04-10T10:35"),
        ("6 a.m", "2011-04-10T06:00"),
        ("noon", "2011-04-10T12:00"),
        ("10 p.m. Wednesday", "2011-04-06T22:00"),
        ("5 p.m. EST Nov. 9", "2010-11-09T17:00"),
        ("0735 GMT", "2011-04-10T07:35"),
        ("the offer expires at [midnight Friday]", "2011-04-08T24:00"),
        ("Police were called at [11.30pm on 3 February].", "2011-02-03T23:30"),
        ("[6am on Monday 18 April]", "2011-04-18T06:00"),
        ("[9.15am on 2 March 2009]", "2009-03-02T09:15"),
    ),
)
def clock_time(g: Groups, c: Context) -> Reading | None:
    if g["word"]:
        # "the offer expires at midnight Friday": the end of Friday (24:00), not its first minute.
        hour, minute = (24, 0) if g["word"].lower() == "midnight" else (12, 0)
    elif g["mil"]:
        hour, minute = int(g["mil"]), int(g["milm"])
    elif g["hm"]:
        hour, minute = int(g["hm"]), 0
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if g["pm"].lower() != "morning" else 0)
    elif g["h24"]:
        hour, minute = int(g["h24"]), int(g["mi24"])
    else:
        hour, minute = int(g["h"]), int(g["mi"] or 0)
        if hour == 0 or hour > 12:
            return None
        pm = g["ap"].lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    clock = Clock(hour, minute)
    month = g["m"] or g["n"] or g["mw"] or g["nw"]
    day, year = g["d"] or g["e"] or g["dw"] or g["ew"], g["y"] or g["yw"]
    if month:
        from .rules_absolute import month_number

        if year:
            value = f"{year}-{month_number(month):02d}-{int(day):02d}"
            return Reading(TIME, f"{value}T{hour:02d}:{minute:02d}") if is_valid(value) else None
        return Reading(TIME, spec(dct(MonthDay(month_number(month), int(day), Direction.NEAR), clock)))
    if g["wd"]:
        return Reading(TIME, spec(dct(Weekday(v.WEEKDAYS[g["wd"].lower()], Direction.NEAR), clock)))
    if g["rel"]:
        offset = {"today": 0, "tomorrow": 1, "yesterday": -1}[g["rel"].lower()]
        return Reading(TIME, spec(dct(Shift("day", offset), clock)))
    # A bare clock time belongs to the day last mentioned ("on Friday ... at 10 p.m.").
    same_day = dct(Shift("day", 0), clock)
    return Reading(TIME, spec(evolve(same_day, base=Base.REF), same_day))


@rule(
    "now",
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!['\u2019]ve\s)(?<!['\u2019]d\s)now(?![\w'-])",
    (("now", "PRESENT_REF"), ("right [now]", "PRESENT_REF")),
)
def now(g: Groups, c: Context) -> Reading:
    return Reading(DATE, "PRESENT_REF")


_REFS = {
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the distant past": "PAST_REF",
    "the recent past": "PAST_REF",
    "as soon as possible": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "a future date": "FUTURE_REF",
}


@rule(
    "reference",
    r"(?-i:[Cc]urrently|[Nn]owadays|[Tt]hese\s+days|(?:[Mm]ore\s+|[Mm]ost\s+|[Vv]ery\s+)?[Rr]ecently|[Ll]ately|as\s+soon\s+as\s+possible)(?![\w-])|(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bover\s)|(?<=\bfor\s))the\s+(?:near|short)\s+term(?![\w-])|(?<=\bat\s)a\s+(?:later|future)\s+date(?![\w-])|the\s+(?:(?:near|foreseeable|distant)\s+)?future(?![\w-])|(?<=\bin\s)the\s+(?:(?:distant|recent)\s+)?past(?![\w-])|(?<=\bat\s)(?:the\s+moment|present)(?![\w-])",
    (
        ("recently", "PAST_REF"),
        ("in [the near future]", "FUTURE_REF"),
        ("the challenges of [the near term]", "FUTURE_REF"),
        ("it may sell shares at [a later date]", "FUTURE_REF"),
    ),
)
def reference(g: Groups, c: Context) -> Reading | None:
    key = " ".join(c.text[c.start : c.end].lower().split())
    value = _REFS.get(key.split(" ", 1)[-1] if key.endswith("recently") else key)
    return Reading(DATE, value) if value else None


@rule(
    "one_day_future",
    r"(?<![\w-])(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bmay\s)|(?<=\bcan\s)|(?<=\bshall\s)|(?<=\bshould\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s)|(?<=\bwe\s))one\s+day(?=\s+[a-z])",
    (
        ("Islam will [one day] be the second religion of the country", "FUTURE_REF"),
        ("He hopes he [one day] flies to the Moon", "FUTURE_REF"),
    ),
)
def one_day_future(g: Groups, c: Context) -> Reading:
    """ "it will one day be": at some time to come, not a length of one day."""
    return Reading(DATE, "FUTURE_REF")


# "current" before a noun is the present as TimeML annotates it ("its current chairman",
# "current market conditions"), except in the fixed terms of accounting and finance where it
# means "short-term" ("current assets", "the current account"). "then-current" is the past.
# ("the current financial year" is a UK financial year, which this word alone cannot say.)
# Before the holder of a role it marks the person, as "former" does: "the current chairman".
_NOT_TEMPORAL_CURRENT = r"account|accounts|affairs|assets|liabilities|yield|ratio|financial\s+year|of|and|or|in|is|was"
_ROLE_HOLDER = "|".join(sorted(v.ROLE_HOLDERS))


@rule(
    "current",
    rf"""(?-i:(?P<then>then[\s-]+)?current)(?=\s+(?!(?:{_NOT_TEMPORAL_CURRENT})(?![\w-]))(?-i:[a-z]))
      (?!(?:\s+[a-z-]+){{0,2}}\s+(?:{_ROLE_HOLDER})(?![\w-]))""",
    (
        ("his [current] wife", "PRESENT_REF"),
        ("the [then-current] market price", "PAST_REF"),
        ("a [current] account deficit", ""),
        ("the [Current] Affairs desk", ""),
        ("replaced by current group managing director Jane Smith", ""),
    ),
)
def current(g: Groups, c: Context) -> Reading:
    return Reading(DATE, "PAST_REF" if g["then"] else "PRESENT_REF")


@rule(
    "recent_units",
    r"(?P<w>recent|coming|the\s+coming|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few)\s+(?P<u>days|weeks|months|quarters|years|decades)(?![\w-])|the\s+(?P<ahead>days|weeks|months|years)\s+ahead(?![\w-])",
    (
        ("recent months", "PXM"),
        ("the coming weeks", "FUTURE_REF"),
        ("in [the weeks ahead]", "PXW"),
        ("in [recent quarters]", "PXQ"),
        ("for [coming quarters]", "FUTURE_REF"),
    ),
)
def recent_units(g: Groups, c: Context) -> Reading:
    if g["ahead"]:
        # "in the weeks ahead": a vague stretch of weeks from now, as "the next few weeks".
        return Reading(DURATION, duration_value(None, unit_name(g["ahead"])) or "PX")
    w = g["w"].lower()
    if "few" in w or w == "recent":
        # "in recent months" is a vague stretch of months up to now (PXM).
        return Reading(DURATION, duration_value(None, unit_name(g["u"])) or "PX")
    return Reading(DATE, "FUTURE_REF")


# Ranges and frequencies go first ("three to six months", "twice a year"), ahead of the
# relative rules that would read "six months" or "a year" alone.
RANGES_AND_FREQUENCIES = (duration_range, set_frequency)
DURATIONS_SETS_AND_REFS = (
    set_every,
    weekday_set,
    set_adverb,
    recent_units,
    one_day_future,
    duration,
    vague_duration,
    clock_time,
    now,
    reference,
    current,
)
RULES = RANGES_AND_FREQUENCIES + DURATIONS_SETS_AND_REFS
