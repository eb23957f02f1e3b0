"""The domain: immutable values that every stage of the pipeline passes along.

Everything here is a frozen attrs class. A stage never mutates what it is given; it returns new
values (``attrs.evolve``), so a timeline can be rebuilt from changed inputs (a corrected
publication date, say) without any stage having to undo what another did.

Offsets (``Span``) are always Python ``str`` indices into the document's text (``Document.text``:
a text file as read from disk, the article extracted from a saved page, an archive record's
text), so every excerpt, expression and name can be traced back to its source.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

from attrs import frozen


class TimexType(str, Enum):
    """The four TIMEX3 types of TimeML."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(str, Enum):
    """How precise a date is. Ordered from coarse to fine (see ``rank``)."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF_YEAR = "half-year"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part-of-day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    @property
    def rank(self) -> int:
        """0 for the coarsest granularity; larger is finer."""
        return _GRANULARITY_ORDER.index(self)


_GRANULARITY_ORDER = list(Granularity)


class Anchoring(str, Enum):
    """What a temporal expression's value was worked out from.

    The TUI shows it, and re-anchoring a document on a new publication date only has to
    recompute the expressions that are not ``ABSOLUTE``.
    """

    ABSOLUTE = "absolute"  # the text fixes the date by itself ("February 2009")
    PUBLICATION = "publication"  # relative to the document's publication date ("last November")
    PREVIOUS = "previous"  # relative to the previously mentioned date ("two days later")
    EVENT = "event"  # relative to an event the text ties it to ("the evening before" the meeting)
    UNRESOLVED = "unresolved"  # needed an anchor that was missing; the value stays symbolic
    UNANCHORED = "unanchored"  # durations, sets and generic references need no anchor


# Span and Interval check their ends in ``__init__`` rather than in an attrs validator: msgspec
# runs a class's validators on every object it decodes, and the caches and stored timelines
# decode hundreds of thousands of both from bodies whose digest was checked; what the code
# makes (and ``evolve`` remakes) is still checked.


@frozen(order=True, init=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a document's text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end})")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@frozen(order=True, init=False)
class Interval:
    """The calendar days a date covers, both ends included ("Nov 2010" is 1 to 30 November)."""

    start: dt.date
    end: dt.date

    def __init__(self, start: dt.date, end: dt.date) -> None:
        if end < start:
            raise ValueError(f"interval ends ({end}) before it starts ({start})")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    def contains(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@frozen
class TemporalExpression:
    """A temporal expression found in a text and normalised to a TIMEX3 value.

    ``value`` keeps the granularity the text gives ("2010-11", never "2010-11-01").
    ``interval`` is the stretch of calendar it covers, for sorting and filtering; it is None for
    durations, sets, generic references and expressions that could not be resolved.
    ``explanation`` is for people: how the value was worked out.
    ``underspecified`` is the value before anchoring (for instance ``UNDEF-last-november``), so
    the expression can be re-resolved against another anchor without tagging the text again.
    ``anchor`` is the span of the expression (or event) it was resolved against, if any.
    """

    text: str
    span: Span
    type: TimexType
    value: str
    mod: str | None = None
    granularity: Granularity | None = None
    interval: Interval | None = None
    anchoring: Anchoring = Anchoring.ABSOLUTE
    explanation: str = ""
    rule: str = ""
    underspecified: str | None = None
    anchor: Span | None = None

    @property
    def is_dated(self) -> bool:
        """True when the expression pins down a stretch of the calendar."""
        return self.interval is not None


_NOT_A_BREAK = re.compile(r"[^\r\n]")


def _joined_spans(spans: tuple[Span, ...]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap or touch joined into one."""
    joined: list[tuple[int, int]] = []
    for span in sorted(spans):
        if joined and span.start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], span.end))
        else:
            joined.append((span.start, span.end))
    return joined


@frozen
class Document:
    """One source article.

    ``text`` is the whole file as read (front matter included) so that offsets stay true to the
    file; for a saved web page, the article extracted from it, and for an archive, the record's
    text (``path`` then names the file and the record: ``wire.jsonl#17``); ``excluded`` lists the spans that are not article content (front matter, site
    navigation, cookie banners, captions) and must yield no events or people. ``authors`` are
    the people its by-lines and credits name ("By Jane Smith", "Reporting by ..."): who wrote
    it, never a participant of what it tells.
    """

    id: str
    path: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_estimated: bool = False
    published_evidence: str | None = None
    excluded: tuple[Span, ...] = ()
    notes: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    # The other reading of an estimated date written in figures that reads both ways
    # ("8/2/13": 8 February or 2 August) when the page itself does not say which; the corpus
    # settles it (``analysis.consensus``).
    published_alternative: dt.date | None = None
    # True when the corpus took the other reading: ``published`` is then the month-first one and
    # ``published_alternative`` the day-first one the page gave (so it can be settled again).
    published_settled: bool = False

    @property
    def content(self) -> str:
        """The text with every excluded span blanked out (same length, same offsets): each
        character but a line break becomes a space. Asked for by every stage that reads the
        article, so the excluded stretches are blanked whole, not a character at a time."""
        if not self.excluded:
            return self.text
        text = self.text
        pieces = []
        at = 0
        for start, end in _joined_spans(self.excluded):
            pieces.append(text[at:start])
            pieces.append(_NOT_A_BREAK.sub(" ", text[start:end]))
            at = end
        pieces.append(text[at:])
        return "".join(pieces)

    @property
    def label(self) -> str:
        """A short human name: the title, else the file name."""
        return self.title or self.path.rsplit("/", 1)[-1]


@frozen
class PersonMention:
    """One place a person is named (or referred to) in a document."""

    document: str
    span: Span
    text: str


@frozen
class Person:
    """A real person, with every surface form used for them across the corpus."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[PersonMention, ...] = ()

    @property
    def mention_count(self) -> int:
        return len(self.mentions)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@frozen
class EventDate:
    """The date of an event, at the granularity its sources give."""

    value: str
    type: TimexType = TimexType.DATE
    mod: str | None = None
    granularity: Granularity | None = None
    interval: Interval | None = None


@frozen
class EventMention:
    """What one document says about an event: the excerpt and the expression that dates it."""

    document: str
    span: Span
    excerpt: str
    timex: TemporalExpression
    people: tuple[str, ...] = ()
    speaker: str | None = None


@frozen
class Disagreement:
    """Where sources of one event differ (a date, a spelling); both readings are kept."""

    kind: str
    detail: str
    documents: tuple[str, ...] = ()


@frozen
class Event:
    """A dated statement, merged across every source that reports it."""

    id: str
    date: EventDate
    text: str
    people: tuple[str, ...] = ()
    mentions: tuple[EventMention, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """The documents that mention this event, in order of first mention, without repeats."""
        return tuple(dict.fromkeys(m.document for m in self.mentions))


@frozen
class Problem:
    """Something wrong with an input that the user should hear about."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@frozen
class Timeline:
    """The unified timeline of a corpus: its documents, people and events in date order.

    ``expressions`` holds, for each document (in the order of ``documents``), every temporal
    expression the engine found in it, the ones that date no event included (durations, "now",
    sets): the TimeML export writes them without running the engine again. It may be empty (a
    timeline made by hand); then only the expressions the events rest on are known.
    """

    documents: tuple[Document, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()
    expressions: tuple[tuple[TemporalExpression, ...], ...] = ()

    def expressions_of(self, doc_id: str) -> tuple[TemporalExpression, ...] | None:
        """Every expression found in document ``doc_id``; None when the timeline does not hold them."""
        if not self.expressions:
            return None
        for doc, found in zip(self.documents, self.expressions, strict=False):
            if doc.id == doc_id:
                return found
        return None

    def document(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)

    def person(self, person_id: str) -> Person:
        for person in self.people:
            if person.id == person_id:
                return person
        raise KeyError(person_id)
