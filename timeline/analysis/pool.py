"""Analysing many articles: in several processes when there are enough of them to pay for
starting the processes, with progress reports and a way to stop.

The analysis of one article depends on no other, so it parallelises perfectly; linking and
merging (``pipeline.unify_state``) then runs once over all of them. Worker processes are
started with ``spawn``, not ``fork``: the terminal app analyses from a thread beside its event
loop, and forking a process that runs threads can leave the child holding a lock forever.
Starting a worker costs about half a second (it imports the analysis code), so small corpora
are analysed in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from attrs import frozen

from ..guard import failure
from ..model import Document, Problem
from .article import Analysis, analyse

PARALLEL_FROM = 200  # articles; below this, one process is faster
MAX_WORKERS = 8

Progress = Callable[[int, int, str], None]
CLUSTER_BATCH = 500  # articles sent to a cluster at once: what is in flight stays bounded


@frozen
class Cluster:
    """A Dask cluster already running (``--scheduler ADDRESS``) to analyse the articles on.

    The analysis of one article is a pure function of the article, so it can run anywhere the
    package is installed; the analyses come back here, in order, and are unified on this
    machine. Articles go out ``CLUSTER_BATCH`` at a time, so neither side holds the corpus."""

    address: str


Workers = int | Cluster | None  # processes here (None: as many as pay), or a cluster


class ClusterError(Exception):
    """The cluster cannot be used (the extra is not installed, the scheduler cannot be
    reached); the message is meant for the user."""


class Cancelled(Exception):
    """The caller asked to stop."""


def default_workers(articles: int) -> int:
    """Processes worth starting for ``articles`` articles on this machine."""
    if articles < PARALLEL_FROM:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def analyse_all(
    documents: Sequence[Document],
    *,
    workers: Workers = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    problems: list[Problem] | None = None,
    each: Callable[[int, Analysis], None] | None = None,
) -> list[Analysis]:
    """The analyses of ``documents``, in their order. ``progress(done, total, what)`` is called
    as they complete; when ``cancelled()`` turns true, pending work is dropped and ``Cancelled``
    raised. A document whose analysis fails unexpectedly is left out, with a problem naming it
    appended to ``problems`` (see ``timeline.guard``; in strict mode the exception propagates).
    ``each(i, analysis)`` is told every analysis as it arrives (``i``: its document's position),
    so that a caller can keep them as they come rather than only at the end (``cached``)."""
    total = len(documents)
    where = default_workers(total) if workers is None else workers
    found = _on_cluster(documents, where) if isinstance(where, Cluster) else _analyses(documents, where)
    analyses: list[Analysis] = []
    for done, analysis in enumerate(found):
        if cancelled is not None and cancelled():
            raise Cancelled
        if isinstance(analysis, Problem):
            if problems is not None:
                problems.append(analysis)
        else:
            analyses.append(analysis)
            if each is not None:
                each(done, analysis)
        if progress is not None:
            progress(done + 1, total, f"Analysed {done + 1} of {total}: {documents[done].path}")
    return analyses


def _start_resource_tracker() -> None:
    """Start multiprocessing's helper process now, with the real standard error.

    It hands the helper ``sys.stderr.fileno()``; inside a terminal app ``sys.stderr`` is the
    app's capture of stray output, whose descriptor is not a real one, and starting a worker
    would fail ("bad value(s) in fds_to_keep"). The swap lasts as long as starting one process.
    """
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        resource_tracker.ensure_running()
        return
    captured, sys.stderr = sys.stderr, sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def guarded_analyse(document: Document) -> Analysis | Problem:
    """``analyse``, or the problem naming the document when it fails unexpectedly."""
    try:
        return analyse(document)
    except Exception as exc:  # the guard: a bug met in one article's analysis
        return failure(document.path, "analysed", exc)


def _analyses(documents: Sequence[Document], workers: int) -> Iterator[Analysis | Problem]:
    if workers <= 1 or len(documents) < 2 * workers:
        yield from map(guarded_analyse, documents)
        return
    chunk = max(1, min(50, len(documents) // (workers * 8)))
    _start_resource_tracker()
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        yield from pool.map(guarded_analyse, documents, chunksize=chunk)
    finally:  # also when the caller stops early: running chunks finish, the rest are dropped
        pool.shutdown(wait=True, cancel_futures=True)


def _on_cluster(documents: Sequence[Document], cluster: Cluster) -> Iterator[Analysis | Problem]:
    """The analyses of ``documents`` made on ``cluster``'s workers, in order."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs the cluster extra: pip install 'timeline-explorer[cluster]'") from None
    try:
        # distributed ships no type hints for Client
        client = Client(cluster.address, timeout="10s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {cluster.address}: {exc}") from None
    try:
        for start in range(0, len(documents), CLUSTER_BATCH):
            batch = list(documents[start : start + CLUSTER_BATCH])
            futures = client.map(guarded_analyse, batch, pure=False)
            for future in futures:
                yield future.result()
    finally:
        client.close()  # type: ignore[no-untyped-call]
