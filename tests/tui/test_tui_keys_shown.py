"""What the help screen promises works, and the people panel's boxes read without colour."""

from __future__ import annotations

from tui_fixtures import build_rich_timeline

from tui.app import TimelineApp
from tui.keys import key_sections
from tui.screens.help_screen import HelpScreen
from tui.widgets.excerpt_pane import ExcerptPane
from tui.widgets.people_panel import PeopleList
from tui.widgets.timeline_view import TimelineView


def _lines(listing: PeopleList) -> list[str]:
    return [listing.render_line(y).text.rstrip() for y in range(listing.option_count)]


async def test_ticked_and_unticked_people_differ_without_colour():
    app = TimelineApp(timeline=build_rich_timeline())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        listing = app.query_one(PeopleList)
        assert all(line.startswith("▐ ▌ ") for line in _lines(listing))
        await pilot.press("space")  # the first person
        await pilot.pause()
        lines = _lines(listing)
        assert lines[0].startswith("▐X▌ ") and all(line.startswith("▐ ▌ ") for line in lines[1:])


async def test_help_lists_the_keys_no_binding_holds():
    app = TimelineApp(timeline=build_rich_timeline())
    async with app.run_test(size=(120, 36)) as pilot:
        sections = dict(key_sections(app, []))
        assert [key for key, _ in sections["Everywhere"]] == [
            "tab, shift+tab",
            "↑ ↓ pgup pgdn home end",
            "esc",
            "wheel",
            "click, double click",
            "ctrl+q",
        ]
        assert ("Maximize", "the focused pane fills the screen (Minimize, or Esc, gives the layout back)") in (
            sections["Command palette (ctrl+p)"]
        )
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_sources_pane_scrolls_from_the_keyboard_and_maximizes():
    app = TimelineApp(timeline=build_rich_timeline())
    async with app.run_test(size=(120, 14)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(2 * app.main_screen.EXCERPT_SETTLE)
        await pilot.press("tab")  # from the list to the sources pane
        pane = app.query_one(ExcerptPane)
        assert pane.has_focus
        assert pane.virtual_size.height > pane.size.height, "the fixture's sources are longer than the pane"
        await pilot.press("down", "down")
        assert pane.scroll_offset.y == 2
        await pilot.press("end")
        assert pane.scroll_offset.y == pane.max_scroll_y
        app.screen.action_maximize()
        await pilot.pause()
        assert app.screen.maximized is pane
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.maximized is None
        await pilot.press("shift+tab")
        assert app.query_one(TimelineView).has_focus
