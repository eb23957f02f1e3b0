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
from functools import partial
from pathlib import Path

from attrs import frozen

from .analysis import Progress, TimelineState, build_state
from .analysis.cached import RECORD_FORMAT, Records, analyse_cached, article_key
from .analysis.pool import Workers
from .analysis.saved import Restored, SavedError, attach, loads, record, shared
from .analysis.unify import collector_paused
from .analysis.update import update_state
from .corpus import Fields, load, seeds_dir
from .model import Document, Problem, Timeline
from .query.index import TimelineIndex
from .storage import states
from .storage.cache import code_fingerprint, corpus_key, lookup
from .storage.corrections import stored_corrections
from .storage.records import Records as Database


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
    if not use_cache:
        say(0, 1, "Reading articles…")
        corpus = load(sources, overrides, corrected, names)
        state = build_state(
            corpus.documents, (*problems, *corpus.problems), workers=workers, progress=progress, cancelled=cancelled
        )
        return Opened(state.timeline, state)
    engine = code_fingerprint()
    lineage = states.lineage(sources, engine, names)
    restored = _restored(lineage, engine, dropped)
    say(0, 1, "Reading articles…")
    corpus = load(sources, overrides, corrected, names, known=restored.known if restored else None)
    found = (*problems, *dropped, *corpus.problems)  # a dropped store is said once, now
    keys = {d.id: article_key(d) for d in corpus.documents}
    with Database.open(engine=f"{engine}.{RECORD_FORMAT}") as records:
        update = partial(
            _updated,
            documents=corpus.documents,
            keys=keys,
            records=records,
            workers=workers,
            progress=progress,
            cancelled=cancelled,
        )
        try:
            state = update(restored, problems=found)
        except SavedError as exc:  # a part of the saved state, decoded only when the update read it
            said: list[Problem] = []
            states.discard(lineage, said, str(exc))
            found = (*found, *said)
            state = update(None, problems=found)
    documents = {d.id: d for d in corpus.documents}
    loaded = [(read_key, documents[doc_id]) for doc_id, read_key in corpus.read_as]
    with collector_paused():  # the cyclic collector would walk the state's objects again and again
        saved = record(state, engine, keys, loaded, restored.events if restored is not None else None)
        states.write(lineage, saved)
        state.timeline = shared(state, saved)  # the stored timeline takes the encodings as they are
        del saved
    return Opened(state.timeline, state, cache_key=key if state.timeline.documents else None)


def _restored(lineage: str, engine: str, problems: list[Problem]) -> Restored | None:
    """The state saved for these sources, if there is one that can be used (a damaged one is
    removed and said in ``problems``)."""
    try:
        return states.read(lineage, problems, lambda body: loads(body, engine))
    except SavedError as exc:
        states.discard(lineage, problems, str(exc))
        return None


def _updated(
    restored: Restored | None,
    documents: Sequence[Document],
    keys: Mapping[str, str],
    problems: Sequence[Problem],
    records: Records,
    *,
    workers: Workers,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> TimelineState:
    """The state of ``documents``: the saved state updated with the articles that changed since
    (``analysis.update``), else built in full.

    Only the articles whose content hash (``keys``) matches one of the saved state take their
    analysis from it; the others come from the per-article cache or are analysed (which takes
    ``keys`` rather than hashing every article again, unless two articles share an id)."""
    hashed = keys if len(keys) == len(documents) else None
    if restored is None:
        return build_state(
            documents, problems, workers=workers, progress=progress, cancelled=cancelled, records=records, keys=hashed
        )
    current = attach(restored, documents, keys)
    missing = [d for d in documents if d.id not in current]
    failed: list[Problem] = []
    fresh = analyse_cached(
        missing, records, workers=workers, progress=progress, cancelled=cancelled, problems=failed, keys=hashed
    )
    # an article whose analysis failed is left out, as ``build_state`` leaves it out
    analysed = {a.document.id: a for a in fresh}
    saved = restored.state.analyses
    analyses = [
        saved[d.id] if d.id in current else analysed[d.id] for d in documents if d.id in current or d.id in analysed
    ]
    if progress is not None:
        progress(len(documents), len(documents), "Updating the timeline…")
    return update_state(restored.state, analyses, [*problems, *failed]).state
