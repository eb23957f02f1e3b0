"""Shared fixtures: the bundled seeds and helpers to write article files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.corpus import seeds_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Tests never read or write the user's own cache (stored timelines, the first-name table);
    command-line tests run as subprocesses inherit this too."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(autouse=True)
def _private_state(tmp_path_factory, monkeypatch):
    """Each test starts with no publication dates set in the app, and keeps the ones it sets
    to itself."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(scope="session")
def seeds() -> Path:
    return seeds_dir()


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path (str or bytes) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return _write


@pytest.fixture(scope="session", autouse=True)
def _strict():
    """A bug met in one article fails the test loudly instead of becoming a problem line
    (``timeline.guard``); the tests of the guard itself unset this."""
    previous = os.environ.get("TIMELINE_STRICT")
    os.environ["TIMELINE_STRICT"] = "1"
    yield
    if previous is None:
        del os.environ["TIMELINE_STRICT"]
    else:
        os.environ["TIMELINE_STRICT"] = previous


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch):
    """A cache directory of the test's own (stored timelines, the analyses database), empty."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """The articles analysed, in order: every call of the per-article analysis."""
    from timeline.analysis import pool

    seen: list[str] = []
    real = pool.analyse

    def counting(document, *args, **kwargs):
        seen.append(document.id)
        return real(document, *args, **kwargs)

    monkeypatch.setattr(pool, "analyse", counting)
    return seen
