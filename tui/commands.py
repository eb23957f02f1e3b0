"""Command palette providers: every action, jump to a person, jump to a date, export as a format.

They are the app's, so the palette offers them on every screen, and they act on the main screen.
Names come from articles, so hits are built as plain ``Content`` (Textual's ``Matcher.highlight``
reads its argument as markup).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from timeline.model import Person
from timeline.query.filters import DateBoundError, parse_bound

from .dates import day_label
from .keys import Command, palette_commands
from .sanitize import one_line
from .screens.main_screen import MainScreen, main_screen
from .wording import counted

if TYPE_CHECKING:
    from timeline.export import Format  # imported for real only when needed: see _formats


def plain_highlight(matcher: Matcher, candidate: str) -> Content:
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize("bold reverse", offset, offset + 1)
    return content


class MainProvider(Provider):
    """A provider acting on the main screen, whichever screen the palette was opened on."""

    @property
    def main(self) -> MainScreen:
        return main_screen(self.app)


class ActionsProvider(MainProvider):
    """Every action of the main screen by name."""

    def _commands(self) -> list[Command]:
        return palette_commands(self.main)

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            if score := matcher.match(name):
                yield Hit(score, plain_highlight(matcher, name), callback, text=name, help=help_text)


class PeopleProvider(MainProvider):
    """ "Person: name" filters the timeline to that person's events."""

    def _people(self) -> list[tuple[str, Person, int]]:
        main = self.main
        if main.timeline is None or main.index is None:
            return []
        counts = main.index.event_counts()
        return sorted(((one_line(p.name), p, counts.get(p.id, 0)) for p in main.timeline.people), key=lambda x: -x[2])

    async def discover(self) -> Hits:
        for name, person, count in self._people()[:20]:
            label = f"Person: {name}"
            yield DiscoveryHit(
                Content(label), partial(self.main.filter_person, person.id), text=label, help=counted(count, "event")
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, person, count in self._people():
            for alias in person.names:
                label = f"Person: {one_line(alias)}" if alias != person.name else f"Person: {name}"
                if score := matcher.match(label):
                    yield Hit(
                        score,
                        plain_highlight(matcher, label),
                        partial(self.main.filter_person, person.id),
                        text=label,
                        help=counted(count, "event"),
                    )
                    break


class DatesProvider(MainProvider):
    """ "Go to 2010", "Go to Nov 2010": any date typed, and each year of the timeline."""

    async def discover(self) -> Hits:
        for year in self.main.years():
            label = f"Go to {year}"
            yield DiscoveryHit(Content(label), partial(self.main.go_to_date, parse_bound(str(year))), text=label)

    async def search(self, query: str) -> Hits:
        raw = query.strip()
        for prefix in ("go to ", "goto ", "go ", "date "):
            if raw.lower().startswith(prefix):
                raw = raw[len(prefix) :]
        try:
            day = parse_bound(raw)
        except DateBoundError:
            day = None
        if day is not None:
            label = f"Go to {raw}"
            yield Hit(
                1.0,
                Content(label),
                partial(self.main.go_to_date, day),
                text=label,
                help=f"first event from {day_label(day)}",
            )
        matcher = self.matcher(query)
        for year in self.main.years():
            label = f"Go to {year}"
            if score := matcher.match(label):
                yield Hit(
                    score * 0.5,
                    plain_highlight(matcher, label),
                    partial(self.main.go_to_date, parse_bound(str(year))),
                    text=label,
                )


def _formats() -> Iterable[tuple[str, Format]]:
    """The export formats; ``timeline.export`` (every format's module) is imported only when the
    palette or the export dialog asks, which keeps it out of the app's start-up."""
    from timeline.export import FORMATS

    return sorted(FORMATS.items())


class ExportProvider(MainProvider):
    """ "Export as csv" for each export format."""

    async def discover(self) -> Hits:
        for name, fmt in _formats():
            label = f"Export as {name}"
            yield DiscoveryHit(Content(label), partial(self.main.action_export, name), text=label, help=fmt.description)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, fmt in _formats():
            label = f"Export as {name}"
            if score := matcher.match(label):
                yield Hit(
                    score,
                    plain_highlight(matcher, label),
                    partial(self.main.action_export, name),
                    text=label,
                    help=fmt.description,
                )
