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

Sources travel with each entry: ``URL`` is the web address of the first source that has one (the
RFC allows one per entry), and the DESCRIPTION cites every excerpt's article with its address
under it. The calendar is named after the export's title (``X-WR-CALNAME``).

Speed: every value is the library's own type (``vText``, ``vDDDTypes``, ``vCategory``), which
escapes and encodes it, and ``to_calendar`` gives the library's ``Calendar``. ``render`` writes
the same file without building that object tree: for each event, one ``NAME;PARAMS:value``
line per property, in the library's canonical order, folded by ``fold`` (the RFC's 75-octet
rule with the library's own choices). The library builds a dictionary, parameters and a content
line object per property and folds a character at a time, which made a 20,000-event export
take three times as long; the tests check that both ways give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from icalendar import Calendar, vCategory, vDDDTypes, vText, vUri
from icalendar import Event as CalendarEvent
from icalendar.caselessdict import canonsort_keys

from ..model import Event, Granularity, Timeline
from ..timex.dates import ESTIMATE_NOTE, day_after, display, rests_on_estimate
from .common import Lookup, distinct_mentions, lookup, stable_key, title_of, without_controls
from .registry import Format, Options, register

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
    return (
        f"The sources give this date only as “{display(date)}”; the calendar entry spans the whole "
        f"period ({date.interval.start.isoformat()} to {date.interval.end.isoformat()}, {days} days), "
        "not a known day."
    )


def description(event: Event, index: Lookup) -> str:
    lines = [
        f"Date: {display(event.date)} (TIMEX3 {event.date.value}"
        + (f", mod {event.date.mod}" if event.date.mod else "")
        + ")"
    ]
    if note := _span_note(event):
        lines.append(note)
    if rests_on_estimate(event, index.estimated):
        lines.append(f"The date is {ESTIMATE_NOTE}.")
    people = index.people(event.people)
    if people:
        lines.append(f"People: {', '.join(people)}")
    for mention in distinct_mentions(event):
        lines += ["", mention.excerpt.strip(), f"— {index.cite(mention.document)}"]
        if url := index.url(mention.document):
            lines.append(url)
    return without_controls("\n".join(lines))  # RFC 5545: no control characters in TEXT


def _stamp(event: Event, index: Lookup) -> dt.datetime:
    docs = index.documents
    published = [day for s in event.sources if s in docs and (day := docs[s].published) is not None]
    if not published:
        return _EPOCH
    latest = max(published)
    return dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.UTC)


def _summary(text: str, limit: int = 160) -> str:
    flat = " ".join(without_controls(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


_TRANSPARENT = vText("TRANSPARENT")
_ONE_DAY = dt.timedelta(days=1)


def properties(event: Event, index: Lookup) -> dict[str, Any]:
    """The VEVENT of a dated event: property name -> the library's value (escaped on output)."""
    interval = event.date.interval
    assert interval is not None
    props: dict[str, Any] = {
        "SUMMARY": vText(_summary(event.text)),
        "DTSTART": vDDDTypes(interval.start),
    }
    end = day_after(interval.end)  # DTEND is the day after: past 9999-12-31, a DURATION instead
    if end is not None:
        props["DTEND"] = vDDDTypes(end)
    else:
        props["DURATION"] = vDDDTypes(interval.end - interval.start + _ONE_DAY)
    props |= {
        "DTSTAMP": vDDDTypes(_stamp(event, index)),
        "UID": vText(f"{stable_key(event)}@{UID_DOMAIN}"),
    }
    people = index.people(event.people)
    if people:
        props["CATEGORIES"] = vCategory(people)
    props["DESCRIPTION"] = vText(description(event, index))
    props["TRANSP"] = _TRANSPARENT
    url = next((u for s in event.sources if (u := index.url(s))), None)
    if url is not None:
        props["URL"] = vUri(url)
    return props


def _header(title: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    return calendar


def _dated(timeline: Timeline) -> list[Event]:
    return [e for e in timeline.events if e.date.interval is not None]


def to_calendar(timeline: Timeline, options: Options | None = None) -> Calendar:
    """The export as the library's object (``to_ical()`` gives the same bytes as ``render``)."""
    calendar = _header(title_of(timeline, (options or Options()).title))
    index = lookup(timeline)
    for event in _dated(timeline):
        entry = CalendarEvent()
        for name, value in properties(event, index).items():
            entry[name] = value
        calendar.add_component(entry)
    return calendar


_LIMIT = 74  # octets before a fold; the library folds before a character would reach 75


def fold(data: bytes) -> bytes:
    """A content line (UTF-8) folded as RFC 5545 says: no line over 75 octets, each continuation
    starting with a space, never inside a character. Like the library, a fold never comes right
    after a backslash or caret, so an escape (``\\n``, ``^n``) is never split across lines."""
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


def _line(name: str, value: Any) -> bytes:
    params = value.params.to_ical() if value.params else b""
    return fold(name.encode("ascii") + (b";" + params if params else b"") + b":" + value.to_ical())


def render(timeline: Timeline, options: Options) -> bytes:
    header = _header(title_of(timeline, options.title))
    lines = [fold(line.encode("utf-8")) for line in header.content_lines() if line]
    end = lines.pop()  # END:VCALENDAR, after the events
    index = lookup(timeline)
    orders: dict[tuple[str, ...], list[str]] = {}
    for event in _dated(timeline):
        props = properties(event, index)
        names = tuple(props)
        if names not in orders:
            orders[names] = canonsort_keys(names, CalendarEvent.canonical_order)
        lines.append(b"BEGIN:VEVENT")
        lines.extend(_line(name, props[name]) for name in orders[names])
        lines.append(b"END:VEVENT")
    lines.append(end)
    return b"\r\n".join(lines) + b"\r\n"


register(Format("ics", ".ics", "iCalendar: one all-day or multi-day entry per dated event", render, titled=True))
