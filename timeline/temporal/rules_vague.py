"""Rules for durations and sets: "18 months" (P18M), "several years" (PXY), "more than a
year" (P1Y, MORE_THAN), "three to six months" (PXM), "for years", "every week" (SET P1W),
"twice a year", "on Mondays", "daily".
"""

from __future__ import annotations

import re

from ..model import TimexType
from . import vocabulary as v
from .game_periods import in_a_game
from .grammar import Context, Groups, Reading, rule
from .numbers import amount, is_vague, number
from .patterns import (
    DURATION_MOD,
    MONTH,
    NUMBER,
    VAGUE,
    WEEKDAY_BARE,
)
from .rule_helpers import (
    month_number,
    unit_name,
)

SET, DURATION = TimexType.SET, TimexType.DURATION


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


# "the past", "these last", "the remaining" before a length of time.
_THE_SPAN = r"""
    (?:(?:the|these|those)\s+
      (?:(?P<which>past|last|next|first|previous|coming|following|final|latest|remaining|initial|few|other)\s+)?)
    """


# A quarter that is not of time: a distance ("a quarter mile") or a fraction ("one quarter the power").
_NOT_A_QUARTER_OF_TIME = re.compile(r"[\s-]+(?:miles?|inch(?:es)?|pounds?|the\b|as\b)", re.IGNORECASE)


@rule(
    "duration_range",
    rf"""
    (?P<a>{NUMBER})\s+(?:to|or|and(?!\s+an?\s+half)|-|\u2013)\s+(?P<b>{NUMBER})    # not "two and a half"
    [\s-]+(?P<u>(?:second|minute|hour|day|week|month|year|decade)s?|centur(?:y|ies))(?![\w-])
    """,
    (("three to six months", "PXM"), ("two or three years", "PXY")),
)
def duration_range(g: Groups, c: Context) -> Reading | None:
    a, b = number(g["a"]), number(g["b"])
    if a is None or b is None or a >= b:
        return None
    unit = unit_name(g.text("u"))
    note = f"between {amount(a)} and {amount(b)} {unit}s (PX{v.UNITS[unit][0]}: a number of {unit}s)"
    return Reading(DURATION, duration_value(None, unit) or "PX", note=note)


@rule(
    "set_frequency",
    r"""
    (?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+
    (?P<u>day|week|month|year|hour|minute|fortnight|decade)(?![\w-])
    """,
    (("twice a year", "P1Y"),),
)
def set_frequency(g: Groups, c: Context) -> Reading:
    unit = unit_name(g.text("u"))
    times = " ".join(g.text("times").lower().split())
    return Reading(SET, duration_value(1, unit) or "PX", note=f"{times} a {unit} (every {unit}, P1{v.UNITS[unit][0]})")


@rule(
    "set_every",
    rf"""
    (?P<q>every|each)\s+(?:(?P<other>other|second)\s+|(?P<n>{NUMBER})\s+)?      # "every other", "every two"
    (?:(?P<u>day|week|month|year|hour|minute|quarter|decade|morning|evening|night|weekend)s?
      |(?P<wd>{WEEKDAY_BARE})|(?P<m>{MONTH}))
    (?![\w-])
    """,
    (("every week", "P1W"), ("every Monday", "XXXX-WXX-1"), ("every two years", "P2Y"), ("every January", "XXXX-01")),
)
def set_every(g: Groups, c: Context) -> Reading | None:
    if g["wd"]:
        return Reading(SET, f"XXXX-WXX-{v.WEEKDAYS[g['wd'].lower()]}")
    if g["m"]:
        return Reading(SET, f"XXXX-{month_number(g['m']):02d}")
    word = g.text("u").lower()
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
    rf"""
    (?:(?-i:(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?![\w-])
      # "Friday nights"
      |(?P<wd2>{WEEKDAY_BARE})\s+(?P<part>mornings|afternoons|evenings|nights)(?![\w-]))
    """,
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
    name = g.text("wd", "wd2").lower().removesuffix("s")
    part = {"mornings": "TMO", "afternoons": "TAF", "evenings": "TEV", "nights": "TNI"}.get(
        (g["part"] or "").lower(), ""
    )
    return Reading(SET, f"XXXX-WXX-{v.WEEKDAYS[name]}{part}")


@rule(
    "set_adverb",
    r"(?<![\w-])(?-i:daily|weekly|monthly|hourly|nightly|fortnightly)(?![\w-])",
    (("daily", "P1D"), ("weekly", "P1W"), ("the bi-monthly newsletter", ""), ("a twice-weekly market", "")),
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


# Nouns after which "second" is an ordinal: "the 1988 second quarter", "a second term".
_ORDINAL_NOUN = re.compile(r"\s+(?:quarter|half|time|term|round|place|phase|stage|year|day|week|month)\b", re.I)


@rule(
    "duration",
    rf"""
    (?:(?P<mod>{DURATION_MOD})\s+(?!the\b))?{_THE_SPAN}?                          # "more than", "the past"
    (?:an?\s+(?:further|additional|extra)\s+(?=(?:{NUMBER})\s))?                  # "a further six months"
    (?P<n>{NUMBER}|{VAGUE})(?:\s+(?:more|additional|extra|further))?[\s-]+
    (?:(?:trading|business|working)\s+(?=days?\b))?                               # "five business days"
    (?P<u>(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?|centur(?:y|ies))
    (?P<half>\s+and\s+a\s+half)?(?P<adj>-long)?(?P<orso>\s+or\s+so)?
    # not an age: "two years old"
    (?![\w-]|\s+old\b)
    """,
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
        ("a [one second] delay", "PT1S"),
        ("one detonated [about a quarter] mile from the compound", ""),
        ("servers that use [one quarter] the power", ""),
        ("The Jaguars led for [three quarters], but 17 unanswered points in the fourth won it.", ""),
    ),
)
def duration(g: Groups, c: Context) -> Reading | None:
    unit = unit_name(g.text("u"))
    raw = g.text("n").lower()
    n = None if is_vague(raw) else number(raw)
    if n is None and not is_vague(raw):
        return None
    if g.text("u")[0].isupper() and not g.text("u").isupper():
        return None  # "60 Minutes": a title
    if unit == "quarter" and (
        (re.match(r"\s+of\b", c.text[c.end : c.end + 4]) and n is not None)
        or "-quarters" in c.text[c.start : c.end].lower()
    ):
        return None  # "a quarter of the market", "three-quarters": a fraction ("several quarters of losses" is time)
    if unit == "quarter" and (_NOT_A_QUARTER_OF_TIME.match(c.text, c.end) or in_a_game(c.text, c.start, c.end)):
        return None  # "a quarter mile", "one quarter the power"; "led for three quarters" of a game
    if (
        unit == "second"
        and not g.text("u").lower().endswith("s")
        and (raw in ("a", "an") or not raw.isalpha() or _ORDINAL_NOUN.match(c.text, c.end))
    ):
        return None  # "a second time", "the 1988 second quarter": an ordinal ("a one second delay" is time)
    if raw in ("a", "an") and _RATE_BEFORE.search(c.text, max(0, c.start - 30), c.start):
        return None  # "$1.76 a year", "700 seats a week": a rate, not a stretch of time
    plural = g.text("u").lower().endswith("s") and not g.text("u").lower().endswith("ss")
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
      |(?:(?<=\bfor\s)|(?<=\bwithin\s))(?P<u>years|months|weeks|days|decades|hours|centuries)
       (?!\s+(?:of|to|and|or|ago|earlier|later|before|after))
      |(?:(?<=\bover\s)|(?<=\bin\s))the\s+(?P<u2>years|decades)
       (?!\s+(?:of|to|and|or|ago|earlier|later|before|after|ahead)\b)
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
