"""Every place the articles name one person, each with the words around it; choosing one opens
the article there. It is how a reader checks who the tool says someone is: every mention the
linking attributed (full names, titles, bare surnames) is listed, in corpus order."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from timeline.model import Person, Span, Timeline
from timeline.query.index import TimelineIndex

from ..highlight import document_label
from ..sanitize import one_line
from .article_screen import ArticleScreen

_AROUND = 40  # characters of context either side of the name


def mention_line(timeline: Timeline, document_id: str, span: Span) -> Text:
    """ "Kent Messenger: …the report, Mr Gilroy said he had…", the name in bold."""
    try:
        document = timeline.document(document_id)
    except KeyError:
        return Text(one_line(document_id))
    text = document.text
    start, end = (
        _word_edge(text, span.start - _AROUND, 1, span.start),
        _word_edge(text, span.end + _AROUND, -1, span.end),
    )
    line = Text(one_line(document_label(document)) + ": ", style="dim")
    line.append(("…" if start > 0 else "") + one_line(text[start : span.start]))
    line.append(one_line(text[span.start : span.end]), style="bold")
    line.append(one_line(text[span.end : end]) + ("…" if end < len(text) else ""))
    return line


def _word_edge(text: str, pos: int, step: int, limit: int) -> int:
    """``pos`` moved (forward for ``step`` 1, back for -1, never past ``limit``) to the edge of
    a word, so the context does not open or close inside one ("…s at nearby")."""
    if pos <= 0 or pos >= len(text):
        return max(0, min(pos, len(text)))
    moved = pos
    while moved != limit and not (text[moved - 1].isspace() if step > 0 else text[moved].isspace()):
        moved += step
    return moved


class MentionsScreen(ModalScreen[tuple[str, Span] | None]):
    """A person's mentions; Enter returns the (document id, span) chosen, Escape nothing."""

    BINDINGS = [Binding("escape,q", "close", "Close", id="mentions.close")]

    def __init__(self, timeline: Timeline, person: Person) -> None:
        super().__init__()
        self._timeline, self._person = timeline, person

    def compose(self) -> ComposeResult:
        person = self._person
        n = len(person.mentions)
        title = Text(one_line(person.name), style="bold")
        title.append(f" · {n} mention{'s' if n != 1 else ''} (Enter opens the article there, Esc closes)")
        options = [
            Option(mention_line(self._timeline, m.document, m.span), id=str(i)) for i, m in enumerate(person.mentions)
        ]
        with Vertical(classes="dialog wide", id="mentions"):
            yield Label(title, classes="dialog-title")
            yield OptionList(*options, id="mentions-list")

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        mention = self._person.mentions[message.option_index]
        self.dismiss((mention.document, mention.span))

    def action_close(self) -> None:
        self.dismiss(None)


def show_mentions(app: App[Any], timeline: Timeline, index: TimelineIndex | None, person_id: str) -> None:
    """Every mention of the person; the one chosen opens its article there."""
    try:
        person = timeline.person(person_id)
    except KeyError:
        return

    def chosen(where: tuple[str, Span] | None) -> None:
        if where is None:
            return
        try:
            document = timeline.document(where[0])
        except KeyError:
            return
        app.push_screen(ArticleScreen(timeline, [(document, where[1])], index))

    app.push_screen(MentionsScreen(timeline, person), chosen)
