"""Publication dates set in the app are kept, applied by every command, and never touch the articles."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.corpus import load
from timeline.storage.corrections import (
    CorrectionsError,
    corrections_file,
    forget_correction,
    load_corrections,
    remember_correction,
    stored_corrections,
)

ARTICLE = "---\npublished: 2011-04-10\n---\nThe hall was sold on Monday. A fire hit it in March 2009.\n"


def test_a_correction_is_kept_by_resolved_path(tmp_path: Path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    remember_correction("a.txt", dt.date(2012, 5, 2))
    remember_correction(article, dt.date(2012, 5, 3))  # the same file: replaced, not added
    assert load_corrections() == {str(article.resolve()): dt.date(2012, 5, 3)}
    assert article.read_text() == ARTICLE


def test_loading_applies_it_and_says_why(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    remember_correction(article, dt.date(2012, 5, 2))
    doc = load([tmp_path], corrected=load_corrections()).documents[0]
    assert (doc.published, doc.published_estimated, doc.published_evidence) == (
        dt.date(2012, 5, 2),
        False,
        "set by the user in the app",
    )
    doc = load([tmp_path], {"a.txt": dt.date(2013, 1, 1)}, load_corrections()).documents[0]
    assert (doc.published, doc.published_evidence) == (
        dt.date(2013, 1, 1),
        "set with --published",
    )  # the command line wins


def test_export_uses_the_stored_date(tmp_path: Path, capsysbinary):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    assert main(["export", str(article), "--format", "csv"]) == 0
    assert "2011-04-04" in capsysbinary.readouterr().out.decode()  # the Monday before 10 April 2011
    remember_correction(article, dt.date(2012, 5, 2))
    assert main(["export", str(article), "--format", "csv"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert "2012-04-30" in out and "2011-04-04" not in out  # the Monday before 2 May 2012; not a stale stored timeline


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "cannot read the stored publication dates"),
        ('{"articles": [1]}', "not a file of publication dates"),
        ("[1, 2]", "not a file of publication dates"),
    ],
)
def test_a_damaged_file_is_reported_and_left_alone(content: str, message: str, tmp_path: Path, capsysbinary):
    path = corrections_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    with pytest.raises(CorrectionsError, match=message):
        load_corrections()
    corrected, problems = stored_corrections()
    assert corrected == {} and [p.path for p in problems] == [str(path)]
    with pytest.raises(CorrectionsError, match="not overwriting"):
        remember_correction(tmp_path / "a.txt", dt.date(2012, 5, 2))
    assert path.read_text() == content
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["export", str(tmp_path / "a.txt"), "--format", "csv"]) == 0  # the export still runs
    assert f"{path}: {message}" in capsysbinary.readouterr().err.decode()


def test_the_file_is_plain_json_a_person_can_read(tmp_path: Path):
    remember_correction(tmp_path / "a.txt", dt.date(2012, 5, 2))
    data = json.loads(corrections_file().read_text())
    assert data["articles"][str((tmp_path / "a.txt").resolve())]["published"] == "2012-05-02"


def test_forgetting_a_correction_keeps_the_others_and_unknown_keys(tmp_path: Path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    remember_correction(a, dt.date(2012, 5, 2))
    remember_correction(b, dt.date(2012, 5, 3))
    data = json.loads(corrections_file().read_text())
    data["note"] = "kept"
    corrections_file().write_text(json.dumps(data))
    monkeypatch.chdir(tmp_path)
    assert forget_correction("a.txt") is True  # by resolved path, as it was kept
    assert forget_correction(a) is False  # nothing left to forget
    assert load_corrections() == {str(b.resolve()): dt.date(2012, 5, 3)}
    assert json.loads(corrections_file().read_text())["note"] == "kept"


def test_forgetting_with_no_file_or_a_damaged_one(tmp_path: Path):
    assert forget_correction(tmp_path / "a.txt") is False
    assert not corrections_file().exists()
    corrections_file().write_text("{not json")
    with pytest.raises(CorrectionsError, match="exists but cannot be read; not overwriting it"):
        forget_correction(tmp_path / "a.txt")
    assert corrections_file().read_text() == "{not json"
