"""The Recognizers-Text expression suite as a gate: run its scorer and check the figures.

    python benchmarks/suite_eval.py SUITE.jsonl [--check-suite PATH] [--out DIR]
        [--min-overall X] [--min-positive Y] [--max-negative-misses N]

``check-suite`` (beside the shared corpora, in ``tools/``) tags every record's text against its
reference date and writes a summary per category. This script runs it with the same Python
(day first, without the dateparser comparison), reads the summary and prints three figures:
overall (records right, negatives included), positives (expressions found with the right
value) and negatives (sentences in which nothing may be tagged, kept clean). With floors it
exits with status 1 when a figure falls below its floor, so continuous integration can refuse
a regression.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

NEGATIVE = "negative (must tag nothing)"


def figures(summary: dict[str, dict[str, int]]) -> dict[str, float]:
    """Overall, positive and negative shares from check-suite's summary."""
    everything, negative = summary["ALL"], summary.get(NEGATIVE, {"n": 0, "correct": 0})
    positives = everything["n"] - negative["n"]
    right_positives = everything["correct"] - negative["correct"]
    return {
        "overall": everything["correct"] / everything["n"],
        "overall_right": everything["correct"],
        "n": everything["n"],
        "positive": right_positives / positives if positives else 1.0,
        "positive_right": right_positives,
        "positives": positives,
        "negatives": negative["n"],
        "negative_misses": negative["n"] - negative["correct"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suite", type=Path)
    parser.add_argument("--check-suite", type=Path, help="the scorer (default: tools/check-suite beside the corpora)")
    parser.add_argument("--out", type=Path, help="where check-suite writes its rows (default: a temporary folder)")
    parser.add_argument("--min-overall", type=float)
    parser.add_argument("--min-positive", type=float)
    parser.add_argument("--max-negative-misses", type=int)
    args = parser.parse_args(argv)
    scorer = args.check_suite or args.suite.resolve().parents[2] / "tools" / "check-suite"
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        run = subprocess.run(
            [sys.executable, str(scorer), str(args.suite), str(out), "--no-dateparser"],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            return 2
        summaries = sorted(out.glob("*.summary.json"))
        if not summaries:
            print(f"check-suite wrote no summary in {out}", file=sys.stderr)
            return 2
        found = figures(json.loads(summaries[0].read_text(encoding="utf-8")))
    print(
        f"overall   {found['overall_right']}/{found['n']} = {found['overall']:.4f}\n"
        f"positives {found['positive_right']}/{found['positives']} = {found['positive']:.4f}\n"
        f"negatives {found['negatives'] - found['negative_misses']}/{found['negatives']} clean"
    )
    below = []
    if args.min_overall is not None and found["overall"] < args.min_overall:
        below.append(f"overall {found['overall']:.4f} < {args.min_overall}")
    if args.min_positive is not None and found["positive"] < args.min_positive:
        below.append(f"positives {found['positive']:.4f} < {args.min_positive}")
    if args.max_negative_misses is not None and found["negative_misses"] > args.max_negative_misses:
        below.append(f"negatives tagged {found['negative_misses']} > {args.max_negative_misses}")
    for line in below:
        print(f"BELOW FLOOR: {line}", file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
