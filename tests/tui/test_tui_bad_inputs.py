"""The four inputs that once took every command down, opened in the app: each is a problem on
its own file (listed by `l`, naming the file), and the other articles are shown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Input
from tui_fixtures import settle

from tui.app import TimelineApp
from tui.screens.problems_screen import ProblemsScreen
from tui.widgets.density import DensityBar

GOOD = "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n"


async def _opened(folder: Path) -> tuple[list[str], str]:
    """The days of the app's events, and the problems screen's text."""
    app = TimelineApp([str(folder)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        days = sorted(e.date.value for e in app.timeline.events if e.date is not None)
        await pilot.press("l")
        await pilot.pause()
        body = str(app.screen.query_one("#problems-body").content) if isinstance(app.screen, ProblemsScreen) else ""
    return days, body


@pytest.mark.parametrize("value", ["2011-02-30", "2011-03-04T25:99:00"])
async def test_an_impossible_front_matter_date(tmp_path: Path, value: str):
    (tmp_path / "good.txt").write_text(GOOD)
    bad = tmp_path / "bad.txt"
    bad.write_text(f"---\ntitle: Left\npublished: {value}\n---\nHe left on 5 March 2011.\n")
    days, problems = await _opened(tmp_path)
    assert days == ["2011-03-03", "2011-03-05"]
    assert f"bad.txt: front matter: invalid date '{value}' (no such day or time)" in problems


async def test_a_file_name_that_is_not_utf8(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD)
    with open(os.fsdecode(os.fsencode(tmp_path) + b"/a\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write("---\npublished: 2011-05-01\n---\nThe mayor spoke on 4 March 2011.\n")
    days, problems = await _opened(tmp_path)
    assert days == ["2011-03-03", "2011-03-04"]
    assert "a\\xe9.txt: file name is not valid UTF-8; shown with \\x escapes for its bytes" in problems


async def test_a_date_running_over_a_paragraph_break_after_a_long_sentence(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD)
    sentence = (
        "The committee, which had been meeting in closed session for most of the spring and had heard from"
        " dozens of witnesses drawn from every part of the country, finally said it would report on the 2nd"
    )
    (tmp_path / "long.txt").write_text(f"---\npublished: 2011-05-01\n---\n{sentence}\n\nMay of the following year.\n")
    app = TimelineApp([str(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        events = {e.date.value: e.text for e in app.timeline.events if e.date is not None}
        assert events["2011-03-03"] == "The minister resigned on 3 March 2011."
        assert events["2011-05-02"] == "The committee … finally said it would report on the 2nd"
        assert list(app.timeline.problems) == []


async def test_an_ics_export_of_an_event_ending_on_the_calendars_last_day(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "end.txt").write_text("---\npublished: 9999-12-31\n---\nToday the minister resigned.\n")
    target = tmp_path / "out.ics"
    app = TimelineApp([str(folder)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert sorted(e.date.value for e in app.timeline.events if e.date is not None) == ["2011-03-03", "9999-12-31"]
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
    lines = target.read_bytes().decode().split("\r\n")
    assert [line for line in lines if line.startswith(("DTSTART", "DTEND", "DURATION"))] == [
        "DTSTART;VALUE=DATE:20110303",
        "DTEND;VALUE=DATE:20110304",
        "DTSTART;VALUE=DATE:99991231",
        "DURATION:P1D",
    ]


async def test_the_density_bar_draws_events_on_the_calendars_first_and_last_days(tmp_path: Path):
    (tmp_path / "first.txt").write_text("---\npublished: 0001-01-01\n---\nToday the first king was crowned.\n")
    (tmp_path / "last.txt").write_text("---\npublished: 9999-12-31\n---\nToday the minister resigned.\n")
    app = TimelineApp([str(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert sorted(e.date.value for e in app.timeline.events if e.date is not None) == ["0001-01-01", "9999-12-31"]
        bar = app.query_one(DensityBar)
        counts = bar._counts(bar.size.width)
        assert sum(counts) == 2 and counts[0] == 1 and counts[-1] == 1
        await pilot.press("end")
        await pilot.pause()
        assert app.is_running
