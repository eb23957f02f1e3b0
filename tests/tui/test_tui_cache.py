"""Reopening the same articles reads the stored timeline instead of analysing them again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui_fixtures import settle, shown_summaries

from timeline.storage.store import LazyEvents
from tui.app import TimelineApp

ARTICLE = (
    "---\ntitle: Hall sale\npublished: 2011-04-10\n---\nThe hall was sold on 3 April. A fire hit it in March 2009.\n"
)


async def open_once(folder: Path, **options) -> tuple[TimelineApp, list[str]]:
    app = TimelineApp([str(folder)], use_cache=True, **options)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await app.workers.wait_for_complete()  # the new timeline is stored in the background
        return app, shown_summaries(app)


async def test_the_second_opening_reads_the_stored_timeline(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    first, first_rows = await open_once(folder)
    assert first.main_screen.built.state is not None  # analysed
    assert len(list((tmp_path / "cache" / "timeline-explorer" / "timelines").glob("*.timeline"))) == 1
    second, second_rows = await open_once(folder)
    assert isinstance(second.timeline.events, LazyEvents) and second.main_screen.built.state is None  # read back
    assert second_rows == first_rows == ["A fire hit it in March 2009.", "The hall was sold on 3 April."]

    (folder / "a.txt").write_text(ARTICLE.replace("3 April", "5 April"))
    third, third_rows = await open_once(folder)
    assert third.main_screen.built.state is not None  # the article changed: analysed again
    assert third_rows == ["A fire hit it in March 2009.", "The hall was sold on 5 April."]


async def test_a_correction_on_a_stored_timeline_reanalyses_and_moves_the_date(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text(ARTICLE)
    await open_once(tmp_path / "a.txt")
    app = TimelineApp([str(tmp_path / "a.txt")], use_cache=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.timeline.events, LazyEvents)
        app.main_screen.go_to_date(dt.date(2011, 4, 3))
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"2012-05-01", "enter")
        await settle(app, pilot)
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        assert [e.date.value for e in app.timeline.events] == ["2009-03", "2012-04-03"]


async def test_a_publication_date_set_in_the_app_holds_next_time(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text(ARTICLE)
    app = TimelineApp([str(tmp_path / "a.txt")], use_cache=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.main_screen.go_to_date(dt.date(2011, 4, 3))
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"2012-05-01", "enter")
        await settle(app, pilot)
    again, _rows = await open_once(tmp_path / "a.txt")
    assert [e.date.value for e in again.timeline.events] == ["2009-03", "2012-04-03"]
    document = again.timeline.documents[0]
    assert (document.published, document.published_evidence) == (dt.date(2012, 5, 1), "set by the user in the app")
    assert (tmp_path / "a.txt").read_text() == ARTICLE  # the article itself is never changed
