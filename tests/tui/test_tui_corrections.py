"""Publication dates set in the app can be taken back, and the app lists the ones set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui_fixtures import settle

from timeline.storage.corrections import load_corrections, remember_correction
from tui.app import TimelineApp
from tui.screens.dialogs import PublicationDialog

DATED = (
    "---\ntitle: Hall sale\npublished: 2011-04-10\n---\nThe hall was sold on 3 April. A fire hit it in March 2009.\n"
)
UNDATED = "Pier closes\nPublished: 12 May 2011\n\nThe pier shut on Friday after the storm.\n"


def _dates(app: TimelineApp) -> list[str]:
    return [e.date.value for e in app.timeline.events]


def _text(app: TimelineApp, selector: str) -> str:
    return str(app.screen.query_one(selector).content)


async def _open_dialog(app: TimelineApp, pilot) -> PublicationDialog:
    await pilot.press("d")
    await pilot.pause()
    assert isinstance(app.screen, PublicationDialog)
    return app.screen


async def test_clearing_the_date_brings_back_the_articles_own(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(DATED)
    app = TimelineApp([str(article)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.main_screen.go_to_date(dt.date(2011, 4, 3))
        await _open_dialog(app, pilot)
        assert _text(app, "#pub-set") == "You have set no publication dates."
        await pilot.press(*"1 May 2012", "enter")
        await settle(app, pilot)
        assert _dates(app) == ["2009-03", "2012-04-03"]
        assert load_corrections() == {str(article.resolve()): dt.date(2012, 5, 1)}

        await _open_dialog(app, pilot)
        assert _text(app, "#pub-set") == "Dates you set:\n  Hall sale — 1 May 2012"
        assert _text(app, "#pub-current") == (
            "published 1 May 2012 — set by you; an empty date brings back the article's own"
        )
        await pilot.press("enter")  # the entry is empty: no "cannot read ''"
        await settle(app, pilot)
        assert not isinstance(app.screen, PublicationDialog)
        assert _dates(app) == ["2009-03", "2011-04-03"]
        document = app.timeline.document("a")
        assert (document.published, document.published_estimated) == (dt.date(2011, 4, 10), False)
        assert load_corrections() == {}
        messages = [n.message for n in app._notifications]
        assert (
            "Hall sale: the date you set is removed; published 10 Apr 2011. 1 date moved:\n"
            "“3 April”: 3 Apr 2012 → 3 Apr 2011"
        ) in messages

        await _open_dialog(app, pilot)
        assert _text(app, "#pub-set") == "You have set no publication dates."


async def test_a_removed_date_gives_way_to_the_one_the_page_gives(tmp_path: Path):
    article = tmp_path / "pier.txt"
    article.write_text(UNDATED)
    remember_correction(article, dt.date(2012, 1, 4))  # set when the app last ran
    app = TimelineApp([str(article)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert _dates(app) == ["2011-12-30"]
        await _open_dialog(app, pilot)
        assert _text(app, "#pub-set") == "Dates you set:\n  Pier closes — 4 Jan 2012"
        await pilot.press("enter")
        await settle(app, pilot)
        document = app.timeline.document("pier")
        assert (document.published, document.published_estimated) == (dt.date(2011, 5, 12), False)
        assert document.published_evidence == "given by the page: dateline: 'Published: 12 May 2011'"
        assert _dates(app) == ["2011-05-06"]
        messages = [n.message for n in app._notifications]
        assert messages[-1] == (
            "Pier closes: the date you set is removed; published 12 May 2011. 1 date moved:\n"
            "“Friday”: 30 Dec 2011 → 6 May 2011"
        )


async def test_an_empty_date_for_an_article_without_one_set_says_what_to_do(tmp_path: Path):
    (tmp_path / "a.txt").write_text(DATED)
    app = TimelineApp([str(tmp_path / "a.txt")])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await _open_dialog(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PublicationDialog)
        assert _text(app, ".error") == "You set no date for this article; type one (2011-04-10 or 10 April 2011)"
        await pilot.press(*"soon", "enter")
        await pilot.pause()
        assert _text(app, ".error") == "cannot read 'soon' as a date (try 2011-04-10 or 10 April 2011)"
