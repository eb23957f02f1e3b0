"""Publication dates for articles that do not give one, inferred from the text.

Evidence, strongest first: a dateline ("Published: 12 May 2011", "Last updated 3 June 2011"); a
full date in a sentence that also says "today"; the latest full date the article mentions (news
reports things that have happened). The result is always marked estimated, with its evidence,
so the user can see why and set another date.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import evolve

from ..model import Document, Granularity, TemporalExpression
from ..temporal import tag
from ..text import enclosing, sentences

_DATELINE = re.compile(
    r"\b(?:published|posted|updated|last updated|first published|date)\b\s*(?:on|:)?\s*$", re.IGNORECASE
)
_TODAY = re.compile(r"\b(?:today|this morning|this afternoon|tonight)\b", re.IGNORECASE)


def _full_dates(expressions: tuple[TemporalExpression, ...]) -> list[TemporalExpression]:
    return [
        t for t in expressions if t.granularity is Granularity.DAY and t.interval is not None and t.value[:4].isdigit()
    ]


def infer_published(document: Document) -> Document:
    """``document`` with an estimated publication date and its evidence, when the text gives
    any; unchanged otherwise."""
    text = document.content
    dates = _full_dates(tag(text, None))
    if not dates:
        return document
    for timex in dates:
        line_start = text.rfind("\n", 0, timex.span.start) + 1
        if _DATELINE.search(text[line_start : timex.span.start]):
            return _estimated(document, timex, f"dateline: {text[line_start : timex.span.end].strip()!r}")
    spans = sentences(text)
    for timex in dates:
        sentence = enclosing(spans, timex.span)
        if sentence and _TODAY.search(text[sentence.start : sentence.end]):
            return _estimated(document, timex, f"'today' beside the date {timex.text!r}")
    latest = max(dates, key=_last_day)
    return _estimated(document, latest, f"the latest full date the article mentions ({latest.text!r})")


def _last_day(timex: TemporalExpression) -> dt.date:
    return timex.interval.end if timex.interval is not None else dt.date.min


def _estimated(document: Document, timex: TemporalExpression, evidence: str) -> Document:
    assert timex.interval is not None  # only full dates are evidence
    return evolve(
        document,
        published=timex.interval.start,
        published_estimated=True,
        published_evidence=f"estimated from the text: {evidence}",
    )
