"""Loading the articles in a worker, with progress and cancel, and storing a new timeline in the
user's cache afterwards; the app's other workers report here too.
"""

from __future__ import annotations

from textual import work
from textual.worker import Worker, WorkerState, get_current_worker

from timeline.analysis import Cancelled
from timeline.opening import Opened, open_articles
from timeline.query.index import TimelineIndex

from .sanitize import one_line
from .screens.loading_screen import LoadingScreen


class LoadingMixin:
    """``_load`` reads and analyses the articles (or reads them back from the cache) off the UI
    thread; the app installs the result when the worker succeeds."""

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self) -> tuple[Opened, TimelineIndex]:
        worker = get_current_worker()
        screen = self.screen

        def progress(done: int, total: int, what: str) -> None:
            if isinstance(screen, LoadingScreen):
                self.call_from_thread(screen.progress, done, total, one_line(what))

        cancelled = lambda: worker.is_cancelled  # noqa: E731
        if self._loader is not None:
            built = self._loader(progress, cancelled)
        else:
            built = open_articles(
                self._paths,
                self._overrides,
                self._problems,
                use_cache=self._use_cache,
                progress=progress,
                cancelled=cancelled,
            )
        index = built.index or TimelineIndex(built.timeline)  # built here too, off the UI thread
        return built, index

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "load":
            if event.state == WorkerState.SUCCESS:
                built, index = worker.result
                if isinstance(self.screen, LoadingScreen):
                    self.pop_screen()
                self._install(built, index)
                if built.cache_key is not None:
                    self._remember(built.cache_key, index)
            elif event.state == WorkerState.ERROR:
                if isinstance(worker.error, Cancelled):
                    self.exit(return_code=130)
                    return
                self.loading_error = f"could not load the articles: {worker.error}"
                self.exit(return_code=1)
        elif worker.group == "reanchor" and event.state == WorkerState.SUCCESS:
            self._reanchored(*worker.result)
        elif worker.group == "reanchor" and event.state == WorkerState.ERROR:
            self.notify(
                f"Could not re-resolve the dates: {one_line(str(worker.error))}; the timeline is unchanged",
                severity="error",
                markup=False,
                timeout=10,
            )

    @work(thread=True, group="cache", exit_on_error=False)
    def _remember(self, key: str, index: TimelineIndex) -> None:
        """Store the new timeline, so that opening these articles again skips the analysis."""
        from timeline.storage.cache import remember

        remember(key, index)

    def cancel_loading(self) -> None:
        self.workers.cancel_group(self, "load")
        self.loading_error = "loading cancelled"
        self.exit(return_code=130)
