"""The sources of the focused event: each excerpt with its outlet, headline and publication date,
the dating expression highlighted and explained, people highlighted, disagreements listed.
"""

from __future__ import annotations

from rich.text import Text

from timeline.model import Event, EventDate, EventMention, Span, TemporalExpression, Timeline

from ..dates import date_label, is_approximate, is_coarse, publication_label
from ..highlight import PERSON, TIMEX, document_label, name_spans, person_spans, styled
from ..sanitize import clean, one_line
from .article_view import ArticleView

STYLES = {TIMEX: "bold reverse", PERSON: "bold underline"}


def describe(timeline: Timeline, event: Event) -> Text:
    """Everything the sources say about ``event``, as one block of text."""
    names = {p.id: p for p in timeline.people}
    date = event.date
    quality = []
    if is_approximate(date):
        quality.append("approximate")
    if is_coarse(date):
        quality.append("coarse")
    granularity = date.granularity.value if date.granularity else "undated"
    out = Text()
    out.append(date_label(date), style="bold")
    out.append(f"  {granularity}{', ' + ', '.join(quality) if quality else ''} · {date.value}\n", style="dim")
    out.append(clean(event.text).strip() + "\n")
    if event.people:
        out.append("People: ", style="dim")
        out.append(", ".join(one_line(names[p].name) if p in names else p for p in event.people) + "\n")
    for disagreement in event.disagreements:
        out.append(f"⚠ Sources disagree ({one_line(disagreement.kind)}): ", style="bold")
        out.append(clean(disagreement.detail) + "\n")
    n = len(event.sources)
    out.append(f"\n{n} source{'s' if n != 1 else ''}\n", style="dim")
    previous_doc = None
    for (doc_id, window), mentions in _by_excerpt(event).items():
        try:
            doc = timeline.document(doc_id)
        except KeyError:
            continue
        out.append("\n")
        if doc_id != previous_doc:  # an article's passages sit under one heading
            out.append(document_label(doc) + "\n", style="bold")
            out.append(
                publication_label(doc.published, doc.published_estimated) + "\n",
                style="italic" if doc.published_estimated else "dim",
            )
            if doc.published_evidence:  # estimated or given by the page: what it rests on
                out.append("  why: " + one_line(doc.published_evidence) + "\n", style="dim italic")
        previous_doc = doc_id
        excerpt = mentions[0].excerpt
        spans = [(s, e, PERSON) for s, e in person_spans(timeline, doc.id, window)]
        if not spans:
            wanted = [n for m in mentions for p in (m.people or event.people) if p in names for n in names[p].names]
            spans = [(s, e, PERSON) for s, e in name_spans(excerpt, wanted)]
        for mention in mentions:
            timex = mention.timex
            spans.append((timex.span.start - window.start, timex.span.end - window.start, TIMEX))
        body = styled(excerpt, spans, STYLES)
        body.rstrip()
        out.append("“")
        out.append(body)
        out.append("”\n")
        for mention in mentions:
            out.append("  " + explain(mention.timex) + "\n", style="dim")
    return out


def _by_excerpt(event: Event) -> dict[tuple[str, Span], list[EventMention]]:
    """The event's mentions grouped by excerpt: one block per passage, an article's passages
    together in the order the article has them."""
    groups: dict[tuple[str, Span], list[EventMention]] = {}
    for mention in event.mentions:
        groups.setdefault((mention.document, mention.span), []).append(mention)
    order = {doc: i for i, doc in enumerate(event.sources)}
    return dict(sorted(groups.items(), key=lambda item: (order[item[0][0]], item[0][1].start)))


def explain(timex: TemporalExpression) -> str:
    """How the date was worked out, e.g. "last November → Nov 2010, relative to publication"."""
    if timex.explanation:
        text = one_line(timex.explanation)
        return text if "→" in text else f"“{one_line(timex.text)}” → {date_label(date_of(timex))}: {text}"
    return f"“{one_line(timex.text)}” → {date_label(date_of(timex))} ({timex.anchoring.value})"


def date_of(timex: TemporalExpression) -> EventDate:
    return EventDate(timex.value, timex.type, timex.mod, timex.granularity, timex.interval)


class ExcerptPane(ArticleView):
    """The sources of the focused event, as a line-API view: changing the event repaints this
    pane only, without laying out the screen again."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("No event selected", style="dim"), id=id)

    def show(self, timeline: Timeline, event: Event | None, needle: str = "") -> None:
        if event is None:
            self.set_text(Text("No event matches the filters", style="dim"))
        else:
            text = describe(timeline, event)
            if needle:  # the search hits, as in the list
                text.highlight_words([needle], style="reverse", case_sensitive=False)
            self.set_text(text)
