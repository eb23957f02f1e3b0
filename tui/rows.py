"""The rows of the timeline list: events under year and month headings.

A row is an int: ``>= 0`` is a position in ``timeline.events``; ``< 0`` is ``~i``, heading ``i``.
Plain lists of ints keep a 100,000-event list cheap to rebuild on every keystroke.
"""

from __future__ import annotations

import calendar

from attrs import frozen

from timeline.model import Event, Granularity

_MONTH = Granularity.MONTH.rank


@frozen
class Heading:
    label: str
    level: int  # 0: year, 1: month


@frozen
class Rows:
    rows: list[int]
    headings: list[Heading]
    positions: list[int]  # the event positions shown, in order
    row_of: dict[int, int]  # event position -> row

    def __len__(self) -> int:
        return len(self.rows)


def build_rows(events: tuple[Event, ...], positions: list[int]) -> Rows:
    """Rows for the events at ``positions`` (in timeline order), with headings between them.

    Events coarser than a month sit under their year heading; the next finer event repeats its
    month heading, so no coarse event ever looks as if it belonged to the month above it.
    """
    rows: list[int] = []
    headings: list[Heading] = []
    row_of: dict[int, int] = {}
    year: int | None | str = "none"
    month: tuple[int, int] | None = None
    for pos in positions:
        date = events[pos].date
        interval = date.interval
        if interval is None:
            if year != "undated":
                year, month = "undated", None
                headings.append(Heading("Undated", 0))
                rows.append(~(len(headings) - 1))
        else:
            start = interval.start
            if start.year != year:
                year, month = start.year, None
                headings.append(Heading(str(start.year), 0))
                rows.append(~(len(headings) - 1))
            if date.granularity is not None and date.granularity.rank >= _MONTH:
                key = (start.year, start.month)
                if key != month:
                    month = key
                    headings.append(Heading(f"{calendar.month_name[start.month]} {start.year}", 1))
                    rows.append(~(len(headings) - 1))
            else:
                month = None
        row_of[pos] = len(rows)
        rows.append(pos)
    return Rows(rows, headings, list(positions), row_of)
