"""The app opens archives of records with the fields named on the command line, and a
publication date set for one record stays with that record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tui_fixtures import settle

from timeline.corpus import Fields
from timeline.storage.corrections import load_corrections
from tui.app import TimelineApp
from tui.screens.dialogs import PublicationDialog


async def test_a_date_set_for_one_record_applies_to_that_record_only(tmp_path: Path):
    archive = tmp_path / "wire.jsonl"
    records = [
        {"headline": "Hall sale", "body": "The hall was sold on 3 April.", "published": "2011-04-10"},
        {"headline": "Pier closes", "body": "The pier shut on 6 May.", "published": "2011-05-12"},
    ]
    archive.write_text("".join(json.dumps(r) + "\n" for r in records))
    names = Fields(text="body", title="headline")
    app = TimelineApp([str(archive)], names=names)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert [(d.id, d.title) for d in app.timeline.documents] == [
            ("wire.jsonl#1", "Hall sale"),
            ("wire.jsonl#2", "Pier closes"),
        ]
        assert [e.date.value for e in app.timeline.events] == ["2011-04-03", "2011-05-06"]
        app.main_screen.go_to_date(dt.date(2011, 4, 3))
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, PublicationDialog)
        await pilot.press(*"1 May 2012", "enter")
        await settle(app, pilot)
        assert [e.date.value for e in app.timeline.events] == ["2011-05-06", "2012-04-03"]
    assert load_corrections() == {f"{archive.resolve()}#1": dt.date(2012, 5, 1)}

    again = TimelineApp([str(archive)], names=names)
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(again, pilot)
        assert [(d.id, d.published) for d in again.timeline.documents] == [
            ("wire.jsonl#1", dt.date(2012, 5, 1)),
            ("wire.jsonl#2", dt.date(2011, 5, 12)),
        ]
