"""A process killed (SIGKILL, nothing to clean up) in the middle of a write: the target is the
old file or the new one, never a torn mix, and what the kill left behind is swept at the next
start."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from timeline.files import STALE_AFTER, sweep_temporaries

_SIZE = 8 * 1024 * 1024
# Writes the target over and over, alternately all "a" and all "b", as fast as it can.
_WRITER = f"""
import sys
from pathlib import Path
from timeline.files import write_atomically
target = Path(sys.argv[1])
n = 0
while True:
    write_atomically((b"ab"[n % 2:n % 2 + 1]) * {_SIZE}, target, replace=True)
    n += 1
"""


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _kill_mid_write(target: Path, rng: random.Random) -> list[Path]:
    """Starts a writer, kills it while a temporary file of its exists; returns what it left."""
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(target)])
    try:
        deadline = time.monotonic() + 60
        while not (target.exists() and _temporaries(target.parent)):
            assert time.monotonic() < deadline, "the writer never wrote"
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.02))
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(30)
    assert writer.returncode == -signal.SIGKILL
    return _temporaries(target.parent)


def test_a_kill_during_a_write_leaves_the_old_or_the_new_file_and_the_leftover_is_swept(tmp_path: Path):
    rng = random.Random(16)
    target = tmp_path / "k.timeline"
    left: set[Path] = set()
    # At least five kills; more, up to forty, until one lands while a temporary file exists (on a
    # fast disk a write can finish between seeing its temporary file and the kill).
    for attempt in range(40):
        left.update(_kill_mid_write(target, rng))
        data = target.read_bytes()
        assert data in (b"a" * _SIZE, b"b" * _SIZE)
        if left and attempt >= 4:
            break
    assert left, "no kill landed while a temporary file existed"
    # Fresh leftovers may belong to a write still running: kept until they are a minute old.
    assert sweep_temporaries(tmp_path) == []
    old = time.time() - STALE_AFTER - 1
    for path in left:
        os.utime(path, (old, old))
    assert sorted(sweep_temporaries(tmp_path)) == sorted(left)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.timeline"]
    assert target.read_bytes() in (b"a" * _SIZE, b"b" * _SIZE)


def test_an_export_killed_at_any_moment_leaves_a_usable_store(tmp_path: Path, seeds):
    """The real command, killed at random moments while it analyses and stores the seeds: the
    next run sweeps what was left (once a minute old) and its export is the one a run without
    the store writes."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_STATE_HOME": str(tmp_path / "state")}
    command = [sys.executable, "-m", "timeline.cli", "export", str(seeds), "--format", "json"]
    rng = random.Random(7)
    for _ in range(3):
        run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 4.0))
        run.kill()
        run.wait(30)
    store = tmp_path / "cache" / "timeline-explorer"
    old = time.time() - STALE_AFTER - 1
    for path in store.rglob("*.tmp"):
        os.utime(path, (old, old))
    fresh = subprocess.run([*command, "--no-cache"], env=env, capture_output=True, timeout=300)
    stored = subprocess.run(command, env=env, capture_output=True, timeout=300)
    assert (stored.returncode, stored.stderr) == (0, b"")
    assert stored.stdout == fresh.stdout
    assert list(store.rglob("*.tmp")) == []


def test_an_export_sweeps_what_a_killed_export_to_that_name_left(write, tmp_path: Path):
    from timeline.cli import main

    article = write("good.txt", "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n")
    out = tmp_path / "out"
    out.mkdir()
    old = time.time() - STALE_AFTER - 1

    def leftover(name: str, when: float) -> Path:
        path = out / name
        path.write_bytes(b"half an export")
        os.utime(path, (when, when))
        return path

    stale = leftover(".timeline.json.k2j4h6g8.tmp", old)
    fresh = leftover(".timeline.json.a1b2c3d4.tmp", time.time())
    other = leftover(".timeline.json.bak.k2j4h6g8.tmp", old)  # a write to another name
    assert main(["export", "--no-cache", str(article), "-o", str(out / "timeline.json")]) == 0
    assert not stale.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted([fresh.name, other.name, "timeline.json"])
