"""Pure filters over a timeline, shared by the CLI export and the TUI.

A ``Filter`` is a value; ``apply`` returns the events it keeps, in timeline order. The CLI's
``--person/--source/--from/--to/--text`` and the TUI's filter bar build the same value, so an
export shows exactly what the screen shows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping

from attrs import evolve, frozen

from ..model import Event, Granularity, Timeline
from ..people.lexicon import TITLES


@frozen
class Filter:
    """What to show. Empty fields do not filter."""

    people: tuple[str, ...] = ()  # person ids
    all_people: bool = False  # True: events involving every listed person; False: any of them
    sources: tuple[str, ...] = ()  # document ids
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    hide_coarse: bool = False  # hide events dated only to a year or coarser

    @property
    def is_empty(self) -> bool:
        return self == Filter()


def keeps(event: Event, flt: Filter, names: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """Whether ``flt`` keeps ``event``. ``names``: each person's names by id, which the text
    search also looks in ("gilroy" finds the events Peter Gilroy takes part in)."""
    if flt.people:
        involved = set(event.people)
        wanted = set(flt.people)
        if flt.all_people and not wanted <= involved:
            return False
        if not flt.all_people and not wanted & involved:
            return False
    if flt.sources and not set(flt.sources) & set(event.sources):
        return False
    interval = event.date.interval
    if flt.start is not None or flt.end is not None:
        if interval is None:
            return False
        if flt.start is not None and interval.end < flt.start:
            return False
        if flt.end is not None and interval.start > flt.end:
            return False
    if flt.hide_coarse:
        granularity = event.date.granularity
        if granularity is None or granularity.rank <= Granularity.YEAR.rank:
            return False
    if flt.text:
        needle = flt.text.casefold()
        haystack = [event.text, event.date.value, *(m.excerpt for m in event.mentions)]
        haystack += [name for pid in event.people for name in (names or {}).get(pid, ())]
        if not any(needle in h.casefold() for h in haystack):
            return False
    return True


def apply(timeline: Timeline, flt: Filter) -> tuple[Event, ...]:
    """The events of ``timeline`` that ``flt`` keeps, in timeline order."""
    if flt.is_empty:
        return timeline.events
    names = people_names(timeline)
    return tuple(e for e in timeline.events if keeps(e, flt, names))


def people_names(timeline: Timeline) -> dict[str, tuple[str, ...]]:
    """Every name of each person (the name and its aliases), by id."""
    return {p.id: p.names for p in timeline.people}


def filtered(timeline: Timeline, flt: Filter) -> Timeline:
    """``timeline`` with only the events ``flt`` keeps (documents and people kept whole)."""
    return evolve(timeline, events=apply(timeline, flt))


def _bare(name: str) -> str:
    words = name.replace(".", " ").split()
    while words and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(words).casefold()


def find_people(timeline: Timeline, query: str) -> tuple[str, ...]:
    """Ids of the people whose name or an alias matches ``query`` (titles and case ignored).

    An exact name wins; otherwise every person with a name containing the query matches.
    """
    want = _bare(query)
    if not want:
        return ()
    exact = tuple(p.id for p in timeline.people if any(_bare(n) == want for n in p.names) or p.id == query)
    if exact:
        return exact
    return tuple(p.id for p in timeline.people if any(want in _bare(n) for n in p.names))


def find_sources(timeline: Timeline, query: str) -> tuple[str, ...]:
    """Ids of the documents whose id, file name, title or outlet matches ``query``."""
    want = query.casefold()
    exact = tuple(
        d.id
        for d in timeline.documents
        if want in (d.id.casefold(), d.path.casefold(), d.path.rsplit("/", 1)[-1].casefold())
    )
    if exact:
        return exact
    return tuple(
        d.id for d in timeline.documents if any(want in (x or "").casefold() for x in (d.id, d.path, d.title, d.source))
    )


_MONTHS = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)


class DateBoundError(ValueError):
    """A date bound the user typed that cannot be read; the message is meant for the user."""


def parse_bound(text: str, *, end: bool = False) -> dt.date:
    """A from/to bound typed by a user: "2010", "Nov 2010", "November 2010", "2010-11", "2011-04-01".

    A coarse bound covers its whole period: as an end bound, "2010" means 31 December 2010.
    """
    raw = text.strip()
    s = raw.lower().replace(",", " ")
    try:
        if m := re.fullmatch(r"(\d{4})", s):
            year = int(m[1])
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", s):
            return _month_bound(int(m[1]), int(m[2]), end)
        if m := re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", s):
            if m[1] in _MONTHS:
                return _month_bound(int(m[2]), _MONTHS[m[1]], end)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", s):
            if m[2] in _MONTHS:
                return dt.date(int(m[3]), _MONTHS[m[2]], int(m[1]))
    except ValueError:
        raise DateBoundError(f"{raw!r} is not a real date") from None
    raise DateBoundError(f"cannot read {raw!r} as a date (try 2010, Nov 2010 or 2011-04-01)")


def publication_day(text: str) -> dt.date:
    """A publication date typed by a person ("2011-04-10", "10 April 2011", "10 Apr 2011"): the
    same forms in the app's dialog and in ``--published``.

    Only a whole day will do: "April 2011" would silently mean the 1st. Raises
    ``DateBoundError`` with a message for the person.
    """
    raw = text.strip()
    if not raw:
        raise DateBoundError("no date given (try 2011-04-10 or 10 April 2011)")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].*", raw):  # a timestamp: its day
        raw = raw[:10]
    try:
        first, last = parse_bound(raw), parse_bound(raw, end=True)
    except DateBoundError as exc:
        raise DateBoundError(str(exc).replace("2010, Nov 2010 or 2011-04-01", "2011-04-10 or 10 April 2011")) from None
    if first != last:
        raise DateBoundError(f"{raw!r} is not a single day (try 2011-04-10 or 10 April 2011)")
    return first


def _month_bound(year: int, month: int, end: bool) -> dt.date:
    if end:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, 1)
