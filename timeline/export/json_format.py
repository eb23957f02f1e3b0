"""The lossless, versioned JSON export.

Its JSON Schema (Draft 2020-12) ships with the package as ``schema/timeline.schema.json``
(``schema()`` returns it) and is described in docs/export.md. Every offset is a Python ``str``
index into the document's text as read from its file, so each excerpt and expression can be
found again in the source. Keys are only ever added within a schema version; a change in the
meaning or type of a key bumps ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..model import Document, Event, EventMention, Interval, Person, Timeline
from .registry import Format, Options, register

SCHEMA_VERSION = "timeline-explorer/1"


def _document(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published.isoformat() if doc.published else None,
        "published_estimated": doc.published_estimated,
        "published_evidence": doc.published_evidence,
        "excluded": [{"start": span.start, "end": span.end} for span in doc.excluded],
        "notes": list(doc.notes),
        "authors": list(doc.authors),
    }


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "roles": list(person.roles),
        "mentions": person.mention_count,
        "occurrences": [
            {"document": m.document, "start": m.span.start, "end": m.span.end, "text": m.text} for m in person.mentions
        ],
    }


def _mention(mention: EventMention) -> dict[str, Any]:
    timex = mention.timex
    return {
        "document": mention.document,
        "start": mention.span.start,
        "end": mention.span.end,
        "excerpt": mention.excerpt,
        "people": list(mention.people),
        "speaker": mention.speaker,
        "timex": {
            "text": timex.text,
            "start": timex.span.start,
            "end": timex.span.end,
            "value": timex.value,
            "type": timex.type.value,
            "mod": timex.mod,
            "granularity": timex.granularity.value if timex.granularity else None,
            "interval": _interval(timex.interval),
            "anchoring": timex.anchoring.value,
            "explanation": timex.explanation,
            "rule": timex.rule,
            "underspecified": timex.underspecified,
            "anchor": {"start": timex.anchor.start, "end": timex.anchor.end} if timex.anchor else None,
        },
    }


def _interval(interval: Interval | None) -> dict[str, str] | None:
    if interval is None:
        return None
    return {"start": interval.start.isoformat(), "end": interval.end.isoformat()}


def _event(event: Event) -> dict[str, Any]:
    date = event.date
    return {
        "id": event.id,
        "date": {
            "value": date.value,
            "type": date.type.value,
            "mod": date.mod,
            "start": date.interval.start.isoformat() if date.interval else None,
            "end": date.interval.end.isoformat() if date.interval else None,
            "granularity": date.granularity.value if date.granularity else None,
        },
        "text": event.text,
        "people": list(event.people),
        "sources": list(event.sources),
        "mentions": [_mention(m) for m in event.mentions],
        "disagreements": [
            {"kind": d.kind, "detail": d.detail, "documents": list(d.documents)} for d in event.disagreements
        ],
    }


def to_data(timeline: Timeline) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "documents": [_document(d) for d in timeline.documents],
        "people": [_person(p) for p in timeline.people],
        "events": [_event(e) for e in timeline.events],
        "problems": [{"path": p.path, "message": p.message} for p in timeline.problems],
    }


def schema() -> dict[str, Any]:
    """The JSON Schema that every output of ``render`` is valid against."""
    source = resources.files(__package__).joinpath("schema", "timeline.schema.json")
    loaded: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return loaded


def render(timeline: Timeline, _options: Options) -> bytes:
    return (json.dumps(to_data(timeline), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


register(Format("json", ".json", "lossless JSON (people, events, mentions, documents)", render))
