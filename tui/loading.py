"""What the app opens and how: the articles named on the command line (or a stored timeline of
them) read and analysed off the UI thread, with progress and cancel, and a new timeline stored
in the user's cache afterwards. Plain functions and values: the app runs them in its workers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline.corpus import Fields
from timeline.model import Problem
from timeline.opening import Opened, open_articles
from timeline.query.index import TimelineIndex

if TYPE_CHECKING:
    from timeline.analysis.pool import Workers

Progress = Callable[[int, int, str], None]
"""Told (done, total, what) as the articles are read."""
IsCancelled = Callable[[], bool]
"""Asked now and then whether to give up (raising ``timeline.analysis.Cancelled``)."""
Loader = Callable[[Progress, IsCancelled], Opened]
"""A way of opening a timeline of one's own (a test's, a benchmark's stored one)."""


@dataclass(frozen=True)
class Loaded:
    """An opened timeline and its index, both built off the UI thread."""

    built: Opened
    index: TimelineIndex


@dataclass(frozen=True)
class Articles:
    """The articles to open: files and folders (the bundled seeds if none), publication dates
    given for some of them, the problems found in the command line, or a ``loader`` instead."""

    paths: Sequence[str] = ()
    overrides: Mapping[str, dt.date] = field(default_factory=dict)
    problems: Sequence[Problem] = ()
    use_cache: bool = False
    loader: Loader | None = None
    names: Fields = field(default_factory=Fields)  # the fields of archive records (--field)
    workers: Workers = None  # processes for the per-article analysis (None: all cores)

    def open(self, progress: Progress, cancelled: IsCancelled) -> Loaded:
        """Read and analyse the articles (or read their stored timeline back); slow: run it in
        a thread worker."""
        if self.loader is not None:
            built = self.loader(progress, cancelled)
        else:
            built = open_articles(
                self.paths,
                self.overrides,
                self.problems,
                use_cache=self.use_cache,
                progress=progress,
                cancelled=cancelled,
                names=self.names,
                workers=self.workers,
            )
        return Loaded(built, built.index or TimelineIndex(built.timeline))  # the index built here too


def remember(key: str, index: TimelineIndex) -> None:
    """Store the new timeline, so that opening these articles again skips the analysis."""
    from timeline.storage.cache import remember as store

    store(key, index)
