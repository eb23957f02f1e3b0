"""A dateline in figures that reads both ways ("8/2/13") is read the way the corpus's other
articles are dated, and the article's relative dates follow."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline.analysis import build_timeline
from timeline.analysis.published import infer_published
from timeline.cli import main
from timeline.corpus import document_from_text

AMBIGUOUS = "Ellen DeGeneres to host the Oscars\n\n8/2/13 at 1:30 PM\n\nThe Academy announced on Friday that DeGeneres will host.\n"
US_DATED = (
    "DeGeneres picked to host Oscars\n\nAugust 2, 2013\n\nThe Academy said on Friday that Ellen DeGeneres will host.\n"
)
UK_DATED = "Council cuts approved\n\n9 February 2013\n\nThe cabinet agreed the cuts on Friday.\n"


def _doc(text: str, name: str):
    return document_from_text(text, name, f"{name}.txt")


def test_an_ambiguous_dateline_keeps_its_other_reading():
    doc = infer_published(_doc(AMBIGUOUS, "a"))
    assert (doc.published, doc.published_alternative) == (dt.date(2013, 2, 8), dt.date(2013, 8, 2))


def test_a_dateline_the_page_orders_has_no_other_reading():
    doc = infer_published(_doc("Oscars\n\nPosted: 08/02/2013 11:10 am EDT\n\nx", "a"))
    assert (doc.published, doc.published_alternative) == (dt.date(2013, 8, 2), None)
    one_way = infer_published(_doc("Oscars\n\n27/11/2005\n\nx", "a"))  # 27 can only be a day
    assert (one_way.published, one_way.published_alternative) == (dt.date(2005, 11, 27), None)


def test_the_other_articles_settle_the_order_and_relative_dates_follow():
    timeline = build_timeline([_doc(AMBIGUOUS, "ambiguous"), _doc(US_DATED, "dated")])
    doc = next(d for d in timeline.documents if d.id == "ambiguous")
    assert doc.published == dt.date(2013, 8, 2)
    assert doc.published_evidence == (
        "estimated from the text: dateline: '8/2/13 at 1:30 PM' (read month first, not as 8 February 2013: "
        "the other articles are dated near 2 August 2013)"
    )
    fridays = {m.document: m.timex.value for e in timeline.events for m in e.mentions if m.timex.text == "Friday"}
    assert fridays == {"ambiguous": "2013-08-02", "dated": "2013-08-02"}


def test_articles_dated_near_the_first_reading_keep_it():
    uk = UK_DATED.replace("Council cuts approved", "Oscars host named")
    timeline = build_timeline([_doc(AMBIGUOUS, "ambiguous"), _doc(uk, "dated")])
    doc = next(d for d in timeline.documents if d.id == "ambiguous")
    assert (doc.published, doc.published_evidence) == (
        dt.date(2013, 2, 8),
        "estimated from the text: dateline: '8/2/13 at 1:30 PM'",
    )


def test_an_article_alone_keeps_the_day_first_reading():
    timeline = build_timeline([_doc(AMBIGUOUS, "ambiguous")])
    assert timeline.documents[0].published == dt.date(2013, 2, 8)


def test_two_ambiguous_articles_do_not_settle_each_other():
    other = AMBIGUOUS.replace("8/2/13", "8/2/2013")
    timeline = build_timeline([_doc(AMBIGUOUS, "a"), _doc(other, "b")])
    assert [d.published for d in timeline.documents] == [dt.date(2013, 2, 8), dt.date(2013, 2, 8)]


def test_the_export_names_the_settled_date_and_why(tmp_path: Path, capsysbinary):
    (tmp_path / "ambiguous.txt").write_text(AMBIGUOUS, encoding="utf-8")
    (tmp_path / "dated.txt").write_text(US_DATED, encoding="utf-8")
    assert main(["export", str(tmp_path), "--format", "json", "--no-cache"]) == 0
    docs = {d["id"]: d for d in json.loads(capsysbinary.readouterr().out)["documents"]}
    assert docs["ambiguous"]["published"] == "2013-08-02"
    assert "read month first, not as 8 February 2013" in docs["ambiguous"]["published_evidence"]


def _analysed(*docs):
    from timeline.analysis.article import analyse

    return [analyse(infer_published(d)) for d in docs]


def test_settling_again_keeps_the_reading_and_its_evidence():
    from timeline.analysis.consensus import settle_dates

    once = settle_dates(_analysed(_doc(AMBIGUOUS, "ambiguous"), _doc(US_DATED, "dated")))
    twice = settle_dates(once)
    assert [a.document for a in twice] == [a.document for a in once]
    assert once[0].document.published == dt.date(2013, 8, 2)


def test_a_settled_article_returns_to_its_own_reading_when_the_corpus_moves():
    """An update passes the articles settled before: when the article dated near the other
    reading is removed and one near the first arrives, the page's reading and evidence return."""
    from timeline.analysis.consensus import settle_dates

    settled = settle_dates(_analysed(_doc(AMBIGUOUS, "ambiguous"), _doc(US_DATED, "dated")))[0]
    uk = _analysed(_doc(UK_DATED, "uk"))[0]
    back = settle_dates([settled, uk])[0].document
    assert (back.published, back.published_alternative, back.published_settled) == (
        dt.date(2013, 2, 8),
        dt.date(2013, 8, 2),
        False,
    )
    assert back.published_evidence == "estimated from the text: dateline: '8/2/13 at 1:30 PM'"
    fridays = [e.value for e in settle_dates([settled, uk])[0].expressions if e.text == "Friday"]
    assert fridays == ["2013-02-08"]
