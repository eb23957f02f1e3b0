"""Rules for the vague references of TimeML: "now" and "currently" (PRESENT_REF), "recently"
(PAST_REF), "in the near future", "soon", "will one day" (FUTURE_REF), "recent months" (PXM).
"""

from __future__ import annotations

from ..model import TimexType
from . import vocabulary as v
from .grammar import Context, Groups, Reading, rule
from .rule_helpers import (
    DATE,
    unit_name,
)
from .rules_vague import duration_value

DURATION = TimexType.DURATION


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
    r"""
    (?-i:[Cc]urrently|[Nn]owadays|[Tt]hese\s+days|(?:[Mm]ore\s+|[Mm]ost\s+|[Vv]ery\s+)?[Rr]ecently|[Ll]ately
      |as\s+soon\s+as\s+possible)(?![\w-])
    |(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bover\s)|(?<=\bfor\s))the\s+(?:near|short)\s+term(?![\w-])  # "in the near term"
    |(?<=\bat\s)a\s+(?:later|future)\s+date(?![\w-])                                       # "at a later date"
    |the\s+(?:(?:near|foreseeable|distant)\s+)?future(?![\w-])
    |(?<=\bin\s)the\s+(?:(?:distant|recent)\s+)?past(?![\w-])                              # only "in the past"
    |(?<=\bat\s)(?:the\s+moment|present)(?![\w-])
    """,
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
    r"""
    (?<![\w-])
    # after a modal or a subject: "will one day be", "he one day flies"
    (?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bmay\s)|(?<=\bcan\s)
      |(?<=\bshall\s)|(?<=\bshould\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s)|(?<=\bwe\s))
    one\s+day(?=\s+[a-z])
    """,
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
    r"""
    (?P<w>recent|coming|the\s+coming|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few)\s+
    (?P<u>days|weeks|months|quarters|years|decades)(?![\w-])
    # "in the weeks ahead"
    |the\s+(?P<ahead>days|weeks|months|years)\s+ahead(?![\w-])
    """,
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
    w = g.text("w").lower()
    if "few" in w or w == "recent":
        # "in recent months" is a vague stretch of months up to now (PXM).
        return Reading(DURATION, duration_value(None, unit_name(g.text("u"))) or "PX")
    return Reading(DATE, "FUTURE_REF")
