"""Articles as people save them: a byte-order mark, a stray NUL, UTF-16."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.corpus import decode, load

ARTICLE = "Council sells the hall\n\nThe council sold the hall on 3 March 2011.\n"


def test_a_utf8_byte_order_mark_is_not_in_the_title(write, tmp_path: Path):
    write("a.txt", ("\ufeff" + ARTICLE).encode("utf-8"))
    corpus = load([tmp_path])
    assert corpus.problems == ()
    assert corpus.documents[0].title == "Council sells the hall"


def test_one_nul_byte_does_not_make_an_article_binary(write, tmp_path: Path):
    write("a.txt", ARTICLE.replace("hall on", "hall\x00 on").encode("utf-8"))
    corpus = load([tmp_path])
    assert corpus.problems == ()
    assert corpus.documents[0].title == "Council sells the hall"


def test_mostly_nul_and_control_bytes_is_binary(write, tmp_path: Path):
    path = write("a.txt", b"\x00\x01\x02\x03" * 300 + ARTICLE.encode("utf-8"))
    assert decode(path.read_bytes()) == (None, None)
    assert [(p.path, p.message) for p in load([tmp_path]).problems] == [
        (str(path), "looks like a binary file, not an article; skipped")
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(write, tmp_path: Path, capsysbinary, encoding):
    raw = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    write("a.txt", raw)
    assert main(["export", "--no-cache", "--published", "a.txt=2011-05-01", str(tmp_path)]) == 0
    out, err = capsysbinary.readouterr()
    assert err == b""
    data = json.loads(out)
    assert data["documents"][0]["title"] == "Council sells the hall"
    assert [e["date"]["value"] for e in data["events"]] == ["2011-03-03"]


def test_tag_reads_utf16(write, capsys):
    path = write("a.txt", ARTICLE.encode("utf-16"))
    assert main(["tag", str(path), "--dct", "2011-05-01"]) == 0
    assert [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()] == ["2011-03-03"]
