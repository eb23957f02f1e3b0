"""The notes an event carries beside its sources: a statement told in the past tense but dated
after its article appeared (*doubtful*), and sources that date what reads as one event
differently (*date*). Functions of the statements and documents concerned; the state finds
which those are (``state``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..events.extract import Statement
from ..model import Disagreement, Document, EventDate
from ..temporal.tense import FUTURE, direction
from ..timex.dates import display

MAX_NAMED = 3  # sources named for one date in a note; the rest are counted

# A sentence that tells what has happened, and one that looks ahead.
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|died|\w{3,}ed)\b", re.IGNORECASE)
_AHEAD = re.compile(
    r"\b(?:will|would|shall|to\s+be|scheduled|expected|plans?|planned|due|next|upcoming|set\s+to|could|might|(?-i:may))\b",
    re.IGNORECASE,
)


def doubt(statement: Statement, document: Document, outlet: str) -> Disagreement | None:
    """A statement told in the past tense but dated after its article was published: the date
    (or the publication date) is probably wrong."""
    date = statement.date
    if document.published is None or date is None or date.interval is None or statement.relation is not None:
        return None
    if date.interval.start <= document.published:
        return None
    sentence = statement.excerpt
    if not _PAST.search(sentence) or _AHEAD.search(sentence) or _told_ahead(statement):
        return None
    published = f"{document.published.day} {document.published:%B %Y}"
    estimated = " (an estimate)" if document.published_estimated else ""
    return Disagreement(
        "doubtful",
        f"{outlet} tells this in the past tense but dates it {date.value}, after it was published on {published}{estimated}",
        (statement.doc,),
    )


def _told_ahead(statement: Statement) -> bool:
    """Whether the sentence's tense, read as the engine reads it, points its date forward: "the
    council had voted March 5 to close the branch in June" tells of a plan, not a past event."""
    offset = statement.sentence.start
    for timex in statement.timexes:
        start, end = timex.span.start - offset, timex.span.end - offset
        if start >= 0 and statement.excerpt[start:end] == timex.text:
            if direction(statement.excerpt, start, end) == FUTURE:
                return True
    return False


def told_in_one_sentence(members: Sequence[Statement], others: Iterable[Statement]) -> bool:
    """Whether some article tells this event (``members``) and another (``others``) in one
    sentence ("arrested a man on Tuesday in connection with the Sept. 9 fire"): it tells two
    events apart there, so their sharing words and people is no disagreement about one event's
    date."""
    here = {(s.doc, s.sentence) for s in members}
    return any((s.doc, s.sentence) in here for s in others)


def date_disagreement(told: Sequence[tuple[str, EventDate]], outlet: Callable[[str], str]) -> Disagreement:
    """The note that the sources (document, the date it gives) date one event differently."""
    docs = tuple(dict.fromkeys(doc for doc, _ in told))
    return Disagreement(
        "date", f"sources date what reads as the same event differently: {_dated_by(told, outlet)}", docs
    )


def _dated_by(told: Sequence[tuple[str, EventDate]], outlet: Callable[[str], str]) -> str:
    """Each date the sources give and who gives it, the date most give first: "2 May 2013
    (Daily News, People and 8 more); 12 June 2013 (Access Hollywood)"."""
    by_date: dict[str, list[str]] = {}
    for doc, date in told:
        outlets = by_date.setdefault(display(date), [])
        if (name := outlet(doc)) not in outlets:
            outlets.append(name)
    parts = []
    for said, outlets in sorted(by_date.items(), key=lambda item: -len(item[1])):
        named = ", ".join(outlets[:MAX_NAMED])
        more = len(outlets) - MAX_NAMED
        parts.append(f"{said} ({named} and {more} more)" if more > 0 else f"{said} ({named})")
    return "; ".join(parts)
