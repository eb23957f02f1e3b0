"""One bad file or one date at the calendar's edge never takes the corpus down: it becomes a
problem naming that file, and every other file is still exported."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timeline.cli import main

GOOD = "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n"


def export(capsysbinary, *argv: str) -> tuple[int, bytes, list[str]]:
    code = main(["export", "--no-cache", *argv])
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8", "replace").splitlines()


@pytest.mark.parametrize("value", ["2011-02-30", "2011-03-04T25:99:00"])
def test_impossible_published_date_in_front_matter(write, tmp_path, capsysbinary, value):
    write("good.txt", GOOD)
    bad = write("bad.txt", f"---\ntitle: Left\npublished: {value}\n---\nHe left on 5 March 2011.\n")
    code, out, err = export(capsysbinary, str(tmp_path))
    assert code == 0
    assert err == [f"timeline: {bad}: front matter: invalid date '{value}' (no such day or time)"]
    data = json.loads(out)
    published = {d["title"]: d["published"] for d in data["documents"]}
    assert published == {"Left": "2011-03-05", "The minister resigned on 3 March 2011.": "2011-05-01"}  # inferred
    assert sorted(e["date"]["value"] for e in data["events"]) == ["2011-03-03", "2011-03-05"]


@pytest.mark.parametrize("fmt", ["json", "csv", "html", "ics", "timeml", "md", "timelinejs"])
@pytest.mark.parametrize("cache", [True, False])
def test_file_name_that_is_not_utf8(tmp_path, capsysbinary, fmt, cache):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(os.fsdecode(os.fsencode(tmp_path) + b"/a\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write("---\npublished: 2011-05-01\n---\nThe mayor spoke on 4 March 2011.\n")
    argv = ["export", str(tmp_path), "--format", fmt] + ([] if cache else ["--no-cache"])
    code = main(argv)
    out, err = capsysbinary.readouterr()
    assert code == 0
    shown = f"{tmp_path}/a\\xe9.txt"
    assert err.decode().splitlines() == [
        f"timeline: {shown}: file name is not valid UTF-8; shown with \\x escapes for its bytes"
    ]
    if fmt == "timeml":  # an archive of one TimeML document per article
        import io
        import zipfile

        names = zipfile.ZipFile(io.BytesIO(out)).namelist()
        assert sorted(names) == ["a_xe9.tml", "good.tml"], names
        return
    text = out.decode("utf-8")
    assert "4 March 2011" in text or "2011-03-04" in text or "20110304" in text
    assert "3 March 2011" in text or "2011-03-03" in text or "20110303" in text
    if fmt == "json":
        assert [d["path"] for d in json.loads(text)["documents"]] == [shown, str(tmp_path / "good.txt")]


def test_date_running_over_a_paragraph_break_after_a_long_sentence(write, tmp_path, capsysbinary):
    write("good.txt", GOOD)
    sentence = (
        "The committee, which had been meeting in closed session for most of the spring and had heard from"
        " dozens of witnesses drawn from every part of the country, finally said it would report on the 2nd"
    )
    write("long.txt", f"---\npublished: 2011-05-01\n---\n{sentence}\n\nMay of the following year.\n")
    code, out, err = export(capsysbinary, str(tmp_path))
    assert code == 0 and err == []
    events = {e["date"]["value"]: e["text"] for e in json.loads(out)["events"]}
    assert events["2011-03-03"] == "The minister resigned on 3 March 2011."
    assert events["2011-05-02"] == "The committee … finally said it would report on the 2nd"


def test_ics_event_ending_on_the_last_day_of_the_calendar(write, tmp_path, capsysbinary):
    write("good.txt", GOOD)
    write("end.txt", "---\npublished: 9999-12-31\n---\nToday the minister resigned.\n")
    code, out, err = export(capsysbinary, str(tmp_path), "--format", "ics")
    assert code == 0 and err == []
    lines = out.decode().split("\r\n")
    assert [line for line in lines if line.startswith(("DTSTART", "DTEND", "DURATION"))] == [
        "DTSTART;VALUE=DATE:20110303",
        "DTEND;VALUE=DATE:20110304",
        "DTSTART;VALUE=DATE:99991231",
        "DURATION:P1D",
    ]


def test_shorten_keeps_a_date_that_runs_past_the_sentence():
    from timeline.events.build import shorten

    sentence = "The committee, which had heard from dozens of witnesses drawn from every part of the country" * 2
    sentence += ", said it would report on the 2nd"
    date = len(sentence) - 3
    assert shorten(sentence, date, len(sentence) + 7) == shorten(sentence, date, len(sentence))


def test_paths_shown_with_escapes_only_when_needed():
    from timeline.files import displayable

    assert displayable(os.fsdecode(b"dir/a\xe9.txt")) == "dir/a\\xe9.txt"
    assert displayable("dir/é.txt") == "dir/é.txt"
    assert Path(displayable("plain.txt")) == Path("plain.txt")


@pytest.mark.parametrize("fmt", ["jsonl", "timeml"])
def test_tag_on_a_file_name_that_is_not_utf8(tmp_path, capsysbinary, fmt):
    name = os.fsdecode(os.fsencode(tmp_path) + b"/a\xe9.txt")
    with open(name, "w", encoding="utf-8") as handle:
        handle.write("The mayor spoke on 4 March 2011.\n")
    assert main(["tag", name, "--dct", "2011-05-01", "--format", fmt]) == 0
    out, err = capsysbinary.readouterr()
    assert err == b""
    if fmt == "jsonl":
        assert [json.loads(line)["doc"] for line in out.decode().splitlines()] == ["a\\xe9.txt"]
    else:
        assert b"<DOCID>a\\xe9.txt</DOCID>" in out


def test_timeml_nested_too_deep_is_a_message(write, capsys):
    path = write("deep.tml", "<TimeML><TEXT>" + "<a>" * 5000 + "On 3 March 2011." + "</a>" * 5000 + "</TEXT></TimeML>")
    assert main(["tag", str(path)]) == 1
    assert capsys.readouterr().err == f"timeline: {path}: elements nested more than 200 deep in TEXT; not read\n"


def test_timeml_with_an_invalid_creation_time_says_so(write, capsys):
    path = write(
        "bad.tml",
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2011-02-30" functionInDocument="CREATION_TIME">'
        "x</TIMEX3></DCT><TEXT>It closed on 3 March 2011.</TEXT></TimeML>",
    )
    assert main(["tag", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"timeline: {path}: the CREATION_TIME value '2011-02-30' is not a date; ignored",
        f"timeline: {path}: no document creation date (--dct); relative dates stay unresolved",
    ]
    assert [json.loads(line)["value"] for line in out.splitlines()] == ["2011-03-03"]
