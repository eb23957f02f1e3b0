"""Cancelling a load, the source filter, the density bar under the mouse, small terminals."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import textual
from textual.widgets import SelectionList
from tui_fixtures import build_rich_timeline, header, shown_summaries

from timeline.analysis import Cancelled
from timeline.opening import Opened
from tui.app import TimelineApp
from tui.widgets.density import DensityBar
from tui.widgets.timeline_view import TimelineView


def test_textual_is_the_major_version_the_app_is_written_for():
    assert textual.__version__.split(".")[0] == "8"


async def test_loading_can_be_cancelled():
    started = threading.Event()

    def slow_loader(progress, cancelled) -> Opened:
        progress(0, 10, "Analysing 1 of 10: a.txt")
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled

    app = TimelineApp(loader=slow_loader)
    async with app.run_test(size=(80, 24)) as pilot:
        started.wait(5)
        await pilot.pause()
        assert "Analysing 1 of 10" in str(app.screen.query_one("#loading-status").content)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 130
    assert app.loading_error == "loading cancelled"


async def test_source_filter(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        listing = app.screen.query_one(SelectionList)
        listing.select("bbc")
        await pilot.press("enter")
        await pilot.pause()
        assert shown_summaries(app) == [
            "Schools closed in 2008 across the county.",
            "The council agreed the budget.",
            "Talks resume.",
        ]
        assert "source: Budget row at County Hall" in header(app)


async def test_clicking_the_density_bar_jumps_to_that_time(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        bar = app.query_one(DensityBar)
        view = app.query_one(TimelineView)
        assert view.focused_position == 0
        await pilot.click(DensityBar, offset=(bar.size.width - 1, 1))  # the last column: mid 2011
        await pilot.pause()
        assert rich_timeline.events[view.focused_position].id == "e6"
        axis = bar.render_line(2).text
        assert "2007" in axis and "2011" in axis and "▲" in axis


async def test_zooming_the_density_bar_around_the_focused_event(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        bar = app.query_one(DensityBar)
        view = app.query_one(TimelineView)
        app.main_screen.go_to_date(dt.date(2011, 4, 1))  # e5, 1 April 2011
        await pilot.pause()
        full = bar._hi - bar._lo
        await pilot.press("plus", "plus")
        assert bar.zoom == 2 and bar._hi - bar._lo == (full + 1) // 4 - 1  # a quarter of the span
        assert bar._lo <= dt.date(2011, 4, 1).toordinal() <= bar._hi
        axis = bar.render_line(2).text
        assert "2011" in axis and "Jul" in axis and "×4" in axis and "2007" not in axis  # months now
        counts = bar._counts(bar.size.width)
        assert sum(counts) == 3  # Nov 2010, 1 Apr 2011 and w/c 30 May 2011 are in view; 2007-2009 are not
        await pilot.click(DensityBar, offset=(0, 1))  # the first column: the earliest time in view
        await pilot.pause()
        assert rich_timeline.events[view.focused_position].id == "e4"  # Nov 2010
        await pilot.press("minus", "minus", "minus")  # the last one has nothing to undo
        assert bar.zoom == 0 and bar._hi - bar._lo == full


async def test_small_terminal_and_resize():
    app = TimelineApp(timeline=build_rich_timeline())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(TimelineView)
        excerpt = app.query_one("#excerpt")
        assert excerpt.region.y > view.region.y  # sources below the list
        assert "~2007" in view.render_line(1).text
        await pilot.resize_terminal(130, 40)
        await pilot.pause()
        assert excerpt.region.x > view.region.x  # beside it when there is room
        assert "6 of 6 events" in str(app.query_one("#status").content)


async def test_mouse_click_selects_and_double_click_opens(rich_timeline):
    from tui.screens.article_screen import ArticleScreen

    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        view = app.query_one(TimelineView)
        row = view.rows.row_of(2)  # Feb 2009
        await pilot.click(TimelineView, offset=(10, row))
        assert view.focused_position == 2
        await pilot.pause(2 * app.main_screen.EXCERPT_SETTLE)  # the sources pane follows once the cursor rests
        assert "Feb 2009" in app.query_one("#excerpt").plain
        await pilot.click(TimelineView, offset=(10, row), times=2)
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_palette_jumps_to_a_person_and_a_date(rich_timeline):
    from tui.commands import DatesProvider, PeopleProvider

    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        hits = [hit async for hit in PeopleProvider(app.screen).search("gilroy")]
        assert [hit.text for hit in hits] == ["Person: Alex Gilroy"]
        hits[0].command()
        await pilot.pause()
        assert [rich_timeline.events[p].id for p in app.main_screen.positions] == ["e1", "e3", "e5"]
        app.main_screen.action_clear_people()
        hits = [hit async for hit in DatesProvider(app.screen).search("go to 2011-05-30")]
        hits[0].command()
        await pilot.pause()
        assert rich_timeline.events[app.query_one(TimelineView).focused_position].id == "e6"


@pytest.mark.parametrize("widget", ["TimelineView", "ExcerptPane"])
async def test_a_new_theme_restyles_what_is_already_drawn(rich_timeline, widget):
    from tui.widgets.excerpt_pane import ExcerptPane

    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        view = app.query_one({"TimelineView": TimelineView, "ExcerptPane": ExcerptPane}[widget])
        dark = view.render_line(0)
        app.theme = "textual-light"
        await pilot.pause()
        light = view.render_line(0)
        assert dark.text == light.text and dark != light


async def test_keys_can_be_remapped_by_binding_id(rich_timeline):
    from textual.widgets import Input

    from tui.keys import key_sections

    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        app.set_keymap({"app.search": "f", "timeline.down": "ctrl+n"})
        await pilot.press("ctrl+n")
        assert app.query_one(TimelineView).focused_position == 1
        keys = {description: key for key, description in key_sections(app, [])[0][1]}
        assert keys["Search: filter the events by text as you type"] == "f"
        await pilot.press("f")
        assert app.query_one("#search", Input).has_focus


def test_run_reports_what_failed_and_exits_1_without_a_traceback(tmp_path, monkeypatch, capsys):
    import asyncio

    from tui.app import run

    def run_headless(self) -> None:
        async def drive() -> None:
            async with self.run_test(size=(80, 24)) as pilot:
                await self.workers.wait_for_complete()
                await pilot.pause()
                await pilot.press("escape")  # leave the "no usable articles" screen
                await pilot.pause()

        asyncio.run(drive())

    monkeypatch.setattr(TimelineApp, "run", run_headless)
    (tmp_path / "empty.txt").write_text("")
    code = run(  # not watching: the wait for the workers above would wait on the watcher for ever
        [str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")],
        {},
        ["--published: 'x' is not FILE=YYYY-MM-DD"],
        watch=False,
    )
    err = capsys.readouterr().err
    assert code == 1
    assert f"timeline: {tmp_path / 'empty.txt'}: empty file; skipped" in err
    assert f"timeline: {tmp_path / 'missing.txt'}: no such file or directory" in err
    assert "timeline: --published: 'x' is not FILE=YYYY-MM-DD" in err
    assert "timeline: no usable articles" in err and "Traceback" not in err
