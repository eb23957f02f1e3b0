"""TimeML: a zip of one well-formed TimeML file per article, read back with an XML parser."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
import zipfile

from attrs import evolve
from export_samples import SEED_PUBLISHED, SEED_TIMEXES

from timeline.analysis import build_timeline
from timeline.export import render
from timeline.export.timeml import read_timeml
from timeline.export.timeml_format import member_name, xml_safe
from timeline.model import Document, Span


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


def _timex3(text: str) -> list[tuple]:
    root = ET.fromstring(text)
    return [
        (t.text, t.get("type"), t.get("value"), t.get("mod"), t.get("temporalFunction"), t.get("anchorTimeID"))
        for t in root.find("TEXT").iter("TIMEX3")
    ]


def test_text_and_timex3_annotations_survive_exactly(hand):
    files = _archive(hand)
    for doc in hand.documents:
        root = ET.fromstring(files[f"{doc.id}.tml"])
        assert root.findtext("DOCID") == doc.id
        dct = root.find("DCT/TIMEX3")
        assert (dct.get("value"), dct.get("functionInDocument")) == (doc.published.isoformat(), "CREATION_TIME")
        assert "".join(root.find("TEXT").itertext()) == doc.text  # hostile markup is text, not tags
    assert _timex3(files["bbc.tml"]) == [
        ("1 April", "DATE", "2011-04-01", None, "true", "t0"),
        ("February 2009", "DATE", "2009-02", None, "false", None),
        ("the end of 2010", "DATE", "2010", "END", "false", None),
        ("2009", "DATE", "2009", None, "false", None),
    ]
    assert _timex3(files["hostile.tml"]) == [
        ("19 May 2011", "DATE", "2011-05-19", None, "false", None),
        ("the week of 30 May 2011", "DATE", "2011-W22", None, "false", None),
        ("19 May 2011", "DATE", "2011-05-19", None, "false", None),
        ("some time", "DATE", "XXXX-XX-XX", None, "true", None),  # the event's reading; the engine has none
    ]


def test_every_expression_is_tagged_not_only_those_that_date_an_event(hand):
    files = _archive(evolve(hand, events=()))
    assert [(t[0], t[2], t[3]) for t in _timex3(files["bbc.tml"])] == [
        ("1 April", "2011-04-01", None),
        ("February 2009", "2009-02", None),
        ("the end of 2010", "2010", "END"),
        ("2009", "2009", None),
    ]
    assert [t[0] for t in _timex3(files["hostile.tml"])] == ["19 May 2011", "the week of 30 May 2011", "19 May 2011"]


def test_a_corrected_reading_of_an_expression_wins(hand):
    def corrected(event):
        mention = event.mentions[0]
        return evolve(event, mentions=(evolve(mention, timex=evolve(mention.timex, value="2009-03")),))

    files = _archive(evolve(hand, events=tuple(corrected(e) if e.id == "e2" else e for e in hand.events)))
    assert [(t[0], t[2]) for t in _timex3(files["bbc.tml"])][1] == ("February 2009", "2009-03")


def test_nothing_is_tagged_in_what_is_not_article_content():
    text = "Picture: 3 March 2011, Kent\nThe council met on 4 March 2011.\n"
    caption = Span(0, text.index("\n"))
    doc = Document("caption", "/a/caption.txt", text, published=dt.date(2011, 3, 5), excluded=(caption,))
    files = _archive(build_timeline((doc,)))
    assert _timex3(files["caption.tml"]) == [("4 March 2011", "DATE", "2011-03-04", None, "false", None)]
    assert read_timeml(files["caption.tml"]).text == text, "the caption stays, untagged"


def test_member_names_are_safe_and_unique():
    assert member_name("../../etc/passwd") == "etc_passwd.tml"
    assert member_name("a b/c") == "a_b_c.tml"
    assert member_name("...") == "document.tml"


def test_characters_xml_forbids_are_replaced_keeping_offsets():
    assert xml_safe("a\x0cb\x00c\td\n") == "a\ufffdb\ufffdc\td\n"


def test_seeds_every_gold_timex3_and_none_elsewhere(seeds):
    files = _archive(seeds)
    assert sorted(files) == sorted(f"{doc}.tml" for doc in SEED_TIMEXES)
    for doc in seeds.documents:
        parsed = read_timeml(files[member_name(doc.id)])
        assert parsed.text == doc.text
        assert parsed.dct.isoformat() == SEED_PUBLISHED[doc.id]
        found = {(t.span.start, t.span.end, t.text, t.type, t.value, t.mod) for t in parsed.timexes}
        required = {t for t in SEED_TIMEXES[doc.id] if not t[-1]}
        assert {t[:-1] for t in required} <= found, f"{doc.id}: missing {sorted({t[:-1] for t in required} - found)}"
        gold_spans = {t[:2] for t in SEED_TIMEXES[doc.id]}
        assert {t[:2] for t in found} <= gold_spans, f"{doc.id}: tagged outside the gold spans"
        assert not [t for t in parsed.timexes for x in doc.excluded if t.span.start < x.end and x.start < t.span.end]


def test_an_undated_article_tags_only_what_needs_no_publication_date():
    text = "He left last year, on Monday, in March 2009, for two weeks.\n"
    files = _archive(build_timeline((Document("undated", "/a/undated.txt", text),)))
    root = ET.fromstring(files["undated.tml"])
    assert root.find("DCT") is None
    assert [(t[0], t[1], t[2]) for t in _timex3(files["undated.tml"])] == [
        ("March 2009", "DATE", "2009-03"),
        ("two weeks", "DURATION", "P2W"),
    ]
