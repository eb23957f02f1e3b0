"""The analysis of a corpus, stage by stage.

1. ``article``: one article on its own (its dates, sentences, people, dated statements);
   ``published`` infers the publication date of an article that gives none.
2. ``pool``: every article, in several processes when there are enough of them.
3. ``unify``: the articles meet: people linked, statements merged into events, events ordered,
   kept in a ``state.TimelineState``.
4. ``reanchor``: one article re-dated in a built state, at the cost of that article.

``build`` runs 1-3 for a set of documents.

Re-anchoring one article (the app, when the user sets a publication date)::

    state = build_state(documents, problems)
    timeline = state.timeline
    state = reanchor(state, doc_id, dt.date(2011, 6, 5))
    timeline = state.timeline   # same people; that article's dates re-resolved
"""

from __future__ import annotations

from .article import Analysis, analyse
from .build import build_state, build_timeline
from .pool import Cancelled, Progress, analyse_all
from .reanchor import reanchor
from .state import TimelineState
from .unify import unify, unify_state

__all__ = [
    "Analysis",
    "Cancelled",
    "Progress",
    "TimelineState",
    "analyse",
    "analyse_all",
    "build_state",
    "build_timeline",
    "reanchor",
    "unify",
    "unify_state",
]
