"""Shown while the articles are read and analysed in a worker; Escape cancels."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Label, ProgressBar


class LoadingScreen(Screen[None]):
    """The progress of the app's loading worker; the app stops it when told ``Cancelled``."""

    BINDINGS = [Binding("escape,ctrl+c,q", "cancel", "Cancel", id="loading.cancel")]

    @dataclass
    class Cancelled(Message):
        """The user asked to stop loading (and so to quit)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="loading"):
            yield Label(Text("Reading articles…"), id="loading-status")
            yield ProgressBar(id="loading-progress", show_eta=False)
            yield Label(Text("Esc cancels", style="dim"))

    def progress(self, done: int, total: int, what: str) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#loading-status", Label).update(Text(what))

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
