"""Publication dates the corpus settles: a dateline in figures that reads both ways.

"8/2/13" is 8 February in London and 2 August in New York. When the page says which (a US clock
time or zone beside it, a date in its URL, dates written in words month first) the dateline is
read that way (``published``); when it does not, it is read day first and the other reading is
kept (``Document.published_alternative``). An article rarely stands alone: the other articles
of the folder tell the same story and are dated by evidence that does not read two ways. The
reading nearer to their dates is taken, and the article's expressions are resolved again on it
(its people and text are not read again).

Only where the other reading is clearly nearer: within ``NEAR_DAYS`` of an article dated
unambiguously, and nearer than the first reading. A corpus that gives no such evidence keeps the
day-first reading, marked as estimated as before.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from attrs import evolve

from .. import temporal
from .article import Analysis, analyse

NEAR_DAYS = 31  # an article's date this near another article's date belongs to its story


def settle_dates(analyses: Sequence[Analysis]) -> list[Analysis]:
    """``analyses`` with each dateline that reads both ways read the way the other articles'
    dates say (the others unchanged, in the same order)."""
    settled = sorted(
        a.document.published
        for a in analyses
        if a.document.published is not None and a.document.published_alternative is None
    )
    if not settled:
        return list(analyses)
    result = []
    for analysis in analyses:
        document = analysis.document
        other = document.published_alternative
        if other is None or document.published is None or not document.published_estimated:
            result.append(analysis)
            continue
        nearest_other, nearest_first = _distance(other, settled), _distance(document.published, settled)
        if nearest_other <= NEAR_DAYS and nearest_other < nearest_first:
            result.append(_read_other_way(analysis, other))
        else:
            result.append(analysis)
    return result


def _distance(day: dt.date, settled: list[dt.date]) -> int:
    """Days from ``day`` to the nearest of ``settled`` (sorted)."""
    at = bisect.bisect_left(settled, day)
    near = settled[max(0, at - 1) : at + 1]
    return min(abs((day - d).days) for d in near)


def _read_other_way(analysis: Analysis, day: dt.date) -> Analysis:
    document = analysis.document
    assert document.published is not None
    first = document.published  # read day first: the other reading is month first
    evidence = (
        f"{document.published_evidence} (read month first, not as {first.day} {first:%B %Y}: "
        f"the other articles are dated near {day.day} {day:%B %Y})"
    )
    redated = evolve(document, published=day, published_alternative=first, published_evidence=evidence)
    return analyse(redated, tuple(temporal.reanchor(analysis.expressions, day)), people=analysis.people)
