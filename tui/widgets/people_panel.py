"""The people panel: everyone named, with aliases and event counts, most involved first.

Selecting people filters the timeline to their events (any of them, or all of them together).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Checkbox, Label, SelectionList
from textual.widgets.selection_list import Selection

from timeline.model import Timeline

from ..sanitize import one_line

TICKED, UNTICKED = "X", " "


class PeopleList(SelectionList[str]):
    """Textual's selection list, with a box that is ticked or empty: its own draws the same "X"
    in both states and tells them apart by colour alone, which some themes and readers lose."""

    BINDINGS = [
        Binding("space", "select", "Toggle", show=False, id="people.toggle"),
        Binding("m", "mentions", "Mentions", id="people.mentions"),
    ]

    @dataclass
    class MentionsWanted(Message):
        """The reader asked where the highlighted person is named."""

        person: str

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        index = self.scroll_offset.y + y
        segments = list(strip)
        if index >= self.option_count or len(segments) < 3 or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        ticked = self.get_option_at_index(index).value in self.selected
        segments[1] = Segment(TICKED if ticked else UNTICKED, segments[1].style)
        return Strip(segments, strip.cell_length)

    def action_mentions(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.MentionsWanted(self.get_option_at_index(self.highlighted).value))


class PeoplePanel(Vertical):
    """A title line (any/all) above a selection list of people."""

    @dataclass
    class Chosen(Message):
        """The ticked people changed: the ids of those ticked now."""

        people: tuple[str, ...]

    def compose(self) -> ComposeResult:
        yield Label(Text("People"), id="people-title")
        yield PeopleList(id="people-list")

    def show(self, timeline: Timeline, counts: dict[str, int], selected: tuple[str, ...]) -> None:
        people = sorted(timeline.people, key=lambda p: (-counts.get(p.id, 0), p.name.casefold()))
        options = []
        digits = len(str(max(counts.values(), default=0)))
        for person in people:
            prompt = Text(f"{counts.get(person.id, 0):>{digits}} ", style="bold")
            prompt.append(one_line(person.name))
            if person.aliases:
                prompt.append(" (" + one_line(", ".join(person.aliases)) + ")", style="dim")
            options.append(Selection(prompt, person.id, person.id in selected))
        listing = self.query_one(PeopleList)
        with listing.prevent(SelectionList.SelectedChanged):
            listing.clear_options()
            listing.add_options(options)
        if options:
            listing.highlighted = 0  # space ticks the first person straight away

    def set_selected(self, selected: tuple[str, ...]) -> None:
        listing = self.query_one(PeopleList)
        with listing.prevent(SelectionList.SelectedChanged):
            listing.deselect_all()
            for pid in selected:
                listing.select(pid)

    def set_mode(self, all_people: bool, count: int) -> None:
        title = Text("People")
        if count > 1:
            title.append(f" · {'all' if all_people else 'any'} of {count}", style="bold")
        elif count == 1:
            title.append(" · 1 chosen", style="bold")
        label = self.query_one("#people-title", Label)
        if label.content != title:
            label.update(title, layout=False)

    def on_selection_list_selected_changed(self, message: SelectionList.SelectedChanged[str]) -> None:
        message.stop()
        people = tuple(message.selection_list.selected)
        self.post_message(self.Chosen(people))
