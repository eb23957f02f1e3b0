"""Opening a set of articles: the stored timeline when these very files were analysed before
(``cache``), else reading them and analysing those whose analysis is not in the per-article
cache (``records``): a corpus with a few new or edited articles analyses only those.

The app and the commands open articles through ``open_articles``, so both apply the same
publication dates (the command line's, then those set earlier in the app: ``corrections``),
read and keep the same stored timelines, and report the same problems.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from attrs import frozen

from .analysis import Progress, TimelineState, build_state
from .analysis.cached import RECORD_FORMAT
from .analysis.pool import Workers
from .corpus import Fields, load, seeds_dir
from .model import Problem, Timeline
from .query.index import TimelineIndex
from .storage.cache import code_fingerprint, corpus_key, lookup
from .storage.corrections import stored_corrections
from .storage.records import Records


@frozen
class Opened:
    """A timeline, with what came with it.

    ``state`` (the pipeline's, which re-anchors cheaply) when the articles were analysed here;
    ``index`` (the filter index, ready) when the timeline was read back from the store;
    ``cache_key`` when it was analysed here and can be stored under that key (``cache.remember``).
    """

    timeline: Timeline
    state: TimelineState | None = None
    index: TimelineIndex | None = None
    cache_key: str | None = None


def open_articles(
    paths: Sequence[str | Path],
    overrides: Mapping[str, dt.date],
    problems: Sequence[Problem] = (),
    *,
    use_cache: bool,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    names: Fields | None = None,
    workers: Workers = None,
) -> Opened:
    """The timeline of ``paths`` (the bundled seeds if empty); every problem met is in
    ``timeline.problems``. ``progress`` and ``cancelled`` as for ``analysis.analyse_all``;
    ``names``: the fields archives hold each part of an article in (``corpus.Fields``);
    ``workers``: processes for the per-article analysis (by default all cores, when there are
    enough articles to pay for them)."""
    names = names or Fields()
    say = progress or (lambda done, total, what: None)
    sources = list(paths) or [seeds_dir()]
    corrected, trouble = stored_corrections()
    problems = (*problems, *trouble)
    key = None
    dropped: list[Problem] = []  # a stored timeline found damaged (and removed)
    if use_cache:
        say(0, 1, "Looking for a stored timeline of these articles…")
        key = corpus_key(sources, overrides, problems, corrected, names)
        index = lookup(key, dropped)
        if index is not None:
            return Opened(index.timeline, index=index)
    say(0, 1, "Reading articles…")
    corpus = load(sources, overrides, corrected, names)
    found = (*problems, *dropped, *corpus.problems)  # a dropped store is said once, now
    if not use_cache:
        state = build_state(corpus.documents, found, workers=workers, progress=progress, cancelled=cancelled)
        return Opened(state.timeline, state)
    with Records.open(engine=f"{code_fingerprint()}.{RECORD_FORMAT}") as records:
        state = build_state(
            corpus.documents, found, workers=workers, progress=progress, cancelled=cancelled, records=records
        )
    return Opened(state.timeline, state, cache_key=key if state.timeline.documents else None)
