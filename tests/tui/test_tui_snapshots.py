"""SVG snapshots of the main screens at a fixed terminal size (regenerate with --snapshot-update
and look at them before committing)."""

from __future__ import annotations

import pytest
from textual.theme import BUILTIN_THEMES
from tui_fixtures import build_rich_timeline

from tui.app import TimelineApp
from tui.widgets.people_panel import PeopleList

SIZE = (120, 36)


async def _settled(pilot) -> None:
    """Workers done and the sources pane caught up with the cursor."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(2 * pilot.app.main_screen.EXCERPT_SETTLE)


def test_main_screen_on_the_seeds(snap_compare):
    assert snap_compare(TimelineApp(), terminal_size=SIZE, run_before=_settled)


def test_people_filter(snap_compare):
    async def choose_gilroy(pilot) -> None:
        await pilot.press("p")
        listing = pilot.app.query_one(PeopleList)
        listing.highlighted = next(
            i for i in range(listing.option_count) if listing.get_option_at_index(i).value == "gilroy"
        )
        await pilot.press("space")
        await _settled(pilot)

    assert snap_compare(TimelineApp(timeline=build_rich_timeline()), terminal_size=SIZE, run_before=choose_gilroy)


def test_article_view(snap_compare):
    async def open_article(pilot) -> None:
        await pilot.press("g", *"Nov 2010", "enter")
        await pilot.press("enter")
        await _settled(pilot)

    assert snap_compare(TimelineApp(timeline=build_rich_timeline()), terminal_size=SIZE, run_before=open_article)


def test_help_screen(snap_compare):
    async def open_help(pilot) -> None:
        await _settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(TimelineApp(timeline=build_rich_timeline()), terminal_size=SIZE, run_before=open_help)


def test_main_screen_in_a_light_theme(snap_compare):
    """Dates, counts and the density axis stay readable on a light background."""

    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await _settled(pilot)

    assert snap_compare(TimelineApp(), terminal_size=SIZE, run_before=light)


def test_main_screen_at_80_columns(snap_compare):
    assert snap_compare(TimelineApp(), terminal_size=(80, 24), run_before=_settled)


def test_wrapped_summaries_at_80_columns(snap_compare):
    """w: each summary whole, its continuation lines under the summary column."""

    async def wrapped(pilot) -> None:
        await _settled(pilot)
        await pilot.press("w")
        await _settled(pilot)

    assert snap_compare(TimelineApp(), terminal_size=(80, 24), run_before=wrapped)


@pytest.mark.parametrize("theme", sorted(BUILTIN_THEMES))
def test_every_built_in_theme(snap_compare, theme):
    """Each theme Textual ships (the palette offers them all): dates, counts, a search hit, the
    people panel with one person ticked and the sources pane must all be readable."""

    async def themed(pilot) -> None:
        pilot.app.theme = theme
        await _settled(pilot)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"gilroy", "enter")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("space")
        await _settled(pilot)

    assert snap_compare(TimelineApp(timeline=build_rich_timeline()), terminal_size=SIZE, run_before=themed)
