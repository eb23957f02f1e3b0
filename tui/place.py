"""Keeping the user's place when the timeline is built again (a publication date set, articles
changed on disk): the cursor stays on the event that holds the mention it was on."""

from __future__ import annotations

from timeline.model import Timeline


def same_event(old: Timeline, focused: int | None, new: Timeline) -> int | None:
    """The position in ``new`` of the event telling what ``old``'s event ``focused`` told first
    (its first mention: document and span), or None when that mention has gone."""
    if focused is None or not 0 <= focused < len(old.events) or not old.events[focused].mentions:
        return None
    mention = old.events[focused].mentions[0]
    key = (mention.document, mention.timex.span)
    return next(
        (i for i, event in enumerate(new.events) if any((m.document, m.timex.span) == key for m in event.mentions)),
        None,
    )
