"""Hand-built temporal expressions for the bundled seeds, so that people/event tests do not
depend on the temporal engine. Values, extents and offsets are copied from the seeds' gold
annotation (gold/seeds.json of the shared evaluation data, "timexes" of each document)."""

from __future__ import annotations

import calendar
import datetime as dt

from timeline.model import Anchoring, Granularity, Interval, Span, TemporalExpression, TimexType

# file -> (start, end, type, value, mod, interval override)
GOLD = {
    "000_28d84fdc4e1b1798.txt": [
        (300, 309, "DATE", "2011-06-01", None, None),
        (478, 498, "DATE", "2010", "END", (dt.date(2010, 9, 1), dt.date(2010, 12, 31))),
        (1104, 1113, "DATE", "2010", None, None),
        (1429, 1442, "DATE", "2011-02", None, None),
        (1454, 1463, "DATE", "2011-W22", None, (dt.date(2011, 5, 30), dt.date(2011, 6, 5))),
        (2807, 2814, "DURATION", "P1M", None, None),
        (3053, 3067, "DURATION", "PXM", None, None),
        (3206, 3224, "TIME", "2011-05-31TEV", None, (dt.date(2011, 5, 31), dt.date(2011, 5, 31))),
        (3367, 3383, "DURATION", "P1Y", "MORE_THAN", None),
        (3667, 3671, "DATE", "2008", None, None),
    ],
    "001_cc1026ba4d01a77c.txt": [
        (323, 328, "DATE", "2011-05-19", None, None),
        (504, 517, "DURATION", "PXY", None, None),
        (1212, 1216, "DATE", "2007", None, None),
        (1218, 1222, "DATE", "2008", None, None),
        (1227, 1231, "DATE", "2009", None, None),
        (2244, 2253, "DATE", "2010", None, None),
    ],
    "002_6cc214aa8ed720d4.txt": [
        (376, 389, "DATE", "2010-11", None, None),
        (549, 556, "DATE", "2011-04-01", None, None),
        (802, 809, "DATE", "2011-01", None, None),
        (994, 1001, "DATE", "2011-01", None, None),
        (1185, 1194, "DATE", "2010", None, None),
        (1382, 1405, "DATE", "2009", "BEFORE", (dt.date(2009, 1, 1), dt.date(2009, 4, 10))),
        (1427, 1440, "DATE", "2009-02", None, None),
        (2022, 2026, "DATE", "2008", None, None),
        (2220, 2226, "DATE", "2011-04-11", None, None),
    ],
}


def _interval(value: str) -> tuple[Interval, Granularity]:
    parts = value.split("T")[0].split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31)), Granularity.YEAR
    month = int(parts[1])
    if len(parts) == 2:
        return Interval(
            dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        ), Granularity.MONTH
    day = dt.date(year, month, int(parts[2]))
    return Interval(day, day), Granularity.DAY


def expressions(name: str, text: str) -> tuple[TemporalExpression, ...]:
    found = []
    for start, end, kind, value, mod, override in GOLD[name]:
        if kind == "DURATION":
            found.append(
                TemporalExpression(
                    text[start:end], Span(start, end), TimexType.DURATION, value, mod, anchoring=Anchoring.UNANCHORED
                )
            )
            continue
        if override:
            interval = Interval(*override)
            granularity = Granularity.WEEK if "W" in value else Granularity.DAY if "T" in value else Granularity.YEAR
        else:
            interval, granularity = _interval(value)
        found.append(
            TemporalExpression(
                text[start:end],
                Span(start, end),
                TimexType(kind),
                value,
                mod,
                granularity,
                interval,
                Anchoring.PUBLICATION,
            )
        )
    return tuple(found)
