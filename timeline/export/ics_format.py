"""iCalendar (RFC 5545), written with the maintained ``icalendar`` library.

Each dated event becomes an all-day ``VEVENT`` covering its interval: one day for a day, the
whole month for "February 2009", the whole year for "2009" (``DTEND`` is the day after the last
day, as the RFC says for all-day events). A calendar cannot say "some time in 2009", so the
DESCRIPTION says it in words: the date as the sources give it, and that the calendar entry spans
the whole period because the sources give nothing finer. Events without a calendar interval
(unresolved dates) cannot be placed in a calendar and are left out.

UIDs are derived from where the articles report the event (``common.stable_key``), so importing
a re-export updates the same calendar entries instead of duplicating them. DTSTAMP, which the RFC
requires, is the latest publication date among the event's sources (midnight UTC), not the
clock: the same timeline always gives the same bytes.

Speed: the library builds and escapes every content line; this module folds them (``fold``,
the RFC's 75-octet rule with the library's own choices, byte for byte) because the library folds
a character at a time, which was most of the time of a large export. Properties are set as the
library's value types directly, which skips the type look-up ``Component.add`` does for each.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, vCategory, vDDDTypes, vText
from icalendar import Event as CalendarEvent

from ..model import Event, Granularity, Timeline
from . import Format, register
from .common import Lookup, lookup, stable_key
from .dates import ESTIMATE_NOTE, display, rests_on_estimate

PRODID = "-//Timeline Explorer//timeline-explorer//EN"
UID_DOMAIN = "timeline-explorer"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _span_note(event: Event) -> str:
    date = event.date
    assert date.interval is not None
    days = date.interval.days
    if days == 1:
        return ""
    if date.granularity is not None and date.granularity.rank >= Granularity.DAY.rank:
        return ""
    return (f"The sources give this date only as “{display(date)}”; the calendar entry spans the whole "
            f"period ({date.interval.start.isoformat()} to {date.interval.end.isoformat()}, {days} days), "
            "not a known day.")


def description(event: Event, index: Lookup) -> str:
    lines = [f"Date: {display(event.date)} (TIMEX3 {event.date.value}"
             + (f", mod {event.date.mod}" if event.date.mod else "") + ")"]
    if note := _span_note(event):
        lines.append(note)
    if rests_on_estimate(event, index.estimated):
        lines.append(f"The date is {ESTIMATE_NOTE}.")
    people = index.people(event.people)
    if people:
        lines.append(f"People: {', '.join(people)}")
    for mention in event.mentions:
        lines += ["", mention.excerpt.strip(), f"— {index.cite(mention.document)}"]
    return "\n".join(lines)


def _stamp(event: Event, index: Lookup) -> dt.datetime:
    docs = index.documents
    published = [docs[s].published for s in event.sources if s in docs and docs[s].published]
    if not published:
        return _EPOCH
    latest = max(published)
    return dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.UTC)


def _summary(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def to_calendar(timeline: Timeline) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Timeline")
    index = lookup(timeline)
    transparent = vText("TRANSPARENT")
    one_day = dt.timedelta(days=1)
    for event in timeline.events:
        interval = event.date.interval
        if interval is None:
            continue
        entry = CalendarEvent()
        entry["UID"] = vText(f"{stable_key(event)}@{UID_DOMAIN}")
        entry["DTSTAMP"] = vDDDTypes(_stamp(event, index))
        entry["DTSTART"] = vDDDTypes(interval.start)
        entry["DTEND"] = vDDDTypes(interval.end + one_day)
        entry["SUMMARY"] = vText(_summary(event.text))
        entry["DESCRIPTION"] = vText(description(event, index))
        entry["TRANSP"] = transparent
        people = index.people(event.people)
        if people:
            entry["CATEGORIES"] = vCategory(people)
        calendar.add_component(entry)
    return calendar


_LIMIT = 74  # octets before a fold; the library folds before a character would reach 75


def fold(line: str) -> bytes:
    """``line`` as UTF-8, folded as RFC 5545 says: no line over 75 octets, each continuation
    starting with a space, never inside a character. Like the library, a fold never comes right
    after a backslash or caret, so an escape (``\\n``, ``^n``) is never split across lines."""
    data = line.encode("utf-8")
    if len(data) <= _LIMIT:
        return data
    parts = []
    start = 0
    while len(data) - start > _LIMIT:
        cut = start + _LIMIT
        while data[cut] & 0xC0 == 0x80:  # inside a multi-byte character
            cut -= 1
        if data[cut - 1] in b"\\^":  # keep the escape with what it escapes
            cut -= 1
        parts.append(data[start:cut])
        start = cut
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def render(timeline: Timeline) -> bytes:
    lines = to_calendar(timeline).content_lines()
    return b"\r\n".join(fold(line) for line in lines if line) + b"\r\n"


register(Format("ics", ".ics", "iCalendar: one all-day or multi-day entry per dated event", render))
