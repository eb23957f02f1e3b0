"""The temporal engine: find temporal expressions in English news text and resolve them.

``tag(text, dct)`` returns every expression with its TIMEX3 value, granularity, interval and
an explanation of how it was resolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Anchoring, Granularity, Interval, Span, TemporalExpression, TimexType

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SCANNER = re.compile(
    rf"(?<![\w£$€.,])(?:(?P<day>\d{{1,2}}) (?P<dmonth>{_MONTH_RE})(?: (?P<dyear>\d{{4}}))?"
    rf"|(?P<month>{_MONTH_RE}) (?P<myear>\d{{4}})"
    rf"|(?P<year>(?:1[89]|20)\d\d))(?![\w%]|,\d|\.\d)",
    re.IGNORECASE,
)


def tag(text: str, dct: dt.date | None = None, *, day_first: bool = True) -> tuple[TemporalExpression, ...]:
    """Every temporal expression in ``text``, in text order."""
    found = []
    for match in _SCANNER.finditer(text):
        expression = _normalise(match, dct)
        if expression is not None:
            found.append(expression)
    return tuple(found)


def _normalise(match: re.Match[str], dct: dt.date | None) -> TemporalExpression | None:
    span = Span(match.start(), match.end())
    groups = match.groupdict()
    try:
        if groups["day"]:
            if not groups["dmonth"][0].isupper():
                return None
            month = _MONTHS[groups["dmonth"].lower()]
            year = int(groups["dyear"]) if groups["dyear"] else (dct.year if dct else None)
            if year is None:
                value = f"XXXX-{month:02d}-{int(groups['day']):02d}"
                return TemporalExpression(match.group(), span, TimexType.DATE, value, granularity=Granularity.DAY,
                                          anchoring=Anchoring.UNRESOLVED, explanation="day and month; no publication date to give the year")
            day = dt.date(year, month, int(groups["day"]))
            anchoring = Anchoring.ABSOLUTE if groups["dyear"] else Anchoring.PUBLICATION
            return TemporalExpression(match.group(), span, TimexType.DATE, day.isoformat(), granularity=Granularity.DAY,
                                      interval=Interval(day, day), anchoring=anchoring, explanation=f"the date {day:%d %B %Y}")
        if groups["month"]:
            if not groups["month"][0].isupper():
                return None
            month, year = _MONTHS[groups["month"].lower()], int(groups["myear"])
            last = calendar.monthrange(year, month)[1]
            return TemporalExpression(match.group(), span, TimexType.DATE, f"{year}-{month:02d}", granularity=Granularity.MONTH,
                                      interval=Interval(dt.date(year, month, 1), dt.date(year, month, last)),
                                      explanation=f"the month {calendar.month_name[month]} {year}")
        year = int(groups["year"])
        return TemporalExpression(match.group(), span, TimexType.DATE, str(year), granularity=Granularity.YEAR,
                                  interval=Interval(dt.date(year, 1, 1), dt.date(year, 12, 31)), explanation=f"the year {year}")
    except ValueError:
        return None
