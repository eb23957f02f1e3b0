"""The first stage of the corpus analysis: what one article says, before it meets the others.

``analyse(document)`` tags the article's temporal expressions (against its publication date, or
one inferred from the text and marked as estimated: ``published``), splits it into sentences,
finds its people and its dated statements, and groups the statements that tell one event. It
depends on the article alone, so articles are analysed in parallel (``pool``) and an analysis can
be cached.
"""

from __future__ import annotations

from attrs import evolve, frozen

from .. import temporal
from ..events.extract import Statement, statements
from ..events.local import local_groups
from ..model import Document, Span, TemporalExpression
from ..people import DocPeople, analyse_people
from ..text import sentences
from .published import datelines, infer_published


@frozen
class Analysis:
    """What one article says, before it meets the others."""

    document: Document
    expressions: tuple[TemporalExpression, ...]
    sentences: tuple[Span, ...]
    people: DocPeople
    statements: tuple[Statement, ...] = ()
    groups: tuple[tuple[int, ...], ...] | None = None  # statements about one event (``events.local.local_groups``)


def analyse(
    document: Document,
    expressions: tuple[TemporalExpression, ...] | None = None,
    people: DocPeople | None = None,
) -> Analysis:
    """The analysis of one article. ``expressions``/``people`` may be passed in when already
    known (re-anchoring keeps the people; tests pass hand-made expressions)."""
    if document.published is None:
        document = infer_published(document)
    text = document.content
    if expressions is None:
        expressions = temporal.tag(text, document.published)
    spans = sentences(text)
    people = people if people is not None else analyse_people(document.id, text)
    if people.authors != document.authors:
        document = evolve(document, authors=people.authors)
    # The dateline is when the article was published, not something that happened then.
    metadata = datelines(document, text)
    dating = [e for e in expressions if not any(line.contains(e.span) for line in metadata)]
    found = statements(document.id, text, spans, tuple(dating), people)
    return Analysis(document, tuple(expressions), spans, people, found, local_groups(found))
