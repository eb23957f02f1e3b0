"""Every message the app's widgets post; the app reacts to them and owns the state."""

from __future__ import annotations

import datetime as dt

from textual.message import Message


class EventFocused(Message):
    """The cursor of the timeline list moved onto an event."""

    def __init__(self, position: int | None) -> None:
        super().__init__()
        self.position = position


class EventChosen(Message):
    """An event was chosen (Enter or double click): open its source."""

    def __init__(self, position: int) -> None:
        super().__init__()
        self.position = position


class DateJump(Message):
    """Move the cursor to the first event on or after ``day`` (a histogram bar was clicked)."""

    def __init__(self, day: dt.date) -> None:
        super().__init__()
        self.day = day


class PeopleChosen(Message):
    """The selection in the people panel changed."""

    def __init__(self, people: tuple[str, ...]) -> None:
        super().__init__()
        self.people = people


class SearchChanged(Message):
    """The search text changed (live, on every keystroke)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class SearchDone(Message):
    """The search bar was closed: ``keep`` is False when it was cancelled."""

    def __init__(self, keep: bool) -> None:
        super().__init__()
        self.keep = keep
