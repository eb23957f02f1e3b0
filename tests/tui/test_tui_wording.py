"""Counts read as English, and the command palette lists each entry once."""

from __future__ import annotations

from textual.command import CommandPalette

from tui.app import TimelineApp
from tui.wording import counted


def test_counted():
    assert [counted(0, "event"), counted(1, "event"), counted(2, "event"), counted(1200, "person", "people")] == [
        "0 events",
        "1 event",
        "2 events",
        "1,200 people",
    ]


async def test_the_palette_lists_quit_and_keys_once(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Quit" not in titles and "Keys" not in titles and "Theme" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
