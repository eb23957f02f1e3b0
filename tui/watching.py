"""The folders and files the app has open, watched while it runs: articles added, changed or
removed are taken in without a restart.

``watchfiles`` does the watching (the operating system's notifications; it polls by itself where
there are none, on some network and container file systems). What it reports is sifted here: the
app's own temporary files (``.NAME.XXXX.tmp``, written beside a target and renamed over it) and
other hidden files are no articles, and a burst of changes (a folder copied in) is one update.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from watchfiles import Change, DefaultFilter, watch

from .wording import counted

DEBOUNCE_MS = 800  # changes this close together are taken in as one update


@dataclass(frozen=True)
class Changes:
    """What one update brings: how many article files were added, changed and removed."""

    added: int = 0
    changed: int = 0
    removed: int = 0

    def __str__(self) -> str:
        parts = [
            f"{counted(n, 'file')} {what}"
            for n, what in ((self.added, "added"), (self.changed, "changed"), (self.removed, "removed"))
            if n
        ]
        return ", ".join(parts) or "no change"


class ArticleFilter(DefaultFilter):
    """watchfiles' own filter (editor swap files, version-control folders), less hidden files:
    the app's temporaries and a file manager's litter are no articles."""

    def __call__(self, change: Change, path: str) -> bool:
        return not Path(path).name.startswith(".") and super().__call__(change, path)


# A path reported more than once in a burst counts as its strongest change: a file created and
# then written is added, one written and then deleted is removed.
_RANK = {Change.modified: 0, Change.added: 1, Change.deleted: 2}


def sift(raw: set[tuple[Change, str]]) -> Changes:
    """Counts by kind, a path counted once."""
    kinds: dict[str, Change] = {}
    for change, path in raw:
        if path not in kinds or _RANK[change] > _RANK[kinds[path]]:
            kinds[path] = change
    values = list(kinds.values())
    return Changes(values.count(Change.added), values.count(Change.modified), values.count(Change.deleted))


def watched(paths: Sequence[str]) -> list[Path]:
    """The paths that can be watched: those that exist (a file given and later deleted is
    reported by the reopening, not watched)."""
    return [p for p in (Path(x) for x in paths) if p.exists()]


WAKE_MS = 500  # how often a quiet watch wakes to ask whether the app still runs


def updates(
    paths: Sequence[Path],
    stop: threading.Event,
    alive: Callable[[], bool] = lambda: True,
    *,
    force_polling: bool | None = None,
) -> Iterator[Changes]:
    """Each burst of changes to articles under ``paths``, until ``stop`` is set or ``alive``
    says no (blocks: run it in a thread; it wakes every ``WAKE_MS`` to ask, so an app shutting
    down never waits on it for longer)."""
    for raw in watch(
        *paths,
        watch_filter=ArticleFilter(),
        debounce=DEBOUNCE_MS,
        stop_event=stop,
        rust_timeout=WAKE_MS,
        yield_on_timeout=True,
        raise_interrupt=False,
        force_polling=force_polling,
        ignore_permission_denied=True,
    ):
        if stop.is_set() or not alive():
            return
        changes = sift(raw)
        if changes != Changes():
            yield changes


def follow(
    paths: Sequence[str],
    stop: threading.Event,
    take_in: Callable[[Changes], None],
    alive: Callable[[], bool] = lambda: True,
    *,
    force_polling: bool | None = None,
) -> None:
    """Call ``take_in`` for every update to ``paths`` until ``stop`` is set or ``alive`` says no."""
    targets = watched(paths)
    if not targets:
        return
    for changes in updates(targets, stop, alive, force_polling=force_polling):
        take_in(changes)
