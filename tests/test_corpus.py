"""Loading articles: metadata precedence, offsets, boilerplate and every kind of bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.corpus import load
from timeline.corpus.boilerplate import classify_line

SEED_FILES = ["000_28d84fdc4e1b1798.txt", "001_cc1026ba4d01a77c.txt", "002_6cc214aa8ed720d4.txt"]


def test_seeds_load_with_manifest_metadata(seeds):
    corpus = load([seeds])
    assert corpus.problems == ()
    assert [Path(d.path).name for d in corpus.documents] == SEED_FILES
    by_name = {Path(d.path).name: d for d in corpus.documents}
    assert by_name["000_28d84fdc4e1b1798.txt"].published == dt.date(2011, 6, 5)
    assert by_name["001_cc1026ba4d01a77c.txt"].published == dt.date(2011, 5, 19)
    assert by_name["002_6cc214aa8ed720d4.txt"].published == dt.date(2011, 4, 10)
    assert all(d.published_estimated for d in corpus.documents)
    assert by_name["002_6cc214aa8ed720d4.txt"].source == "BBC News"
    assert by_name["001_cc1026ba4d01a77c.txt"].title == "KCC is STILL failing our vulnerable children"


def test_seed_text_is_the_file_byte_for_byte(seeds):
    for doc in load([seeds]).documents:
        assert doc.text.encode("utf-8") == Path(doc.path).read_bytes()


def test_seed_boilerplate_is_excluded(seeds):
    docs = {Path(d.path).name: d for d in load([seeds]).documents}
    kentonline = docs["001_cc1026ba4d01a77c.txt"]
    excluded = [kentonline.text[s.start : s.end] for s in kentonline.excluded]
    assert excluded[0] == "Home \xa0 Kent \xa0 News \xa0 Article"
    assert excluded[1:3] == ["Child abuse. Picture posed by a model"] * 2
    assert excluded[3].startswith("Close This site uses cookies.")
    bbc = docs["002_6cc214aa8ed720d4.txt"]
    assert [bbc.text[s.start : s.end] for s in bbc.excluded] == [
        "Image caption, The Ofsted report raised concern about most services intended to protect children",
        "More on this story",
        "Related Internet Links",
        "The BBC is not responsible for the content of external sites.",
    ]
    # Blanked content keeps every offset: same length, article text untouched.
    assert len(bbc.content) == len(bbc.text)
    assert "Related Internet Links" not in bbc.content
    start = bbc.text.index("Paul Carter")
    assert bbc.content[start : start + 11] == "Paul Carter"
    assert docs["000_28d84fdc4e1b1798.txt"].excluded == ()


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Home   Kent   News   Article", "navigation"),
        ("Home > News > Politics", "navigation"),
        ("We use cookies to improve your experience.", "cookie banner"),
        ("Image caption, Firefighters at the scene", "image caption"),
        ("Picture: Kent Police", "image caption"),
        ("Related Internet Links", "related links"),
        ("More on this story", "related links"),
        ("The BBC is not responsible for the content of external sites.", "site disclaimer"),
        ("Kent County Council said the review would end in May.", None),
        ("Vacancy rates", None),
        ('Cllr Trudy Dean said: "We are still waiting."', None),
    ],
)
def test_boilerplate_rules(line, rule):
    assert classify_line(line) == rule


def test_front_matter_metadata_and_offsets(write):
    text = "---\ntitle: Council row\nsource: Kent Messenger\npublished: 2012-03-04\nurl: https://example.org/a\n---\nThe council met on Monday.\n"
    path = write("a.md", text)
    (doc,) = load([path]).documents
    assert (doc.title, doc.source, doc.url, doc.published, doc.published_estimated) == (
        "Council row",
        "Kent Messenger",
        "https://example.org/a",
        dt.date(2012, 3, 4),
        False,
    )
    assert doc.text == text
    body = text.index("The council")
    assert doc.content[body:] == text[body:]
    assert doc.content[:body].strip() == ""


def test_precedence_override_then_front_matter_then_manifest(write, tmp_path):
    write(
        "manifest.toml",
        '["a.txt"]\npublished = 2001-01-01\nsource = "Manifest Times"\n["b.txt"]\npublished = 2002-02-02\n',
    )
    write("a.txt", "---\npublished: 2003-03-03\n---\nText about 2001.\n")
    write("b.txt", "Plain text.\n")
    write("c.txt", "No metadata at all.\n")
    corpus = load([tmp_path], {"a.txt": dt.date(2004, 4, 4)})
    docs = {Path(d.path).name: d for d in corpus.documents}
    assert docs["a.txt"].published == dt.date(2004, 4, 4)
    assert docs["a.txt"].source == "Manifest Times"  # fields not overridden fall through
    assert docs["b.txt"].published == dt.date(2002, 2, 2)
    assert docs["c.txt"].published is None and not docs["c.txt"].published_estimated
    corpus = load([tmp_path])
    assert {Path(d.path).name: d.published for d in corpus.documents}["a.txt"] == dt.date(2003, 3, 3)


def test_directories_are_searched_recursively_for_txt_and_md(write, tmp_path):
    write("x/one.txt", "One.\n")
    write("x/deeper/two.md", "Two.\n")
    write("x/deeper/notes.pdf", "not an article")
    corpus = load([tmp_path / "x"])
    assert sorted(Path(d.path).name for d in corpus.documents) == ["one.txt", "two.md"]


def test_same_file_twice_loads_once_and_ids_stay_unique(write, tmp_path):
    a = write("a/story.txt", "First.\n")
    b = write("b/story.txt", "Second.\n")
    corpus = load([a, a, b])
    assert [d.id for d in corpus.documents] == ["story", "story-2"]


def test_missing_path_is_reported_and_others_still_load(write, tmp_path):
    good = write("good.txt", "Fine.\n")
    corpus = load([tmp_path / "nope.txt", good])
    assert [str(p) for p in corpus.problems] == [f"{tmp_path / 'nope.txt'}: no such file or directory"]
    assert len(corpus.documents) == 1


def test_directory_without_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    corpus = load([tmp_path / "empty"])
    assert corpus.documents == ()
    assert [p.message for p in corpus.problems] == [
        "directory holds no articles (.txt, .md, .html, .htm, .jsonl, .json, .csv)"
    ]


def test_unreadable_file(write, monkeypatch):
    secret = write("secret.txt", "x")
    other = write("other.txt", "Still here.\n")
    real = Path.read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    corpus = load([secret, other])
    assert [str(p) for p in corpus.problems] == [f"{secret}: permission denied"]
    assert [d.id for d in corpus.documents] == ["other"]


def test_not_utf8_is_decoded_with_replacement_and_said(write):
    path = write("latin1.txt", "Caf\xe9 opened in 2009.\n".encode("latin-1"))
    corpus = load([path])
    (doc,) = corpus.documents
    assert doc.text == "Caf\ufffd opened in 2009.\n"
    assert [p.message for p in corpus.problems] == [
        "not valid UTF-8 (first bad byte at offset 3); undecodable bytes replaced with U+FFFD"
    ]
    assert doc.notes == (corpus.problems[0].message,)


@pytest.mark.parametrize("content", ["", "   \n\n", "\ufeff\n"])
def test_empty_file_is_skipped(write, content):
    corpus = load([write("empty.txt", content)])
    assert corpus.documents == ()
    assert [p.message for p in corpus.problems] == ["empty file; skipped"]


def test_binary_file_is_skipped(write):
    corpus = load([write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")])
    assert corpus.documents == ()
    assert [p.message for p in corpus.problems] == ["looks like a binary file, not an article; skipped"]


def test_malformed_front_matter_loads_text_and_reports(write):
    path = write("bad.md", "---\ntitle: [unclosed\n  - a list item\n---\nThe story.\n")
    corpus = load([path])
    (doc,) = corpus.documents
    assert doc.published is None
    assert [p.message for p in corpus.problems] == ["malformed front matter (line 4); metadata ignored"]
    assert doc.content.strip() == "The story."


def test_front_matter_of_plain_lines_yaml_refuses_keeps_its_metadata(write):
    path = write(
        "colon.md", "---\ntitle: Report published: a culture of silence\npublished: 2025-01-14\n---\nThe story.\n"
    )
    corpus = load([path])
    (doc,) = corpus.documents
    assert (doc.title, doc.published) == ("Report published: a culture of silence", dt.date(2025, 1, 14))
    assert corpus.problems == ()
    assert doc.content.strip() == "The story."


def test_front_matter_with_invalid_date_keeps_other_fields(write):
    path = write("bad.md", "---\ntitle: Council row\npublished: 32nd of Smarch\n---\nThe story.\n")
    corpus = load([path])
    (doc,) = corpus.documents
    assert doc.title == "Council row" and doc.published is None
    assert [p.message for p in corpus.problems] == ["front matter: invalid date '32nd of Smarch' (expected YYYY-MM-DD)"]


def test_unclosed_front_matter_is_reported(write):
    corpus = load([write("open.md", "---\ntitle: x\nThe story.\n")])
    assert [p.message for p in corpus.problems] == ["front matter is not closed by a '---' line; read as article text"]
    assert len(corpus.documents) == 1


def test_broken_manifest_is_reported_and_files_still_load(write, tmp_path):
    write("manifest.toml", "this is = = not toml")
    write("a.txt", "Text.\n")
    corpus = load([tmp_path])
    assert len(corpus.documents) == 1
    assert len(corpus.problems) == 1
    assert corpus.problems[0].path.endswith("manifest.toml")
    assert corpus.problems[0].message.startswith("cannot read manifest:")


def test_sources_are_never_modified(write):
    path = write("a.txt", "Home   Kent   News\nThe council met on 1 April 2011.\n")
    before = path.read_bytes(), path.stat().st_mtime_ns
    load([path])
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_crlf_offsets_refer_to_the_file_text(write):
    path = write("crlf.txt", "Headline\r\n\r\nIt happened in 2009.\r\n")
    (doc,) = load([path]).documents
    assert doc.text == "Headline\r\n\r\nIt happened in 2009.\r\n"
    assert doc.text.index("2009") == 27


def test_a_long_paragraph_that_mentions_cookies_is_content_not_a_banner():
    from timeline.corpus.boilerplate import classify_line

    banner = "We use cookies to give you the best experience. By continuing you accept all cookies."
    paragraph = (
        "The regulator said on 3 March 2011 that sites must ask before they use cookies, and that a banner "
        "nobody reads is not consent. " * 4
    )
    assert classify_line(banner) == "cookie banner"
    assert classify_line(paragraph) is None


@pytest.mark.parametrize(
    "line, rule",
    [
        ("This site uses COOKIES to improve your visit.", "cookie banner"),
        ("We use coo\u212aies.", "cookie banner"),  # the Kelvin sign, case-blind, as before
        ("Picture po\u017fed by models", "image caption"),  # the long s, case-blind
        ("PHOTOS POSED", "image caption"),
        ("The council said it had posed the question in March.", None),
    ],
)
def test_searched_rules_look_for_their_letters_case_blind(line, rule):
    from timeline.corpus.boilerplate import _COMPILED, NEEDED

    assert {name for name, _, anywhere in _COMPILED if anywhere} == set(NEEDED)
    assert classify_line(line) == rule
