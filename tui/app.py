"""Timeline Explorer's terminal app: the timeline beside its sources, filters, export.

The app is what lasts from start to exit: it opens the articles (in a worker, behind a loading
screen), hands the timeline to the main screen (``screens.main_screen``, which shows it and owns
the keys that act on it), and keeps what holds on every screen: quitting, the help screen, the
command palette's providers, the theme, and the garbage collector's pacing.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from timeline.analysis import Cancelled
from timeline.corpus import Fields
from timeline.model import Problem, Timeline
from timeline.opening import Opened

from . import settings
from .commands import ActionsProvider, DatesProvider, ExportProvider, PeopleProvider
from .keys import key_sections
from .loading import Articles, Loaded, Loader, remember
from .pacing import IDLE, IdleCollector
from .place import same_event
from .sanitize import one_line
from .screens.article_screen import ArticleScreen
from .screens.help_screen import HelpScreen
from .screens.loading_screen import LoadingScreen
from .screens.main_screen import MainScreen
from .widgets.timeline_view import TimelineView
from .wording import counted

if TYPE_CHECKING:
    from timeline.analysis.pool import Workers

    from .watching import Changes


class TimelineApp(App[int]):
    TITLE = "Timeline Explorer"
    CSS_PATH = ["styles/app.tcss"]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    COMMANDS = App.COMMANDS | {ActionsProvider, PeopleProvider, DatesProvider, ExportProvider}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Keys", id="app.help"),
    ]

    def __init__(
        self,
        paths: Sequence[str] = (),
        overrides: dict[str, dt.date] | None = None,
        problems: Sequence[Problem] = (),
        *,
        timeline: Timeline | None = None,
        loader: Loader | None = None,
        use_cache: bool = False,
        watch: bool = False,
        names: Fields | None = None,
        workers: Workers = None,
    ) -> None:
        """Open ``paths`` (the bundled seeds if none) or, for tests and benchmarks, show
        ``timeline`` at once or open what ``loader`` returns. With ``watch`` the paths are
        watched once open, and articles added, changed or removed are taken in (``watching``).
        ``workers``: processes for the per-article analysis (by default all cores)."""
        super().__init__()
        self._watch = watch and bool(paths) and loader is None
        self._stop_watching = threading.Event()
        self._articles = Articles(
            list(paths), dict(overrides or {}), tuple(problems), use_cache, loader, names or Fields(), workers
        )
        self.main_screen = MainScreen(Opened(timeline) if timeline is not None else None)
        self.loading_error: str | None = None
        self._collector = IdleCollector()
        self._remember_theme = False  # until the theme chosen last time is applied

    def watch_theme(self, theme: str) -> None:
        """A theme chosen (from the palette) is the one the app opens in next time."""
        if self._remember_theme:
            settings.remember(theme=theme)

    def get_default_screen(self) -> MainScreen:
        return self.main_screen

    @property
    def timeline(self) -> Timeline | None:
        """The timeline shown (None until it is loaded)."""
        return self.main_screen.timeline

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseEvent)):
            self._collector.touched()
        await super().on_event(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Everything but quitting is off while the articles load."""
        return self.timeline is not None or action == "quit"

    def on_mount(self) -> None:
        theme = settings.load().get("theme")
        if theme in self.available_themes:
            self.theme = theme  # the one chosen last time
        self._remember_theme = True
        self._collector.start()
        self.set_interval(IDLE / 2, self._collector.tick)
        if self.main_screen.built is None:
            loading = LoadingScreen()
            self.push_screen(loading)
            self._load(loading)

    # loading ---------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, screen: LoadingScreen) -> Loaded:
        """Read and analyse the articles (or read them back from the cache) off the UI thread."""
        worker = get_current_worker()

        def progress(done: int, total: int, what: str) -> None:
            self.call_from_thread(screen.progress, done, total, one_line(what))

        return self._articles.open(progress, lambda: worker.is_cancelled)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "watch" and event.state == WorkerState.ERROR:
            self.notify(
                f"Stopped watching the articles: {one_line(str(worker.error))}",
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        if worker.group != "load":
            return
        if event.state == WorkerState.SUCCESS and isinstance(worker.result, Loaded):
            loaded = worker.result
            if isinstance(self.screen, LoadingScreen):
                self.pop_screen()
            self.main_screen.install(loaded.built, loaded.index)
            if loaded.built.cache_key is not None:
                self._remember(loaded.built.cache_key, loaded)
            if self._watch:
                self._watch = False  # one watcher, however often the articles are opened
                self._follow()
        elif event.state == WorkerState.ERROR:
            if isinstance(worker.error, Cancelled):
                self.exit(return_code=130)
                return
            self.loading_error = f"could not load the articles: {worker.error}"
            self.exit(return_code=1)

    def reopen(self) -> Opened:
        """The articles opened again, as at start-up (slow: from a thread worker); the stored
        publication dates are read afresh, so one the user removed no longer applies."""
        return self._articles.open(lambda done, total, what: None, lambda: False).built

    @work(thread=True, group="watch", exit_on_error=False)
    def _follow(self) -> None:
        """Watch the articles' folders and files; each burst of changes opens them again (in
        this thread) and hands the new timeline to the main screen."""
        from .watching import follow

        def take_in(changes: Changes) -> None:
            built = self.reopen()
            if self.is_running and not self._stop_watching.is_set():
                self.call_from_thread(self._take_in, built, changes)

        # ``is_running`` turns false as the app begins to shut down, before it waits for its
        # workers: the watch ends then, not at unmount, which comes after that wait.
        follow(self._articles.paths, self._stop_watching, take_in, lambda: self.is_running)

    def _take_in(self, built: Opened, changes: Changes) -> None:
        screen = self.main_screen
        old = screen.timeline
        keep = None
        if old is not None:
            keep = same_event(old, screen.query_one(TimelineView).focused_position, built.timeline)
        screen.install(built, keep=keep)
        self.notify(
            f"{changes}: {counted(len(built.timeline.events), 'event')} now",
            title="Articles updated",
            markup=False,
        )

    def exit(self, *args: Any, **kwargs: Any) -> None:
        self._stop_watching.set()
        super().exit(*args, **kwargs)

    def on_unmount(self) -> None:
        self._stop_watching.set()

    @work(thread=True, group="cache", exit_on_error=False)
    def _remember(self, key: str, loaded: Loaded) -> None:
        remember(key, loaded.index)

    def on_loading_screen_cancelled(self, message: LoadingScreen.Cancelled) -> None:
        self.workers.cancel_group(self, "load")
        self.loading_error = "loading cancelled"
        self.exit(return_code=130)

    # what works on every screen --------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette entries, less the two the app's actions already list ("Quit",
        and "Keys", which here opens the app's own list of every key)."""
        for command in super().get_system_commands(screen):
            if command.title not in ("Quit", "Keys"):
                yield command

    def action_help(self) -> None:
        self.push_screen(HelpScreen(key_sections(self, ArticleScreen.BINDINGS)))


def run(
    paths: list[str],
    overrides: dict[str, dt.date],
    problems: list[str],
    *,
    use_cache: bool = True,
    watch: bool = True,
    names: Fields | None = None,
    workers: Workers = None,
) -> int:
    """Open the explorer on ``paths`` (the bundled seeds if empty); returns the exit status.

    With ``use_cache`` a timeline stored for the same articles is reopened without analysing
    them again, and a new one is stored (``timeline.storage.cache``); with ``watch`` the paths
    are watched and changes taken in while the app runs."""
    found = [Problem(*p.split(": ", 1)) if ": " in p else Problem("--published", p) for p in problems]
    app = TimelineApp(paths, overrides, found, use_cache=use_cache, watch=watch, names=names, workers=workers)
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
