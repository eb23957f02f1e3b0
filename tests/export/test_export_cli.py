"""`timeline export` through the CLI: filtered exactly as the app filters, written atomically."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import pytest
from export_samples import make_hand_timeline

from timeline import opening
from timeline.cli import main
from timeline.query.filters import Filter, apply, find_people, find_sources


def _json(capsysbinary) -> dict:
    return json.loads(capsysbinary.readouterr().out)


@pytest.fixture
def hand_cli(monkeypatch):
    """The CLI opening the hand-made timeline whatever articles it is given."""
    timeline = make_hand_timeline()
    monkeypatch.setattr(opening, "open_articles", lambda *args, **kwargs: opening.Opened(timeline))
    return timeline


def test_person_filter_gives_exactly_what_the_filter_keeps(hand_cli, capsysbinary):
    assert main(["export", "--format", "json", "--person", "Peter Gilroy"]) == 0
    exported = [e["id"] for e in _json(capsysbinary)["events"]]
    assert exported == ["e2", "e3", "e6"]
    assert exported == [e.id for e in apply(hand_cli, Filter(people=("p1",)))]


def test_alias_all_people_source_dates_and_text(hand_cli, capsysbinary):
    main(["export", "--person", "Mr Gilroy", "--person", "Zoë Müller", "--all-people"])
    assert [e["id"] for e in _json(capsysbinary)["events"]] == ["e6"]
    main(["export", "--source", "bbc", "--from", "2010", "--to", "Apr 2011"])
    assert [e["id"] for e in _json(capsysbinary)["events"]] == ["e3", "e4"]
    main(["export", "--text", "£2M"])
    assert [e["id"] for e in _json(capsysbinary)["events"]] == ["e4"]


def test_filtered_csv_has_the_same_rows(hand_cli, capsysbinary):
    assert main(["export", "--format", "csv", "--person", "Zoë Müller"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == ["e4", "e6"]


def test_seeds_person_filter_matches_the_app_filter_for_every_person(seeds, capsysbinary):
    assert seeds.people, "the seeds name people"
    for person in seeds.people:
        assert main(["export", "--format", "json", "--person", person.name]) == 0
        exported = [e["id"] for e in _json(capsysbinary)["events"]]
        kept = apply(seeds, Filter(people=find_people(seeds, person.name)))
        assert exported == [e.id for e in kept], person.name


def test_seeds_source_filter_matches_the_app_filter(seeds, capsysbinary):
    for doc in seeds.documents:
        assert main(["export", "--format", "timelinejs", "--source", doc.id]) == 0
        exported = [s["unique_id"] for s in _json(capsysbinary)["events"]]
        kept = apply(seeds, Filter(sources=find_sources(seeds, doc.id)))
        assert exported == [e.id for e in kept if e.date.interval is not None]
        assert all(doc.id in e.sources for e in kept)


def test_output_file_is_not_overwritten_without_force(tmp_path, capsys):
    target = tmp_path / "timeline.md"
    target.write_text("my notes")
    assert main(["export", "--format", "md", "-o", str(target)]) == 1
    assert capsys.readouterr().err.strip() == f"timeline: {target}: file exists (use --force to overwrite)"
    assert target.read_text() == "my notes"
    assert main(["export", "--format", "md", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Timeline of 3 articles, April–June 2011\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.md"]


def test_timeml_zip_to_a_file_and_to_a_pipe(seeds, tmp_path, capsysbinary):
    target = tmp_path / "seeds.zip"
    assert main(["export", "--format", "timeml", "-o", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        assert len(archive.namelist()) == len(seeds.documents)
    capsysbinary.readouterr()
    assert main(["export", "--format", "timeml"]) == 0
    assert capsysbinary.readouterr().out == target.read_bytes()


def test_every_format_through_the_cli(tmp_path, capsys):
    from timeline.export import FORMATS

    for name, fmt in FORMATS.items():
        target = tmp_path / f"out-{name}{fmt.suffix}"
        assert main(["export", "--format", name, "-o", str(target)]) == 0, name
        assert target.stat().st_size > 0
    assert "wrote" in capsys.readouterr().err


def test_a_binary_format_is_not_written_to_a_terminal(monkeypatch, capsys):
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "--format", "timeml"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "timeline: the timeml export is a binary file; write it with -o FILE (or redirect the output)"


def test_seeds_peter_gilroy_export_is_the_gold_events_he_is_in(seeds, capsysbinary):
    """Gold: Peter Gilroy is in E2 (2008), E3 (February 2009), E4 (2010) and E12 (31 May 2011)."""
    from export_samples import SEED_EVENTS

    assert main(["export", "--format", "json", "--person", "Peter Gilroy"]) == 0
    exported = _json(capsysbinary)["events"]
    his = [g for g in SEED_EVENTS if g.gold_id in ("E2", "E3", "E4", "E12")]
    others = [g for g in SEED_EVENTS if g not in his]
    # E3 is also dated "more than two years ago" (before 2009) in the same article
    wanted = {(doc, start) for g in his for doc, _, start in g.mentions} | {("002_6cc214aa8ed720d4", 1382)}
    unwanted = {(doc, start) for g in others for doc, _, start in g.mentions}
    found = [{(m["document"], m["timex"]["start"]) for m in e["mentions"]} for e in exported]
    assert wanted <= set().union(*found)
    assert all(mentions & wanted and not mentions & unwanted for mentions in found)
    assert {e["date"]["value"] for e in exported} == {"2008", "2009", "2009-02", "2010", "2011-05-31TEV"}


def test_seeds_every_person_and_source_exports_what_the_app_shows(seeds, capsysbinary):
    """The app selects its rows through its own index; the export through the shared filter."""
    from timeline.query.index import TimelineIndex

    index = TimelineIndex(seeds)
    for person in seeds.people:
        main(["export", "--format", "json", "--person", person.name])
        shown = [seeds.events[p].id for p in index.select(Filter(people=find_people(seeds, person.name)))]
        assert [e["id"] for e in _json(capsysbinary)["events"]] == shown, person.name
    for doc in seeds.documents:
        main(["export", "--format", "json", "--source", doc.id, "--from", "2010", "--text", "Ofsted"])
        flt = Filter(sources=find_sources(seeds, doc.id), start=dt.date(2010, 1, 1), text="Ofsted")
        shown = [seeds.events[p].id for p in index.select(flt)]
        assert shown, doc.id  # each article reports an Ofsted event since 2010
        assert [e["id"] for e in _json(capsysbinary)["events"]] == shown, doc.id


def test_title_and_grouping_options(hand_cli, capsysbinary):
    assert main(["export", "-f", "timelinejs", "--title", "Kent’s children", "--group-by", "person"]) == 0
    data = _json(capsysbinary)
    assert data["title"]["text"]["headline"] == "Kent’s children"
    assert [s.get("group") for s in data["events"]] == [
        None,
        "Peter Gilroy",
        "Peter Gilroy",
        "Zoë Müller",
        None,
        "Peter Gilroy",
    ]
    assert main(["export", "-f", "md"]) == 0
    assert capsysbinary.readouterr().out.decode().splitlines()[0] == "# Timeline of 2 articles, April–June 2011"


def test_a_title_for_a_format_without_one_is_said_to_be_ignored(hand_cli, capsysbinary):
    assert main(["export", "-f", "csv", "--title", "Kent"]) == 0
    assert capsysbinary.readouterr().err.decode() == "timeline: --title: the csv export has no title; ignored\n"


def test_format_names_in_any_case(hand_cli, capsysbinary):
    assert main(["export", "--format", "JSON"]) == 0
    assert _json(capsysbinary)["schema"] == "timeline-explorer/1"
    assert main(["export", "-f", "TimelineJS", "--group-by", "None"]) == 0
    assert "group" not in json.dumps(_json(capsysbinary)["events"])


def test_default_titles_say_what_the_articles_are(hand):
    from attrs import evolve

    from timeline.export.common import default_title

    bbc, evil = hand.documents
    assert default_title(hand) == "Timeline of 2 articles, April–June 2011"
    assert default_title(evolve(hand, documents=(bbc,))) == "Timeline of 1 BBC News article, April 2011"
    two = evolve(hand, documents=(bbc, evolve(evil, source="BBC  News", published=dt.date(2012, 1, 3))))
    assert default_title(two) == "Timeline of 2 BBC News articles, April 2011–January 2012"
    undated = evolve(hand, documents=tuple(evolve(d, published=None) for d in hand.documents))
    assert default_title(undated) == "Timeline of 2 articles"
