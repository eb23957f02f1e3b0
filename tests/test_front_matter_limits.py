"""What one article's front matter may cost: aliases are refused, over-deep nesting is a message."""

from __future__ import annotations

import time

from timeline.corpus import load
from timeline.corpus.metadata import LONGEST_VALUE
from timeline.model import Problem

BODY = "The minister resigned on 3 March 2011.\n"


def _laughs(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels + 1):
        refs = ",".join([f"*a{n - 1}"] * 9)
        lines.append(f"a{n}: &a{n} [{refs}]")
    return "\n".join(lines)


def test_nested_aliases_are_refused_quickly(write, tmp_path):
    path = write("a.txt", f"---\ntitle: Laughs\n{_laughs(9)}\n---\n{BODY}")
    started = time.perf_counter()
    corpus = load([tmp_path])
    assert time.perf_counter() - started < 5
    assert corpus.problems == (
        Problem(str(path), "front matter uses YAML aliases (*name), which are not read; metadata ignored"),
    )
    assert corpus.documents[0].title == "The minister resigned on 3 March 2011."


def test_front_matter_nested_five_thousand_levels_is_a_message(write, tmp_path):
    path = write("a.txt", "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n" + BODY)
    write("b.txt", f"---\ntitle: Fine\npublished: 2011-05-01\n---\n{BODY}")
    corpus = load([tmp_path])
    assert corpus.problems == (Problem(str(path), "front matter is nested too deeply; metadata ignored"),)
    assert [d.title for d in corpus.documents] == ["The minister resigned on 3 March 2011.", "Fine"]


def test_anchors_without_aliases_still_read(write, tmp_path):
    write("a.txt", f"---\ntitle: &t Fine\npublished: 2011-05-01\n---\n{BODY}")
    corpus = load([tmp_path])
    assert corpus.problems == ()
    assert corpus.documents[0].title == "Fine"


def test_every_metadata_value_is_capped(write, tmp_path):
    huge = "word " * 200_000  # a megabyte
    write(
        "a.txt",
        f"---\ntitle: {huge}\nsource: [{', '.join(['Outlet'] * 100_000)}]\nurl: https://x.example/{'a' * 10**6}\n---\n{BODY}",
    )
    document = load([tmp_path]).documents[0]
    assert len(document.title) == LONGEST_VALUE and document.title.endswith("word…")
    assert len(document.source) == LONGEST_VALUE and document.source.startswith("['Outlet', 'Outlet'")
    assert len(document.url) == LONGEST_VALUE
