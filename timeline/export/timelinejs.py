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

A slide is headed by a few words: TimelineJS sets the headline large, in capitals, so a whole
sentence fills the screen; the summary, when cut, opens the slide's text instead. Each excerpt
cites its article, linked when the article has a web address, and ``media`` links the first such
article (``credit`` names the outlets), so the sources travel with the published timeline.
Slides are grouped by ``Options.group_by``: the outlet of the first source (the default), the
first person named, or not at all.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

from ..model import Event, Granularity, Interval, Timeline
from ..timex.dates import labelled
from .common import Lookup, distinct_mentions, lookup, title_of
from .registry import Format, Options, register

HEADLINE_WORDS = 8


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


_OPENING = "\"“‘'«"
_CLOSING = "\"”’'»"
_CLAUSE_END = re.compile(r"[,;:—–]$")


def headline(text: str, words: int = HEADLINE_WORDS) -> str:
    """A few words of a summary: up to ``words``, ending early at a clause's end once there are
    three, with an ellipsis when there is more. A summary that is a quotation loses its marks (a
    cut one would be left open)."""
    flat = " ".join(text.split()).strip(" …")
    if flat[:1] in _OPENING:
        flat = flat[1:].rstrip(_CLOSING) if flat[-1:] in _CLOSING else flat[1:]
    parts = flat.split()
    if len(parts) <= words:
        return flat
    cut = next((n for n in range(3, words + 1) if _CLAUSE_END.search(parts[n - 1])), words)
    return " ".join(parts[:cut]).rstrip(",;:—–-") + "…"


def _cited(doc_id: str, index: Lookup) -> str:
    source = html.escape(index.cite(doc_id))
    url = index.url(doc_id)
    return f'<a href="{html.escape(url)}" target="_blank" rel="noreferrer">{source}</a>' if url else source


def _group(event: Event, index: Lookup, people: list[str], group_by: str) -> str | None:
    if group_by == "person":
        return people[0] if people else None
    if group_by == "source":
        return index.outlet(event.sources[0]) if event.sources else None
    return None


def _slide(event: Event, index: Lookup, options: Options) -> dict[str, Any]:
    people = index.people(event.people)
    short = headline(event.text)
    mentions = distinct_mentions(event)
    summary = " ".join(event.text.split())
    told = short == summary or any(" ".join(m.excerpt.split()) == summary for m in mentions)
    paragraphs = [] if told else [f"<p>{html.escape(event.text)}</p>"]
    for mention in mentions:
        paragraphs.append(
            f"<blockquote>{html.escape(mention.excerpt)}</blockquote><p>— {_cited(mention.document, index)}</p>"
        )
    if people:
        paragraphs.append(f"<p>People: {html.escape(', '.join(people))}</p>")
    slide: dict[str, Any] = {
        **dates(event),
        "display_date": html.escape(labelled(event, index.estimated), quote=False),
        "text": {"headline": html.escape(short), "text": "".join(paragraphs)},
        "unique_id": event.id,
    }
    linked = [s for s in event.sources if index.url(s)]
    if linked:
        outlets = dict.fromkeys(index.outlet(s) for s in event.sources)
        slide["media"] = {
            "url": index.url(linked[0]),
            "link": index.url(linked[0]),
            "caption": html.escape(index.cite(linked[0]), quote=False),
            "credit": html.escape(", ".join(outlets), quote=False),
        }
    group = _group(event, index, people, options.group_by)
    if group:
        slide["group"] = html.escape(group, quote=False)
    return slide


def to_data(timeline: Timeline, options: Options | None = None) -> dict[str, Any]:
    options = options or Options()
    index = lookup(timeline)
    outlets = sorted({d.source for d in timeline.documents if d.source})
    subtitle = f"{len(timeline.events)} events from {len(timeline.documents)} articles"
    if outlets:
        subtitle += f" ({', '.join(outlets)})"
    return {
        "title": {"text": {"headline": html.escape(title_of(timeline, options.title)), "text": html.escape(subtitle)}},
        "events": [_slide(e, index, options) for e in timeline.events if e.date.interval is not None],
    }


def render(timeline: Timeline, options: Options) -> bytes:
    return (json.dumps(to_data(timeline, options), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


register(Format("timelinejs", ".json", "TimelineJS 3 JSON, for an interactive web timeline", render, titled=True))
