"""The theme and the export format chosen last are there the next time the app opens."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, Select

from tui import settings
from tui.app import TimelineApp


async def test_the_theme_chosen_lasts(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    assert json.loads(settings.settings_file().read_text())["theme"] == "textual-light"
    again = TimelineApp(timeline=rich_timeline)
    async with again.run_test(size=(120, 36)):
        assert again.theme == "textual-light"


async def test_the_export_format_chosen_lasts(rich_timeline, tmp_path: Path):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "out.md")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    again = TimelineApp(timeline=rich_timeline)
    async with again.run_test(size=(120, 36)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert again.screen.query_one(Select).value == "md"


def test_a_damaged_settings_file_means_the_defaults_and_unknown_keys_are_kept():
    path = settings.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    assert settings.load() == {}
    path.write_text(json.dumps({"theme": 3, "export_format": "csv", "later": [1]}))
    assert settings.load() == {"export_format": "csv"}
    settings.remember(theme="nord")
    assert json.loads(path.read_text()) == {"theme": "nord", "export_format": "csv", "later": [1]}
