"""Export the current view: choose a format and a file name; the app writes it through
``timeline.export`` (render + atomic write) and asks before overwriting.

The format follows the file name: typing ``out.html`` picks html (a ``.json`` name keeps json or
TimelineJS, whichever is chosen). A name whose extension belongs to another format than the one
chosen is refused with a message, so the file always holds what its name says. The dialog shows
the filters whose events it writes, and takes a title for the formats that show one (left empty,
the title worked out from the articles, which it shows as the field's placeholder).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select

from timeline.export import FORMATS

from ..wording import counted
from .dialogs import Dialog


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog was asked to write: ``title`` None means the default title."""

    format_name: str
    path: str
    title: str | None = None


class ExportDialog(Dialog):
    """Returns an ``ExportChoice`` or None."""

    def __init__(
        self, shown: int, total: int, format_name: str = "json", filters: str = "", default_title: str = ""
    ) -> None:
        super().__init__()
        self._shown, self._total, self._filters = shown, total, filters
        self._format = format_name if format_name in FORMATS else next(iter(FORMATS))
        self._default_title = default_title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(
                Text(f"Export the {counted(self._shown, 'event')} shown (of {self._total:,})"), classes="dialog-title"
            )
            if self._filters:
                yield Label(Text(self._filters), classes="hint", id="export-filters")
            yield Select(
                [(Text(f"{name} — {fmt.description}"), name) for name, fmt in sorted(FORMATS.items())],
                value=self._format,
                allow_blank=False,
                id="export-format",
            )
            yield Input(self._default_name(self._format), placeholder="file name", id="export-path")
            yield Input(placeholder=self._title_hint(), id="export-title", disabled=not self._titled())
            yield Label(Text("Enter writes, Esc cancels; the format follows the file name"), classes="hint")
            yield Label("", classes="error")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def _titled(self) -> bool:
        return FORMATS[self._format].titled

    def _title_hint(self) -> str:
        if not self._titled():
            return f"title: a {self._format} export has none"
        return f"title (empty: {self._default_title})" if self._default_title else "title"

    @staticmethod
    def _default_name(format_name: str) -> str:
        return f"timeline{FORMATS[format_name].suffix}"

    def on_select_changed(self, message: Select.Changed) -> None:
        path_input = self.query_one("#export-path", Input)
        old = self._format
        self._format = str(message.value)
        title_input = self.query_one("#export-title", Input)
        title_input.disabled = not self._titled()
        title_input.placeholder = self._title_hint()
        if path_input.value in ("", self._default_name(old)):
            path_input.value = self._default_name(self._format)
        elif Path(path_input.value).suffix == FORMATS[old].suffix:
            path_input.value = str(Path(path_input.value).with_suffix(FORMATS[self._format].suffix))

    def on_input_changed(self, message: Input.Changed) -> None:
        """A file name with a known extension picks its format."""
        if message.input.id != "export-path":
            return
        formats = formats_for(message.value)
        if formats and self._format not in formats:
            self.query_one(Select).value = formats[0]  # on_select_changed keeps the name typed

    def on_input_submitted(self, message: Input.Submitted) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.error("type a file name")
            return
        formats = formats_for(path)
        if formats and self._format not in formats:
            suffix = Path(path).suffix
            self.error(f"a {suffix} file would hold {self._format}: choose {' or '.join(formats)}, or rename it")
            return
        title = self.query_one("#export-title", Input).value.strip() if self._titled() else ""
        self.dismiss(ExportChoice(self._format, str(Path(path).expanduser()), title or None))


def formats_for(path: str) -> list[str]:
    """The formats whose files have the extension of ``path`` (json first of those sharing one)."""
    suffix = Path(path.strip()).suffix.lower()
    found = [name for name, fmt in FORMATS.items() if suffix and fmt.suffix == suffix]
    return sorted(found, key=lambda name: (name != "json", name))
