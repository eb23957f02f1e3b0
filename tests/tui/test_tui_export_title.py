"""The export dialog's title: typed, it heads the file; left empty, the articles' own title does;
a format with no title says so and takes none."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from tui.app import TimelineApp


async def _export(app: TimelineApp, pilot, target: Path, title: str | None = None) -> Input:
    await pilot.press("e")
    await pilot.pause()
    app.screen.query_one("#export-path", Input).value = str(target)
    await pilot.pause()
    title_field = app.screen.query_one("#export-title", Input)
    if title is not None:
        title_field.value = title
    await pilot.press("enter")
    await pilot.pause()
    return title_field


async def test_a_title_typed_in_the_dialog_heads_the_export(rich_timeline, tmp_path: Path):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await _export(app, pilot, tmp_path / "kent.md", "Kent inquiry")
    assert (tmp_path / "kent.md").read_text(encoding="utf-8").splitlines()[0] == "# Kent inquiry"


async def test_an_empty_title_means_the_articles_own(rich_timeline, tmp_path: Path):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-title", Input)
        app.screen.query_one(Select).value = "md"
        await pilot.pause()
        assert field.placeholder == "title (empty: Timeline of 2 articles, April–May 2011)"
        await pilot.press("escape")
        await pilot.pause()
        await _export(app, pilot, tmp_path / "kent.md")
    assert (tmp_path / "kent.md").read_text(encoding="utf-8").splitlines()[0] == (
        "# Timeline of 2 articles, April–May 2011"
    )


async def test_a_format_without_a_title_disables_the_field(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one(Select).value = "csv"
        await pilot.pause()
        field = app.screen.query_one("#export-title", Input)
        assert field.disabled and field.placeholder == "title: a csv export has none"
        app.screen.query_one(Select).value = "html"
        await pilot.pause()
        assert not field.disabled
