"""TimeML: a zip of one well-formed TimeML file per article, read back with an XML parser."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from timeline.export import render
from timeline.export.timeml_format import member_name, xml_safe
from timeline.timeml import read_timeml


def _archive(timeline) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(render(timeline, "timeml"))) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_one_timeml_file_per_document(hand):
    files = _archive(hand)
    assert sorted(files) == ["bbc.tml", "hostile.tml"]
    for text in files.values():
        root = ET.fromstring(text)
        assert root.tag == "TimeML"
        assert [child.tag for child in root] == ["DOCID", "DCT", "TEXT"]


def test_text_and_timex3_annotations_survive_exactly(hand):
    files = _archive(hand)
    for doc in hand.documents:
        root = ET.fromstring(files[f"{doc.id}.tml"])
        assert root.findtext("DOCID") == doc.id
        dct = root.find("DCT/TIMEX3")
        assert (dct.get("value"), dct.get("functionInDocument")) == (doc.published.isoformat(), "CREATION_TIME")
        assert "".join(root.find("TEXT").itertext()) == doc.text  # hostile markup is text, not tags
        parsed = read_timeml(files[f"{doc.id}.tml"])
        expected = sorted({(m.timex.span.start, m.timex.span.end, m.timex.text, m.timex.value)
                           for e in hand.events for m in e.mentions if m.document == doc.id})
        assert [(t.span.start, t.span.end, t.text, t.value) for t in parsed.timexes] == expected
    bbc = ET.fromstring(files["bbc.tml"])
    assert [(t.text, t.get("type"), t.get("value"), t.get("temporalFunction"), t.get("anchorTimeID"))
            for t in bbc.find("TEXT").iter("TIMEX3")] == [
        ("1 April", "DATE", "2011-04-01", "true", "t0"),
        ("February 2009", "DATE", "2009-02", "false", None),
        ("the end of 2010", "DATE", "2010", "false", None),
        ("2009", "DATE", "2009", "false", None),
    ]
    assert [t.get("mod") for t in bbc.find("TEXT").iter("TIMEX3")] == [None, None, "END", None]


def test_member_names_are_safe_and_unique():
    assert member_name("../../etc/passwd") == "etc_passwd.tml"
    assert member_name("a b/c") == "a_b_c.tml"
    assert member_name("...") == "document.tml"


def test_characters_xml_forbids_are_replaced_keeping_offsets():
    assert xml_safe("a\x0cb\x00c\td\n") == "a\ufffdb\ufffdc\td\n"


def test_seeds_every_dating_expression_of_every_article(seeds):
    files = _archive(seeds)
    assert len(files) == len(seeds.documents)
    for doc in seeds.documents:
        parsed = read_timeml(files[member_name(doc.id)])
        assert parsed.text == doc.text
        assert parsed.dct == doc.published
        values: dict[tuple[int, int], set[str]] = {}
        for event in seeds.events:
            for m in event.mentions:
                if m.document == doc.id:
                    values.setdefault((m.timex.span.start, m.timex.span.end), set()).add(m.timex.value)
        spans, end = [], -1
        for start, stop in sorted(values):  # XML cannot nest overlapping tags: the first one wins
            if start >= end:
                spans.append((start, stop))
                end = stop
        assert [(t.span.start, t.span.end) for t in parsed.timexes] == spans
        assert all(t.value in values[(t.span.start, t.span.end)] for t in parsed.timexes)
