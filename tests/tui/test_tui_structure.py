"""How the app is put together: the main screen's keys are live only while it is on top, the
app's work on every screen, and the widgets' messages reach the main screen's handlers."""

from __future__ import annotations

import datetime as dt

from timeline.query.filters import Filter
from tui.app import TimelineApp
from tui.commands import ActionsProvider
from tui.screens.article_screen import ArticleScreen
from tui.screens.help_screen import HelpScreen
from tui.screens.main_screen import MainScreen
from tui.widgets.density import DensityBar
from tui.widgets.people_panel import PeoplePanel
from tui.widgets.timeline_view import TimelineView


def footer(screen: MainScreen) -> list[str]:
    """What the screen's footer lists (its keys are ``FooterKey`` widgets, not exported by Textual)."""
    return [str(key.description) for key in screen.query("FooterKey")]


async def test_the_main_screen_is_the_default_screen(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)):
        assert app.screen is app.main_screen and app.screen_stack == [app.main_screen]
        assert app.main_screen.timeline is rich_timeline


async def test_main_keys_do_nothing_under_a_dialog_and_leave_its_footer(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert footer(app.main_screen) == [
            "Quit",
            "Article",
            "Keys",
            "Search",
            "People",
            "Clear filters",
            "Go to date",
            "Export",
            "palette",
        ]
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("h", "c", "p", "e", "g", "slash", "plus")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and len(app.screen_stack) == 2  # nothing opened
        assert app.main_screen.filter == Filter() and app.query_one(DensityBar).zoom == 0
        assert footer(app.main_screen) == ["Quit", "Keys", "palette"]  # only the keys that still work
        await pilot.press("escape")
        await pilot.pause()
        assert footer(app.main_screen)[:3] == ["Quit", "Article", "Keys"]
        await pilot.press("h")
        assert app.main_screen.filter.hide_coarse  # live again


async def test_on_the_article_view_the_main_keys_are_off_and_the_apps_work(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("h", "c", "x", "e", "g")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen) and app.main_screen.filter == Filter()
        await pilot.press("question_mark")  # the app's key
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_widget_messages_reach_the_main_screen(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        app.query_one(PeoplePanel).post_message(PeoplePanel.Chosen(("gilroy",)))
        await pilot.pause()
        assert [rich_timeline.events[p].id for p in app.main_screen.positions] == ["e1", "e3", "e5"]
        view = app.query_one(TimelineView)
        app.query_one(DensityBar).post_message(DensityBar.DateJump(dt.date(2011, 1, 1)))
        await pilot.pause()
        assert view.focused_position is not None and rich_timeline.events[view.focused_position].id == "e5"
        view.post_message(TimelineView.Chosen(view.focused_position))
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_the_palette_offers_the_main_actions_on_every_screen(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        titles = [hit.text async for hit in ActionsProvider(app.screen).discover()]
        assert titles[:4] == ["Quit", "Open article", "Keys", "Search"]
        assert "Export" in titles and "Set publication date" in titles
