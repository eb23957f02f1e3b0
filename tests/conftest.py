"""Shared fixtures: the bundled seeds and helpers to write article files."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import seeds_dir

REPO = Path(__file__).resolve().parent.parent


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
