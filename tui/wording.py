"""Counts in words: "1 event", "2 events", never "1 events"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for one: ``counted(1, "event")`` is "1 event"."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
