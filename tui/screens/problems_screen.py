"""The files that could not be loaded (or loaded with a problem), one line each."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from timeline.model import Problem

from ..sanitize import one_line


class ProblemsScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,l", "close", "Close", id="problems.close")]

    def __init__(self, problems: tuple[Problem, ...], fatal: bool = False) -> None:
        super().__init__()
        self._problems, self._fatal = problems, fatal

    def compose(self) -> ComposeResult:
        n = len(self._problems)
        title = "No usable articles. " if self._fatal else ""
        title += f"{n} problem{'s' if n != 1 else ''} while loading" if n else "Every file loaded without problems"
        body = Text()
        for problem in self._problems:
            body.append(one_line(problem.path), style="bold")
            body.append(": " + one_line(problem.message) + "\n")
        with VerticalScroll(classes="dialog wide", id="problems"):
            yield Static(Text(title + " (Esc closes)", style="bold"))
            yield Static(body, id="problems-body")

    def action_close(self) -> None:
        if self._fatal:
            self.app.exit(return_code=1)
        else:
            self.dismiss(None)
