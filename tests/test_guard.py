"""Every per-file stage runs under one guard: an unexpected exception in one file's stage is a
problem naming the file and the stage, the rest go on; in a test run it fails loudly."""

from __future__ import annotations

import json

import pytest

import timeline.analysis.pool as pool
import timeline.corpus as corpus
from timeline.cli import main

GOOD = "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n"


@pytest.fixture
def broken_analysis(monkeypatch):
    real = pool.analyse

    def analyse(document, *args, **kwargs):
        if document.path.endswith("bad.txt"):
            raise KeyError("no such clause")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(pool, "analyse", analyse)


def test_a_failing_analysis_is_a_problem_on_that_file(write, tmp_path, capsysbinary, monkeypatch, broken_analysis):
    monkeypatch.delenv("TIMELINE_STRICT")
    write("good.txt", GOOD)
    bad = write("bad.txt", "He left on 5 March 2011.\n")
    code = main(["export", "--no-cache", str(tmp_path)])
    out, err = capsysbinary.readouterr()
    assert code == 0
    assert err.decode().splitlines() == [
        f"timeline: {bad}: could not be analysed (KeyError: 'no such clause'); skipped"
    ]
    data = json.loads(out)
    assert [e["date"]["value"] for e in data["events"]] == ["2011-03-03"]
    assert data["problems"] == [
        {"path": str(bad), "message": "could not be analysed (KeyError: 'no such clause'); skipped"}
    ]


def test_a_failing_read_is_a_problem_on_that_file(write, tmp_path, capsysbinary, monkeypatch):
    monkeypatch.delenv("TIMELINE_STRICT")
    real = corpus._document

    def document(text, doc_id, *args):
        if doc_id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, doc_id, *args)

    monkeypatch.setattr(corpus, "_document", document)
    write("good.txt", GOOD)
    bad = write("bad.txt", "He left on 5 March 2011.\n")
    code = main(["export", "--no-cache", "--format", "csv", str(tmp_path)])
    out, err = capsysbinary.readouterr()
    assert code == 0
    assert err.decode().splitlines() == [
        f"timeline: {bad}: could not be read (RecursionError: maximum recursion depth exceeded); skipped"
    ]
    assert [line.split(",")[1] for line in out.decode("utf-8-sig").splitlines()[1:]] == ["2011-03-03"]


def test_in_a_test_run_the_guard_fails_loudly(write, tmp_path, broken_analysis):
    write("good.txt", GOOD)
    write("bad.txt", "He left on 5 March 2011.\n")
    with pytest.raises(KeyError, match="no such clause"):
        main(["export", "--no-cache", str(tmp_path)])
