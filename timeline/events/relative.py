"""Statements dated against another event: "<duration> before|after <the event>".

"retired several months before the damning Ofsted inspection" dates the retirement from the
inspection's date; the statement is a different event from its anchor, and its date says so
(``Anchoring.EVENT``, the anchor phrase's span, an explanation).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from attrs import evolve, frozen

from ..model import Anchoring, EventDate, Granularity, Interval, Span, TemporalExpression, TimexType
from ..temporal.compose import how_long
from . import terms

# "before the damning Ofsted inspection", "after the meeting" — the anchor phrase stops at a
# clause boundary or a conjunction.
_RELATION = re.compile(
    r"\s*(?P<rel>before|after|prior to|ahead of|following|earlier than|later than)\s+"
    r"(?P<np>(?:the|a|an|his|her|their|its|this|that)\s+[^,.;:!?\n“”\"()]{2,80}?)"
    r"(?=\s+(?:and|but|or|was|were|is|are|which|who|when|where|had|has|to|in|on|at|for)\b|[,.;:!?\n“”\"()]|$)"
)
_UNITS = {"Y": 12, "M": 1}
_DAYS = {"W": 7, "D": 1}
# How many units an unspecified count ("several months", "a few years") may be.
_UNSPECIFIED = (2, 6)
_BEFORE = ("before", "prior to", "ahead of", "earlier than")


@frozen
class Relation:
    """``before``/``after`` the event named by the phrase at ``anchor_span``, by ``low``..``high``
    units of ``unit`` (months, or days)."""

    before: bool
    low: int
    high: int
    unit: str
    anchor_span: Span
    anchor_words: frozenset[str]
    phrase: str


def find_relation(text: str, timex: TemporalExpression) -> Relation | None:
    """The relation a duration sets up with the event phrase right after it, if any."""
    if timex.type is not TimexType.DURATION:
        return None
    m = re.fullmatch(r"P(?P<n>\d+|X)(?P<u>[YMWD])", timex.value)
    if not m:
        return None
    rel = _RELATION.match(text, timex.span.end)
    if not rel or how_long(text, timex.span.start):  # "taught for 20 years before her election"
        return None
    low, high = _UNSPECIFIED if m["n"] == "X" else (int(m["n"]), int(m["n"]))
    if timex.mod == "MORE_THAN":
        high = max(high * 2, high + 1)
    elif timex.mod == "LESS_THAN":
        low = 0
    unit = "M" if m["u"] in _UNITS else "D"
    scale = _UNITS.get(m["u"]) or _DAYS[m["u"]]
    np_span = Span(rel.start("np"), rel.end("np"))
    words = terms.content(terms.tokens(text, np_span.start, np_span.end))
    return Relation(
        rel["rel"] in _BEFORE, low * scale, high * scale, unit, np_span, words, text[np_span.start : np_span.end]
    )


def _shift(day: dt.date, months: int = 0, days: int = 0) -> dt.date:
    if months:
        total = day.year * 12 + day.month - 1 + months
        year, month = divmod(total, 12)
        day = dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    return day + dt.timedelta(days=days)


def resolve(
    timex: TemporalExpression, relation: Relation, anchor: EventDate
) -> tuple[TemporalExpression, EventDate] | None:
    """The expression and date of a relative statement, worked out from its anchor's date.

    The date is the day when the shift is exact from a day ("two weeks after 1 March"), else the
    smallest calendar month or year holding every day the statement can fall on; when no year
    holds them all it is "before/after" the anchor's date.
    """
    if anchor.interval is None:
        return None
    a = anchor.interval
    sign = -1 if relation.before else 1
    kw = "months" if relation.unit == "M" else "days"
    ends = [
        _shift(a.start, **{kw: sign * relation.high}),
        _shift(a.start, **{kw: sign * relation.low}),
        _shift(a.end, **{kw: sign * relation.high}),
        _shift(a.end, **{kw: sign * relation.low}),
    ]
    start, end = min(ends), max(ends)
    granularity: Granularity | None
    if start == end:
        value, granularity, mod = start.isoformat(), Granularity.DAY, None
        interval = Interval(start, end)
    elif (start.year, start.month) == (end.year, end.month):
        value = f"{start.year}-{start.month:02d}"
        granularity = Granularity.MONTH
        interval = Interval(start.replace(day=1), start.replace(day=calendar.monthrange(start.year, start.month)[1]))
        mod = None
    elif start.year == end.year:
        value, granularity, mod = str(start.year), Granularity.YEAR, None
        interval = Interval(dt.date(start.year, 1, 1), dt.date(start.year, 12, 31))
    else:
        value, granularity = anchor.value, anchor.granularity
        mod = "BEFORE" if relation.before else "AFTER"
        interval = Interval(start, end)
    side = "before" if relation.before else "after"
    explanation = f"{timex.text} {side} {relation.phrase} (dated {anchor.value}): {value}"
    expression = evolve(
        timex,
        type=TimexType.DATE,
        value=value,
        mod=mod,
        granularity=granularity,
        interval=interval,
        anchoring=Anchoring.EVENT,
        anchor=relation.anchor_span,
        explanation=explanation,
    )
    return expression, EventDate(value, TimexType.DATE, mod, granularity, interval)
