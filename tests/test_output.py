"""Output is what it says: a failed write to standard output is an error; ``-o`` refuses what it
must not replace; control characters from the articles never reach an export as they are."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline.cli import main

GOOD = "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n"
HOSTILE = (
    "---\npublished: 2011-05-01\n---\n"
    "The mayor \x1b]52;c;ZWNobyBwd25lZA==\x07spoke \x1b[2Jon 4 March 2011 \x1b[31mabout\x1b[0m the\x0c budget.\n"
)


def test_a_write_to_a_full_standard_output_fails_with_a_message(write, tmp_path: Path):
    write("good.txt", GOOD)
    for command in (["export", "--format", "csv"], ["people"]):
        with open("/dev/full", "wb") as full:
            done = subprocess.run(
                [sys.executable, "-m", "timeline.cli", *command, str(tmp_path)],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
            )
        assert done.returncode == 1
        assert done.stderr.splitlines() == ["timeline: cannot write to standard output: No space left on device"]


def test_tag_to_a_full_standard_output_fails_with_a_message(write):
    article = write("a.txt", GOOD)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "timeline.cli", "tag", str(article), "--dct", "2011-05-01"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert (done.returncode, done.stderr) == (1, "timeline: cannot write to standard output: No space left on device\n")


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("/dev/full", "timeline: /dev/full: not a regular file; --force replaces regular files only"),
        ("", "timeline: the output file name is empty"),
        ("x" * 300, "timeline: {dir}/" + "x" * 300 + ": cannot write: File name too long"),
    ],
)
def test_output_files_that_cannot_be_written(write, tmp_path: Path, capsys, monkeypatch, output, message):
    write("good.txt", GOOD)
    monkeypatch.chdir(tmp_path)
    target = output if output in ("", "/dev/full") else str(tmp_path / output)
    code = main(["export", "--no-cache", str(tmp_path / "good.txt"), "-o", target, "--force"])
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [message.format(dir=tmp_path)]
    assert Path("/dev/full").is_char_device()


def test_a_long_name_that_fits_is_written(write, tmp_path: Path, capsys):
    write("good.txt", GOOD)
    target = tmp_path / ("y" * 250)
    assert main(["export", "--no-cache", str(tmp_path / "good.txt"), "-o", str(target)]) == 0
    assert target.is_file() and [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_tag_timeml_with_form_feed_and_escape_is_well_formed(write, capsys):
    article = write("a.txt", "The mayor\x0c spoke \x1b[2Jon 4 March 2011.\x1b\n")
    assert main(["tag", str(article), "--dct", "2011-05-01", "--format", "timeml"]) == 0
    root = ET.fromstring(capsys.readouterr().out)
    assert root.find("TEXT").itertext().__next__() == "The mayor\ufffd spoke \ufffd[2Jon "
    assert [t.get("value") for t in root.iter("TIMEX3")] == ["2011-05-01", "2011-03-04"]


@pytest.mark.parametrize("fmt", ["csv", "md", "html", "ics"])
def test_terminal_escapes_in_articles_never_reach_an_export(write, tmp_path: Path, capsysbinary, fmt):
    write("hostile.txt", HOSTILE)
    assert main(["export", "--no-cache", "--format", fmt, str(tmp_path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert not any(c in out for c in "\x1b\x07\x0c\x9b\x9c")
    assert "The mayor spoke on 4 March 2011 about the budget." in out.replace("\r\n ", "")
    assert "ZWNobyBwd25lZA" not in out and "[2J" not in out
    if fmt == "ics":
        lines = out.split("\r\n")
        assert all(not any(ord(c) < 32 and c != "\t" for c in line) for line in lines)


@pytest.mark.parametrize("fmt", ["json", "timeml"])
def test_a_closed_standard_output_is_a_message(write, tmp_path: Path, fmt):
    write("good.txt", GOOD)
    done = subprocess.run(
        [sys.executable, "-m", "timeline.cli", "export", "--no-cache", "--format", fmt, str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(1),
    )
    assert (done.returncode, done.stderr) == (1, "timeline: cannot write to standard output: it is closed\n")


def _file_size_limit() -> None:
    """In the child: files may not grow past 4 KiB, and passing it is an error, not a signal."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.parametrize("unbuffered", ["1", ""])
@pytest.mark.parametrize("command", [["export", "--no-cache", "--format", "json"], ["tag", "--dct", "2011-05-01"]])
def test_a_short_write_to_standard_output_fails_with_a_message(write, tmp_path: Path, unbuffered, command):
    """A file system that takes only part of a write (nearly full, or a file size limit) gives
    a short write and no error on the first try: the rest must still be written, and fail."""
    article = write("long.txt", GOOD + "The mayor spoke on 4 March 2011. " * 400)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    with out.open("wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "timeline.cli", *command, str(article)],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env=env,
            preexec_fn=_file_size_limit,
        )
    assert (done.returncode, done.stderr) == (1, "timeline: cannot write to standard output: File too large\n")
    assert out.stat().st_size == 4096


def test_a_file_name_with_an_escape_gives_a_well_formed_timeml_docid(write, tmp_path: Path, capsysbinary):
    import io
    import zipfile

    article = write("e\x1b[2Jx.txt", GOOD)
    assert main(["tag", str(article), "--format", "timeml"]) == 0
    assert ET.fromstring(capsysbinary.readouterr().out).find("DOCID").text == "e\ufffd[2Jx.txt"
    assert main(["export", "--no-cache", str(tmp_path), "--format", "timeml"]) == 0
    archive = zipfile.ZipFile(io.BytesIO(capsysbinary.readouterr().out))
    assert archive.namelist() == ["e_2Jx.tml"]
    assert ET.fromstring(archive.read("e_2Jx.tml")).find("DOCID").text == "e\ufffd[2Jx"
