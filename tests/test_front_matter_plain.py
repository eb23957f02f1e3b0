"""Front matter of plain ``key: value`` lines is read by libyaml's parser, and reads exactly as
the pure-Python safe loader reads it; anything else, and every error, goes the old way."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from timeline.corpus import metadata
from timeline.corpus.metadata import front_matter
from timeline.model import Span

PLAIN = [
    "title: Article 17\nsource: Outlet 8\npublished: 2011-04-05\n",
    "published: 2011-02-30\n",  # no such day: kept as text, to be reported
    "published: 2011-04-05T10:30:00\ntitle: Council (the vote)\n",
    "count: 5\nwire: yes\nurl: https://example.org/a/b.html\nempty:\n",
]


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("block", PLAIN)
def test_plain_lines_read_through_libyaml_as_the_safe_loader_reads_them(block, monkeypatch):
    expected = yaml.load(block, Loader=metadata._Loader)
    used = []
    real = yaml.load

    def spying(stream, Loader):
        used.append(Loader)
        return real(stream, Loader=Loader)

    monkeypatch.setattr(yaml, "load", spying)
    got = metadata._load_yaml(block)
    assert got == expected
    assert [type(v) for v in got.values()] == [type(v) for v in expected.values()]
    assert used[0] is metadata._FastLoader


def test_a_bad_timestamp_stays_text_to_be_reported():
    assert metadata._load_yaml("published: 2011-02-30\n") == {"published": "2011-02-30"}
    assert type(metadata._load_yaml("published: 2011-02-30\n")["published"]) is metadata._BadTimestamp


def test_plain_lines_yaml_refuses_are_read_as_their_writer_meant_them():
    text = '---\ntitle: Maternity report published: "a culture of silence"\npublished: 2025-01-14\n---\nBody.\n'
    span, found, problem = front_matter(text)
    assert (found.title, found.published) == (
        'Maternity report published: "a culture of silence"',
        dt.date(2025, 1, 14),
    )
    assert problem is None
    assert text[span.end :] == "Body.\n"
    assert front_matter("---\ntitle: 'A: B' and more: C\n---\nBody.\n")[1].title == "'A: B' and more: C"


def test_a_block_yaml_refuses_that_is_not_plain_lines_is_ignored_and_said():
    text = "---\ntitle: A: B\n  nested: x\n---\nBody.\n"
    assert front_matter(text) == (Span(0, 32), metadata.Metadata(), "malformed front matter (line 2); metadata ignored")


def test_other_blocks_go_through_the_safe_loader():
    text = "---\ntitle: 'Quoted: yes'\nauthors: [A, B]\npublished: 2011-04-05\n---\nBody.\n"
    _span, found, problem = front_matter(text)
    assert (found.title, found.published, problem) == ("Quoted: yes", dt.date(2011, 4, 5), None)
