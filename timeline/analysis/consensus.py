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
from ..model import Document
from .article import Analysis, analyse

NEAR_DAYS = 31  # an article's date this near another article's date belongs to its story


def settle_dates(analyses: Sequence[Analysis]) -> list[Analysis]:
    """``analyses`` with each dateline that reads both ways read the way the other articles'
    dates say (the others unchanged, in the same order). Settling again (an update of the corpus
    passes articles settled before) starts from the page's own reading, so it gives what a
    first settling of the same corpus gives."""
    settled = sorted(
        a.document.published
        for a in analyses
        if a.document.published is not None and a.document.published_alternative is None
    )
    result = []
    for analysis in analyses:
        document = analysis.document
        if document.published_alternative is None or document.published is None or not document.published_estimated:
            result.append(analysis)
            continue
        first, other = _readings(document)
        take_other = bool(settled) and _nearer(other, first, settled)
        if take_other == document.published_settled:
            result.append(analysis)
        else:
            result.append(_read_as(analysis, first, other, take_other=take_other))
    return result


def _readings(document: Document) -> tuple[dt.date, dt.date]:
    """The page's own (day-first) reading and the other one."""
    assert document.published is not None and document.published_alternative is not None
    if document.published_settled:
        return document.published_alternative, document.published
    return document.published, document.published_alternative


def _nearer(other: dt.date, first: dt.date, settled: list[dt.date]) -> bool:
    nearest_other, nearest_first = _distance(other, settled), _distance(first, settled)
    return nearest_other <= NEAR_DAYS and nearest_other < nearest_first


def _distance(day: dt.date, settled: list[dt.date]) -> int:
    """Days from ``day`` to the nearest of ``settled`` (sorted)."""
    at = bisect.bisect_left(settled, day)
    near = settled[max(0, at - 1) : at + 1]
    return min(abs((day - d).days) for d in near)


def _why(first: dt.date, other: dt.date) -> str:
    return (
        f" (read month first, not as {first.day} {first:%B %Y}: "
        f"the other articles are dated near {other.day} {other:%B %Y})"
    )


def _read_as(analysis: Analysis, first: dt.date, other: dt.date, *, take_other: bool) -> Analysis:
    """The article read on the other reading (the evidence saying why), or back on the page's
    own (the evidence as the page gave it), its expressions resolved again on that day."""
    document = analysis.document
    why = _why(first, other)
    base = (document.published_evidence or "").removesuffix(why)
    day, alternative = (other, first) if take_other else (first, other)
    redated = evolve(
        document,
        published=day,
        published_alternative=alternative,
        published_evidence=(base + why if take_other else base) or None,
        published_settled=take_other,
    )
    return analyse(redated, tuple(temporal.reanchor(analysis.expressions, day)), people=analysis.people)
