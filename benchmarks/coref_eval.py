"""People and cross-article merges on a coreference corpus (ECB+), with the time taken.

Runs the corpus's scorer (``check-coref``, beside the corpus in ``../shared/tools``) against this
checkout's ``timeline`` command, prints its figures beside the targets, and fails (exit 1) when a
figure falls below a floor given on the command line: CI runs it so that a regression in people
or merges cannot land.

    python benchmarks/coref_eval.py ../shared/corpora/ecbplus [--min-mention-recall 0.7 ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (key in check-coref's totals, label, target): what the people-and-events work aims at.
FIGURES = (
    ("mention_recall", "name-mention recall", 0.90),
    ("b3_all", "people B-cubed F1, missed names as their own people", 0.90),
    ("b3_cross", "  across documents", 0.85),
    ("false_people_share", "false people, share of the people listed", 0.02),
    ("merge_p", "merge precision", 0.95),
    ("merge_r", "merge recall", 0.65),
)
LOWER_IS_BETTER = {"false_people_share"}


def figures(totals: dict[str, object], people_listed: int) -> dict[str, float]:
    """The figures this script reports, from check-coref's ``totals``."""
    singletons = totals["b3_misses_as_singletons"]
    assert isinstance(singletons, dict)
    false_people = totals["false_people"]
    false_count = len(false_people) if isinstance(false_people, list) else int(str(false_people))
    return {
        "mention_recall": float(str(totals["mention_recall"])),
        "b3_all": float(singletons["all"]["f1"]),
        "b3_cross": float(singletons["cross"]["f1"]),
        "false_people_share": false_count / people_listed if people_listed else 0.0,
        "false_people": float(false_count),
        "merge_p": float(str(totals["merge_p"])),
        "merge_r": float(str(totals["merge_r"])),
    }


def people_listed(exports: Path) -> int:
    """How many people the exports list, over every sub-topic."""
    return sum(len(json.loads(p.read_text(encoding="utf-8"))["people"]) for p in exports.glob("*.json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="the corpus folder (gold.json, articles/)")
    parser.add_argument(
        "--timeline", default=str(Path(sys.executable).with_name("timeline")), help="the timeline command"
    )
    parser.add_argument("--scorer", type=Path, help="check-coref (default: ../../tools/check-coref from the corpus)")
    for key, label, _target in FIGURES:
        flag = "--max-" if key in LOWER_IS_BETTER else "--min-"
        parser.add_argument(flag + key.replace("_", "-"), type=float, dest=key, help=f"fail past this {label.strip()}")
    args = parser.parse_args(argv)
    scorer = args.scorer or args.corpus.resolve().parent.parent / "tools" / "check-coref"
    with tempfile.TemporaryDirectory() as tmp:
        out, exports = Path(tmp) / "coref.json", Path(tmp) / "exports"
        start = time.perf_counter()
        run = subprocess.run(
            [str(scorer), args.timeline, str(args.corpus), "--json", str(out), "--keep-exports", str(exports)],
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - start
        if run.returncode != 0 or not out.exists():
            print(run.stdout[-2000:], run.stderr[-2000:], sep="\n", file=sys.stderr)
            print("coref_eval: the scorer failed", file=sys.stderr)
            return 2
        totals = json.loads(out.read_text(encoding="utf-8"))["totals"]
        found = figures(totals, people_listed(exports))
    summary = [line for line in run.stdout.splitlines() if line.startswith(("coref:", "merges:", "people B3"))]
    print("\n".join(summary))
    print(f"\n{'figure':<56}{'now':>8}{'target':>9}")
    failed = []
    for key, label, target in FIGURES:
        value = found[key]
        print(f"{label:<56}{value:>8.3f}{target:>9.2f}")
        floor = getattr(args, key)
        if floor is not None and (value > floor if key in LOWER_IS_BETTER else value < floor):
            failed.append(f"{label.strip()} {value:.3f} is past the floor {floor}")
    print(f"{'false people (count)':<56}{found['false_people']:>8.0f}")
    print(f"\n{len(list(args.corpus.glob('articles/*/*.txt')))} articles scored in {took:.1f} s")
    for message in failed:
        print(f"coref_eval: {message}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
