"""Command palette providers: every action, jump to a person, jump to a date, export as a format.

Names come from articles, so hits are built as plain ``Content`` (Textual's ``Matcher.highlight``
reads its argument as markup).
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from timeline.query.filters import DateBoundError, parse_bound

from .dates import day_label
from .sanitize import one_line


def plain_highlight(matcher: Matcher, candidate: str) -> Content:
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize("bold reverse", offset, offset + 1)
    return content


class ActionsProvider(Provider):
    """Every action of the app by name."""

    def _commands(self):
        return self.app.palette_commands()

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            if score := matcher.match(name):
                yield Hit(score, plain_highlight(matcher, name), callback, text=name, help=help_text)


class PeopleProvider(Provider):
    """ "Person: name" filters the timeline to that person's events."""

    def _people(self):
        app = self.app
        if app.timeline is None:
            return []
        counts = app.index.event_counts()
        return sorted(((one_line(p.name), p, counts.get(p.id, 0)) for p in app.timeline.people), key=lambda x: -x[2])

    async def discover(self) -> Hits:
        for name, person, count in self._people()[:20]:
            label = f"Person: {name}"
            yield DiscoveryHit(
                Content(label), partial(self.app.filter_person, person.id), text=label, help=f"{count} events"
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
                        partial(self.app.filter_person, person.id),
                        text=label,
                        help=f"{count} events",
                    )
                    break


class DatesProvider(Provider):
    """ "Go to 2010", "Go to Nov 2010": any date typed, and each year of the timeline."""

    async def discover(self) -> Hits:
        for year in self.app.years():
            label = f"Go to {year}"
            yield DiscoveryHit(Content(label), partial(self.app.go_to_date, parse_bound(str(year))), text=label)

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
                partial(self.app.go_to_date, day),
                text=label,
                help=f"first event from {day_label(day)}",
            )
        matcher = self.matcher(query)
        for year in self.app.years():
            label = f"Go to {year}"
            if score := matcher.match(label):
                yield Hit(
                    score * 0.5,
                    plain_highlight(matcher, label),
                    partial(self.app.go_to_date, parse_bound(str(year))),
                    text=label,
                )


def _formats():
    """The export formats; ``timeline.export`` (every format's module) is imported only when the
    palette or the export dialog asks, which keeps it out of the app's start-up."""
    from timeline.export import FORMATS

    return sorted(FORMATS.items())


class ExportProvider(Provider):
    """ "Export as csv" for each export format."""

    async def discover(self) -> Hits:
        for name, fmt in _formats():
            label = f"Export as {name}"
            yield DiscoveryHit(Content(label), partial(self.app.action_export, name), text=label, help=fmt.description)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, fmt in _formats():
            label = f"Export as {name}"
            if score := matcher.match(label):
                yield Hit(
                    score,
                    plain_highlight(matcher, label),
                    partial(self.app.action_export, name),
                    text=label,
                    help=fmt.description,
                )
