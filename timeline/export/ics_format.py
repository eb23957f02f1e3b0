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
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar
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
    for event in timeline.events:
        interval = event.date.interval
        if interval is None:
            continue
        entry = CalendarEvent()
        entry.add("uid", f"{stable_key(event)}@{UID_DOMAIN}")
        entry.add("dtstamp", _stamp(event, index))
        entry.add("dtstart", interval.start)
        entry.add("dtend", interval.end + dt.timedelta(days=1))
        entry.add("summary", _summary(event.text))
        entry.add("description", description(event, index))
        entry.add("transp", "TRANSPARENT")
        people = index.people(event.people)
        if people:
            entry.add("categories", people)
        calendar.add_component(entry)
    return calendar


def render(timeline: Timeline) -> bytes:
    return to_calendar(timeline).to_ical()


register(Format("ics", ".ics", "iCalendar: one all-day or multi-day entry per dated event", render))
