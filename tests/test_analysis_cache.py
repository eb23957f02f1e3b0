"""The per-article cache: an article analysed once is never analysed again, and a cached build
is the build without the cache."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from benchmarks.synth_corpus import generate
from timeline.analysis import Cancelled, build_state
from timeline.analysis.cached import BATCH, analyse_cached, article_key
from timeline.corpus import load
from timeline.opening import open_articles
from timeline.storage.records import Records

pytestmark = pytest.mark.usefixtures("own_cache")


ARTICLES = {
    "a.txt": "---\npublished: 2011-04-10\n---\nThe hall was sold on 3 April.\n",
    "b.txt": "---\npublished: 2011-05-02\n---\nA fire hit the hall in March 2009.\n",
    "c.txt": "---\npublished: 2011-05-20\n---\nThe council met on 5 May to discuss the hall.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(ARTICLES[name])
    return folder


def events(folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The timeline of ``folder`` through the caches, as (date, documents) per event."""
    opened = open_articles([folder], {}, use_cache=True)
    return [(e.date.value, e.sources) for e in opened.timeline.events]


def test_an_article_in_the_cache_is_not_analysed_again(corpus: Path, tmp_path: Path, calls: list[str]):
    documents = load([corpus]).documents
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        first = build_state(documents, records=records).timeline
    assert calls == ["a", "b"]
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        assert records.count() == 2
        again = build_state(documents, records=records).timeline
    assert calls == ["a", "b"]  # not one call more
    assert again == first
    assert [e.date.value for e in again.events] == ["2009-03", "2011-04-03"]


def test_a_cached_build_equals_a_build_without_the_cache(tmp_path: Path):
    documents = load([Path(__file__).resolve().parent.parent / "seeds"]).documents
    fresh = build_state(documents).timeline
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        stored = build_state(documents, records=records).timeline
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        read_back = build_state(documents, records=records).timeline
    assert stored == fresh
    assert read_back == fresh
    assert (len(fresh.events), len(fresh.people)) == (16, 11)  # the seeds: a real timeline


def test_the_synthetic_corpus_cached_equals_it_uncached(tmp_path: Path):
    """Duplicates, relative dates, misspelt names, contradicting outlets: unify meets them all
    on analyses read back from the cache as it does on fresh ones."""
    generate(tmp_path / "synthetic", 60)
    documents = load([tmp_path / "synthetic"]).documents
    fresh = build_state(documents, workers=1).timeline
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        build_state(documents, records=records, workers=1)
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        assert records.count() == len(documents) == 60
        read_back = build_state(documents, records=records, workers=1).timeline
    assert read_back == fresh


def test_another_engine_invalidates_every_analysis(corpus: Path, tmp_path: Path, calls: list[str]):
    documents = load([corpus]).documents
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        build_state(documents, records=records)
    with Records.open(tmp_path / "db.sqlite", "engine-2") as records:
        assert records.count() == 0  # the other engine's records are gone, not just ignored
        build_state(documents, records=records)
        assert records.count() == 2
    assert calls == ["a", "b", "a", "b"]
    with Records.open(tmp_path / "db.sqlite", "engine-2") as records:
        build_state(documents, records=records)
    assert len(calls) == 4


def test_a_new_article_is_the_only_one_analysed(corpus: Path, calls: list[str]):
    assert events(corpus) == [("2009-03", ("b",)), ("2011-04-03", ("a",))]
    assert calls == ["a", "b"]
    (corpus / "c.txt").write_text(ARTICLES["c.txt"])
    assert events(corpus) == [("2009-03", ("b",)), ("2011-04-03", ("a",)), ("2011-05-05", ("c",))]
    assert calls == ["a", "b", "c"]


def test_a_changed_article_is_the_only_one_analysed_again(corpus: Path, calls: list[str]):
    events(corpus)
    (corpus / "a.txt").write_text(ARTICLES["a.txt"].replace("3 April", "4 April"))
    assert events(corpus) == [("2009-03", ("b",)), ("2011-04-04", ("a",))]
    assert calls == ["a", "b", "a"]
    (corpus / "a.txt").write_text(ARTICLES["a.txt"])  # and back: that analysis is still there
    assert events(corpus) == [("2009-03", ("b",)), ("2011-04-03", ("a",))]
    assert calls == ["a", "b", "a"]


def test_a_removed_article_takes_its_events_and_costs_no_analysis(corpus: Path, calls: list[str]):
    (corpus / "c.txt").write_text(ARTICLES["c.txt"])
    assert len(events(corpus)) == 3
    (corpus / "b.txt").unlink()
    assert events(corpus) == [("2011-04-03", ("a",)), ("2011-05-05", ("c",))]
    assert calls == ["a", "b", "c"]


def test_a_new_publication_date_is_a_new_analysis(corpus: Path, calls: list[str]):
    documents = load([corpus]).documents
    moved = load([corpus], {"a.txt": dt.date(2012, 4, 10)}).documents
    assert article_key(documents[0]) != article_key(moved[0])
    assert article_key(documents[1]) == article_key(moved[1])
    events(corpus)
    opened = open_articles([corpus], {"a.txt": dt.date(2012, 4, 10)}, use_cache=True)
    assert [e.date.value for e in opened.timeline.events] == ["2009-03", "2012-04-03"]
    assert calls == ["a", "b", "a"]


def test_a_cancelled_build_keeps_the_analyses_it_stored(tmp_path: Path, monkeypatch, calls: list[str]):
    monkeypatch.setattr("timeline.analysis.cached.BATCH", 2)
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(7):
        (folder / f"{n}.txt").write_text(f"---\npublished: 2011-04-10\n---\nThe hall was sold on {n + 1} April.\n")
    documents = load([folder]).documents
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        with pytest.raises(Cancelled):
            analyse_cached(documents, records, workers=1, cancelled=lambda: len(calls) > 5)
        assert records.count() == 5  # two batches committed, and the fifth kept when stopping
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        analyses = analyse_cached(documents, records, workers=1)
    assert [a.document.id for a in analyses] == [str(n) for n in range(7)]
    assert calls == [str(n) for n in range(6)] + ["5", "6"]
    assert BATCH == 200  # the default: a killed build loses at most that many


def test_without_the_cache_nothing_is_stored(corpus: Path, tmp_path: Path, calls: list[str]):
    open_articles([corpus], {}, use_cache=False)
    open_articles([corpus], {}, use_cache=False)
    assert calls == ["a", "b", "a", "b"]
    assert not (tmp_path / "cache" / "timeline-explorer" / "analyses.sqlite").exists()


def test_the_command_line_takes_a_number_of_processes(corpus: Path, capsys, calls: list[str]):
    from timeline.cli import main

    assert main(["export", "--jobs", "2", "-f", "csv", str(corpus)]) == 0
    assert calls == ["a", "b"]  # two articles: analysed here, not worth starting processes for
    assert capsys.readouterr().out.count("\n") == 3  # a header and two events
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--jobs", "0", str(corpus)])
    assert stopped.value.code == 2
    assert "argument --jobs/-j: expected a whole number of processes, 1 or more, not '0'" in capsys.readouterr().err
