"""Saved news pages: the article body, headline, outlet, URL and publication date extracted
(trafilatura, htmldate), with where the date came from; pages with no article or in another
language are skipped, saying so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.analysis import build_state
from timeline.corpus import load
from timeline.model import Problem

PAGES = Path(__file__).parent / "fixtures" / "inputs" / "pages"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    shutil.copytree(PAGES, tmp_path / "pages")
    return tmp_path / "pages"


def test_each_kind_of_page_gives_its_article_and_metadata(pages: Path):
    corpus = load([pages])
    found = {
        Path(d.path).name: (
            d.id,
            d.title,
            d.source,
            d.url,
            str(d.published),
            d.published_estimated,
            d.published_evidence,
        )
        for d in corpus.documents
    }
    assert found == {
        "blog-market.html": (
            "blog-market",
            "Farmers' market moves indoors for the winter",
            None,
            None,
            "None",
            False,
            None,
        ),
        "courier-school.html": (
            "courier-school",
            "New primary school approved for Millbrook",
            None,
            None,
            "2024-02-27",
            False,
            'from the page\'s <time datetime="2024-02-27T16:40:00Z"> (htmldate)',
        ),
        "gazette-ferry.htm": (
            "gazette-ferry",
            "Island ferry service to resume in May",
            "Northshore Gazette",
            "https://northshoregazette.example/local/island-ferry-to-resume",
            "2024-03-18",
            False,
            'from the page\'s <meta property="article:published_time"> 2024-03-18T07:15:00+00:00 (htmldate)',
        ),
        "herald-bridge.html": (
            "herald-bridge",
            "Harbour bridge closed after storm damage",
            "The Coastal Herald",
            "https://www.coastalherald.example/news/harbour-bridge-closed",
            "2024-03-12",
            False,
            "from the page's JSON-LD datePublished 2024-03-12T08:30:00Z (htmldate)",
        ),
    }
    assert corpus.problems == (
        Problem(str(pages / "herald-fr.html"), "page is in another language (fr); skipped"),
        Problem(str(pages / "section-front.html"), "no article found in the page (only navigation or lists); skipped"),
    )


def test_the_text_is_the_extracted_article_without_the_page_around_it(pages: Path):
    (doc,) = load([pages / "herald-bridge.html"]).documents
    assert doc.text == (
        "Harbour bridge closed after storm damage\n\n"
        "The Harbour Bridge in Port Alder was closed to traffic on Monday after engineers found cracks in two of "
        "its supports, the county council said.\n\n"
        "Council leader Tom Barker said the bridge would stay shut until at least 1 April while repairs were "
        'assessed. "Safety has to come first," he said.\n\n'
        "The storm that struck the coast on 9 March brought winds of more than 80 miles per hour and flooded "
        "dozens of homes in the lower town.\n"
    )
    assert doc.path == str(pages / "herald-bridge.html")
    (ferry,) = load([pages / "gazette-ferry.htm"]).documents
    assert "cookies" not in ferry.text and "Quay Street" not in ferry.text  # banner and footer left out


def test_every_excerpt_is_found_at_its_offsets_in_the_kept_text(pages: Path):
    corpus = load([pages])
    timeline = build_state(corpus.documents, corpus.problems).timeline
    texts = {d.id: d.text for d in timeline.documents}
    mentions = [m for e in timeline.events for m in e.mentions]
    assert len(mentions) >= 8
    for mention in mentions:
        assert texts[mention.document][mention.span.start : mention.span.end] == mention.excerpt
        timex = mention.timex
        assert texts[mention.document][timex.span.start : timex.span.end] == timex.text
    dated = sorted((m.document, m.timex.value) for m in mentions)
    assert ("herald-bridge", "2024-03-09") in dated and ("gazette-ferry", "2024-05-06") in dated


def test_markup_in_the_article_text_stays_text(write):
    page = write(
        "odd.html",
        "<html lang='en'><head><title>Odd</title></head><body><article><h1>Odd</h1>"
        "<p>The council wrote &lt;script&gt;alert(1)&lt;/script&gt; in its minutes on Tuesday, by mistake, it said.</p>"
        "<script>document.write('injected text')</script></article></body></html>",
    )
    (doc,) = load([page]).documents
    assert "<script>alert(1)</script> in its minutes" in doc.text
    assert "injected" not in doc.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file; skipped"),
        (b"\x00\x01\x02\x03" * 500, "looks like a binary file, not a web page; skipped"),
        (b"<html><body><p>Hi</p></body></html>", "no article found in the page (only navigation or lists); skipped"),
        (
            b"<html lang='de-DE'><body><article><p>Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, "
            b"sagte der B\xc3\xbcrgermeister.</p></article></body></html>",
            "page is in another language (de-de); skipped",
        ),
    ],
)
def test_a_page_that_is_not_read_says_why(write, content: bytes, message: str):
    good = write("good.txt", "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n")
    page = write("page.html", content)
    corpus = load([good.parent])
    assert [Path(d.path).name for d in corpus.documents] == ["good.txt"]
    assert corpus.problems == (Problem(str(page), message),)


def test_a_page_in_the_encoding_it_declares(write):
    page = write(
        "cafe.html",
        b'<html lang="en"><head><meta charset="windows-1252"><title>Caf\xe9 closes</title></head><body><article>'
        b"<h1>Caf\xe9 closes</h1><p>The caf\xe9 on Mill Lane closed on 3 March 2011 after forty years, its owner "
        b"said \x93with regret\x94 on Friday.</p></article></body></html>",
    )
    corpus = load([page])
    assert [(d.title, d.text) for d in corpus.documents] == [
        (
            "Café closes",
            "Café closes\n\nThe café on Mill Lane closed on 3 March 2011 after forty years, its owner said "
            "“with regret” on Friday.\n",
        )
    ]
    assert corpus.problems == ()
