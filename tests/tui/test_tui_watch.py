"""Articles added, changed or removed while the app runs are taken in without a restart, the
filters and the cursor kept."""

from __future__ import annotations

import asyncio
from pathlib import Path

from attrs import evolve
from watchfiles import Change

from tui.app import TimelineApp
from tui.watching import ArticleFilter, Changes, sift
from tui.widgets.timeline_view import TimelineView

FIRST = """---
title: Library to close
source: Kent Online
published: 2011-04-10
---
The county council voted on 4 April 2011 to close the Elm Street library.
"""

SECOND = """---
title: Library closure delayed
source: BBC News
published: 2011-05-20
---
Councillors delayed the closure of the Elm Street library on 18 May 2011 after protests.
"""


def test_changes_are_counted_once_per_file_by_kind():
    raw = {
        (Change.added, "/n/a.txt"),
        (Change.modified, "/n/a.txt"),
        (Change.modified, "/n/b.txt"),
        (Change.deleted, "/n/c.txt"),
    }
    assert sift(raw) == Changes(added=1, changed=1, removed=1)
    assert str(Changes(added=2, removed=1)) == "2 files added, 1 file removed"


def test_the_apps_own_temporaries_and_hidden_files_are_no_articles():
    keep = ArticleFilter()
    assert keep(Change.added, "/n/story.txt")
    assert not keep(Change.added, "/n/.story.txt.k2j4.tmp")
    assert not keep(Change.added, "/n/.DS_Store")


async def _until(condition, seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.1)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("timed out waiting for the articles to be taken in")


async def test_a_new_article_is_taken_in_and_a_removed_one_goes(tmp_path: Path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "first.md").write_text(FIRST, encoding="utf-8")
    app = TimelineApp([str(folder)], watch=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(lambda: app.timeline is not None)
        await pilot.pause()
        screen = app.main_screen
        screen.set_filter(evolve(screen.filter, text="library"))
        await pilot.pause()
        assert [d.title for d in app.timeline.documents] == ["Library to close"]
        view = screen.query_one(TimelineView)
        first_event = view.focused_position
        assert first_event is not None and app.timeline.events[first_event].date.value == "2011-04-04"

        (folder / "second.md").write_text(SECOND, encoding="utf-8")
        await _until(lambda: len(app.timeline.documents) == 2)
        await pilot.pause()
        assert [e.date.value for e in app.timeline.events] == ["2011-04-04", "2011-05-18"]
        assert screen.filter.text == "library"  # the filter is kept
        assert app.timeline.events[view.focused_position].date.value == "2011-04-04"  # so is the place

        (folder / "first.md").unlink()
        await _until(lambda: len(app.timeline.documents) == 1)
        await pilot.pause()
        assert [e.date.value for e in app.timeline.events] == ["2011-05-18"]


async def test_without_watch_nothing_is_taken_in(tmp_path: Path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "first.md").write_text(FIRST, encoding="utf-8")
    app = TimelineApp([str(folder)])
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(lambda: app.timeline is not None)
        (folder / "second.md").write_text(SECOND, encoding="utf-8")
        await asyncio.sleep(2.5)
        await pilot.pause()
        assert len(app.timeline.documents) == 1
