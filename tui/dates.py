"""How a date is written on screen: at the granularity its source gives, never finer.

"Nov 2010" stays a month, "2010" a year, a week is "w/c 30 May 2011" and an approximate year is
"~2009". Users of timelines complain most about dates shown more precisely than the data says.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import EventDate, Granularity
from timeline.timex.dates import stretch

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_MODS = {
    "APPROX": "~{}",
    "START": "early {}",
    "MID": "mid {}",
    "END": "late {}",
    "BEFORE": "before {}",
    "AFTER": "after {}",
    "ON_OR_BEFORE": "by {}",
    "ON_OR_AFTER": "from {}",
    "LESS_THAN": "under {}",
    "MORE_THAN": "over {}",
    "EQUAL_OR_LESS": "at most {}",
    "EQUAL_OR_MORE": "at least {}",
}


_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(day: dt.date) -> str:
    return f"{day.day} {_ABBR[day.month]} {day.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _bare_label(date: EventDate) -> str:
    interval, granularity, value = date.interval, date.granularity, date.value
    if interval is None or granularity is None:
        return value
    # an event over several periods ("2007, 2008 and 2009"): the range it covers, "2007–2009"
    if (wider := stretch(date, _ABBR[1:], year_once=True)) is not None:
        return wider
    start = interval.start
    match granularity:
        case Granularity.MILLENNIUM:
            return f"{_ordinal(start.year // 1000 + 1)} millennium"
        case Granularity.CENTURY:
            return f"{_ordinal(start.year // 100 + 1)} century"
        case Granularity.DECADE:
            return f"{start.year // 10 * 10}s"
        case Granularity.YEAR:
            return str(start.year)
        case Granularity.HALF_YEAR:
            return f"H{1 if start.month <= 6 else 2} {start.year}"
        case Granularity.QUARTER:
            return f"Q{(start.month - 1) // 3 + 1} {start.year}"
        case Granularity.SEASON:
            season = _SEASONS.get(value.rsplit("-", 1)[-1], "season")
            return f"{season} {start.year}"
        case Granularity.MONTH:
            return f"{_ABBR[start.month]} {start.year}"
        case Granularity.WEEK:
            return f"w/c {day_label(start)}"
        case Granularity.DAY:
            return day_label(start)
        case Granularity.PART_OF_DAY:
            part = _PARTS.get(value.rsplit("T", 1)[-1], "")
            return f"{day_label(start)} {part}".strip()
        case _:
            clock = value.split("T", 1)[1] if "T" in value else ""
            return f"{day_label(start)} {clock[:5]}".strip()


def date_label(date: EventDate) -> str:
    """The date as a reader would write it, with its modifier ("~2009", "early 2010")."""
    label = _bare_label(date)
    return _MODS.get(date.mod or "", "{}").format(label)


def is_coarse(date: EventDate) -> bool:
    """Dated to a year or coarser (what "hide coarse dates" hides), or not dated at all."""
    return date.granularity is None or date.granularity.rank <= Granularity.YEAR.rank


def is_approximate(date: EventDate) -> bool:
    """Qualified by its source ("about", "early", "before") rather than stated exactly."""
    return bool(date.mod) or date.interval is None


def publication_label(published: dt.date | None, estimated: bool) -> str:
    if published is None:
        return "publication date unknown"
    return f"published {day_label(published)}" + (" (estimated)" if estimated else "")
