"""Rich ``Text`` built from untrusted plain strings, with spans styled by offset.

Nothing here parses markup: text goes through ``sanitize.clean`` and into ``Text(...)`` as plain
characters, and styles are laid over character ranges, so "[bold]" in an article stays "[bold]".
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from timeline.model import Document, Span, Timeline

from .sanitize import clean

TIMEX = "timex"
PERSON = "person"
CURRENT = "current"


def styled(text: str, spans: Iterable[tuple[int, int, str]], styles: dict[str, str]) -> Text:
    """``text`` (cleaned) with each ``(start, end, kind)`` range styled as ``styles[kind]``."""
    result = Text(clean(text), no_wrap=False)
    for start, end, kind in spans:
        start, end = max(0, start), min(len(text), end)
        if start < end and styles.get(kind):
            result.stylize(styles[kind], start, end)
    return result


def person_spans(
    timeline: Timeline, doc_id: str, window: Span, people: Iterable[str] | None = None
) -> list[tuple[int, int]]:
    """Where people are named inside ``window`` of a document, relative to ``window.start``.

    The people finder's own mention spans are used; with ``people`` only those people.
    """
    wanted = set(people) if people is not None else None
    spans = []
    for person in timeline.people:
        if wanted is not None and person.id not in wanted:
            continue
        for mention in person.mentions:
            if mention.document == doc_id and window.contains(mention.span):
                spans.append((mention.span.start - window.start, mention.span.end - window.start))
    return spans


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Every place one of ``names`` appears literally in ``text`` (a fallback when the people
    finder gives no spans, e.g. for an event whose excerpt was merged from another source)."""
    spans = []
    for name in names:
        if len(name) < 3:
            continue
        start = text.find(name)
        while start != -1:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return spans


def document_label(document: Document) -> str:
    return clean(" · ".join(x for x in (document.source, document.label) if x)).replace("\n", " ")
