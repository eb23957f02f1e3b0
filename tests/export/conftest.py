"""Fixtures: the hand-built timeline (exact values) and the timeline of the bundled seeds."""

from __future__ import annotations

import pytest
from export_samples import make_hand_timeline

from timeline.analysis import build_timeline
from timeline.corpus import load, seeds_dir
from timeline.model import Timeline


@pytest.fixture
def hand() -> Timeline:
    return make_hand_timeline()


@pytest.fixture(scope="session")
def seeds() -> Timeline:
    corpus = load([seeds_dir()])
    return build_timeline(corpus.documents, corpus.problems)
