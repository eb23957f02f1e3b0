"""The app driven as a user drives it: keys, clicks, and what ends up on screen or on disk."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from textual import events
from textual.widgets import Input, Static
from tui_fixtures import header, settle, shown_summaries

from timeline.query.filters import Filter, apply
from tui.app import TimelineApp
from tui.screens.article_screen import ArticleScreen
from tui.screens.problems_screen import ProblemsScreen
from tui.widgets.people_panel import PeopleList
from tui.widgets.timeline_view import TimelineView


def screen_text(app: TimelineApp, widget) -> str:
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))


def status(app: TimelineApp) -> str:
    return str(app.query_one("#status", Static).content)


async def test_people_filter_shows_only_their_events(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("p")  # the panel lists Carter (3 events) above Gilroy (3) by name
        listing = app.query_one(PeopleList)
        assert listing.has_focus
        gilroy_row = next(i for i in range(listing.option_count) if listing.get_option_at_index(i).value == "gilroy")
        listing.highlighted = gilroy_row
        await pilot.press("space")
        await pilot.pause()
        assert shown_summaries(app) == [
            "The inquiry began about 2007.",
            "Alex Gilroy resigned after the Ofsted report.",
            "Paul Carter and Alex Gilroy met to agree the cuts.",
        ]
        assert "3 of 6 events" in status(app)
        assert "Alex Gilroy" in header(app)
        rows = screen_text(app, app.query_one(TimelineView))
        assert "~2007" in rows and "Feb 2009" in rows and "1 Apr 2011" in rows
        assert "Schools closed" not in rows
        # the same filter through the shared function gives the same rows (what an export writes)
        assert [e.text for e in apply(rich_timeline, Filter(people=("gilroy",)))] == shown_summaries(app)
        # all of two people
        carter_row = next(i for i in range(listing.option_count) if listing.get_option_at_index(i).value == "carter")
        listing.highlighted = carter_row
        await pilot.press("space", "a")
        await pilot.pause()
        assert shown_summaries(app) == ["Paul Carter and Alex Gilroy met to agree the cuts."]
        assert "Paul Carter and Alex Gilroy" in header(app) or "Alex Gilroy and Paul Carter" in header(app)
        await pilot.press("x")  # one key clears
        await pilot.pause()
        assert len(app.main_screen.positions) == 6
        assert header(app) == "Timeline Explorer — all events"


async def test_search_filters_as_you_type_and_highlights(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", "b", "u", "d")
        await pilot.pause()
        assert shown_summaries(app) == ["The council agreed the budget."]  # excerpt text matches too
        await pilot.press("backspace", "backspace", "backspace", "c", "u", "t", "s")
        await pilot.pause()
        assert shown_summaries(app) == ["Paul Carter and Alex Gilroy met to agree the cuts."]
        await pilot.pause(2 * app.main_screen.EXCERPT_SETTLE)
        excerpt = app.query_one("#excerpt")._text
        hits = [excerpt.plain[span.start : span.end] for span in excerpt.spans if span.style == "reverse"]
        assert hits and all(hit.casefold() == "cuts" for hit in hits)  # the hit is marked in the sources too
        await pilot.press("enter")
        assert app.query_one(TimelineView).has_focus
        await pilot.press("c")
        await pilot.pause()
        assert len(app.main_screen.positions) == 6 and app.query_one("#search", Input).value == ""


async def test_letters_typed_in_a_burst_after_slash_go_to_the_search(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        for key, char in [("slash", "/"), *((c, c) for c in "gilroy")]:  # one read from the terminal
            app.post_message(events.Key(key, char))
        await pilot.pause()
        assert app.query_one("#search", Input).value == "gilroy"
        assert [rich_timeline.events[p].id for p in app.main_screen.positions] == ["e1", "e3", "e5"]
        await pilot.press("slash", "x")  # in the search box "/" is a character like any other
        assert app.query_one("#search", Input).value == "gilroy/x"


async def test_slash_is_a_character_in_dialogs(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("g", *"2011/04")
        assert app.screen.query_one("#goto-date", Input).value == "2011/04"


async def test_search_n_moves_between_hits(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"gilroy", "enter")
        await pilot.pause()
        view = app.query_one(TimelineView)
        assert [rich_timeline.events[p].id for p in app.main_screen.positions] == ["e1", "e3", "e5"]
        assert view.focused_position == 0
        await pilot.press("n")
        assert view.focused_position == 2
        await pilot.press("n", "N")
        assert view.focused_position == 2


async def test_go_to_date(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("g", *"Nov 2010", "enter")
        await pilot.pause()
        view = app.query_one(TimelineView)
        assert rich_timeline.events[view.focused_position].id == "e4"
        await pilot.pause(2 * app.main_screen.EXCERPT_SETTLE)  # the sources pane follows once the cursor rests
        excerpt = app.query_one("#excerpt").plain
        assert "Nov 2010" in excerpt and "Kent Online" in excerpt and "BBC News" in excerpt
        assert "last November → Nov 2010, relative to publication 10 Apr 2011" in excerpt
        assert "published 2 May 2011 (estimated)" in excerpt
        assert "Sources disagree" in excerpt


async def test_date_range_filter_and_bad_bound(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("r", *"2009", "enter", *"Nov 2010", "enter")
        await pilot.pause()
        assert [rich_timeline.events[p].id for p in app.main_screen.positions] == ["e3", "e4"]
        assert "1 Jan 2009 – 30 Nov 2010" in status(app)
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#range-from", Input).value = "someday"
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert "cannot read 'someday'" in str(app.screen.query_one(".error").content)


async def test_hide_coarse_dates(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert [rich_timeline.events[p].id for p in app.main_screen.positions] == ["e3", "e4", "e5", "e6"]
        rows = screen_text(app, app.query_one(TimelineView))
        assert "w/c 30 May 2011" in rows


async def test_export_writes_the_filtered_view(rich_timeline, tmp_path: Path):
    app = TimelineApp(timeline=rich_timeline)
    target = tmp_path / "carter.json"
    async with app.run_test(size=(120, 36)) as pilot:
        app.main_screen.filter_person("carter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path", Input)
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads(target.read_text())
        assert [e["id"] for e in data["events"]] == ["e4", "e5"]
        # a second export to the same file asks first; "n" leaves it alone
        target.write_text("keep me")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text() == "keep me"
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert [e["id"] for e in json.loads(target.read_text())["events"]] == ["e4", "e5"]


async def test_article_view_opens_at_the_excerpt(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main_screen.go_to_date(dt.date(2011, 4, 1))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert "dated statement 4 of 4" in str(screen.query_one("#article-position").content)
        body = screen.query_one("#article-body")
        text = "\n".join(body.render_line(y).text for y in range(body.size.height))
        assert "Council leader under fire" in text and "met on 1 April 2011" in text
        await pilot.press("n")
        assert "dated statement 1 of 4" in str(screen.query_one("#article-position").content)
        await pilot.press("escape")
        assert not isinstance(app.screen, ArticleScreen)


async def test_set_publication_date_moves_relative_dates(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Hall sale\npublished: 2011-04-10\n---\n"
        "The hall was sold on 3 April. A fire hit it in March 2009.\n"
    )
    app = TimelineApp([str(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        dates = lambda: [e.date.value for e in app.timeline.events]  # noqa: E731
        assert dates() == ["2009-03", "2011-04-03"]
        app.main_screen.go_to_date(dt.date(2011, 4, 3))
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"2012-05-01", "enter")
        await settle(app, pilot)
        assert dates() == ["2009-03", "2012-04-03"]
        view = app.query_one(TimelineView)
        assert app.timeline.events[view.focused_position].date.value == "2012-04-03"  # the cursor followed it
        assert app.timeline.document("a").published == dt.date(2012, 5, 1)


async def test_error_screen_lists_bad_files(tmp_path: Path):
    (tmp_path / "good.txt").write_text("On 3 March 2010 the council met.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    app = TimelineApp([str(tmp_path), str(tmp_path / "missing.txt")])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        body = str(app.screen.query_one("#problems-body").content)
        assert "empty.txt: empty file; skipped" in body
        assert "binary.txt: looks like a binary file" in body
        assert "missing.txt: no such file or directory" in body
        await pilot.press("escape")
        assert len(app.timeline.events) == 1


async def test_no_usable_articles_exits_with_an_error(tmp_path: Path):
    app = TimelineApp([str(tmp_path / "nothing-here")])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 1


async def test_article_view_goes_through_every_source_of_the_event(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main_screen.go_to_date(dt.date(2010, 11, 1))
        await pilot.press("enter")
        await pilot.pause()
        title = lambda: str(app.screen.query_one("#article-title").content)  # noqa: E731
        assert "Kent Online" in title() and "source 1 of 2" in title()
        await pilot.press("s")
        await pilot.pause()
        assert "BBC News" in title() and "source 2 of 2" in title()
        body = app.screen.query_one("#article-body")
        assert "Mr Carter said in December 2010" in "\n".join(body.render_line(y).text for y in range(body.size.height))


async def test_enter_keeps_the_search_in_the_status_line_esc_in_the_list_clears_it(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"gilroy", "enter")
        await pilot.pause()
        search = app.query_one("#search", Input)
        assert not search.display and app.query_one(TimelineView).has_focus
        assert "3 of 6 events" in status(app) and "text “gilroy”" in status(app)
        await pilot.press("escape")
        await pilot.pause()
        assert search.value == "" and "6 of 6 events" in status(app)


async def test_n_after_the_last_hit_wraps_round_with_a_message(rich_timeline):
    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"gilroy", "enter", "n", "n")
        view = app.query_one(TimelineView)
        assert view.focused_position == 4  # the last hit
        await pilot.press("n")
        await pilot.pause()
        assert view.focused_position == 0
        assert any("wrapped to the first hit" in n.message for n in app._notifications)
        await pilot.press("N")
        await pilot.pause()
        assert view.focused_position == 4


async def test_the_export_format_follows_the_file_name_and_is_remembered(rich_timeline, tmp_path: Path):
    from textual.widgets import Select

    app = TimelineApp(timeline=rich_timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main_screen.filter_person("carter")
        await pilot.press("e")
        await pilot.pause()
        assert "people: Paul Carter" in str(app.screen.query_one("#export-filters").content)
        field = app.screen.query_one("#export-path", Input)
        field.value = str(tmp_path / "out.html")
        await pilot.pause()
        assert app.screen.query_one(Select).value == "html"  # typing .html picked html
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "out.html").read_text().startswith("<!DOCTYPE html>")
        assert any(str((tmp_path / "out.html").resolve()) in n.message for n in app._notifications)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one(Select).value == "html"  # the last choice is offered again
        app.screen.query_one(Select).value = "csv"
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "out.md")
        await pilot.pause()
        assert app.screen.query_one(Select).value == "md"
        app.screen.query_one(Select).value = "csv"  # chosen after typing: the name follows the format
        await pilot.pause()
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "out.csv")
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "out.csv").exists() and not (tmp_path / "out.md").exists()


def test_formats_for_a_file_name():
    from tui.screens.export_dialog import formats_for

    assert formats_for("out.html") == ["html"]
    assert formats_for("a/b/timeline.JSON") == ["json", "timelinejs"]
    assert formats_for("notes.txt") == [] and formats_for("") == []
