"""The command line: every command on real inputs, and bad input without tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import __version__
from timeline.cli import main

TML = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">03/05/1998</TIMEX3></DCT>
<TEXT>
The company &amp; its unions <EVENT eid="e1" class="OCCURRENCE">agreed</EVENT> in <TIMEX3 tid="t1" type="DATE" value="1997-02">February 1997</TIMEX3> to a deal that runs to 2001.
</TEXT>
</TimeML>
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"timeline {__version__}"


def test_help_documents_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("timeline export", "timeline tag", "timeline people", "--published"):
        assert command in out


def test_export_json_on_the_seeds(capsysbinary):
    assert main(["export", "--format", "json"]) == 0
    data = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert data["schema"] == "timeline-explorer/1"
    docs = {Path(d["path"]).name: d for d in data["documents"]}
    assert {name: (d["published"], d["published_estimated"]) for name, d in docs.items()} == {
        "000_28d84fdc4e1b1798.txt": ("2011-06-05", True),
        "001_cc1026ba4d01a77c.txt": ("2011-05-19", True),
        "002_6cc214aa8ed720d4.txt": ("2011-04-10", True),
    }
    values = {e["date"]["value"] for e in data["events"]}
    assert {"2007", "2008", "2009", "2009-02", "2011-04-01"} <= values
    for event in data["events"]:
        assert set(event["date"]) >= {"value", "type", "mod", "start", "end", "granularity"}
        for mention in event["mentions"]:
            doc = docs[next(Path(d["path"]).name for d in data["documents"] if d["id"] == mention["document"])]
            text = Path(doc["path"]).read_text(encoding="utf-8")
            assert text[mention["start"] : mention["end"]] == mention["excerpt"]
            timex = mention["timex"]
            assert text[timex["start"] : timex["end"]] == timex["text"]
    starts = [e["date"]["start"] for e in data["events"]]
    assert starts == sorted(starts)


def test_export_writes_a_file_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "out.json"
    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["schema"] == "timeline-explorer/1"
    assert f"to {target}" in err
    target.write_text("keep me")
    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 1 and err.strip() == f"timeline: {target}: file exists (use --force to overwrite)"
    assert target.read_text() == "keep me"
    assert run(capsys, "export", "-o", str(target), "--force")[0] == 0
    assert target.read_text(encoding="utf-8").startswith("{")


def test_export_says_how_many_events_it_wrote(write, tmp_path, capsys):
    story = write("story.txt", "---\npublished: 2013-01-04\n---\nQuake hits\n\nThe quake struck on Thursday night.\n")
    target = tmp_path / "one.csv"
    code, _, err = run(capsys, "export", str(story), "--no-cache", "--format", "csv", "-o", str(target))
    assert (code, err.strip()) == (0, f"timeline: wrote 1 event to {target} (csv)")


def test_tag_plain_text_jsonl(write, capsys):
    path = write("story.txt", "The inquiry reported in February 2009. It began in 2007.\n")
    code, out, err = run(capsys, "tag", str(path), "--dct", "2011-04-10")
    assert code == 0 and err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["doc"], r["start"], r["end"], r["text"], r["type"], r["value"], r["mod"]) for r in rows] == [
        ("story.txt", 24, 37, "February 2009", "DATE", "2009-02", None),
        ("story.txt", 51, 55, "2007", "DATE", "2007", None),
    ]


def test_tag_timeml_reads_dct_and_strips_tags(write, capsys):
    path = write("wsj_0001.tml", TML)
    code, out, _ = run(capsys, "tag", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    text = "\nThe company & its unions agreed in February 1997 to a deal that runs to 2001.\n"
    assert code == 0
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
    assert ("February 1997", "1997-02") in [(r["text"], r["value"]) for r in rows]


def test_tag_timeml_output_is_well_formed_timeml(write, capsys):
    import xml.etree.ElementTree as ET

    path = write("wsj_0001.tml", TML)
    code, out, _ = run(capsys, "tag", str(path), "--format", "timeml")
    root = ET.fromstring(out)
    assert code == 0 and root.tag == "TimeML"
    assert root.find("DCT/TIMEX3").get("value") == "1998-03-05"
    timexes = root.findall("TEXT/TIMEX3")
    assert ("February 1997", "1997-02") in [(t.text, t.get("value")) for t in timexes]
    assert (
        "".join(root.find("TEXT").itertext())
        == "\nThe company & its unions agreed in February 1997 to a deal that runs to 2001.\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tag", "/no/such/file.txt"], "timeline: /no/such/file.txt: no such file"),
        (["tag", "{tmp}"], "timeline: {tmp}: is a directory, not a file"),
        (
            ["tag", "{tmp}/a.txt", "--dct", "2011-02-30"],
            "timeline: --dct: '2011-02-30' is not a real date",
        ),
        (
            ["tag", "{tmp}/broken.tml"],
            "timeline: {tmp}/broken.tml: not well-formed XML: mismatched tag: line 1, column 16",
        ),
        (["export", "/no/such/dir"], "timeline: /no/such/dir: no such file or directory\ntimeline: no usable articles"),
        (
            ["export", "--person", "Nobody Atall"],
            "timeline: --person 'Nobody Atall': nobody of that name in the articles",
        ),
        (
            ["export", "--from", "Smarch 2010"],
            "timeline: cannot read 'Smarch 2010' as a date (try 2010, Nov 2010 or 2011-04-01)",
        ),
    ],
)
def test_user_errors_exit_1_with_one_clear_line(tmp_path, capsys, argv, message):
    (tmp_path / "a.txt").write_text("In 2009.\n")
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT></TimeML>")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.strip() == message.replace("{tmp}", str(tmp_path))
    assert "Traceback" not in err


def test_one_bad_file_does_not_stop_the_others(write, tmp_path, capsysbinary):
    good = write("good.txt", "The council met in March 2010.\n")
    write("bad.txt", b"\x00\x01binary")
    code = main(["export", str(tmp_path), "--published", "good.txt=1 June 2010"])
    out, err = capsysbinary.readouterr()
    assert code == 0
    assert err.decode().splitlines() == [
        f"timeline: {tmp_path / 'bad.txt'}: looks like a binary file, not an article; skipped",
    ]
    data = json.loads(out)
    assert [d["path"] for d in data["documents"]] == [str(good)]
    assert data["documents"][0]["published"] == "2010-06-01"


@pytest.mark.parametrize("value", ["2011-04-10", "10 April 2011", "10 Apr 2011", " 2011-4-10 ", "2011-04-10T09:30"])
def test_published_takes_the_date_forms_of_the_app(write, tmp_path, capsysbinary, value):
    write("a.txt", "The council met on Friday.\n")
    assert main(["export", str(tmp_path), "--no-cache", "--published", f"a.txt={value}"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert data["documents"][0]["published"] == "2011-04-10"
    assert [e["date"]["value"] for e in data["events"]] == ["2011-04-08"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["export", "--published", "002_6cc214aa8ed720d4=2011-04-10"],
            "timeline: --published '002_6cc214aa8ed720d4': no article of that name among the 3 articles "
            "(000_28d84fdc4e1b1798.txt, 001_cc1026ba4d01a77c.txt, 002_6cc214aa8ed720d4.txt)",
        ),
        (
            ["people", "--published", "bbc.txt=10 April 2011"],
            "timeline: --published 'bbc.txt': no article of that name among the 3 articles "
            "(000_28d84fdc4e1b1798.txt, 001_cc1026ba4d01a77c.txt, 002_6cc214aa8ed720d4.txt)",
        ),
        (
            ["export", "{tmp}", "--published", "b.txt=2011-04-10"],
            "timeline: --published 'b.txt': no article of that name among the 1 article (a.txt)",
        ),
        (
            ["export", "{tmp}", "--published", "a.txt=April 2011"],
            "timeline: --published 'a.txt=April 2011': 'April 2011' is not a single day "
            "(try 2011-04-10 or 10 April 2011)",
        ),
        (
            ["export", "{tmp}", "--published", "a.txt=soon"],
            "timeline: --published 'a.txt=soon': cannot read 'soon' as a date (try 2011-04-10 or 10 April 2011)",
        ),
        (
            ["export", "{tmp}", "--published", "2011-04-10"],
            "timeline: --published '2011-04-10': expected FILE=DATE (2011-04-10 or 10 April 2011)",
        ),
    ],
)
def test_a_publication_date_that_cannot_be_applied_is_an_error(tmp_path, capsysbinary, argv, message):
    (tmp_path / "a.txt").write_text("In 2009.\n")
    code = main([a.replace("{tmp}", str(tmp_path)) for a in argv])
    out, err = capsysbinary.readouterr()
    assert (code, out, err.decode().strip()) == (1, b"", message)


def test_published_names_a_file_by_path_too(write, tmp_path, capsysbinary):
    path = write("sub/a.txt", "The council met on Friday.\n")
    assert main(["export", str(tmp_path), "--no-cache", "--published", f"{path}=2011-04-10"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["documents"][0]["published"] == "2011-04-10"


def test_published_for_the_app_is_checked_before_it_opens(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, _, err = run(capsys, "--published", "nope.txt=2011-04-10")
    assert code == 1
    assert err.startswith("timeline: --published 'nope.txt': no article of that name among the 3 articles")


def test_format_names_in_any_case(capsys):
    code, out, _ = run(capsys, "people", "--format", "JSON")
    assert code == 0 and json.loads(out)[0]["mentions"] > 0


ARTICLE_MD = "---\ntitle: Budget on 3 May\npublished: 10 April 2011\n---\nThe council met on Friday, 2009.\n"


def test_tag_reads_the_date_from_front_matter_and_never_tags_it(write, capsys):
    path = write("story.md", ARTICLE_MD.replace("10 April 2011", "2011-04-10"))
    code, out, err = run(capsys, "tag", str(path))
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    text = path.read_text(encoding="utf-8")
    # offsets count from the start of the file, front matter included
    assert [(r["start"], r["end"], r["text"], r["value"]) for r in rows] == [
        (72, 78, "Friday", "2011-04-08"),
        (80, 84, "2009", "2009"),
    ]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_tag_dct_wins_over_front_matter_and_timeml_keeps_the_file_text(write, capsys):
    import xml.etree.ElementTree as ET

    path = write("story.md", ARTICLE_MD.replace("10 April 2011", "2011-04-10"))
    code, out, _ = run(capsys, "tag", str(path), "--dct", "17 April 2011", "-f", "TimeML")
    root = ET.fromstring(out)
    assert code == 0 and root.find("DCT/TIMEX3").get("value") == "2011-04-17"
    assert [(t.text, t.get("value")) for t in root.findall("TEXT/TIMEX3")] == [
        ("Friday", "2011-04-15"),
        ("2009", "2009"),
    ]
    assert "".join(root.find("TEXT").itertext()) == path.read_text(encoding="utf-8")


def test_tag_says_what_is_wrong_with_the_front_matter(write, capsys):
    path = write("story.md", ARTICLE_MD)  # "10 April 2011" is not a YAML date
    code, out, err = run(capsys, "tag", str(path))
    assert code == 0
    assert err.splitlines() == [
        f"timeline: {path}: front matter: invalid date '10 April 2011' (expected YYYY-MM-DD)",
        f"timeline: {path}: no document creation date (--dct); relative dates stay unresolved",
    ]
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["Friday", "2009"]


def test_people_lists_names_with_counts(capsys):
    code, out, _ = run(capsys, "people", "--format", "json")
    people = json.loads(out)
    assert code == 0 and people
    assert all({"id", "name", "aliases", "roles", "mentions"} <= set(p) for p in people)
    counts = [p["mentions"] for p in people]
    assert counts == sorted(counts, reverse=True)


def test_installed_command_finds_the_seeds_far_from_the_checkout(tmp_path):
    """After `pip install .`, `timeline` run from any directory still has the bundled seeds."""
    command = shutil.which("timeline", path=str(Path(sys.executable).parent))
    assert command, "the `timeline` console script is not installed beside this Python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [command, "export", "--format", "json"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sorted(Path(d["path"]).name for d in data["documents"]) == [
        "000_28d84fdc4e1b1798.txt",
        "001_cc1026ba4d01a77c.txt",
        "002_6cc214aa8ed720d4.txt",
    ]


def test_app_without_a_terminal_says_so(capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    code, _, err = run(
        capsys,
    )
    assert code == 1
    assert err.strip() == "timeline: the explorer needs a terminal (try `timeline export` for non-interactive use)"


def test_control_characters_in_file_names_never_reach_the_terminal(tmp_path, capsys):
    hostile = tmp_path / "evil\x1b]0;pwned\x07.txt"
    code, _, err = run(capsys, "export", str(hostile))
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err
    assert err.splitlines()[0] == f"timeline: {tmp_path}/evil\\x1b]0;pwned\\x07.txt: no such file or directory"


def test_export_reads_a_stored_timeline_and_never_a_stale_one(capsysbinary, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2011-04-10\n---\nThe hall was sold on 3 April.\nbroken: [\n")
    (tmp_path / "empty.txt").write_text("")
    stored = tmp_path / "cache" / "timeline-explorer" / "timelines"

    def export() -> tuple[list[str], str]:
        assert main(["export", str(tmp_path), "--format", "csv"]) == 0
        captured = capsysbinary.readouterr()
        return captured.out.decode().splitlines(), captured.err.decode()

    first, first_err = export()
    assert len(list(stored.glob("*.timeline"))) == 1
    second, second_err = export()
    assert second == first and "2011-04-03" in "".join(first)
    assert second_err == first_err and "empty.txt: empty file; skipped" in first_err  # problems are reported again

    article.write_text("---\npublished: 2011-04-10\n---\nThe hall was sold on 5 April.\nbroken: [\n")
    third, _ = export()
    assert "2011-04-05" in "".join(third) and "2011-04-03" not in "".join(third)


def test_no_cache_stores_nothing(capsysbinary, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["export", "--no-cache", "--format", "json"]) == 0
    assert main(["people", "--no-cache"]) == 0
    assert not (tmp_path / "cache" / "timeline-explorer" / "timelines").exists()
