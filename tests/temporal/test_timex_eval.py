"""The TempEval-3 scorer in benchmarks/timex_eval.py computes what the official scorer does."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "timex_eval.py"
spec = importlib.util.spec_from_file_location("timex_eval", SCRIPT)
timex_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(timex_eval)

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-04-10" functionInDocument="CREATION_TIME">2011-04-10</TIMEX3></DCT>
<TEXT>
He left <TIMEX3 tid="t1" type="DATE" value="2010">last year</TIMEX3> and came back on
<TIMEX3 tid="t2" type="DATE" value="2011-04-01">1 April 2011</TIMEX3>, after
the <TIMEX3 tid="t3" type="DURATION" value="P3M">three months</TIMEX3> away, <TIMEX3 tid="t4" type="DATE" value="2000">then</TIMEX3>.
It is raining now.
</TEXT>
</TimeML>
"""


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "d1.tml").write_text(DOC, encoding="utf-8")
    return tmp_path


def test_scores(corpus, capsys):
    tally, _words = timex_eval.evaluate_document(corpus / "d1.tml")
    # Tagged: "last year" (exact), "1 April 2011" (exact), "the three months" (overlap only), "now" (spurious);
    # "then" is missed.
    assert (tally.gold, tally.system, tally.strict, tally.relaxed, tally.value) == (4, 4, 2, 3, 3)
    scores = tally.scores()
    assert scores["strict_f1"] == pytest.approx(0.5)
    assert scores["relaxed_f1"] == pytest.approx(0.75)
    assert scores["value_f1"] == pytest.approx(0.75)
    assert any("MISSED 'then'" in e for e in tally.errors)
    assert any("SPURIOUS 'now'" in e for e in tally.errors)


def test_floors_fail_the_run(corpus, capsys):
    assert timex_eval.main([str(corpus), "--min-relaxed-f1", "0.7"]) == 0
    assert timex_eval.main([str(corpus), "--min-strict-f1", "0.6"]) == 1
    assert "below the floor" in capsys.readouterr().err


def test_an_empty_directory_is_an_error(tmp_path, capsys):
    assert timex_eval.main([str(tmp_path)]) == 2
