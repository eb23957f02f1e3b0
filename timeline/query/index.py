"""A prepared view of a timeline that answers ``Filter`` queries fast enough to filter as you type.

``timeline.filters.apply`` is the definition of what a filter keeps; this index gives the same
answer (tests compare the two on generated filters) from tables built once per timeline: the
events of each person and each source, the date bounds, and case-folded search text. A search
that extends the previous one only looks through the previous hits.

The tables are plain lists and dicts (``IndexTables``) so that a stored timeline can carry them:
reopening a large corpus then needs neither every event decoded nor the index rebuilt.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate, compress, islice, repeat
from operator import contains, itemgetter, le, ne
from typing import TypeVar, cast

from attrs import frozen

from ..model import Granularity, Timeline
from .filters import Filter, people_names

T = TypeVar("T")

UNDATED = -1

# Event positions are handed out as tuples: the app keeps several filtered views alive, and the
# garbage collector walks every item of a list on each full collection (a 60 ms stall with a few
# dozen lists of 100,000 positions), while a tuple of ints is untracked after its first visit.
Positions = tuple[int, ...]


def group_key(year: int | None, month: int | None) -> int:
    """The heading key of an event (its year and month, for the list's headings):
    year*16+month, month 0 when coarser than a month, ``UNDATED`` without a date."""
    if year is None:
        return UNDATED
    return year * 16 + (month or 0)


def pick(values: Sequence[T], positions: Sequence[int]) -> tuple[T, ...]:
    """``tuple(values[p] for p in positions)``, done in C (``itemgetter``) for long lists."""
    if len(positions) < 2:
        return tuple(values[p] for p in positions)
    picked: tuple[T, ...] = itemgetter(*positions)(values)
    return picked


def run_numbers(keys: Sequence[int]) -> tuple[int, ...]:
    """For each event, the number of the run of equal heading keys it belongs to (ascending)."""
    if not keys:
        return ()
    return tuple(accumulate(map(ne, keys, islice(keys, 1, None)), initial=0))


@frozen
class IndexTables:
    """Everything the index knows, per event position: what ``TimelineIndex`` answers from."""

    by_person: dict[str, list[int]]
    by_source: dict[str, list[int]]
    starts: list[int | None]  # first day (ordinal) of each event's date; None when undated
    ends: list[int | None]  # last day (ordinal)
    fine: list[bool]  # finer than a year
    keys: list[int]  # heading keys (``group_key``)
    haystacks: list[str]  # searchable texts, case-folded and joined by NUL (which no needle holds)


def tables_of(timeline: Timeline) -> IndexTables:
    """The index tables of a timeline, computed from its events."""
    by_person: dict[str, list[int]] = {}
    by_source: dict[str, list[int]] = {}
    starts: list[int | None] = []
    ends: list[int | None] = []
    fine: list[bool] = []
    keys: list[int] = []
    haystacks: list[str] = []
    names = people_names(timeline)  # a search finds the events of the people it names
    year_rank = Granularity.YEAR.rank
    month_rank = Granularity.MONTH.rank
    for pos, event in enumerate(timeline.events):
        for pid in dict.fromkeys(event.people):  # in order: the stored tables are the same every run
            by_person.setdefault(pid, []).append(pos)
        for doc in event.sources:
            by_source.setdefault(doc, []).append(pos)
        interval = event.date.interval
        starts.append(interval.start.toordinal() if interval else None)
        ends.append(interval.end.toordinal() if interval else None)
        granularity = event.date.granularity
        rank = granularity.rank if granularity is not None else -1
        fine.append(rank > year_rank)
        if interval is None:
            keys.append(group_key(None, None))
        else:
            keys.append(group_key(interval.start.year, interval.start.month if rank >= month_rank else 0))
        texts = dict.fromkeys(
            (
                event.text,
                event.date.value,
                *(m.excerpt for m in event.mentions),
                *(name for pid in event.people for name in names.get(pid, ())),
            )
        )  # the summary is often an excerpt
        haystacks.append("\0".join(h.casefold() for h in texts))
    return IndexTables(by_person, by_source, starts, ends, fine, keys, haystacks)


class TimelineIndex:
    """Event positions (indices into ``timeline.events``) by person, source, date and text."""

    def __init__(self, timeline: Timeline, tables: IndexTables | None = None) -> None:
        self.timeline = timeline
        self.tables = tables if tables is not None else tables_of(timeline)
        self.by_person = self.tables.by_person
        self.by_source = self.tables.by_source
        self.starts = self.tables.starts
        self._ends = self.tables.ends
        self._fine = self.tables.fine
        self.keys = self.tables.keys
        self.runs = run_numbers(self.keys)
        self._undated = any(s is None for s in self.starts)
        dated = [s for s in self.starts if s is not None]
        self.starts_sorted = all(map(le, dated, islice(dated, 1, None)))  # then every subset is too
        self._last_text: tuple[tuple[str, tuple[object, ...]], Positions] | None = None

    def _search_text(self) -> list[str]:
        return self.tables.haystacks

    def event_counts(self) -> dict[str, int]:
        """How many events each person takes part in."""
        return {pid: len(positions) for pid, positions in self.by_person.items()}

    def select(self, flt: Filter) -> Positions:
        """Positions of the events ``flt`` keeps, in timeline order (as ``filters.apply``)."""
        candidates: Sequence[int] | None = None
        if flt.people:
            lists = [set(self.by_person.get(pid, ())) for pid in set(flt.people)]
            chosen = set.intersection(*lists) if flt.all_people else set.union(*lists)
            candidates = sorted(chosen)
        if flt.sources:
            chosen = set().union(*(self.by_source.get(doc, ()) for doc in flt.sources))
            candidates = sorted(chosen) if candidates is None else [p for p in candidates if p in chosen]
        if candidates is None:
            candidates = range(len(self.timeline.events))
        if flt.start is not None or flt.end is not None:
            lo = flt.start.toordinal() if flt.start else None
            hi = flt.end.toordinal() if flt.end else None
            starts, ends = self.starts, self._ends
            candidates = [
                p
                for p in candidates
                if (start := starts[p]) is not None
                and (end := ends[p]) is not None
                and (lo is None or end >= lo)
                and (hi is None or start <= hi)
            ]
        if flt.hide_coarse:
            fine = self._fine
            candidates = [p for p in candidates if fine[p]]
        if flt.text:
            candidates = self._match_text(flt, candidates)
        return tuple(candidates)

    def _match_text(self, flt: Filter, candidates: Sequence[int]) -> Positions:
        needle = flt.text.casefold()
        rest = (flt.people, flt.all_people, flt.sources, flt.start, flt.end, flt.hide_coarse)
        if self._last_text is not None:
            (previous_needle, previous_rest), previous_hits = self._last_text
            if previous_rest == rest and previous_needle in needle:
                candidates = previous_hits  # a longer needle only matches where the shorter one did
        hay = self._search_text()
        if "\0" in needle:
            hits = tuple(p for p in candidates if any(needle in h for h in hay[p].split("\0")))
        else:  # the loop runs in C: contains(haystack, needle) for each candidate
            texts = hay if isinstance(candidates, range) else pick(hay, candidates)
            hits = tuple(compress(candidates, map(contains, texts, repeat(needle))))
        self._last_text = ((needle, rest), hits)
        return hits

    def dated_starts(self, positions: Positions) -> Positions:
        """The start days (ordinals) of the dated events at ``positions``, in their order."""
        starts = pick(self.starts, positions)
        # Without undated events every start is a day (``_undated`` says so): the tuple as it is.
        return tuple(s for s in starts if s is not None) if self._undated else cast(Positions, starts)

    def first_on_or_after(self, positions: Positions, day: dt.date) -> int | None:
        """The index into ``positions`` of the first event that starts on or after ``day``
        (the last event if none does); None if ``positions`` is empty."""
        if not positions:
            return None
        target = day.toordinal()
        if self.starts_sorted and not self._undated:
            i = bisect_left(cast(Positions, pick(self.starts, positions)), target)
            return min(i, len(positions) - 1)
        for i, p in enumerate(positions):
            start = self.starts[p]
            if start is not None and start >= target:
                return i
        return len(positions) - 1
