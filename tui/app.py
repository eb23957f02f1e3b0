"""The minimal explorer: events in date order and the excerpt of the selected one."""

from __future__ import annotations

import datetime as dt

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option
from rich.text import Text

from timeline.corpus import load, seeds_dir
from timeline.model import Problem, Timeline
from timeline.pipeline import build_timeline


class TimelineApp(App[None]):
    TITLE = "Timeline Explorer"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]
    CSS = """
    #events { width: 1fr; }
    #excerpt { width: 1fr; padding: 0 1; }
    """

    def __init__(self, timeline: Timeline) -> None:
        super().__init__()
        self.timeline = timeline

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield OptionList(*[Option(Text(f"{e.date.value:<12} {e.text[:80]}"), id=e.id) for e in self.timeline.events], id="events")
            yield Static(id="excerpt")
        yield Footer()

    def on_option_list_option_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        event = next(e for e in self.timeline.events if e.id == message.option.id)
        parts = []
        for mention in event.mentions:
            doc = self.timeline.document(mention.document)
            parts.append(Text(f"{doc.label}\n", style="bold") + Text(mention.excerpt) + Text("\n\n"))
        self.query_one("#excerpt", Static).update(Text("").join(parts))


def run(paths: list[str], overrides: dict[str, dt.date], problems: list[str]) -> int:
    corpus = load(paths or [seeds_dir()], overrides)
    timeline = build_timeline(corpus.documents, corpus.problems)
    TimelineApp(timeline).run()
    return 0
