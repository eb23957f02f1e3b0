"""The lossless, versioned JSON export (schema documented in the README)."""

from __future__ import annotations

import json
from typing import Any

from ..model import Document, Event, EventMention, Person, Timeline
from . import Format, register

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
    }


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "roles": list(person.roles),
        "mentions": person.mention_count,
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
            "anchoring": timex.anchoring.value,
            "explanation": timex.explanation,
        },
    }


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
        "disagreements": [{"kind": d.kind, "detail": d.detail, "documents": list(d.documents)} for d in event.disagreements],
    }


def to_data(timeline: Timeline) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "documents": [_document(d) for d in timeline.documents],
        "people": [_person(p) for p in timeline.people],
        "events": [_event(e) for e in timeline.events],
        "problems": [{"path": p.path, "message": p.message} for p in timeline.problems],
    }


def render(timeline: Timeline) -> bytes:
    return (json.dumps(to_data(timeline), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


register(Format("json", ".json", "lossless JSON (people, events, mentions, documents)", render))
