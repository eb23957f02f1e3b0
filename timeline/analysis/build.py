"""The whole analysis, from loaded documents to the timeline state: every article analysed (in
several processes when there are enough of them: ``pool``; only those a cache of analyses does
not hold: ``cached``), then unified (``unify``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..model import Document, Problem, Timeline
from .cached import Records, analyse_cached
from .pool import Progress, Workers, analyse_all
from .state import TimelineState
from .unify import collector_paused, unify_state


def build_state(
    documents: Sequence[Document],
    problems: Sequence[Problem] = (),
    *,
    workers: Workers = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    records: Records | None = None,
    keys: Mapping[str, str] | None = None,
) -> TimelineState:
    """The timeline state of ``documents``. Articles are analysed in ``workers`` processes (by
    default as many as pay off for this many articles on this machine); ``progress`` and
    ``cancelled`` as for ``pool.analyse_all``. With ``records``, the analyses it holds are read
    back instead, and the new ones stored there (``keys``: each article's ``cached.article_key``
    by id, if already worked out)."""
    total = len(documents)
    if progress is not None:
        progress(0, total, f"Analysing {total} article{'s' if total != 1 else ''}…")
    failed: list[Problem] = []
    with collector_paused():
        if records is None:
            analyses = analyse_all(documents, workers=workers, progress=progress, cancelled=cancelled, problems=failed)
        else:
            analyses = analyse_cached(
                documents, records, workers=workers, progress=progress, cancelled=cancelled, problems=failed, keys=keys
            )
    if progress is not None:
        progress(total, total, "Building the timeline…")
    return unify_state(analyses, [*problems, *failed])


def build_timeline(
    documents: Sequence[Document], problems: Sequence[Problem] = (), *, workers: Workers = None
) -> Timeline:
    """The unified timeline of ``documents`` (``workers``: see ``build_state``)."""
    return build_state(documents, problems, workers=workers).timeline
