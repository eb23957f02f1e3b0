"""The per-article cache in trouble: damaged, from a newer version, locked, killed mid-write, a
full disk. Each time the file is named once, the cache is rebuilt rather than trusted, and the
timeline is the one a build without the cache gives."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeline.analysis import build_state
from timeline.corpus import load
from timeline.model import Problem, Timeline
from timeline.opening import open_articles
from timeline.storage import records as records_module
from timeline.storage.records import Records

ENGINE = "engine-1"


pytestmark = pytest.mark.usefixtures("own_cache")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("---\npublished: 2011-04-10\n---\nThe hall was sold on 3 April.\n")
    (folder / "b.txt").write_text("---\npublished: 2011-05-02\n---\nA fire hit the hall in March 2009.\n")
    return folder


@pytest.fixture
def db(tmp_path: Path, corpus: Path) -> Path:
    """A database holding the analyses of ``corpus``."""
    path = tmp_path / "db.sqlite"
    with Records.open(path, ENGINE) as records:
        build_state(load([corpus]).documents, records=records)
        assert records.count() == 2
    return path


def rebuilt(corpus: Path, path: Path) -> tuple[Timeline, list[Problem], int]:
    """The timeline of ``corpus`` built on the database at ``path``; the problems said about the
    cache; how many records the database holds afterwards."""
    with Records.open(path, ENGINE) as records:
        timeline = build_state(load([corpus]).documents, records=records).timeline
        return timeline, [p for p in timeline.problems if p.path == str(path)], records.count()


def dates(timeline: Timeline) -> list[str]:
    return [e.date.value for e in timeline.events]


def aside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(f"{path.name}.*"))


def test_a_file_that_is_no_database_is_set_aside_and_rebuilt(corpus: Path, db: Path, calls: list[str]):
    db.write_bytes(b"these are not the pages of a database " * 200)
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    timeline, problems, count = rebuilt(corpus, db)
    assert dates(timeline) == ["2009-03", "2011-04-03"]
    assert calls == ["a", "b"]  # analysed again
    assert count == 2
    [problem] = problems  # said once, naming the file
    assert problem.path == str(db)
    [name] = aside(db)
    assert name.startswith("db.sqlite.damaged-aside-")
    assert problem.message == (
        f"article analysis cache is not a database; set aside as {name}, and rebuilt: the articles are analysed again"
    )
    assert (db.parent / name).read_bytes().startswith(b"these are not")


def test_a_record_failing_its_checksum_means_the_database_is_not_trusted(corpus: Path, db: Path, calls: list[str]):
    with sqlite3.connect(db) as connection:
        (key,) = connection.execute("SELECT key FROM records ORDER BY key LIMIT 1").fetchone()
        connection.execute("UPDATE records SET body = CAST(body || X'00' AS BLOB) WHERE key = ?", (key,))
    timeline, problems, count = rebuilt(corpus, db)
    assert dates(timeline) == ["2009-03", "2011-04-03"]
    assert calls == ["a", "b"]  # both: one bad record puts the whole file in doubt
    assert count == 2
    [problem] = problems
    assert problem.message.startswith(f"article analysis cache damaged (record {key} fails its checksum); set aside")


def test_a_database_from_a_newer_version_is_set_aside(corpus: Path, db: Path, calls: list[str]):
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 7")
    timeline, problems, count = rebuilt(corpus, db)
    assert dates(timeline) == ["2009-03", "2011-04-03"]
    assert count == 2
    [problem] = problems
    assert problem.message.startswith(
        "article analysis cache was written by a newer version (schema 7; this version reads 1); set aside as "
        "db.sqlite.newer-aside-"
    )
    with sqlite3.connect(db.parent / aside(db)[0]) as connection:  # kept as it was, for that version
        assert connection.execute("PRAGMA user_version").fetchone() == (7,)


def test_a_database_locked_by_another_process_is_set_aside_after_the_timeout(
    corpus: Path, db: Path, calls: list[str], monkeypatch
):
    monkeypatch.setattr(records_module, "LOCK_TIMEOUT", 0.2)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sqlite3, sys, time
                connection = sqlite3.connect({str(db)!r}, isolation_level=None)
                connection.execute("BEGIN IMMEDIATE")
                print("locked", flush=True)
                sys.stdin.read()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        timeline, problems, count = rebuilt(corpus, db)
    finally:
        holder.communicate("")
    assert dates(timeline) == ["2009-03", "2011-04-03"]
    assert count == 2
    [problem] = problems
    assert problem.message.startswith(
        "article analysis cache is locked by another process (waited 0.2 s); set aside as db.sqlite.locked-aside-"
    )


def test_a_process_killed_while_writing_leaves_what_it_committed(tmp_path: Path):
    path = tmp_path / "db.sqlite"
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import os, signal
                from timeline.storage.records import Records
                records = Records.open({str(path)!r}, {ENGINE!r})
                assert records.put([("one", b"first"), ("two", b"second")])
                connection = records._connection
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany(
                    "INSERT INTO records VALUES (?, ?, ?, ?)",
                    [(f"k{{n}}", {ENGINE!r}, b"x" * 32, b"y" * 5000) for n in range(2000)],
                )
                os.kill(os.getpid(), signal.SIGKILL)  # mid-transaction, nothing committed
            """),
        ],
        check=False,
    )
    assert child.returncode == -signal.SIGKILL
    with Records.open(path, ENGINE) as records:
        assert records.problems == []
        assert records.get(["one", "two", "k0"]) == {"one": b"first", "two": b"second"}
        assert records.count() == 2
        assert records.put([("three", b"third")])  # and it takes new writes
        assert records.count() == 3


def test_a_failed_batch_is_rolled_back_whole(tmp_path: Path):
    path = tmp_path / "db.sqlite"
    with Records.open(path, ENGINE) as records:
        records.put([("one", b"first")])

        with pytest.raises(TypeError):  # the second record's body fails inside the transaction
            records.put([("two", b"second"), ("three", None)])
        assert records.get(["one", "two"]) == {"one": b"first"}
        assert not records._connection.in_transaction


def test_a_full_disk_is_said_once_and_the_timeline_is_still_built(corpus: Path, tmp_path: Path, calls: list[str]):
    path = tmp_path / "db.sqlite"
    long = "The hall stood empty for years. " * 300  # a record larger than the pages there are
    (corpus / "c.txt").write_text(f"---\npublished: 2011-06-01\n---\nThe hall was let on 1 June. {long}\n")
    with Records.open(path, ENGINE) as records:
        (pages,) = records._connection.execute("PRAGMA page_count").fetchone()
        records._connection.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
        timeline = build_state(load([corpus]).documents, records=records).timeline
        assert records.count() == 0
        assert calls == ["a", "b", "c"]
    assert dates(timeline) == ["2009-03", "2011-04-03", "2011-06-01"]
    assert [p for p in timeline.problems if p.path == str(path)] == [
        Problem(str(path), "cannot store article analyses: the disk is full; the timeline is built without them")
    ]


def test_a_damaged_cache_met_on_opening_is_said_once(corpus: Path, tmp_path: Path):
    path = tmp_path / "cache" / "timeline-explorer" / "analyses.sqlite"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\0" * 4096)
    first = open_articles([corpus], {}, use_cache=True).timeline
    assert [p.path for p in first.problems] == [str(path)]
    assert "set aside as analyses.sqlite.damaged-aside-" in first.problems[0].message
    from timeline.query.index import TimelineIndex
    from timeline.storage.cache import corpus_key, remember

    remember(corpus_key([corpus], {}), TimelineIndex(first))
    again = open_articles([corpus], {}, use_cache=True).timeline  # the stored timeline: not said again
    assert again.problems == ()
    assert dates(again) == dates(first) == ["2009-03", "2011-04-03"]


def test_a_directory_in_the_place_of_the_database_is_set_aside(corpus: Path, tmp_path: Path):
    path = tmp_path / "db.sqlite"
    path.mkdir()
    timeline, problems, count = rebuilt(corpus, path)
    assert count == 2 and path.is_file()
    [problem] = problems
    assert problem.message.startswith("article analysis cache is not a regular file; set aside as ")
    assert dates(timeline) == ["2009-03", "2011-04-03"]
    assert os.path.isdir(path.parent / aside(path)[0])


def test_a_full_disk_on_opening_leaves_the_database_as_it_is(db: Path, monkeypatch):
    def full(path: Path, engine: str) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(records_module, "_prepared", full)
    with Records.open(db, ENGINE) as records:
        assert not records.usable
        assert records.get(["anything"]) == {}
        assert records.problems == [
            Problem(str(db), "cannot open the article analysis cache: the disk is full; not used")
        ]
    assert aside(db) == []
    monkeypatch.undo()
    with Records.open(db, ENGINE) as records:
        assert records.count() == 2  # nothing was lost


def test_damage_met_late_in_the_reading_distrusts_what_was_read_before(
    corpus: Path, db: Path, calls: list[str], monkeypatch
):
    monkeypatch.setattr("timeline.analysis.cached.READ_CHUNK", 1)  # one record to a read
    documents = load([corpus]).documents
    from timeline.analysis.cached import article_key

    with sqlite3.connect(db) as connection:  # the second article's record, read last
        connection.execute(
            "UPDATE records SET body = CAST(body || X'00' AS BLOB) WHERE key = ?", (article_key(documents[1]),)
        )
    timeline, problems, count = rebuilt(corpus, db)
    assert calls == ["a", "b"]  # the first one too, though its record had been read and checked
    assert count == 2 and len(problems) == 1
    assert dates(timeline) == ["2009-03", "2011-04-03"]


def test_a_new_timeline_is_stored_after_a_damaged_stored_one_was_removed(corpus: Path):
    from timeline.query.index import TimelineIndex
    from timeline.storage.cache import remember

    first = open_articles([corpus], {}, use_cache=True)
    assert first.cache_key is not None
    stored = remember(first.cache_key, TimelineIndex(first.timeline))
    assert stored is not None
    stored.write_bytes(stored.read_bytes()[:100])
    again = open_articles([corpus], {}, use_cache=True)
    assert [p.path for p in again.timeline.problems] == [str(stored)]
    assert again.cache_key is not None
    assert remember(again.cache_key, TimelineIndex(again.timeline)) == stored
    third = open_articles([corpus], {}, use_cache=True)
    assert third.index is not None  # read back from the store, the problem not kept with it
    assert third.timeline.problems == ()
    assert dates(third.timeline) == ["2009-03", "2011-04-03"]
