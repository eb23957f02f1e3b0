"""Cold build, warm reopen and adding 10 articles, with the caches, on synthetic corpora.

    python benchmarks/incremental_speed.py [--sizes 1000 3000 10000] [--huge] [--jobs 2]
                                           [--reference-sample 100]

For each size a synthetic corpus (``synth_corpus``, about 500 words an article) is generated in
a temporary directory with its own user cache, then each step runs in a fresh process, as a
user would run ``timeline export``:

* cold: no cache at all; every article read, analysed (``--jobs`` processes), unified, stored;
* warm: the same files again: the stored timeline is read back (and, in brackets, the whole
  process with the interpreter's start and the imports);
* add 10: ten new articles in the folder: the stored timeline misses, the saved state of the
  cold build holds every other article's analysis and the unified events, so ten are analysed
  and put into the saved state (``analysis.update``); the breakdown after it times what a
  full rebuild of the same corpus would cost (reading every file, the analyses read back from
  the per-article cache, a whole unify), for comparison.

Peak memory is the largest resident set of the process (and of a worker). The reference is
``dateparser.search.search_dates`` over the same articles' text: timed on a sample of
``--reference-sample`` articles, in one process, and scaled to the corpus (it would take hours
on the largest). ``--huge`` adds 30,000 articles. Figures are printed, never asserted: on a
shared machine they vary from run to run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGETS = {"cold_10000": 45.0, "warm": 1.0, "add_10_to_10000": 3.0, "peak_mb": 1024.0}


def _step(step: str, corpus: Path, jobs: int | None) -> dict[str, object]:
    """One step, in this (fresh) process: the time from the articles to the stored timeline."""
    from timeline.analysis import unify_state
    from timeline.analysis.cached import RECORD_FORMAT, analyse_cached
    from timeline.analysis.unify import collector_paused
    from timeline.corpus import load
    from timeline.opening import open_articles
    from timeline.query.index import TimelineIndex
    from timeline.storage.cache import code_fingerprint, corpus_key, remember
    from timeline.storage.records import Records

    t0 = time.perf_counter()
    opened = open_articles([corpus], {}, use_cache=True, workers=jobs)
    if opened.cache_key is not None:
        remember(opened.cache_key, TimelineIndex(opened.timeline))
    seconds = time.perf_counter() - t0
    result: dict[str, object] = {
        "seconds": seconds,
        "articles": len(opened.timeline.documents),
        "events": len(opened.timeline.events),
        "stored": opened.index is not None,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    if step == "add":  # where the time goes, measured again after the step
        t0 = time.perf_counter()
        loaded = load([corpus])
        result["load"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        corpus_key([corpus], {})
        result["key"] = time.perf_counter() - t0
        with Records.open(engine=f"{code_fingerprint()}.{RECORD_FORMAT}") as records, collector_paused():
            t0 = time.perf_counter()  # as ``build_state`` reads them: the cyclic collector paused
            analyses = analyse_cached(loaded.documents, records, workers=1)
            result["read_back"] = time.perf_counter() - t0
            result["records"] = records.count()
        t0 = time.perf_counter()
        unify_state(analyses)
        result["unify"] = time.perf_counter() - t0
    return result


def _run_step(step: str, corpus: Path, cache: Path, jobs: int | None) -> dict[str, object]:
    command = [sys.executable, __file__, "--step", step, "--corpus", str(corpus)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    t0 = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - t0  # with the interpreter's start and the imports
    return result


def _reference(corpus: Path, sample: int) -> tuple[float, float]:
    """Seconds per article for ``search_dates`` and for this engine's tagger, on a sample."""
    import warnings

    from dateparser.search import search_dates

    from timeline.corpus import load
    from timeline.temporal import tag

    documents = load([corpus]).documents[:sample]
    warnings.simplefilter("ignore")  # dateparser's deprecation notices, once per call
    t0 = time.perf_counter()
    for document in documents:
        search_dates(document.content, languages=["en"])
    theirs = (time.perf_counter() - t0) / len(documents)
    t0 = time.perf_counter()
    for document in documents:
        tag(document.content, document.published)
    ours = (time.perf_counter() - t0) / len(documents)
    return theirs, ours


def _add_ten(corpus: Path, scratch: Path) -> None:
    """Ten new articles, of other stories, under names no article has yet."""
    from benchmarks.synth_corpus import generate

    new = scratch / "new"
    for path in generate(new, 10, seed=99):
        shutil.move(str(path), corpus / f"added-{path.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--huge", action="store_true", help="also 30,000 articles")
    parser.add_argument("--jobs", type=int, help="processes for the per-article analysis (default: all cores)")
    parser.add_argument("--reference-sample", type=int, default=100, help="articles dateparser is timed on")
    parser.add_argument("--step", choices=["cold", "warm", "add"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step is not None:
        print(json.dumps(_step(args.step, args.corpus, args.jobs)))
        return
    from benchmarks.synth_corpus import generate

    sizes = [*args.sizes, *([30000] if args.huge else [])]
    header = (
        f"{'articles':>8} {'events':>7} {'cold':>8} {'warm':>7} {'(proc)':>7} {'add 10':>7} {'peak':>7} {'worker':>7}"
        f" {'dateparser':>11} {'tagger':>8}"
    )
    print(f"jobs={args.jobs or 'all cores'}; dateparser and tagger: whole corpus, scaled from a sample")
    print(header)
    details = []
    colds: dict[int, dict[str, object]] = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            scratch = Path(tmp)
            corpus, cache = scratch / "corpus", scratch / "cache"
            generate(corpus, size)
            cold = _run_step("cold", corpus, cache, args.jobs)
            warm = _run_step("warm", corpus, cache, args.jobs)
            _add_ten(corpus, scratch)
            added = _run_step("add", corpus, cache, args.jobs)
            theirs, ours = _reference(corpus, min(args.reference_sample, size))
        peak = max(float(str(cold["peak_mb"])), float(str(added["peak_mb"])))
        print(
            f"{size:>8} {cold['events']:>7} {cold['seconds']:>7.1f}s {warm['seconds']:>6.2f}s {warm['process']:>6.2f}s"
            f" {added['seconds']:>6.1f}s {peak:>5.0f}MB {cold['worker_mb']:>5.0f}MB"
            f" {theirs * size:>10.0f}s {ours * size:>7.0f}s",
            flush=True,
        )
        assert warm["stored"], "the warm reopen did not find the stored timeline"
        details.append((size, added))
        colds[size] = cold
    print("\npeak memory of each step (this process / a worker):")
    for size, added in details:
        cold = colds[size]
        print(f"{size:>8}: cold {cold['peak_mb']:.0f}MB / {cold['worker_mb']:.0f}MB, add 10 {added['peak_mb']:.0f}MB")
    print("\nadd 10, where the time goes (measured again after the step):")
    for size, added in details:
        print(
            f"{size:>8}: load {added['load']:.1f}s, corpus key {added['key']:.1f}s, "
            f"{added['records']} analyses read back {added['read_back']:.1f}s, unify {added['unify']:.1f}s"
        )
    print("\ntargets (10,000 articles): cold < 45 s, peak < 1 GB, warm < 1 s, add 10 < 3 s; 30,000 cold < 150 s")


if __name__ == "__main__":
    main()
