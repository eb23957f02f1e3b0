"""The JSON export: valid against its published schema, lossless, with exact values."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from export_samples import BBC_TEXT, SEED_PUBLISHED

from timeline.analysis import build_timeline
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata
from timeline.export import render
from timeline.export.json_format import SCHEMA_VERSION, schema


def _validator():
    spec = schema()
    jsonschema.Draft202012Validator.check_schema(spec)
    return jsonschema.Draft202012Validator(spec, format_checker=jsonschema.FormatChecker())


def test_schema_is_a_valid_draft_2020_12_schema_shipped_with_the_package():
    spec = schema()
    assert spec["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert spec["properties"]["schema"]["const"] == SCHEMA_VERSION
    jsonschema.Draft202012Validator.check_schema(spec)


@pytest.mark.parametrize("which", ["hand", "seeds"])
def test_output_is_valid_against_the_schema(which, request):
    data = json.loads(render(request.getfixturevalue(which), "json"))
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_schema_rejects_a_broken_export(hand):
    data = json.loads(render(hand, "json"))
    data["events"][0]["date"]["start"] = "1 Feb 2009"
    del data["documents"][0]["published_estimated"]
    assert len(list(_validator().iter_errors(data))) == 2


def test_exact_values_of_a_hand_built_timeline(hand):
    data = json.loads(render(hand, "json"))
    assert data["schema"] == "timeline-explorer/1"
    bbc = data["documents"][0]
    assert bbc["published"] == "2011-04-10"
    assert bbc["published_estimated"] is True
    assert bbc["published_evidence"] == "The article says the team starts “from Monday”, 11 April 2011."
    assert bbc["title"] == "Kent’s “cases” — £2m"
    gilroy = data["people"][0]
    assert (gilroy["name"], gilroy["aliases"], gilroy["roles"], gilroy["mentions"]) == (
        "Peter Gilroy",
        ["Mr Gilroy"],
        ["chief executive"],
        3,
    )
    assert gilroy["occurrences"][1] == {
        "document": "bbc",
        "start": BBC_TEXT.index("Mr Gilroy"),
        "end": BBC_TEXT.index("Mr Gilroy") + 9,
        "text": "Mr Gilroy",
    }
    feb = data["events"][1]
    assert feb["date"] == {
        "value": "2009-02",
        "type": "DATE",
        "mod": None,
        "start": "2009-02-01",
        "end": "2009-02-28",
        "granularity": "month",
    }
    assert feb["people"] == ["p1"]
    year = data["events"][0]["date"]
    assert (year["value"], year["granularity"], year["start"], year["end"]) == (
        "2009",
        "year",
        "2009-01-01",
        "2009-12-31",
    )
    late = data["events"][2]["date"]
    assert (late["value"], late["mod"]) == ("2010", "END")
    undated = data["events"][6]["date"]
    assert (undated["start"], undated["end"], undated["granularity"]) == (None, None, None)


def test_every_mention_with_excerpt_offsets_and_timex(hand):
    data = json.loads(render(hand, "json"))
    texts = {d.id: d.text for d in hand.documents}
    merged = data["events"][4]
    assert merged["sources"] == ["hostile"]
    assert len(merged["mentions"]) == 2
    assert merged["disagreements"] == [
        {"kind": "wording", "detail": "the two reports differ", "documents": ["hostile"]}
    ]
    for event in data["events"]:
        for mention in event["mentions"]:
            text = texts[mention["document"]]
            assert text[mention["start"] : mention["end"]] == mention["excerpt"]
            timex = mention["timex"]
            assert text[timex["start"] : timex["end"]] == timex["text"]
    april = data["events"][3]["mentions"][0]["timex"]
    assert april["text"] == "1 April"
    assert (april["value"], april["anchoring"], april["granularity"]) == ("2011-04-01", "publication", "day")
    assert april["interval"] == {"start": "2011-04-01", "end": "2011-04-01"}


def test_unicode_is_written_as_is(hand):
    raw = render(hand, "json").decode("utf-8")
    assert "Zoë Müller" in raw and "£2m" in raw and "“review”" in raw


def test_seed_documents_and_every_event(seeds):
    data = json.loads(render(seeds, "json"))
    assert {d["id"]: d["published"] for d in data["documents"]} == SEED_PUBLISHED
    assert all(d["published_estimated"] for d in data["documents"])
    assert [e["id"] for e in data["events"]] == [e.id for e in seeds.events]
    for exported, event in zip(data["events"], seeds.events, strict=True):
        assert exported["date"]["value"] == event.date.value
        assert exported["date"]["granularity"] == (event.date.granularity.value if event.date.granularity else None)
        assert len(exported["mentions"]) == len(event.mentions)
    assert [p["name"] for p in data["people"]] == [p.name for p in seeds.people]


def _closed(spec):
    """``spec`` with every object schema closed, so an undeclared key fails validation."""
    if isinstance(spec, dict):
        spec = {k: _closed(v) for k, v in spec.items()}
        if "properties" in spec:
            spec["additionalProperties"] = False
    elif isinstance(spec, list):
        spec = [_closed(v) for v in spec]
    return spec


@pytest.mark.parametrize("which", ["hand", "seeds"])
def test_the_schema_declares_every_key_the_export_writes(which, request):
    data = json.loads(render(request.getfixturevalue(which), "json"))
    validator = jsonschema.Draft202012Validator(_closed(schema()))
    errors = list(validator.iter_errors(data))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_the_by_line_author_is_on_the_document_and_never_a_person_of_the_timeline():

    text = (
        "Council cuts\nBy Jane Smith, Political Reporter\n\nCouncillor Paul Carter said on Monday the budget was set.\n"
    )
    doc = document_from_text(text, "a", "a.txt", Metadata(published=dt.date(2011, 4, 13)))
    data = json.loads(render(build_timeline([doc]), "json"))
    assert [d["authors"] for d in data["documents"]] == [["Jane Smith"]]
    assert [p["name"] for p in data["people"]] == ["Paul Carter"]
    assert not list(_validator().iter_errors(data))
