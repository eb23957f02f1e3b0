"""Dates for people, at the precision their sources give and no finer.

Every human-facing format (Markdown, HTML, TimelineJS, iCalendar, CSV) and the timeline's own
notes (sources that disagree on a date) write an event's date through these helpers, so "2009" reads as "2009" everywhere and never turns into a day, and an
uncertain date says that it is uncertain in the same words in every format.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from ..model import Anchoring, Event, EventDate, Granularity
from .values import MONTH_NAMES

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_HALVES = {"H1": "first half of", "H2": "second half of"}

# How a TimeML mod changes the wording of a date ("early 2010", "about 2009").
_MOD_WORDS = {
    "APPROX": "about {}",
    "BEFORE": "before {}",
    "AFTER": "after {}",
    "ON_OR_BEFORE": "on or before {}",
    "ON_OR_AFTER": "on or after {}",
    "START": "early {}",
    "MID": "mid {}",
    "END": "late {}",
    "LESS_THAN": "less than {}",
    "MORE_THAN": "more than {}",
    "EQUAL_OR_LESS": "{} or less",
    "EQUAL_OR_MORE": "{} or more",
}

# The mods that make a date approximate, as opposed to a plain calendar reference.
APPROXIMATE_MODS = frozenset(
    {
        "APPROX",
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "START",
        "MID",
        "END",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE",
    }
)


# The calendar's edges (1 January of year 1, 31 December 9999): every step past a day goes
# through these, so no format or view fails on an event dated at either end.
FIRST_DAY, LAST_DAY = dt.date.min, dt.date.max


def day_after(day: dt.date) -> dt.date | None:
    """The next day, or None after 31 December 9999."""
    return None if day >= LAST_DAY else day + dt.timedelta(days=1)


def day_before(day: dt.date) -> dt.date | None:
    """The previous day, or None before 1 January of year 1."""
    return None if day <= FIRST_DAY else day - dt.timedelta(days=1)


def clamp_ordinal(ordinal: int) -> int:
    """A day number (``date.toordinal``) moved inside the calendar's range."""
    return max(FIRST_DAY.toordinal(), min(LAST_DAY.toordinal(), ordinal))


def _day(day: int, month: int, year: int) -> str:
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def plain(date: EventDate) -> str:
    """The date without its mod: "2009", "February 2009", "1 April 2011", "week of 30 May 2011".

    An event whose interval reaches past what its value names (one event for "2007, 2008 and
    2009") is written as the range it covers, at the value's own granularity: "2007–2009".
    """
    if (wider := stretch(date)) is not None:
        return wider
    return _value_in_words(date)


def spans_several(date: EventDate) -> bool:
    """True when the date's interval reaches past the period its value names ("2007" to 2009)."""
    return stretch(date) is not None


def stretch(date: EventDate, months: Sequence[str] = MONTH_NAMES, *, year_once: bool = False) -> str | None:
    """The range an event over several periods of its granularity covers ("2007–2009",
    "January–March 2011", "1–3 April 2011"), None for a date of one period. ``months`` names
    the months (the app writes "Jan"); ``year_once`` writes two days of one year with the year
    once ("30 Mar–2 Apr 2011", where a sentence reads "30 March 2011–2 April 2011")."""
    interval, granularity = date.interval, date.granularity
    if interval is None or granularity is None:
        return None
    start, end = interval.start, interval.end

    def day(d: dt.date) -> str:
        return f"{d.day} {months[d.month - 1]} {d.year}"

    if granularity is Granularity.YEAR and start.year != end.year:
        return f"{start.year}–{end.year}"
    if granularity is Granularity.MONTH and (start.year, start.month) != (end.year, end.month):
        if start.year == end.year:
            return f"{months[start.month - 1]}–{months[end.month - 1]} {end.year}"
        return f"{months[start.month - 1]} {start.year}–{months[end.month - 1]} {end.year}"
    if granularity is Granularity.DAY and start != end:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{day(end)}"
        if year_once and start.year == end.year:
            return f"{start.day} {months[start.month - 1]}–{day(end)}"
        return f"{day(start)}–{day(end)}"
    return None


def _value_in_words(date: EventDate) -> str:
    value = date.value
    interval = date.interval
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?)?", value):
        text = _day(int(m[3]), int(m[2]), int(m[1]))
        return f"{text}, {m[4]}:{m[5]}" if m[4] else text
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2})", value):
        return f"{_day(int(m[3]), int(m[2]), int(m[1]))}, {m[4]}:00"
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T([A-Z]{2})", value):
        part = _PARTS_OF_DAY.get(m[4], m[4].lower())
        return f"{part} of {_day(int(m[3]), int(m[2]), int(m[1]))}"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return f"{MONTH_NAMES[int(m[2]) - 1]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})", value):
        return m[1]
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        if interval is not None:
            return f"week of {_day(interval.start.day, interval.start.month, interval.start.year)}"
        return f"week {int(m[2])} of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        return f"{_SEASONS[m[2]]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return f"Q{m[2]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-(H[12])", value):
        return f"{_HALVES[m[2]]} {m[1]}"
    if m := re.fullmatch(r"(\d{3})X?", value):
        return f"the {m[1]}0s"
    if m := re.fullmatch(r"(\d{2})(?:XX)?", value):
        return f"{m[1]}00–{m[1]}99"
    if interval is not None and date.granularity is not None and date.granularity.rank < Granularity.YEAR.rank:
        return f"{interval.start.year}–{interval.end.year}"
    return value


def display(date: EventDate) -> str:
    """The date as a person would write it, with its mod: "late 2010", "about 2009"."""
    text = plain(date)
    if date.mod and date.mod in _MOD_WORDS:
        return _MOD_WORDS[date.mod].format(text)
    return text


def rests_on_estimate(event: Event, estimated: Collection[str]) -> bool:
    """True when a day- or week-level date was worked out only from estimated publication dates.

    "Wednesday" in an article whose own date is an estimate is as uncertain as that estimate; an
    absolute date in the text ("1 April") is not. Month and coarser dates are not flagged: an
    estimate good to a few days does not move them.
    """
    granularity = event.date.granularity
    if not event.mentions or granularity is None or granularity.rank < Granularity.WEEK.rank:
        return False
    return all(m.timex.anchoring is not Anchoring.ABSOLUTE and m.document in estimated for m in event.mentions)


def is_approximate(event: Event, estimated: Collection[str]) -> bool:
    """Whether a reader must be told the date is uncertain (``estimated``: ids of documents
    whose publication date is an estimate)."""
    return event.date.mod in APPROXIMATE_MODS or rests_on_estimate(event, estimated)


ESTIMATE_NOTE = "approximate: the article's own date is estimated"


def labelled(event: Event, estimated: Collection[str]) -> str:
    """The date as shown to people, saying when it is uncertain.

    A mod already says so in words ("late 2010", "about 2009"); a date that rests on an
    estimated publication date gets a note: "1 June 2011 (approximate: ...)".
    """
    text = display(event.date)
    if rests_on_estimate(event, estimated):
        return f"{text} ({ESTIMATE_NOTE})"
    return text
