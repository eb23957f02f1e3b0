"""Folders are walked to any depth without recursion; links that lead nowhere are said once per
folder, and a link given on the command line that leads nowhere is called that."""

from __future__ import annotations

import os
from pathlib import Path

from timeline.corpus import expand, load
from timeline.model import Problem

GOOD = "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n"


def test_links_that_lead_nowhere_are_reported_once_per_folder(write, tmp_path: Path):
    good = write("good.txt", GOOD)
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop.md", tmp_path / "loop.md")
    os.symlink(good, tmp_path / "alias.txt")
    os.symlink(tmp_path / "gone", tmp_path / "notes")  # not an article: nothing to say
    files, problems = expand([tmp_path])
    assert files == [tmp_path / "alias.txt", good]
    assert problems == [
        Problem(str(tmp_path), "2 symbolic links to articles lead nowhere (dangling or a loop); skipped")
    ]


def test_a_looping_link_on_the_command_line_is_called_that(tmp_path: Path):
    link = tmp_path / "self.txt"
    os.symlink(link, link)
    assert expand([link]) == ([], [Problem(str(link), "symbolic link that leads nowhere (dangling or a loop)")])
    assert expand([tmp_path / "absent.txt"])[1] == [Problem(str(tmp_path / "absent.txt"), "no such file or directory")]


def test_a_folder_a_thousand_levels_deep_is_read(tmp_path: Path):
    deep = tmp_path
    try:
        for _ in range(1000):
            deep = Path(os.path.join(deep, "d"))
            os.mkdir(deep)
        (deep / "a.txt").write_text(GOOD)
        (tmp_path / "top.txt").write_text(GOOD)
        corpus = load([tmp_path])
        assert corpus.problems == ()
        assert [Path(d.path).name for d in corpus.documents] == ["a.txt", "top.txt"]
        assert corpus.documents[0].path.count("/d") == 1000
    finally:  # removed here: a recursive removal (pytest's) would need 1000 frames
        (deep / "a.txt").unlink(missing_ok=True)
        while deep != tmp_path:
            if deep.exists():
                deep.rmdir()
            deep = deep.parent
