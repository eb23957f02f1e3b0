"""The wrapped view: every summary whole, on as many lines as it needs, and back with one key."""

from __future__ import annotations

import json

from tui import settings
from tui.app import TimelineApp
from tui.sanitize import one_line
from tui.widgets.row_lines import LineMap, wrap_cells
from tui.widgets.timeline_view import TimelineView


def test_wrapping_folds_at_spaces_and_cuts_only_words_wider_than_the_column():
    assert wrap_cells("Kent County Council was told to improve", 12) == [
        "Kent County",
        "Council was",
        "told to",
        "improve",
    ]
    assert wrap_cells("child-protection", 6) == ["child-", "protec", "tion"]
    assert wrap_cells("", 10) == [""]
    assert wrap_cells("no room", 0) == [""]


def test_wrapping_counts_cells_not_characters():
    # each of these characters takes two cells
    assert wrap_cells("東京都 大阪", 6) == ["東京都", "大阪"]


def test_a_line_map_answers_both_ways():
    heights = [1, 3, 1, 2]
    lines = LineMap(len(heights), lambda row: heights[row])
    assert lines.lines == 7
    assert [lines.at(line) for line in range(7)] == [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (3, 0), (3, 1)]
    assert lines.at(7) == (-1, 0)
    assert (lines.first_line(3), lines.height(1)) == (5, 3)
    identity = LineMap(4)
    assert (identity.lines, identity.at(2), identity.height(2)) == (4, (2, 0), 1)


def _text_of(view: TimelineView) -> list[str]:
    return [view.render_line(y).text.rstrip() for y in range(view.size.height)]


async def test_w_shows_every_summary_whole_and_comes_back_to_one_line_each():
    app = TimelineApp()
    # tall enough for one line per event without a scrollbar, not for the wrapped lines: the
    # scrollbar that comes with them narrows the list, and the summaries must fold for that
    async with app.run_test(size=(120, 46)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.main_screen.query_one(TimelineView)
        rows = len(view.rows)
        assert view.virtual_size.height == rows
        position = view.focused_position
        assert position is not None
        summary = one_line(app.main_screen.timeline.events[position].text)
        first = _text_of(view)
        assert not any(summary in line for line in first)  # too long for one line at 80 columns

        await pilot.press("w")
        await pilot.pause()
        assert view.wrapped and view.virtual_size.height > rows
        assert view.focused_position == position  # the cursor stays on its event
        shown = _text_of(view)
        top = view.scroll_offset.y
        start = view._lines.first_line(view.cursor) - top
        lines = shown[start : start + view._lines.height(view.cursor)]
        column = lines[0].index(summary.split()[0])
        width = view._columns(view.scrollable_content_region.width)[2]
        assert " ".join(line[column : column + width] for line in lines).split() == summary.split()

        # every event wholly on screen reads its whole summary, even now a scrollbar has come
        checked = 0
        for row in range(len(view.rows)):
            value = view.rows.at(row)
            start = view._lines.first_line(row) - top
            if isinstance(value, int) and 0 <= start and start + view._lines.height(row) <= len(shown):
                text = one_line(app.main_screen.timeline.events[value].text)
                block = shown[start : start + view._lines.height(row)]
                assert " ".join(line[column : column + width] for line in block).split() == text.split()
                checked += 1
        assert checked >= 2

        await pilot.press("down")
        await pilot.pause()
        assert view.focused_position != position

        await pilot.press("w")
        await pilot.pause()
        assert not view.wrapped and view.virtual_size.height == rows


async def test_the_wrapped_view_is_kept_for_next_time(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("w")
        await pilot.pause()
    assert json.loads(settings.settings_file().read_text())["wrap_summaries"] is True
    again = TimelineApp(timeline=rich_timeline)
    async with again.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert again.main_screen.query_one(TimelineView).wrapped


async def test_a_range_has_room_in_the_date_column():
    from timeline.analysis import analyse, unify
    from timeline.corpus import document_from_text

    text = (
        "---\npublished: 2023-06-08\n---\nGarcia-Lopez, 52, is accused of accepting cash payments between "
        "January 2021 and March 2022 in exchange for votes.\n"
    )
    timeline = unify([analyse(document_from_text(text, "a", "a.txt"))])
    app = TimelineApp(timeline=timeline)
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.pause()
        view = app.main_screen.query_one(TimelineView)
        assert view.size.width < 90  # the narrower date column of a split screen
        assert any("Jan 2021–Mar 2022 " in line for line in _text_of(view))
