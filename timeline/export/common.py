"""What several formats say the same way: people's names, source citations, stable event keys."""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from attrs import frozen

from ..model import Document, Event, EventMention, Timeline

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

    def url(self, doc_id: str) -> str | None:
        """The web address of document ``doc_id``, when it has one that is safe to link."""
        doc = self.documents.get(doc_id)
        return web_address(doc) if doc is not None else None

    def link(self, doc_id: str) -> str | None:
        """Where a reader can read document ``doc_id``: its web address, else its file."""
        doc = self.documents.get(doc_id)
        return (web_address(doc) or file_address(doc)) if doc is not None else None

    def outlet(self, doc_id: str) -> str:
        """The outlet that published document ``doc_id``, else its headline or file name."""
        doc = self.documents.get(doc_id)
        return " ".join((doc.source or doc.label).split()) if doc is not None else doc_id


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


def distinct_mentions(event: Event) -> list[EventMention]:
    """The event's mentions, less those repeating an excerpt of the same article (one sentence
    dating an event three times, "in 2007, 2008 and 2009", is quoted once)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for mention in event.mentions:
        key = (mention.document, " ".join(mention.excerpt.split()))
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


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


_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f\"<>\\^`{|}]")


def web_address(doc: Document) -> str | None:
    """The document's ``url`` when it is an ``http(s)`` address with a host and nothing a link
    could be broken out of with (spaces, quotes, angle brackets): front matter is untrusted, and a
    ``javascript:`` URL in an exported page runs when clicked."""
    url = (doc.url or "").strip()
    if not url or _UNSAFE_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced IPv6 bracket
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


_RECORD = re.compile(r"#(\d+)\Z")


def file_address(doc: Document) -> str:
    """The ``file:`` URI of the article's file, for a reader on the machine it was read on (a
    relative path is taken from the working directory, as the command line took it). A record of
    an archive (``wire.jsonl#17``) links to the archive, the record as the URI's fragment."""
    record = _RECORD.search(doc.path)
    if record is None:
        return Path(os.path.abspath(doc.path)).as_uri()
    return Path(os.path.abspath(doc.path[: record.start()])).as_uri() + record.group()


_MONTHS = "January February March April May June July August September October November December".split()


def default_title(timeline: Timeline) -> str:
    """A title for an export nobody named: what the timeline was made of, never a file name.

    "Timeline of 3 articles, April–June 2011": the number of articles, the outlet when they all
    come from one ("Timeline of 2 BBC News articles"), and the months they were published in.
    """
    docs = timeline.documents
    outlets = Counter(" ".join(d.source.split()) for d in docs if d.source)
    noun = "article" if len(docs) == 1 else "articles"
    if len(outlets) == 1 and sum(outlets.values()) == len(docs):
        noun = f"{next(iter(outlets))} {noun}"
    title = f"Timeline of {len(docs)} {noun}"
    published = sorted(d.published for d in docs if d.published is not None)
    if published:
        first, last = published[0], published[-1]
        if (first.year, first.month) == (last.year, last.month):
            months = f"{_MONTHS[last.month - 1]} {last.year}"
        elif first.year == last.year:
            months = f"{_MONTHS[first.month - 1]}–{_MONTHS[last.month - 1]} {last.year}"
        else:
            months = f"{_MONTHS[first.month - 1]} {first.year}–{_MONTHS[last.month - 1]} {last.year}"
        title += f", {months}"
    return without_controls(title)


def title_of(timeline: Timeline, title: str | None) -> str:
    """The title the person gave (on one line), else ``default_title``."""
    given = " ".join(without_controls(title or "").split())
    return given or default_title(timeline)
