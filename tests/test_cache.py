"""The cache of analysed corpora: found again for the same files, never for changed ones."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from timeline.analysis import build_timeline
from timeline.corpus import load
from timeline.model import Problem
from timeline.query.index import TimelineIndex
from timeline.storage import cache

pytestmark = pytest.mark.usefixtures("own_cache")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("---\npublished: 2011-04-10\n---\nThe hall was sold on 3 April.\n")
    (folder / "b.txt").write_text("---\npublished: 2011-05-02\n---\nA fire hit the hall in March 2009.\n")
    return folder


def built(folder: Path) -> TimelineIndex:
    documents = load([folder])
    return TimelineIndex(build_timeline(documents.documents, documents.problems))


def test_the_same_files_find_the_stored_timeline(corpus: Path):
    key = cache.corpus_key([corpus], {})
    assert cache.lookup(key) is None
    index = built(corpus)
    path = cache.remember(key, index)
    assert path is not None and path.parent == Path(os.environ["XDG_CACHE_HOME"]) / "timeline-explorer" / "timelines"
    again = cache.lookup(cache.corpus_key([corpus], {}))
    assert again is not None
    assert [e.date.value for e in again.timeline.events] == ["2009-03", "2011-04-03"]


def test_any_change_to_the_inputs_changes_the_key(corpus: Path):
    key = cache.corpus_key([corpus], {})
    (corpus / "a.txt").write_text("---\npublished: 2011-04-10\n---\nThe hall was sold on 4 April.\n")
    edited = cache.corpus_key([corpus], {})
    (corpus / "c.md").write_text("A third article, 1 May 2011.\n")
    added = cache.corpus_key([corpus], {})
    (corpus / "manifest.toml").write_text('["a.txt"]\ntitle = "Hall sale"\n')
    manifest = cache.corpus_key([corpus], {})
    override = cache.corpus_key([corpus], {"a.txt": dt.date(2012, 1, 1)})
    problem = cache.corpus_key([corpus], {}, [Problem("--published", "bad date")])
    (corpus / "c.md").unlink()
    removed = cache.corpus_key([corpus], {})
    keys = [key, edited, added, manifest, override, problem, removed]
    assert len(set(keys)) == len(keys)
    assert cache.corpus_key([corpus], {}) == removed  # and nothing else does
    assert cache.corpus_key([corpus / "a.txt"], {}) != removed


def test_a_damaged_stored_timeline_is_dropped(corpus: Path):
    key = cache.corpus_key([corpus], {})
    path = cache.remember(key, built(corpus))
    path.write_bytes(path.read_bytes()[:100])
    assert cache.lookup(key) is None
    assert not path.exists()


def test_an_unwritable_cache_is_no_cache(corpus: Path, tmp_path: Path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    key = cache.corpus_key([corpus], {})
    assert cache.remember(key, built(corpus)) is None
    assert cache.lookup(key) is None


def test_only_the_most_recently_opened_are_kept(tmp_path: Path):
    index = built_seedless(tmp_path)
    paths = []
    for n in range(cache.KEPT + 2):
        paths.append(cache.remember(f"key{n}", index))
        stamp = 1_000_000_000 + n
        os.utime(paths[-1], (stamp, stamp))
    cache.remember("newest", index)
    kept = sorted(p.name for p in paths[0].parent.glob("*.timeline"))
    assert len(kept) == cache.KEPT
    assert "newest.timeline" in kept and "key0.timeline" not in kept


def built_seedless(tmp_path: Path) -> TimelineIndex:
    (tmp_path / "one.txt").write_text("---\npublished: 2011-04-10\n---\nThe hall was sold on 3 April.\n")
    return built(tmp_path / "one.txt")


def test_the_code_fingerprint_covers_every_stage_of_the_package():
    from pathlib import Path

    import timeline
    from timeline.storage import cache

    package = Path(timeline.__file__).resolve().parent
    cache.code_fingerprint.cache_clear()
    before = cache.code_fingerprint()
    rule = package / "people" / "lexicon.py"
    stat = rule.stat()
    try:
        os.utime(rule, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() != before  # an edited rule never serves a stale timeline
    finally:
        os.utime(rule, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        cache.code_fingerprint.cache_clear()
