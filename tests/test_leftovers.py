"""Nothing left behind, nothing lost: temporary files of killed writes are swept at the next
start; corrections saved by two processes at once are all kept; one bad entry costs only itself."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import time
from pathlib import Path

from timeline.files import cache_dir, state_dir, sweep_temporaries
from timeline.model import Problem
from timeline.storage import cache
from timeline.storage.corrections import corrections_file, load_corrections, remember_correction, stored_corrections


def _age(path: Path, seconds: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"half a file")
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_stale_temporary_files_are_swept_fresh_ones_kept(tmp_path: Path):
    stale = _age(tmp_path / ".k.timeline.ab12_x9z.tmp", 120)
    fresh = _age(tmp_path / ".k.timeline.q1w2e3r4.tmp", 5)
    other = _age(tmp_path / ".notes.tmp", 120)  # not the pattern write_atomically uses
    assert sweep_temporaries(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, other.name])


def test_the_cache_and_state_directories_are_swept_at_start(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    stale = [
        _age(cache_dir() / "timelines" / ".abc.timeline.zzzzzzzz.tmp", 120),
        _age(cache_dir() / ".first-names.json.a1b2c3d4.tmp", 120),
        _age(state_dir() / ".publication-dates.json.k3j4h5g6.tmp", 120),
    ]
    fresh = _age(cache_dir() / "timelines" / ".abc.timeline.yyyyyyyy.tmp", 1)
    assert cache.lookup("0" * 32) is None
    assert stored_corrections() == ({}, [])
    assert [p.exists() for p in stale] == [False, False, False]
    assert fresh.exists()


def test_one_bad_entry_disables_only_itself_and_unknown_keys_are_kept(tmp_path: Path):
    path = corrections_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    good, bad = str(tmp_path / "good.txt"), str(tmp_path / "bad.txt")
    data = {
        "articles": {
            bad: {"published": "yesterday"},
            good: {"published": "2012-05-02", "note": "from the print edition"},
        },
        "version": 7,
    }
    path.write_text(json.dumps(data))
    assert stored_corrections() == (
        {good: dt.date(2012, 5, 2)},
        [Problem(str(path), f'entry {bad!r}: invalid publication date "yesterday"; that correction is not applied')],
    )
    other = tmp_path / "other.txt"
    remember_correction(other, dt.date(2013, 1, 1))
    remember_correction(good, dt.date(2012, 5, 3))
    kept = json.loads(path.read_text())
    assert kept["version"] == 7
    assert kept["articles"][bad] == {"published": "yesterday"}
    assert kept["articles"][good]["note"] == "from the print edition"
    assert load_corrections() == {good: dt.date(2012, 5, 3), str(other.resolve()): dt.date(2013, 1, 1)}


def _save_many(folder: str, prefix: str) -> None:
    for i in range(50):
        remember_correction(Path(folder) / f"{prefix}{i}.txt", dt.date(2010, 1, 1) + dt.timedelta(days=i))


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path):
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_save_many, args=(str(tmp_path), prefix)) for prefix in ("a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    stored = load_corrections()
    assert len(stored) == 100
    assert stored[str((tmp_path / "b49.txt").resolve())] == dt.date(2010, 2, 19)
    assert not [p for p in corrections_file().parent.iterdir() if p.name.endswith(".tmp")]


def test_a_fifo_or_directory_at_the_store_path_is_removed_not_read(tmp_path: Path, monkeypatch, seeds):
    from timeline.analysis import build_timeline
    from timeline.corpus import load
    from timeline.query.index import TimelineIndex

    monkeypatch.setattr(cache, "_timelines_dir", lambda: tmp_path)
    index = TimelineIndex(build_timeline(load([seeds]).documents))
    for key, make in (("f" * 32, os.mkfifo), ("d" * 32, os.mkdir)):
        path = tmp_path / f"{key}{cache.SUFFIX}"
        make(path)
        if path.is_dir():
            (path / "inside").write_text("x")
        assert cache.lookup(key) is None
        assert not os.path.lexists(path)
        assert cache.remember(key, index) == path
        assert cache.lookup(key) is not None


def test_a_corrections_file_nested_too_deep_is_a_message():
    path = corrections_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert stored_corrections() == (
        {},
        [Problem(str(path), "cannot read the stored publication dates (nested too deeply); they are not applied")],
    )
