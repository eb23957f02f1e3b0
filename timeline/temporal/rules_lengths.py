"""Rules for lengths of time and frequencies that the plain "N units" rule does not read:
compound lengths ("3 years and 2 months", "1 hour and 30 minutes"), fractions ("half an hour",
"one and half hours", "one year and a quarter"), units written short ("3h", "1 hr", "3.5years",
"10D"), nights and weekends counted ("two nights", "three weekends"), and frequency words that TimeML tags as sets ("annually", "quarterly", "bi-monthly").
"""

from __future__ import annotations

import re

from ..model import TimexType
from . import vocabulary as v
from . import vocabulary_calendar as vc
from .grammar import Context, Groups, Reading, rule
from .numbers import amount, number
from .patterns import DURATION_MOD, NUMBER
from .rule_helpers import unit_name

DURATION, SET = TimexType.DURATION, TimexType.SET

_UNIT = r"(?:second|minute|hour|day|week|month|year)s?"
# Each unit's TIMEX3 letter, whether it is written after "T", and how many of the next smaller
# unit it holds (so that "one and a half years" is P1Y6M, "half an hour" PT30M).
_LETTERS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
_TIME = frozenset({"second", "minute", "hour"})
_SMALLER = {
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}
_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def _value(parts: dict[str, float]) -> str | None:
    """The TIMEX3 value of a length given in several units ("P3Y2M", "PT1H30M"); weeks mixed
    with other units are written as days, as TIMEX3 cannot mix them."""
    if "week" in parts and len(parts) > 1:
        parts = dict(parts)
        parts["day"] = parts.get("day", 0) + 7 * parts.pop("week")
    date = "".join(f"{amount(parts[u])}{_LETTERS[u]}" for u in _ORDER if u in parts and u not in _TIME)
    time = "".join(f"{amount(parts[u])}{_LETTERS[u]}" for u in _ORDER if u in parts and u in _TIME)
    if not date and not time:
        return None
    return "P" + date + (f"T{time}" if time else "")


def _fraction(n: float, unit: str) -> dict[str, float]:
    """n units, the fraction carried into the next smaller unit where it comes out whole."""
    whole = int(n)
    rest = n - whole
    if not rest:
        return {unit: n}
    smaller = _SMALLER.get(unit)
    if smaller and (rest * smaller[1]).is_integer():
        return {unit: whole, smaller[0]: rest * smaller[1]} if whole else {smaller[0]: rest * smaller[1]}
    return {unit: n}


_PART = rf"(?:{NUMBER})[\s-]+{_UNIT}"


@rule(
    "compound_length",
    rf"""
    (?=[^.;\n]{{0,50}}?(?:\band\b|,))                        # a cheap check first: a second part ahead
    (?:(?P<mod>{DURATION_MOD})\s+)?
    (?P<parts>{_PART}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PART}){{1,3}})
    (?![\w-]|\s+(?:ago|later|earlier|before|after|from)\b)
    """,
    (
        ("3 years and 2 months", "P3Y2M"),
        ("more than 1 hour and 30 minutes", "PT1H30M"),
        ("two years, three months and four days", "P2Y3M4D"),
        ("2 weeks and 2 days", "P16D"),
    ),
)
def compound_length(g: Groups, c: Context) -> Reading | None:
    parts: dict[str, float] = {}
    text = g.text("parts")
    for part in re.finditer(rf"(?P<n>{NUMBER})[\s-]+(?P<u>{_UNIT})", text, re.IGNORECASE | re.VERBOSE):
        n, unit = number(part.group("n")), unit_name(part.group("u"))
        if n is None or unit in parts:
            return None
        if (
            part.start()
            and part.group("n").lower() in ("a", "an")
            and not text[: part.start()].rstrip().endswith("and")
        ):
            return None  # "24 hours a day": a rate
        parts[unit] = n
    value = _value(parts)
    mod = v.DURATION_MODS.get(" ".join((g["mod"] or "").lower().split()))
    return Reading(DURATION, value, mod) if value else None


@rule(
    "fractional_length",
    rf"""
    (?=[^.;\n]{{0,40}}?\b(?:half|quarter)\b)                  # a cheap check first: a fraction ahead
    (?:(?P<n>{NUMBER})\s+and\s+(?P<f>half|a\s+quarter)\s+(?P<u>{_UNIT})            # "one and half hour"
      |(?P<n2>{NUMBER})\s+(?P<u2>{_UNIT})\s+and\s+(?P<f2>half|a\s+quarter)(?!\s+of)  # "one year and a quarter"
      |(?:half\s+an?|(?P<quarter>a\s+quarter\s+of\s+an?))\s+(?P<u3>{_UNIT}))         # "half an hour"
    (?![\w-])
    """,
    (
        ("half an hour", "PT30M"),
        ("one and a quarter years", "P1Y3M"),
        ("one and half hour", "PT1H30M"),
        ("one year and a quarter", "P1Y3M"),
        ("a quarter of an hour", "PT15M"),
        ("a quarter of the staff", ""),
    ),
)
def fractional_length(g: Groups, c: Context) -> Reading | None:
    unit = unit_name(g.text("u", "u2", "u3"))
    if g["u3"]:
        n = 0.25 if g["quarter"] else 0.5
    else:
        counted = number(g.text("n", "n2"))
        if counted is None:
            return None
        n = counted + (0.25 if g.text("f", "f2").lower().endswith("quarter") else 0.5)
    value = _value(_fraction(n, unit))
    return Reading(DURATION, value) if value else None


_SHORT_UNITS = {
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "yr": "year",
    "yrs": "year",
    "D": "day",
    "W": "week",
    "Y": "year",
}


@rule(
    "short_length",
    r"""
    (?P<n>\d+(?:\.\d+)?)
    (?:(?P<g>(?-i:h|D|W|Y)|(?:years|months|weeks|days|hours|minutes))      # glued: "3h", "10D", "3.5years"
      |\s?(?P<u>hrs?|mins?|secs?|yrs?))                                       # "1 hr", "123.45 sec"
    (?![\w'-])
    """,
    (("for [3h]", "PT3H"), ("1 hr", "PT1H"), ("3.5years", "P3.5Y"), ("123.45 sec", "PT123.45S"), ("10D", "P10D")),
)
def short_length(g: Groups, c: Context) -> Reading | None:
    written = g.text("g", "u")
    unit = _SHORT_UNITS.get(written) or _SHORT_UNITS.get(written.lower()) or unit_name(written)
    value = _value({unit: float(g.text("n"))})
    return Reading(DURATION, value) if value else None


@rule(
    "nights",
    rf"(?=[^.;\n]{{0,30}}?\b(?:nights?|weekends?)\b)(?P<n>{NUMBER})\s+(?P<u>nights?|weekends?)(?![\w-])",
    (("for [two nights]", "P2D"), ("1 night", "P1D"), ("the course lasts [three weekends]", "P3WE")),
)
def nights(g: Groups, c: Context) -> Reading | None:
    """A stay counted in nights is that many days; a course in weekends, weekends (TIMEX3 "WE")."""
    n = number(g.text("n"))
    if n is None or not n.is_integer() or g.text("n").lower() in ("a", "an"):
        return None  # "$55 a night", "after a weekend of talks": no count
    if g.text("u").lower().startswith("weekend"):
        return Reading(DURATION, f"P{amount(n)}WE")
    return Reading(DURATION, f"P{amount(n)}D")


@rule(
    "frequency_word",
    r"(?:(?P<semi>semi|bi)-?)?(?P<w>annually|yearly|quarterly|monthly|weekly|everyday|biennially)(?![\w-])",
    (
        ("Rents are reviewed [annually].", "P1Y"),
        ("meetings held [semi-annually].", "P0.5Y"),
        ("drills are held [bi-monthly].", "P2M"),
        ("the bank pays a quarterly dividend", ""),
        ("profits rose 8% annually", ""),
    ),
)
def frequency_word(g: Groups, c: Context) -> Reading | None:
    """An adverb of frequency is a set; the same word before a noun ("a quarterly dividend",
    "an annual report") names a kind of thing, and TimeML leaves it untagged."""
    written = c.text[c.start : c.end].lower()
    value = vc.FREQUENCIES.get(written)
    if value is None:
        return None
    after = _WORD_AFTER.match(c.text, c.end)
    if after and after.group(1).lower() not in _NOT_A_NOUN:
        return None
    if _AMOUNT_BEFORE.search(c.text, max(0, c.start - 30), c.start):
        return None  # "to rise 8.5% annually", "10,000 units annually": a rate of growth or output
    return Reading(SET, value)


_AMOUNT_BEFORE = re.compile(r"\d(?:%|\s*(?:percent|per\s+cent|million|billion|[a-z]+))?\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[\s\u00a0]+([A-Za-z]+)")
# An adverb of frequency ends its clause or comes before a phrase saying where or for whom
# ("held here annually for Marti"); before a conjunction it often modifies the verb of a rate
# ("adjusted quarterly and will reflect"), which TimeML leaves untagged.
_NOT_A_NOUN = frozenset({"for", "in", "at", "on", "by", "during", "across", "throughout"})
