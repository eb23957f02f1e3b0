"""Export the current view: choose a format and a file name; the app writes it through
``timeline.export`` (render + atomic write) and asks before overwriting.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select

from timeline.export import FORMATS

from ..wording import counted
from .dialogs import Dialog


class ExportDialog(Dialog):
    """Returns (format name, path) or None."""

    def __init__(self, shown: int, total: int, format_name: str = "json") -> None:
        super().__init__()
        self._shown, self._total = shown, total
        self._format = format_name if format_name in FORMATS else next(iter(FORMATS))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(
                Text(f"Export the {counted(self._shown, 'event')} shown (of {self._total:,})"), classes="dialog-title"
            )
            yield Select(
                [(Text(f"{name} — {fmt.description}"), name) for name, fmt in sorted(FORMATS.items())],
                value=self._format,
                allow_blank=False,
                id="export-format",
            )
            yield Input(self._default_name(self._format), placeholder="file name", id="export-path")
            yield Label(Text("Enter writes, Esc cancels"), classes="hint")
            yield Label("", classes="error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @staticmethod
    def _default_name(format_name: str) -> str:
        return f"timeline{FORMATS[format_name].suffix}"

    def on_select_changed(self, message: Select.Changed) -> None:
        path_input = self.query_one(Input)
        old = self._format
        self._format = str(message.value)
        if path_input.value in ("", self._default_name(old)):
            path_input.value = self._default_name(self._format)
        elif Path(path_input.value).suffix == FORMATS[old].suffix:
            path_input.value = str(Path(path_input.value).with_suffix(FORMATS[self._format].suffix))

    def on_input_submitted(self, message: Input.Submitted) -> None:
        path = message.value.strip()
        if not path:
            self.error("type a file name")
            return
        self.dismiss((self._format, str(Path(path).expanduser())))
