"""The density bar's arithmetic at the calendar's edges (no app needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.widgets.density import DensityBar


@pytest.mark.parametrize(
    ("days", "first", "last"),
    [
        ([dt.date(9999, 12, 31)], dt.date(9999, 12, 1), dt.date(9999, 12, 31)),
        ([dt.date(1, 1, 1)], dt.date(1, 1, 1), dt.date(1, 1, 31)),
        ([dt.date(1, 1, 1), dt.date(9999, 12, 31)], dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    ],
)
def test_density_at_the_calendars_edges(days, first, last):
    bar = DensityBar()
    bar.show([d.toordinal() for d in days])
    assert (dt.date.fromordinal(bar._lo), dt.date.fromordinal(bar._hi)) == (first, last)
    counts = bar._counts(40)
    assert sum(counts) == len(days) and len(counts) == 40
    ticks = bar._ticks(40)
    assert ticks and all(dt.date.fromordinal(day) for day, _ in ticks)
    assert all(dt.date.fromordinal(min(day, dt.date.max.toordinal())) for day in bar._bounds(40))


def test_density_year_labels_start_at_year_one():
    bar = DensityBar()
    bar.show([dt.date(1, 6, 1).toordinal(), dt.date(40, 6, 1).toordinal()])
    assert [name for _, name in bar._ticks(30)][:3] == ["8", "16", "24"]
