"""The full source article, scrolled to the excerpt, with every temporal expression and person
highlighted; n/N step between its dated statements.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Label

from timeline.model import Document, Event, Span, Timeline
from timeline.query.index import TimelineIndex

from ..dates import publication_label
from ..highlight import CURRENT, PERSON, TIMEX, document_label, person_spans, styled
from ..widgets.article_view import ArticleView

STYLES = {TIMEX: "bold underline", PERSON: "bold italic", CURRENT: "reverse"}


def statements(events: Iterable[Event], doc_id: str) -> list[Span]:
    """The spans of the dated statements (event excerpts) of a document, in text order."""
    spans = {m.span for e in events for m in e.mentions if m.document == doc_id}
    return sorted(spans)


def expressions(timeline: Timeline, events: Iterable[Event], document: Document) -> list[Span]:
    """Every temporal expression of the document, as the timeline keeps them (those the events
    used, when it keeps none: a timeline made by hand)."""
    spans = {m.timex.span for e in events for m in e.mentions if m.document == document.id}
    spans |= {t.span for t in timeline.expressions_of(document.id) or ()}
    return sorted(spans)


class ArticleScreen(Screen[None]):
    """One source of an event at a time; ``s`` goes on to the event's next source."""

    BINDINGS = [
        Binding("escape,q", "close", "Back", id="article.close"),
        Binding("n,right_square_bracket", "step(1)", "Next dated", id="article.next"),
        Binding("N,p,left_square_bracket", "step(-1)", "Previous dated", id="article.previous"),
        Binding("s", "next_source", "Next source", id="article.next_source"),
        Binding("up,k", "scroll(-1)", "Up", show=False, id="article.up"),
        Binding("down,j", "scroll(1)", "Down", show=False, id="article.down"),
    ]

    def __init__(
        self, timeline: Timeline, sources: list[tuple[Document, Span]], index: TimelineIndex | None = None
    ) -> None:
        """``sources``: each article reporting the event, with the passage to open it at.
        ``index``, when given, finds the article's events without going through them all."""
        super().__init__()
        self._timeline, self._sources, self._index = timeline, sources, index
        self._source = 0
        self._load(*sources[0])

    def _load(self, document: Document, focus: Span | None) -> None:
        timeline = self._timeline
        self._document = document
        if self._index is not None and self._index.timeline is timeline:
            events: Iterable[Event] = [timeline.events[p] for p in self._index.by_source.get(document.id, ())]
        else:
            events = timeline.events
        self._statements = statements(events, document.id)
        self._timexes = expressions(timeline, events, document)
        self._people = person_spans(timeline, document.id, Span(0, len(document.text)))
        self._focus = focus
        if focus in self._statements:
            self._current = self._statements.index(focus)
        else:  # a place inside the text (a person's mention): the statement holding it, if any
            holding = [i for i, s in enumerate(self._statements) if focus is not None and s.contains(focus)]
            self._current = holding[0] if holding else (-1 if focus is not None or not self._statements else 0)

    def _text(self) -> Text:
        spans = [(s.start, s.end, TIMEX) for s in self._timexes]
        spans += [(s, e, PERSON) for s, e in self._people]
        if self._current >= 0:
            current = self._statements[self._current]
            spans.insert(0, (current.start, current.end, CURRENT))
        elif self._focus is not None:
            spans.insert(0, (self._focus.start, self._focus.end, CURRENT))
        return styled(self._document.text, spans, STYLES)

    def _title(self) -> Text:
        doc = self._document
        header = Text(document_label(doc), style="bold")
        header.append("  " + publication_label(doc.published, doc.published_estimated), style="dim")
        if len(self._sources) > 1:
            header.append(f"  source {self._source + 1} of {len(self._sources)} (s: next)", style="dim")
        return header

    def compose(self) -> ComposeResult:
        yield Label(self._title(), id="article-title")
        yield Label("", id="article-position")
        yield ArticleView(self._text(), id="article-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self.call_after_refresh(self._show_current)

    def _show_current(self) -> None:
        view = self.query_one(ArticleView)
        n = len(self._statements)
        if self._current >= 0:
            view.scroll_to_offset(self._statements[self._current].start)
            where = f"dated statement {self._current + 1} of {n} (n/N move)"
        elif self._focus is not None:
            view.scroll_to_offset(self._focus.start)
            where = f"outside the {n} dated statements (n/N move to them)" if n else "no dated statements"
        else:
            where = "no dated statements"
        self.query_one("#article-position", Label).update(Text(where, style="dim"))

    def action_step(self, direction: int) -> None:
        if not self._statements:
            return
        if self._current < 0:  # from a mention outside them: the next or previous statement
            start = self._focus.start if self._focus is not None else 0
            after = [i for i, s in enumerate(self._statements) if s.start > start]
            before = [i for i, s in enumerate(self._statements) if s.start <= start]
            self._current = (after[0] if after else 0) if direction > 0 else (before[-1] if before else -1)
            self._current %= len(self._statements)
        else:
            self._current = (self._current + direction) % len(self._statements)
        self.query_one(ArticleView).restyle(self._text())
        self._show_current()

    def action_next_source(self) -> None:
        if len(self._sources) < 2:
            return
        self._source = (self._source + 1) % len(self._sources)
        self._load(*self._sources[self._source])
        self.query_one("#article-title", Label).update(self._title())
        self.query_one(ArticleView).set_text(self._text())
        self._show_current()

    def action_scroll(self, direction: int) -> None:
        view = self.query_one(ArticleView)
        view.scroll_to(y=view.scroll_offset.y + direction, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
