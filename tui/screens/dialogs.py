"""Small modal dialogs that ask for one value and return it (``ModalScreen[T]``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, SelectionList
from textual.widgets.selection_list import Selection

from timeline.model import Document
from timeline.query.filters import DateBoundError, parse_bound
from timeline.query.filters import publication_day as read_publication_day

from ..dates import day_label, publication_label
from ..highlight import document_label

CANCEL = Binding("escape", "cancel", "Cancel", id="dialog.cancel")


class Dialog(ModalScreen[Any]):
    """Common parts: Escape cancels (returns None), an error line."""

    BINDINGS = [CANCEL]

    def action_cancel(self) -> None:
        self.dismiss(None)

    def error(self, message: str) -> None:
        self.query_one(".error", Label).update(Text(message))


class GoToDateDialog(Dialog):
    """Ask for a date ("2010", "Nov 2010", "2011-04-01") and return it."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Go to date"), classes="dialog-title")
            yield Input(placeholder="2010, Nov 2010 or 2011-04-01", id="goto-date")
            yield Label("", classes="error")

    def on_input_submitted(self, message: Input.Submitted) -> None:
        try:
            self.dismiss(parse_bound(message.value))
        except DateBoundError as exc:
            self.error(str(exc))


class DateRangeDialog(Dialog):
    """Ask for a from/to range; either end may stay empty. Returns (start, end)."""

    def __init__(self, start: dt.date | None, end: dt.date | None) -> None:
        super().__init__()
        self._start, self._end = start, end

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Date range (2010, Nov 2010, 2011-04-01; empty for open)"), classes="dialog-title")
            yield Input(self._start.isoformat() if self._start else "", placeholder="from", id="range-from")
            yield Input(self._end.isoformat() if self._end else "", placeholder="to", id="range-to")
            yield Label("", classes="error")

    def on_input_submitted(self, message: Input.Submitted) -> None:
        if message.input.id == "range-from":
            self.query_one("#range-to", Input).focus()
            return
        raw_from = self.query_one("#range-from", Input).value.strip()
        raw_to = self.query_one("#range-to", Input).value.strip()
        try:
            start = parse_bound(raw_from) if raw_from else None
            end = parse_bound(raw_to, end=True) if raw_to else None
        except DateBoundError as exc:
            self.error(str(exc))
            return
        if start and end and end < start:
            self.error(f"the range ends ({day_label(end)}) before it starts ({day_label(start)})")
            return
        self.dismiss((start, end))


class SourcesDialog(Dialog):
    """Choose the source documents to show; returns their ids (empty: all)."""

    BINDINGS = [CANCEL, Binding("enter", "done", "Apply", id="sources.apply", priority=True)]

    def __init__(self, documents: tuple[Document, ...], chosen: tuple[str, ...]) -> None:
        super().__init__()
        self._documents, self._chosen = documents, chosen

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(Text("Sources: space toggles, Enter applies, Esc cancels"), classes="dialog-title")
            yield SelectionList[str](
                *[Selection(Text(document_label(d)), d.id, d.id in self._chosen) for d in self._documents],
                id="sources-list",
            )

    def action_done(self) -> None:
        self.dismiss(tuple(self.query_one(SelectionList).selected))


class PublicationDialog(Dialog):
    """Set an article's publication date, or take back one the user set. Returns (document id,
    date), the date None to remove the user's own: a correction that cannot be undone is one
    people stop making. ``user_dates`` (document id -> date) are the dates the user set, listed
    so they can be found again."""

    def __init__(self, documents: tuple[Document, ...], current: str | None, user_dates: Mapping[str, dt.date]) -> None:
        super().__init__()
        self._documents, self._current, self._user_dates = documents, current, user_dates

    def compose(self) -> ComposeResult:
        docs = self._documents
        with Vertical(classes="dialog wide"):
            yield Label(Text("Set publication date"), classes="dialog-title")
            yield Select(
                [(Text(document_label(d)), d.id) for d in docs],
                value=self._current or docs[0].id,
                allow_blank=False,
                id="pub-document",
            )
            yield Label("", id="pub-current")
            yield Input(placeholder="2011-04-10 or 10 April 2011", id="pub-date")
            yield Label(
                Text(
                    "Enter sets it and re-resolves the article's dates; an empty date removes the one "
                    "you set; Esc cancels"
                ),
                classes="hint",
            )
            yield Label("", classes="error")
            yield Label(self._listing(), id="pub-set")

    def _listing(self) -> Text:
        if not self._user_dates:
            return Text("You have set no publication dates.", style="dim")
        labels = {d.id: document_label(d) for d in self._documents}
        lines = [f"  {labels.get(i, i)} — {day_label(day)}" for i, day in self._user_dates.items()]
        return Text("Dates you set:\n" + "\n".join(lines), style="dim")

    def on_mount(self) -> None:
        self._describe(self.query_one(Select).value)
        self.query_one(Input).focus()

    def _describe(self, doc_id: object) -> None:
        doc = next((d for d in self._documents if d.id == doc_id), None)
        if doc is not None:
            label = publication_label(doc.published, doc.published_estimated)
            if doc.id in self._user_dates:
                label += " — set by you; an empty date brings back the article's own"
            self.query_one("#pub-current", Label).update(Text(label, style="dim"))

    def on_select_changed(self, message: Select.Changed) -> None:
        self._describe(message.value)

    def on_input_submitted(self, message: Input.Submitted) -> None:
        doc_id = str(self.query_one(Select).value)
        if not message.value.strip():
            if doc_id in self._user_dates:
                self.dismiss((doc_id, None))
            else:
                self.error("You set no date for this article; type one (2011-04-10 or 10 April 2011)")
            return
        day = publication_day(message.value)
        if isinstance(day, str):
            self.error(day)
            return
        self.dismiss((doc_id, day))


def publication_day(text: str) -> dt.date | str:
    """A publication date typed by the user ("2011-04-10", "10 April 2011"), or what is wrong
    (``timeline.query.filters.publication_day``, which ``--published`` reads dates with too)."""
    try:
        return read_publication_day(text)
    except DateBoundError as exc:
        return str(exc)


class ConfirmDialog(Dialog):
    """A yes/no question; returns True or False."""

    BINDINGS = [
        CANCEL,
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._question), classes="dialog-title")
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", id="yes", variant="warning")
                yield Button("No (n)", id="no")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def on_button_pressed(self, message: Button.Pressed) -> None:
        self.dismiss(message.button.id == "yes")
