"""What several formats say the same way: people's names, source citations, stable event keys."""

from __future__ import annotations

import hashlib
import re

from attrs import frozen

from ..model import Document, Event, Timeline

_SEQUENCES = re.compile(
    "\x1b\\][^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"  # OSC ... BEL/ST: a title, a clipboard write
    "|\x1b\\[[0-?]*[ -/]*[@-~]?"  # CSI: cursor moves, clearing the screen
    "|\x1b[ -/]*[0-~]?"  # other escapes
    "|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)


def without_controls(text: str) -> str:
    """``text`` without control characters other than tab and line ends, and without the
    terminal escape sequences they start (``ESC]52;...BEL`` writes the clipboard, ``ESC[2J``
    clears the screen)."""
    return _SEQUENCES.sub("", text)


@frozen
class Lookup:
    """The timeline's people and documents by id, built once per export (not once per event)."""

    names: dict[str, str]
    documents: dict[str, Document]
    estimated: frozenset[str]  # ids of the documents whose publication date is an estimate

    def people(self, person_ids: tuple[str, ...]) -> list[str]:
        """The names of ``person_ids``, in order; an id with no person record is shown as is."""
        return [self.names.get(pid, pid) for pid in person_ids]

    def cite(self, doc_id: str) -> str:
        return citation(self.documents.get(doc_id), doc_id)


def lookup(timeline: Timeline) -> Lookup:
    return Lookup(
        names={p.id: p.name for p in timeline.people},
        documents={d.id: d for d in timeline.documents},
        estimated=frozenset(d.id for d in timeline.documents if d.published_estimated),
    )


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
