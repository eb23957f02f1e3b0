"""The app's long-running work, free of any UI: re-anchoring after a publication date changes,
and saying which dates moved. (Opening the articles is ``timeline.opening``, shared with the
command line.)
"""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from timeline.analysis import build_state
from timeline.analysis import reanchor as reanchor_state
from timeline.model import Timeline
from timeline.opening import Opened

from .dates import date_label


def reanchor(built: Opened, doc_id: str, published: dt.date) -> Opened:
    """The timeline again with one document's publication date set by the user.

    The pipeline re-resolves that article and the events it touches; a timeline handed in whole
    (a cache) is analysed once first. ``built.timeline`` itself is a value and stays as it was.
    """
    state = built.state or build_state(built.timeline.documents, built.timeline.problems)
    state = reanchor_state(state, doc_id, published)
    return Opened(state.timeline, state)


@frozen
class Move:
    document: str
    expression: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"“{self.expression}”: {self.before} → {self.after}"


def moves(old: Timeline, new: Timeline, doc_id: str) -> list[Move]:
    """The dated statements of ``doc_id`` whose date changed between two timelines."""

    def dates(timeline: Timeline) -> dict[tuple[int, int], tuple[str, str]]:
        found = {}
        for event in timeline.events:
            for mention in event.mentions:
                if mention.document == doc_id:
                    found[(mention.timex.span.start, mention.timex.span.end)] = (
                        mention.timex.text,
                        date_label(event.date),
                    )
        return found

    before, after = dates(old), dates(new)
    result = []
    for key in sorted(before.keys() | after.keys()):
        text, was = before.get(key, (after.get(key, ("", ""))[0], "undated"))
        now = after.get(key, ("", "undated"))[1]
        if was != now:
            result.append(Move(doc_id, text, was, now))
    return result
