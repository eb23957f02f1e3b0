"""benchmarks/value_audit.py sorts value disagreements by what their words and values show."""

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
spec = importlib.util.spec_from_file_location("value_audit", BENCHMARKS / "value_audit.py")
value_audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(value_audit)

DCT = dt.date(1989, 10, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "gold", "gold_type", "ours", "kind"),
    [
        # Same meaning, spelled another way.
        ("about a decade", "P1E", "DURATION", "P10Y", "same-meaning"),
        ("the next three quarters", "P9M", "DURATION", "P3Q", "same-meaning"),
        ("the last 24 hours", "P1D", "DURATION", "PT24H", "same-meaning"),
        ("this week", "1989-W7", "DATE", "1989-W07", "same-meaning"),
        ("the 1980s", "198X", "DATE", "198", "same-meaning"),
        ("5 p.m.", "1989-11-06T17", "TIME", "1989-11-06T17:00", "same-meaning"),
        # The gold says what its words deny.
        ("Sept. 27, 1989", "1989-11-27", "DATE", "1989-09-27", "contradicts-text"),
        ("13 years", "P12Y", "DURATION", "P13Y", "contradicts-text"),
        ("six months", "P6D", "DURATION", "P6M", "contradicts-text"),
        ("Wednesday", "1989-10-24", "DATE", "1989-10-25", "contradicts-text"),
        # The gold leaves unknown what ours fills in.
        ("last week", "1989-WXX", "DATE", "1989-W42", "placeholder"),
        ("1968", "1968-XX", "DATE", "1968", "placeholder"),
        ("the quarter", "1989-QX", "DATE", "1989-Q3", "placeholder"),
        ("Sept. 30", "1989-09", "DATE", "1989-09-30", "placeholder"),
        # A weekday dated more than a week from the creation date.
        ("Tuesday", "1989-10-10", "DATE", "1989-10-24", "creation-date"),
        # Readings that differ: ours to judge.
        ("a year ago", "1988", "DATE", "1988-Q3", "other"),
        ("last week", "P1W", "DURATION", "1989-W42", "other"),
        ("Tuesday", "1989-10-31", "DATE", "1989-10-24", "other"),
        ("recent years", "PAST_REF", "DATE", "PXY", "other"),
        # Never an error of ours filed as a problem of the gold.
        ("Sept. 27, 1989", "1989-11-27", "DATE", "1989-09-28", "other"),
        ("13 years", "P12Y", "DURATION", "P13M", "other"),
        ("1968", "1968-XX", "DATE", "1968-05-03", "other"),
        ("the 1980s", "198X", "DATE", "1985", "other"),
        ("Sept. 30", "1989-09", "DATE", "1989-09-03", "other"),
        ("Tuesday", "1989-10-10", "DATE", "1989-11-07", "other"),
        ("Saturday night", "1989-10-14TNI", "DATE", "1989-10-21", "other"),
        ("1600 GMT", "1989-10-26T16:00", "TIME", "1989-10-25T16:00", "other"),
        ("several quarters", "PXQ", "DURATION", "PXM", "other"),
    ],
)
def test_kind_of_disagreement(text, gold, gold_type, ours, kind):
    assert value_audit.kind_of(text, gold, gold_type, ours, DCT) == kind
