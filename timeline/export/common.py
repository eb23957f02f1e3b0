"""What several formats say the same way: people's names, source citations, stable event keys."""

from __future__ import annotations

import hashlib

from ..model import Document, Event, Timeline


def person_names(timeline: Timeline, person_ids: tuple[str, ...]) -> list[str]:
    """The names of ``person_ids``, in order; an id with no person record is shown as is."""
    by_id = {p.id: p.name for p in timeline.people}
    return [by_id.get(pid, pid) for pid in person_ids]


def documents_by_id(timeline: Timeline) -> dict[str, Document]:
    return {d.id: d for d in timeline.documents}


def citation(doc: Document | None, doc_id: str) -> str:
    """A short citation a reporter can print: outlet, "title", date (estimated dates say so)."""
    if doc is None:
        return doc_id
    parts = [doc.source] if doc.source else []
    parts.append(f"“{doc.title}”" if doc.title else doc.label)
    if doc.published:
        day = f"{doc.published.day} {doc.published:%B %Y}"
        parts.append(f"{day} (estimated)" if doc.published_estimated else day)
    return ", ".join(parts)


def stable_key(event: Event) -> str:
    """A key that stays the same across exports of the same articles.

    Event ids (e1, e2, ...) follow timeline order and shift when an event is added; what an
    event is, though, is the set of places in the articles that report it. The key is a hash of
    those (document id and offsets of each dating expression), so re-exporting after a date
    correction, or with more articles, keeps the key of every event that is still reported the
    same way. An event with no mention falls back on its id.
    """
    parts = sorted(f"{m.document}:{m.timex.span.start}:{m.timex.span.end}" for m in event.mentions)
    basis = "\n".join(parts) if parts else f"id:{event.id}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]
