"""Timeline Explorer's terminal app: the timeline beside its sources, filters, export.

The app owns the state (timeline, filter, analyses) and reacts to widget messages; widgets only
display. Filtering goes through ``timeline.filters.Filter`` (via ``timeline.index``), export through
``timeline.export``, so the app never shows something a CLI export would not write.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
import time
from collections.abc import Callable, Sequence

from attrs import evolve
from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from timeline.model import Problem, Timeline
from timeline.opening import Opened
from timeline.query.filters import Filter
from timeline.query.index import TimelineIndex

from .commands import ActionsProvider, DatesProvider, ExportProvider, PeopleProvider
from .corrections import ExportMixin, PublicationMixin
from .filter_text import describe_filter
from .keys import key_sections, palette_commands
from .loading import LoadingMixin
from .messages import DateJump, EventChosen, EventFocused, PeopleChosen
from .pacing import IDLE, IdleCollector
from .rows import Rows
from .sanitize import one_line
from .screens.article_screen import ArticleScreen
from .screens.dialogs import DateRangeDialog, GoToDateDialog, SourcesDialog
from .screens.help_screen import HelpScreen
from .screens.loading_screen import LoadingScreen
from .screens.problems_screen import ProblemsScreen
from .widgets.density import DensityBar
from .widgets.excerpt_pane import ExcerptPane
from .widgets.people_panel import PeopleList, PeoplePanel
from .widgets.timeline_view import TimelineView

Loader = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Opened]


class TimelineApp(LoadingMixin, ExportMixin, PublicationMixin, App[int]):
    TITLE = "Timeline Explorer"
    CSS_PATH = ["styles/app.tcss"]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    COMMANDS = App.COMMANDS | {ActionsProvider, PeopleProvider, DatesProvider, ExportProvider}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("enter,o", "open_article", "Article", id="app.open_article"),
        Binding("question_mark,f1", "help", "Keys", id="app.help"),
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
        Binding("e", "export", "Export", id="app.export"),
        Binding("d", "publication_date", "Set published", show=False, id="app.publication_date"),
        Binding("l", "problems", "Load problems", show=False, id="app.problems"),
        Binding("plus,equals_sign", "zoom(1)", "Zoom density in", show=False, id="app.zoom_in"),
        Binding("minus", "zoom(-1)", "Zoom density out", show=False, id="app.zoom_out"),
    ]

    _main_actions = frozenset(b.action.split("(")[0] for b in BINDINGS) - {"quit", "help"}

    def __init__(
        self,
        paths: Sequence[str] = (),
        overrides: dict[str, dt.date] | None = None,
        problems: Sequence[Problem] = (),
        *,
        timeline: Timeline | None = None,
        loader: Loader | None = None,
        use_cache: bool = False,
    ) -> None:
        super().__init__()
        self._paths, self._overrides, self._problems = list(paths), dict(overrides or {}), tuple(problems)
        self._loader = loader
        self._use_cache = use_cache
        self._built: Opened | None = Opened(timeline) if timeline is not None else None
        self.timeline: Timeline | None = None
        self.index: TimelineIndex | None = None
        self.filter = Filter()
        self.positions: tuple[int, ...] = ()
        self.loading_error: str | None = None
        self._views: dict[Filter, tuple[Rows, list[int]]] = {}
        self._shown: tuple[Rows, list[int]] | None = None
        self._excerpt_for: int | None = None
        self._excerpt_timer: Timer | None = None
        self._excerpt_shown_at = 0.0
        self._collector = IdleCollector()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseEvent)):
            self._collector.touched()
        await super().on_event(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The main screen's actions are off (and out of the footer) while another screen is up,
        and everything but quitting is off while the articles load."""
        if self.timeline is None and action != "quit":
            return False  # still loading: nothing to act on yet
        if len(self.screen_stack) > 1 and action in self._main_actions:
            return False
        if action == "search" and isinstance(self.focused, Input):
            return False  # "/" typed into a text field is a character
        return True

    # layout ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Text(self.TITLE), id="title")
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
        self._collector.start()
        self.set_interval(IDLE / 2, self._collector.tick)
        if self._built is not None and self._built.timeline is not None:
            self._install(self._built)
        else:
            self.push_screen(LoadingScreen())
            self._load()

    def _install(self, built: Opened, index: TimelineIndex | None = None, keep: int | None = None) -> None:
        self._built = built
        self.timeline = built.timeline
        self.index = index if index is not None and index.timeline is built.timeline else TimelineIndex(built.timeline)
        self._views = {}
        self._shown = None
        known_people = {p.id for p in self.timeline.people}
        known_docs = {d.id for d in self.timeline.documents}
        self.filter = evolve(
            self.filter,
            people=tuple(p for p in self.filter.people if p in known_people),
            sources=tuple(s for s in self.filter.sources if s in known_docs),
        )
        self.query_one(PeoplePanel).show(self.timeline, self.index.event_counts(), self.filter.people)
        self._refresh(keep=keep)
        # A large timeline and its index are millions of long-lived objects; moving them out of
        # the cyclic garbage collector's generations stops its full scans from stalling the UI
        # mid-keystroke.
        gc.freeze()
        self.query_one(TimelineView).focus()
        problems = self.timeline.problems
        if not self.timeline.documents:
            self.push_screen(ProblemsScreen(problems, fatal=True))
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
        rows, starts = self._view_of(self.filter)
        self.positions = rows.positions
        view.show(self.timeline, rows, needle=self.filter.text, keep=keep)
        self.query_one(DensityBar).show(starts, presorted=self.index.starts_sorted)
        self.query_one(PeoplePanel).set_mode(self.filter.all_people, len(self.filter.people))
        self._update_status()

    def _view_of(self, flt: Filter) -> tuple[Rows, list[int]]:
        """The rows and the dated start days for ``flt``; the last few are kept, so clearing a
        filter (or going back to an earlier one) costs nothing."""
        cached = self._views.get(flt)
        if cached is None:
            positions = self.index.select(flt)
            shown = self._shown
            if shown is not None and shown[0].positions == positions:
                cached = shown  # the same events (a search letter that dropped none): same rows
            else:
                cached = (Rows(positions, self.index.keys, self.index.runs), self.index.dated_starts(positions))
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
        title = Text(self.TITLE, style="bold")
        title.append(" — " + (description or "all events"))
        # A one-line bar of our own, repainted alone: App.sub_title (and Header) repaint the screen.
        self.query_one("#title", Static).update(title, layout=False)
        status = Text()
        status.append(f" {len(self.positions)} of {total} events", style="bold")
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

    # messages from widgets -------------------------------------------------------------------

    EXCERPT_SETTLE = 0.08  # seconds: while the cursor is moving faster than this, the list goes first

    def on_event_focused(self, message: EventFocused) -> None:
        if self.timeline is None:
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
        position = self._excerpt_for
        event = self.timeline.events[position] if position is not None and self.timeline else None
        for pane in self.query(ExcerptPane):  # none while the app is closing
            pane.show(self.timeline, event, self.filter.text)

    def on_event_chosen(self, message: EventChosen) -> None:
        self._open_article(message.position)

    def on_date_jump(self, message: DateJump) -> None:
        self.go_to_date(message.day)

    def on_people_chosen(self, message: PeopleChosen) -> None:
        self.set_filter(evolve(self.filter, people=message.people))

    @on(Input.Changed, "#search")
    def _search_changed(self, message: Input.Changed) -> None:
        self.set_filter(evolve(self.filter, text=message.value))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, message: Input.Submitted) -> None:
        self.query_one(TimelineView).focus()

    def on_key(self, event: events.Key) -> None:
        """Esc in the search bar clears the search and returns to the list."""
        search = self.query_one("#search", Input)
        if not search.has_focus:
            return
        if event.key == "escape":
            event.stop()
            search.value = ""
            search.display = False
            self.query_one(TimelineView).focus()

    # actions ---------------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen(key_sections(self, ArticleScreen.BINDINGS)))

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True  # inline, at once: a hidden widget cannot take focus
        self.screen.set_focus(search)  # at once, so letters typed right after / land in the search

    def action_hit(self, direction: int) -> None:
        if not self.filter.text:
            self.notify("No search: press / and type", markup=False)
            return
        self.query_one(TimelineView).action_cursor(direction)

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
            self.bell()

    def action_hide_coarse(self) -> None:
        self.set_filter(evolve(self.filter, hide_coarse=not self.filter.hide_coarse))

    def action_sources(self) -> None:
        if self.timeline is None:
            return

        def chosen(sources: tuple[str, ...] | None) -> None:
            if sources is not None:
                self.set_filter(evolve(self.filter, sources=sources))

        self.push_screen(SourcesDialog(self.timeline.documents, self.filter.sources), chosen)

    def action_date_range(self) -> None:
        def chosen(bounds: tuple[dt.date | None, dt.date | None] | None) -> None:
            if bounds is not None:
                self.set_filter(evolve(self.filter, start=bounds[0], end=bounds[1]))

        self.push_screen(DateRangeDialog(self.filter.start, self.filter.end), chosen)

    def action_go_to_date(self) -> None:
        self.push_screen(GoToDateDialog(), lambda day: day and self.go_to_date(day))

    def action_problems(self) -> None:
        self.push_screen(ProblemsScreen(self.timeline.problems if self.timeline else ()))

    def action_open_article(self) -> None:
        self._open_article(self.query_one(TimelineView).focused_position)

    def _open_article(self, position: int | None) -> None:
        """The event's articles, the first one at its passage (``s`` there goes to the next)."""
        if self.timeline is None or position is None:
            return
        sources: dict[str, tuple] = {}
        for mention in self.timeline.events[position].mentions:
            if mention.document not in sources:
                try:
                    sources[mention.document] = (self.timeline.document(mention.document), mention.span)
                except KeyError:
                    continue
        if sources:
            self.push_screen(ArticleScreen(self.timeline, list(sources.values()), self.index))

    def palette_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        return palette_commands(self)


def run(paths: list[str], overrides: dict[str, dt.date], problems: list[str], *, use_cache: bool = True) -> int:
    """Open the explorer on ``paths`` (the bundled seeds if empty); returns the exit status.

    With ``use_cache`` a timeline stored for the same articles is reopened without analysing
    them again, and a new one is stored (``timeline.cache``)."""
    found = [Problem(*p.split(": ", 1)) if ": " in p else Problem("--published", p) for p in problems]
    app = TimelineApp(paths, overrides, found, use_cache=use_cache)
    app.run()
    timeline = app.timeline
    if app.loading_error:
        print(f"timeline: {one_line(app.loading_error)}", file=sys.stderr)
    if timeline is not None:
        for problem in timeline.problems:
            print(f"timeline: {one_line(str(problem))}", file=sys.stderr)
        if not timeline.documents:
            print("timeline: no usable articles", file=sys.stderr)
            return 1
    return app.return_code or 0
