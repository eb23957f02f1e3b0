"""Loaded documents -> unified timeline, on the synthetic corpus; then re-anchoring one article.

    python benchmarks/pipeline_speed.py [--articles 10000] [--workers 2] [--corpus DIR]

Prints, beside the targets: time to load (not part of the target), time from loaded documents
to the unified timeline, the time to re-anchor one article of that timeline on a new
publication date (median and worst of several articles), where the per-article analysis spends
its time (each stage, per article, in this process, on a sample), and peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import timeline.analysis.article as article
from benchmarks.synth_corpus import generate
from timeline.analysis import analyse, build_state, reanchor, unify_state
from timeline.corpus import load
from timeline.model import Document
from timeline.temporal import tag

TARGET_BUILD_S = 60.0
TARGET_REANCHOR_S = 0.2


# The stages of ``analysis.article.analyse``, by the name it calls each by.
STAGES = {
    "infer_published": "publication date",
    "tag": "dates (temporal.tag)",
    "sentences": "sentences",
    "analyse_people": "people",
    "datelines": "datelines",
    "statements": "statements",
    "local_groups": "local groups",
}


def stage_times(sample: list[Document], passes: int = 2) -> dict[str, float]:
    """Seconds per article in each stage of ``analyse`` over ``sample`` (best of ``passes``),
    each stage timed where ``analyse`` calls it, so the split is of exactly what it runs."""
    spent: dict[str, float] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started

        return run

    best: dict[str, float] = {}
    with ExitStack() as patches:
        for name in STAGES:
            if name == "tag":
                patches.enter_context(mock.patch.object(article.temporal, "tag", timed(name, tag)))
            else:
                patches.enter_context(mock.patch.object(article, name, timed(name, getattr(article, name))))
        for _ in range(passes):
            spent.update(dict.fromkeys(STAGES, 0.0))
            for document in sample:
                analyse(document)
            for name, seconds in spent.items():
                best[name] = min(best.get(name, seconds), seconds)
    return {STAGES[name]: seconds / len(sample) for name, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2, help="processes for the per-article analysis")
    parser.add_argument("--corpus", type=Path, help="an existing corpus directory (else one is generated)")
    parser.add_argument("--reanchors", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp)
        if args.corpus is None:
            generate(corpus, args.articles)
        t0 = time.perf_counter()
        loaded = load([corpus])
        t_load = time.perf_counter() - t0
    docs = loaded.documents
    words = sum(len(d.content.split()) for d in docs)
    t0 = time.perf_counter()
    state = build_state(docs, loaded.problems, workers=args.workers)
    t_build = time.perf_counter() - t0
    timeline = state.timeline
    times = []
    step = max(1, len(docs) // max(1, args.reanchors))
    for doc in docs[::step][: args.reanchors]:
        t0 = time.perf_counter()
        reanchor(state, doc.id, doc.published + dt.timedelta(days=400))
        times.append(time.perf_counter() - t0)
    # Where the per-article time goes, on a sample, in this process: each stage of
    # ``analysis.article.analyse``, timed where that function calls it.
    sample = docs[: min(300, len(docs))]
    stages = stage_times(sample)
    t0 = time.perf_counter()
    unify_state([state.analyses[d.id] for d in docs])
    t_unify = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    merged = sum(1 for e in timeline.events if len(e.sources) > 1)
    print(
        f"corpus: {len(docs)} articles, {words} words; {len(timeline.people)} people, "
        f"{len(timeline.events)} events ({merged} merged across articles), {len(timeline.problems)} problems"
    )
    print(f"{'measure':<34}{'measured':>12}{'target':>12}")
    print(f"{'load (not in the target)':<34}{t_load:>11.1f}s{'':>12}")
    print(f"{'documents -> timeline':<34}{t_build:>11.1f}s{TARGET_BUILD_S:>11.0f}s   workers={args.workers}")
    if times:
        print(f"{'re-anchor one article (median)':<34}{statistics.median(times):>11.3f}s{TARGET_REANCHOR_S:>11.1f}s")
        print(
            f"{'re-anchor one article (worst)':<34}{max(times):>11.3f}s{TARGET_REANCHOR_S:>11.1f}s"
            f"   over {len(times)} articles"
        )
    per_article = sum(stages.values())
    print(
        f"{'  per-article analysis, per article':<34}{per_article * 1000:>10.1f}ms   "
        f"(x{len(docs)} articles / {args.workers} workers; one process, {len(sample)} articles)"
    )
    for stage, seconds in stages.items():
        print(f"{'    ' + stage:<34}{seconds * 1000:>10.2f}ms  {seconds / per_article:>5.0%}")
    print(f"{'  unify (link, merge, order)':<34}{t_unify:>11.1f}s   (one process)")
    print(f"{'peak memory (max RSS, this process)':<34}{peak_mb:>10.0f}MB")
    print(f"{'peak memory (max RSS, a worker)':<34}{children_mb:>10.0f}MB")


if __name__ == "__main__":
    main()
