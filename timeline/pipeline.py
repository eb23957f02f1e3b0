"""From loaded documents to the unified timeline.

``analyse`` does the per-document work (tagging, sentences); ``unify`` turns analyses into one
timeline. Keeping them apart lets a caller re-analyse a single document (after its publication
date changes) and unify again without touching the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from .model import Document, Event, EventDate, EventMention, Problem, Timeline, TimexType
from .people import find_people
from .temporal import tag
from .text import enclosing, sentences


@frozen
class Analysis:
    document: Document
    expressions: tuple
    sentences: tuple


def analyse(document: Document) -> Analysis:
    return Analysis(document, tag(document.content, document.published), sentences(document.content))


def unify(analyses: Sequence[Analysis], problems: Sequence[Problem] = ()) -> Timeline:
    documents = tuple(a.document for a in analyses)
    people = find_people(documents)
    events = []
    for order, analysis in enumerate(analyses):
        doc = analysis.document
        for timex in analysis.expressions:
            if timex.interval is None or timex.type not in (TimexType.DATE, TimexType.TIME):
                continue
            sentence = enclosing(analysis.sentences, timex.span) or timex.span
            excerpt = doc.text[sentence.start:sentence.end]
            mention = EventMention(doc.id, sentence, excerpt, timex)
            date = EventDate(timex.value, timex.type, timex.mod, timex.granularity, timex.interval)
            events.append(((timex.interval.start, -_width(timex), order, timex.span.start), date, excerpt, mention))
    events.sort(key=lambda e: e[0])
    return Timeline(
        documents=documents,
        people=people,
        events=tuple(Event(f"e{i + 1}", date, text, (), (mention,)) for i, (_, date, text, mention) in enumerate(events)),
        problems=tuple(problems),
    )


def _width(timex) -> int:
    return timex.interval.days


def build_timeline(documents: Sequence[Document], problems: Sequence[Problem] = ()) -> Timeline:
    """The unified timeline of ``documents``."""
    return unify([analyse(doc) for doc in documents], problems)
