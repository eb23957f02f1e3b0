"""Many articles are analysed in several processes, with the same result as in one."""

from __future__ import annotations

import shutil

import pytest
from model_json import timeline_to_json

from timeline.analysis import build_timeline
from timeline.analysis.pool import PARALLEL_FROM, Cancelled, analyse_all, default_workers
from timeline.corpus import load


@pytest.fixture(scope="module")
def twelve(seeds, tmp_path_factory) -> list:
    """The three seeds, four times over in four folders (each folder with its manifest)."""
    root = tmp_path_factory.mktemp("twelve")
    for n in range(4):
        shutil.copytree(seeds, root / f"copy{n}")
    return list(load([root]).documents)


def test_two_processes_give_what_one_gives(twelve):
    assert len(twelve) == 12
    one = build_timeline(twelve, workers=1)
    two = build_timeline(twelve, workers=2)
    assert timeline_to_json(two) == timeline_to_json(one)
    assert len(one.events) == 16  # the copies are duplicates of the seeds, merged and reported
    assert sum(p.message.startswith("identical to") for p in one.problems) == 9


def test_progress_and_cancel(twelve):
    seen = []
    analyse_all(twelve[:3], workers=1, progress=lambda done, total, what: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(Cancelled):
        analyse_all(twelve, workers=2, progress=lambda *a: seen.append(a), cancelled=lambda: len(seen) >= 5)


def test_one_process_per_core_for_large_corpora_only(monkeypatch):
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(4)), raising=False)
    assert default_workers(PARALLEL_FROM - 1) == 1
    assert default_workers(PARALLEL_FROM) == 4
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert default_workers(10_000) == 8
