"""The suite gate in benchmarks/suite_eval.py reads check-suite's summary as it is written."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "suite_eval.py"
spec = importlib.util.spec_from_file_location("suite_eval", SCRIPT)
assert spec is not None and spec.loader is not None
suite_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(suite_eval)


def test_figures_split_positives_and_negatives():
    summary = {
        "ALL": {"n": 10, "correct": 7},
        "negative (must tag nothing)": {"n": 4, "correct": 3},
        "duration": {"n": 6, "correct": 4},
    }
    found = suite_eval.figures(summary)
    assert found["overall"] == 0.7
    assert (found["positive_right"], found["positives"]) == (4, 6)
    assert found["negative_misses"] == 1


def test_a_missing_scorer_is_an_error(tmp_path):
    suite = tmp_path / "suite.jsonl"
    suite.write_text("", encoding="utf-8")
    assert suite_eval.main([str(suite), "--check-suite", str(tmp_path / "none")]) == 2
