"""The per-article analysis on a Dask cluster: a two-worker local cluster of processes gives the
very timeline one machine builds, and a scheduler that cannot be reached is a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from distributed import LocalCluster

from benchmarks.synth_corpus import generate
from timeline.analysis import build_state, pool
from timeline.analysis.pool import Cluster, ClusterError
from timeline.cli import main
from timeline.corpus import load
from timeline.storage.records import Records


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local:
        yield Cluster(local.scheduler_address)


def test_a_two_worker_cluster_builds_the_timeline_one_machine_builds(tmp_path: Path, cluster: Cluster, monkeypatch):
    generate(tmp_path / "synthetic", 60)
    documents = load([tmp_path / "synthetic"]).documents
    here = build_state(documents, workers=1).timeline
    monkeypatch.setattr(pool, "CLUSTER_BATCH", 25)  # several batches go out, and come back in order
    there = build_state(documents, workers=cluster).timeline
    assert len(there.events) == len(here.events) > 0
    assert there == here


def test_analyses_made_on_the_cluster_are_cached(tmp_path: Path, cluster: Cluster):
    generate(tmp_path / "synthetic", 12)
    documents = load([tmp_path / "synthetic"]).documents
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        built = build_state(documents, records=records, workers=cluster).timeline
    with Records.open(tmp_path / "db.sqlite", "engine-1") as records:
        assert records.count() == 12
        assert build_state(documents, records=records, workers=1).timeline == built


def test_an_unreachable_scheduler_is_a_message(tmp_path: Path):
    generate(tmp_path / "synthetic", 3)
    documents = load([tmp_path / "synthetic"]).documents
    with pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        build_state(documents, workers=Cluster("tcp://127.0.0.1:9"))


def test_the_command_line_names_the_scheduler_it_cannot_reach(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    generate(tmp_path / "synthetic", 3)
    code = main(["export", str(tmp_path / "synthetic"), "--no-cache", "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("timeline: cannot reach the Dask scheduler at tcp://127.0.0.1:9") and "Traceback" not in err
    assert main(["export", str(tmp_path / "synthetic"), "--jobs", "2", "--scheduler", "tcp://x:1"]) == 1
    assert "--jobs and --scheduler: choose one" in capsys.readouterr().err
