"""The registry and atomic writing: nothing half-written, nothing overwritten without force."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from timeline.export import FORMATS, ExportError, render, write

EXPECTED = {"json", "csv", "timelinejs", "md", "ics", "html", "timeml"}


def test_every_format_is_registered_with_a_suffix():
    assert set(FORMATS) == EXPECTED
    assert {f.name: f.suffix for f in FORMATS.values()} == {
        "json": ".json",
        "csv": ".csv",
        "timelinejs": ".json",
        "md": ".md",
        "ics": ".ics",
        "html": ".html",
        "timeml": ".zip",
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_formats_are_pure(name, hand):
    assert render(hand, name) == render(hand, name)


def test_unknown_format_is_a_user_error(hand):
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        render(hand, "pdf")


def test_writes_a_new_file_and_leaves_no_temporary_file(tmp_path):
    target = write(b"data", tmp_path / "out.json")
    assert target.read_bytes() == b"data"
    assert os.listdir(tmp_path) == ["out.json"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_existing_file_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "out.json"
    target.write_bytes(b"precious")
    with pytest.raises(ExportError, match="file exists"):
        write(b"new", target)
    assert target.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["out.json"]


def test_force_replaces_and_keeps_the_permissions(tmp_path):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write(b"new", target, force=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_failure_mid_write_leaves_nothing_behind(tmp_path, monkeypatch):
    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ExportError, match=r"out\.json: cannot write: No space left on device"):
        write(b"data" * 1000, tmp_path / "out.json")
    assert os.listdir(tmp_path) == []


def test_a_failure_mid_overwrite_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def broken(src, dst):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(ExportError, match="cannot write: Input/output error"):
        write(b"new", target, force=True)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.json"]


def test_an_interrupted_write_leaves_nothing_behind(tmp_path, monkeypatch):
    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write(b"data", tmp_path / "out.json")
    assert os.listdir(tmp_path) == []


def test_a_file_that_appears_during_the_write_is_not_overwritten(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    real_fsync = os.fsync

    def someone_else_writes(fd):
        real_fsync(fd)
        if not target.exists():
            target.write_bytes(b"theirs")

    monkeypatch.setattr(os, "fsync", someone_else_writes)
    with pytest.raises(ExportError, match="file exists"):
        write(b"mine", target)
    assert target.read_bytes() == b"theirs"
    assert os.listdir(tmp_path) == ["out.json"]


def test_missing_directory_and_directory_target_are_user_errors(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write(b"x", tmp_path / "nowhere" / "out.json")
    with pytest.raises(ExportError, match="is a directory"):
        write(b"x", tmp_path)


def test_relative_path_in_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(b"x", "out.csv")
    assert (tmp_path / "out.csv").read_bytes() == b"x"
    assert os.listdir(tmp_path) == ["out.csv"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_empty_timeline_exports_in_every_format(name):
    from timeline.model import Timeline

    assert render(Timeline(), name)
