"""The app's long-running work, free of any UI: reading and analysing the articles with progress
reports, re-anchoring after a publication date changes, and saying which dates moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from attrs import frozen

from timeline.batch import analyse_all
from timeline.corpus import load, seeds_dir
from timeline.corrections import stored_corrections
from timeline.index import TimelineIndex
from timeline.model import Problem, Timeline
from timeline.pipeline import TimelineState, build_state, reanchor as reanchor_state, unify_state

from .dates import date_label

Progress = Callable[[int, int, str], None]



@frozen
class Built:
    """A timeline and, when the app built it, the pipeline state that re-anchors it cheaply.

    ``cache_key`` is set when the timeline was just built from articles the user's cache can
    keep (``timeline.cache``); ``index`` when it comes with its filter index ready (read from
    the cache)."""

    timeline: Timeline
    state: TimelineState | None = None
    index: TimelineIndex | None = None
    cache_key: str | None = None


def build(paths: Sequence[str], overrides: Mapping[str, dt.date], problems: Sequence[Problem],
          progress: Progress, cancelled: Callable[[], bool], *, use_cache: bool = False) -> Built:
    """Read ``paths`` (the bundled seeds if empty) and build their timeline, reporting progress.

    With ``use_cache``, a timeline stored for exactly these files (and this code) is read back
    instead, and a newly built one is marked for storing (``Built.cache_key``)."""
    sources = list(paths) or [seeds_dir()]
    corrected, problems = _with_corrections(problems)
    key = None
    if use_cache:
        from timeline import cache

        progress(0, 1, "Looking for a stored timeline of these articles…")
        key = cache.corpus_key(sources, overrides, problems, corrected)
        index = cache.lookup(key)
        if index is not None:
            return Built(index.timeline, index=index)
    progress(0, 1, "Reading articles…")
    corpus = load(sources, overrides, corrected)
    every_problem = (*problems, *corpus.problems)
    total = len(corpus.documents)
    progress(0, total, f"Analysing {total} article{'s' if total != 1 else ''}…")
    analyses = analyse_all(corpus.documents, progress=progress, cancelled=cancelled)
    progress(total, total, "Building the timeline…")
    state = unify_state(analyses, every_problem)
    return Built(state.timeline, state, cache_key=key)


def _with_corrections(problems: Sequence[Problem]) -> tuple[dict[str, dt.date], tuple[Problem, ...]]:
    """The publication dates set in the app before (``timeline.corrections``), and the problems
    with one more if they could not be read."""
    corrected, trouble = stored_corrections()
    return corrected, (*problems, *trouble)


def reanchor(built: Built, doc_id: str, published: dt.date) -> Built:
    """The timeline again with one document's publication date set by the user.

    The pipeline re-resolves that article and the events it touches; a timeline handed in whole
    (a cache) is analysed once first. ``built.timeline`` itself is a value and stays as it was.
    """
    state = built.state or build_state(built.timeline.documents, built.timeline.problems)
    state = reanchor_state(state, doc_id, published)
    return Built(state.timeline, state)


@frozen
class Move:
    document: str
    expression: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"“{self.expression}”: {self.before} → {self.after}"


def moves(old: Timeline, new: Timeline, doc_id: str) -> list[Move]:
    """The dated statements of ``doc_id`` whose date changed between two timelines."""

    def dates(timeline: Timeline) -> dict[tuple[int, int], tuple[str, str]]:
        found = {}
        for event in timeline.events:
            for mention in event.mentions:
                if mention.document == doc_id:
                    found[(mention.timex.span.start, mention.timex.span.end)] = (mention.timex.text, date_label(event.date))
        return found

    before, after = dates(old), dates(new)
    result = []
    for key in sorted(before.keys() | after.keys()):
        text, was = before.get(key, (after.get(key, ("", ""))[0], "undated"))
        now = after.get(key, ("", "undated"))[1]
        if was != now:
            result.append(Move(doc_id, text, was, now))
    return result
