"""The main screen: the timeline beside its sources, the density bar, the people panel and the
search bar, with the keys that act on them.

It owns what is shown (timeline, filter, analyses) and reacts to its widgets' messages; the
widgets only display. Its keys are bound here, so they are live only while it is the screen on
top: a dialog or the article view over it has its own. Filtering goes through
``timeline.query.filters.Filter`` (via ``timeline.query.index``), export through
``timeline.export``, so the screen never shows something a CLI export would not write.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Sequence
from typing import Any

from attrs import evolve
from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import Worker

from timeline.model import Document, Span, Timeline
from timeline.opening import Opened
from timeline.query.filters import Filter
from timeline.query.index import Positions, TimelineIndex

from .. import settings
from ..filter_text import describe_filter
from ..rows import Rows
from ..widgets.density import DensityBar
from ..widgets.excerpt_pane import ExcerptPane
from ..widgets.people_panel import PeopleList, PeoplePanel
from ..widgets.timeline_view import TimelineView
from ..wording import counted
from . import corrections
from .article_screen import ArticleScreen
from .dialogs import DateRangeDialog, GoToDateDialog, SourcesDialog
from .mentions_screen import show_mentions
from .problems_screen import ProblemsScreen

View = tuple[Rows, Sequence[int]]  # the rows shown for a filter and the dated start days of their events


class MainScreen(Screen[None]):
    # Quit and help are the app's (they work on every screen); they are bound here too, in this
    # order, for the footer and the help screen's list. The ids stay ``app.*``: keymaps use them.
    BINDINGS = [
        Binding("q", "app.quit", "Quit", id="app.quit"),
        Binding("enter,o", "open_article", "Article", id="app.open_article"),
        Binding("question_mark,f1", "app.help", "Keys", id="app.help"),
        # A priority binding runs as the key arrives, so letters typed straight after it (a burst
        # from the terminal) already find the search box focused instead of going to the list.
        Binding("slash", "search", "Search", id="app.search", priority=True),
        Binding("n", "hit(1)", "Next hit", show=False, id="app.next_hit"),
        Binding("N", "hit(-1)", "Previous hit", show=False, id="app.previous_hit"),
        Binding("p", "people", "People", id="app.people"),
        Binding("a", "any_all", "Any/all people", show=False, id="app.any_all"),
        Binding("x", "clear_people", "Clear people", show=False, id="app.clear_people"),
        Binding("c", "clear_filters", "Clear filters", id="app.clear_filters"),
        Binding("s", "sources", "Sources", show=False, id="app.sources"),
        Binding("r", "date_range", "Date range", show=False, id="app.date_range"),
        Binding("g", "go_to_date", "Go to date", id="app.go_to_date"),
        Binding("h", "hide_coarse", "Hide coarse", show=False, id="app.hide_coarse"),
        Binding("w", "wrap", "Wrap summaries", show=False, id="app.wrap"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("d", "publication_date", "Set published", show=False, id="app.publication_date"),
        Binding("l", "problems", "Load problems", show=False, id="app.problems"),
        Binding("plus,equals_sign", "zoom(1)", "Zoom density in", show=False, id="app.zoom_in"),
        Binding("minus", "zoom(-1)", "Zoom density out", show=False, id="app.zoom_out"),
    ]

    EXCERPT_SETTLE = 0.08  # seconds: while the cursor is moving faster than this, the list goes first

    def __init__(self, built: Opened | None = None) -> None:
        """``built``: a timeline to show at once; without one the app loads it and calls ``install``."""
        super().__init__()
        self.built = built
        self.timeline: Timeline | None = None
        self.index: TimelineIndex | None = None
        remembered = settings.load()
        self.last_export_format = str(remembered.get("export_format", "json"))  # offered first
        self._wrap_summaries = remembered.get("wrap_summaries") is True
        self.filter = Filter()
        self.positions: Positions = ()  # the events shown, ascending
        self._views: dict[Filter, View] = {}
        self._shown: View | None = None
        self._excerpt_for: int | None = None
        self._excerpt_timer: Timer | None = None
        self._excerpt_shown_at = 0.0

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nothing to act on until a timeline is shown. Under a dialog the screen's keys are not
        bound anyway; saying so keeps them out of its footer, which then lists only the keys
        that still work (the app's)."""
        if self.timeline is None or not self.is_active:
            return False
        if action == "search" and isinstance(self.focused, Input):
            return False  # "/" typed into a text field is a character
        return True

    # layout ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Text(self.app.title), id="title")
        yield DensityBar(id="density")
        with Horizontal(id="main"):
            yield PeoplePanel(id="people")
            with Horizontal(id="body"):  # list beside its sources; stacked on a narrow terminal
                yield TimelineView(id="timeline")
                yield ExcerptPane(id="excerpt")
        yield Input(placeholder="search: type to filter, Enter keeps, Esc clears", id="search")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(TimelineView).set_wrapped(self._wrap_summaries)
        if self.built is not None:
            self.install(self.built)

    def install(self, built: Opened, index: TimelineIndex | None = None, keep: int | None = None) -> None:
        """Show ``built`` (keeping the filter, and the cursor on event ``keep`` if given)."""
        self.built = built
        self.timeline = timeline = built.timeline
        self.index = index if index is not None and index.timeline is timeline else TimelineIndex(timeline)
        self._views = {}
        self._shown = None
        known_people = {p.id for p in timeline.people}
        known_docs = {d.id for d in timeline.documents}
        self.filter = evolve(
            self.filter,
            people=tuple(p for p in self.filter.people if p in known_people),
            sources=tuple(s for s in self.filter.sources if s in known_docs),
        )
        self.query_one(PeoplePanel).show(timeline, self.index.event_counts(), self.filter.people)
        self._refresh(keep=keep)
        # A large timeline and its index are millions of long-lived objects; moving them out of
        # the cyclic garbage collector's generations stops its full scans from stalling the UI
        # mid-keystroke.
        gc.freeze()
        self.query_one(TimelineView).focus()
        problems = timeline.problems
        if not timeline.documents:
            self.app.push_screen(ProblemsScreen(problems, fatal=True))
        elif problems:
            n = len(problems)
            self.notify(
                f"{n} file problem{'s' if n != 1 else ''} while loading — press l to see them",
                severity="warning",
                markup=False,
                timeout=10,
            )

    # filtering -------------------------------------------------------------------------------

    def _refresh(self, keep: int | None = None) -> None:
        if self.timeline is None or self.index is None:
            return
        view = self.query_one(TimelineView)
        if keep is None:
            keep = view.focused_position
        rows, starts = self._view_of(self.index, self.filter)
        self.positions = tuple(rows.positions)  # the index's tuple itself: tuple() copies no tuple
        view.show(self.timeline, rows, needle=self.filter.text, keep=keep)
        self.query_one(DensityBar).show(starts, presorted=self.index.starts_sorted)
        self.query_one(PeoplePanel).set_mode(self.filter.all_people, len(self.filter.people))
        self._update_status()

    def _view_of(self, index: TimelineIndex, flt: Filter) -> View:
        """The rows and the dated start days for ``flt``; the last few are kept, so clearing a
        filter (or going back to an earlier one) costs nothing."""
        cached = self._views.get(flt)
        if cached is None:
            positions = index.select(flt)
            shown = self._shown
            if shown is not None and shown[0].positions == positions:
                cached = shown  # the same events (a search letter that dropped none): same rows
            else:
                cached = (Rows(positions, index.keys, index.runs), index.dated_starts(positions))
            if len(self._views) >= 8:
                self._views.pop(next(iter(self._views)))
        else:
            del self._views[flt]
        self._views[flt] = cached
        self._shown = cached
        return cached

    def _update_status(self) -> None:
        total = len(self.timeline.events) if self.timeline else 0
        description = describe_filter(self.timeline, self.filter) if self.timeline else ""
        title = Text(self.app.title, style="bold")
        title.append(" — " + (description or "all events"))
        # A one-line bar of our own, repainted alone: App.sub_title (and Header) repaint the screen.
        self.query_one("#title", Static).update(title, layout=False)
        status = Text()
        status.append(f" {len(self.positions):,} of {counted(total, 'event')}", style="bold")
        status.append("  " + (description or "no filters") + "  ")
        status.append("? keys · ctrl+p commands", style="dim")
        self.query_one("#status", Static).update(status, layout=False)  # one fixed line: no relayout

    def set_filter(self, flt: Filter) -> None:
        self.filter = flt
        self._refresh()

    def filter_person(self, person_id: str) -> None:
        self.set_filter(evolve(self.filter, people=(person_id,)))
        self.query_one(PeoplePanel).set_selected(self.filter.people)

    def go_to_date(self, day: dt.date) -> None:
        if self.index is None:
            return
        i = self.index.first_on_or_after(self.positions, day)
        if i is None:
            self.notify("No events shown", severity="warning")
            return
        self.query_one(TimelineView).move_to_position(self.positions[i])

    def years(self) -> list[int]:
        if self.index is None:
            return []
        return sorted({dt.date.fromordinal(s).year for s in set(self.index.starts) if s is not None})

    # messages from the widgets ---------------------------------------------------------------

    def on_timeline_view_focused(self, message: TimelineView.Focused) -> None:
        if self.index is None:
            return
        start = self.index.starts[message.position] if message.position is not None else None
        self.query_one(DensityBar).mark(start)
        self._excerpt_for = message.position
        if self._excerpt_timer is not None:
            self._excerpt_timer.stop()
            self._excerpt_timer = None
        now = time.monotonic()
        if now - self._excerpt_shown_at >= self.EXCERPT_SETTLE:
            self._show_excerpt()
        else:  # holding a key down: show the sources of the event the cursor stops on
            self._excerpt_timer = self.set_timer(self.EXCERPT_SETTLE, self._show_excerpt)
        self._excerpt_shown_at = now

    def _show_excerpt(self) -> None:
        self._excerpt_timer = None
        position, timeline = self._excerpt_for, self.timeline
        if timeline is None:
            return
        event = timeline.events[position] if position is not None else None
        for pane in self.query(ExcerptPane):  # none while the app is closing
            pane.show(timeline, event, self.filter.text)

    def on_timeline_view_chosen(self, message: TimelineView.Chosen) -> None:
        self._open_article(message.position)

    def on_density_bar_date_jump(self, message: DensityBar.DateJump) -> None:
        self.go_to_date(message.day)

    def on_people_panel_chosen(self, message: PeoplePanel.Chosen) -> None:
        self.set_filter(evolve(self.filter, people=message.people))

    def on_people_list_mentions_wanted(self, message: PeopleList.MentionsWanted) -> None:
        if self.timeline is not None:
            show_mentions(self.app, self.timeline, self.index, message.person)

    @on(Input.Changed, "#search")
    def _search_changed(self, message: Input.Changed) -> None:
        self.set_filter(evolve(self.filter, text=message.value))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, message: Input.Submitted) -> None:
        """Enter keeps the search (the status line shows it) and closes the box."""
        self.query_one("#search", Input).display = False
        self.query_one(TimelineView).focus()

    def on_key(self, event: events.Key) -> None:
        """Esc in the search bar, or in the list while a search is kept, clears the search."""
        if event.key != "escape":
            return
        search = self.query_one("#search", Input)
        in_list = self.query_one(TimelineView).has_focus and bool(self.filter.text)
        if search.has_focus or in_list:
            event.stop()
            search.value = ""
            search.display = False
            self.query_one(TimelineView).focus()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == corrections.REANCHOR:
            corrections.reanchor_done(self, event.worker)

    # actions ---------------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True  # inline, at once: a hidden widget cannot take focus
        self.set_focus(search)  # at once, so letters typed right after / land in the search

    def action_hit(self, direction: int) -> None:
        if not self.filter.text:
            self.notify("No search: press / and type", markup=False)
            return
        view = self.query_one(TimelineView)
        before = view.cursor
        view.action_cursor(direction)
        if view.cursor == before and len(self.positions) > 1:  # past the last hit: round again
            view.action_edge(0 if direction > 0 else 1)
            where = "first" if direction > 0 else "last"
            self.notify(f"Search wrapped to the {where} hit", markup=False, timeout=2)

    def action_people(self) -> None:
        panel = self.query_one(PeoplePanel)
        listing = self.query_one(PeopleList)
        if not panel.has_class("-shown") or not listing.has_focus:
            panel.add_class("-shown")
            listing.focus()
        else:
            panel.remove_class("-shown")
            self.query_one(TimelineView).focus()

    def action_any_all(self) -> None:
        self.set_filter(evolve(self.filter, all_people=not self.filter.all_people))

    def action_clear_people(self) -> None:
        self.query_one(PeoplePanel).set_selected(())
        self.set_filter(evolve(self.filter, people=()))

    def action_clear_filters(self) -> None:
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        search.display = False
        self.query_one(PeoplePanel).set_selected(())
        self.set_filter(Filter())

    def action_zoom(self, levels: int) -> None:
        if not self.query_one(DensityBar).zoom_by(levels):
            self.app.bell()

    def action_wrap(self) -> None:
        """Whole summaries on as many lines as they need, or one line each; kept for next time."""
        view = self.query_one(TimelineView)
        view.set_wrapped(not view.wrapped)
        settings.remember(wrap_summaries=view.wrapped)
        self.notify("Summaries wrapped" if view.wrapped else "One line per event", timeout=2)

    def action_hide_coarse(self) -> None:
        self.set_filter(evolve(self.filter, hide_coarse=not self.filter.hide_coarse))

    def action_sources(self) -> None:
        if self.timeline is None:
            return

        def chosen(sources: tuple[str, ...] | None) -> None:
            if sources is not None:
                self.set_filter(evolve(self.filter, sources=sources))

        self.app.push_screen(SourcesDialog(self.timeline.documents, self.filter.sources), chosen)

    def action_date_range(self) -> None:
        def chosen(bounds: tuple[dt.date | None, dt.date | None] | None) -> None:
            if bounds is not None:
                self.set_filter(evolve(self.filter, start=bounds[0], end=bounds[1]))

        self.app.push_screen(DateRangeDialog(self.filter.start, self.filter.end), chosen)

    def action_go_to_date(self) -> None:
        def chosen(day: dt.date | None) -> None:
            if day:
                self.go_to_date(day)

        self.app.push_screen(GoToDateDialog(), chosen)

    def action_export(self, format_name: str | None = None) -> None:
        """Export the events shown: in ``format_name`` (the palette's "Export as ..."), else in
        the format used last."""
        corrections.ask_export(self, format_name or self.last_export_format)

    def action_publication_date(self) -> None:
        corrections.ask_publication_date(self)

    def action_problems(self) -> None:
        self.app.push_screen(ProblemsScreen(self.timeline.problems if self.timeline else ()))

    def action_open_article(self) -> None:
        self._open_article(self.query_one(TimelineView).focused_position)

    def _open_article(self, position: int | None) -> None:
        """The event's articles, the first one at its passage (``s`` there goes to the next)."""
        if self.timeline is None or position is None:
            return
        sources: dict[str, tuple[Document, Span]] = {}
        for mention in self.timeline.events[position].mentions:
            if mention.document not in sources:
                try:
                    sources[mention.document] = (self.timeline.document(mention.document), mention.span)
                except KeyError:
                    continue
        if sources:
            self.app.push_screen(ArticleScreen(self.timeline, list(sources.values()), self.index))


def main_screen(app: App[Any]) -> MainScreen:
    """The app's main screen: the first on its stack, under whatever else is open."""
    screen = app.screen_stack[0]
    if not isinstance(screen, MainScreen):
        raise TypeError(f"the first screen is a {type(screen).__name__}, not the main screen")
    return screen
