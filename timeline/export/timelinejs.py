"""TimelineJS 3 JSON, the journalists' standard interactive timeline.

A date keeps its granularity: a month-level event has ``{"year": "2009", "month": "2"}`` and no
day, a year-level one only a year. Dates coarser than a day but not a calendar unit (a week, a
season, a quarter) get their first and last days as ``start_date``/``end_date``, since TimelineJS
has no other way to draw them, and ``display_date`` says in words what the source said ("week of
30 May 2011", "summer 2010"), so the drawn span is never read as more precise than it is.
Uncertain dates say so in ``display_date`` ("late 2010", "about 2009", or a note when the date
rests on an estimated publication date). Numbers are strings, as in TimelineJS's own examples.

Text fields are HTML in TimelineJS, and so are ``group`` (a person's name, taken from the
articles) and ``display_date`` (which can carry a value a user typed in a correction): all of
them are escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

from ..model import Event, Granularity, Interval, Timeline
from .common import Lookup, lookup
from .dates import labelled
from .registry import Format, register

TITLE = "Timeline"


def _calendar_date(interval: Interval, unit: Granularity, *, end: bool, value: str) -> dict[str, str]:
    """A TimelineJS date at ``unit`` (year, month, day or finer): no field finer than the unit."""
    day = interval.end if end else interval.start
    out = {"year": str(day.year)}
    if unit.rank >= Granularity.MONTH.rank:
        out["month"] = str(day.month)
    if unit.rank >= Granularity.WEEK.rank:
        out["day"] = str(day.day)
    time = re.search(r"T(\d{2})(?::(\d{2}))?", value) if unit.rank >= Granularity.HOUR.rank and not end else None
    if time:
        out["hour"] = str(int(time[1]))
        if time[2]:
            out["minute"] = str(int(time[2]))
    return out


def _calendar_unit(granularity: Granularity | None, interval: Interval) -> Granularity:
    """The unit TimelineJS can draw a date at: years, months (for half-years, quarters, seasons
    too) or days and finer. A date without a granularity gets the coarsest unit its interval is
    made of (whole years, whole months, else days), so it gains no precision either."""
    if granularity is None:
        if (interval.start.month, interval.start.day, interval.end.month, interval.end.day) == (1, 1, 12, 31):
            return Granularity.YEAR
        if interval.start.day == 1 and (interval.end + dt.timedelta(days=1)).day == 1:
            return Granularity.MONTH
        return Granularity.DAY
    if granularity.rank <= Granularity.YEAR.rank:
        return Granularity.YEAR
    if granularity.rank <= Granularity.MONTH.rank:
        return Granularity.MONTH
    return granularity


def dates(event: Event) -> dict[str, Any]:
    """``start_date`` and, when the date covers more than one unit, ``end_date``."""
    date = event.date
    if date.interval is None:
        return {}
    unit = _calendar_unit(date.granularity, date.interval)
    start = _calendar_date(date.interval, unit, end=False, value=date.value)
    finish = _calendar_date(date.interval, unit, end=True, value=date.value)
    out: dict[str, Any] = {"start_date": start}
    if finish != {k: v for k, v in start.items() if k not in ("hour", "minute")}:
        out["end_date"] = finish
    return out


def _slide(event: Event, index: Lookup) -> dict[str, Any]:
    people = index.people(event.people)
    paragraphs = []
    for mention in event.mentions:
        source = html.escape(index.cite(mention.document))
        paragraphs.append(f"<blockquote>{html.escape(mention.excerpt)}</blockquote><p>— {source}</p>")
    if people:
        paragraphs.append(f"<p>People: {html.escape(', '.join(people))}</p>")
    slide: dict[str, Any] = {
        **dates(event),
        "display_date": html.escape(labelled(event, index.estimated), quote=False),
        "text": {"headline": html.escape(event.text), "text": "".join(paragraphs)},
        "unique_id": event.id,
    }
    if people:
        slide["group"] = html.escape(people[0], quote=False)
    return slide


def to_data(timeline: Timeline) -> dict[str, Any]:
    index = lookup(timeline)
    outlets = sorted({d.source for d in timeline.documents if d.source})
    subtitle = f"{len(timeline.events)} events from {len(timeline.documents)} articles"
    if outlets:
        subtitle += f" ({', '.join(outlets)})"
    return {
        "title": {"text": {"headline": TITLE, "text": html.escape(subtitle)}},
        "events": [_slide(e, index) for e in timeline.events if e.date.interval is not None],
    }


def render(timeline: Timeline) -> bytes:
    return (json.dumps(to_data(timeline), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


register(Format("timelinejs", ".json", "TimelineJS 3 JSON, for an interactive web timeline", render))
