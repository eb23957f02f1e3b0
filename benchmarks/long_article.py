"""The cost of one long article: time and peak memory of analysing it (tagging, sentences,
people, statements, grouping; publication date given), at 100 KB, 1 MB and 10 MB, with and
without full stops and paragraph breaks, and once more with the publication date worked out
from the text. Each case runs in its own process (peak memory is
that process's), with a time limit. CPU seconds are printed beside the wall-clock ones: on a
busy machine they are the figure to compare across sizes.

    python benchmarks/long_article.py [--sizes 100000,1000000,10000000] [--limit 600]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

SENTENCE = (
    "Minister Jane Holloway said on 3 May 2010 that the council would review the Ofsted inspection "
    "report before the vote in November, and critics including Tom Baker called it a delay"
)

_CHILD = """
import datetime as dt, json, resource, sys, time
from timeline.analysis.article import analyse
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata
size, stops, paragraphs, dated = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3] == "1", sys.argv[5] == "1"
unit = sys.argv[4] + ("." if stops else "") + (" ")
text, n = [], 0
while n < size:
    text.append(unit)
    n += len(unit)
    if paragraphs and len(text) % 5 == 0:
        text.append("\\n\\n")
text = "".join(text)[:size]
doc = document_from_text(text, meta=Metadata(published=dt.date(2010, 6, 1) if dated else None))
start, cpu = time.perf_counter(), time.process_time()
analysis = analyse(doc)
took, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": round(took, 2), "cpu": round(cpu, 2), "peak_mb": round(peak), "statements": len(analysis.statements)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000,10000000")
    parser.add_argument("--limit", type=float, default=600, help="seconds allowed per case")
    parser.add_argument("--first-only", action="store_true", help="only the case with full stops and paragraphs")
    args = parser.parse_args()
    print(
        f"{'size':>10}  {'full stops':>10}  {'paragraphs':>10}  {'dated':>8}  {'seconds':>8}  {'CPU s':>8}"
        f"  {'peak MB':>8}  statements"
    )
    cases = [(True, True, True)] if args.first_only else [(s, p, True) for s in (True, False) for p in (True, False)]
    if not args.first_only:
        cases.append((True, True, False))  # the publication date inferred from the text
    for size in (int(s) for s in args.sizes.split(",")):
        for stops, paragraphs, dated in cases:
            argv = [
                sys.executable, "-c", _CHILD, str(size), str(int(stops)), str(int(paragraphs)), SENTENCE, str(int(dated)),
            ]  # fmt: skip
            try:
                done = subprocess.run(argv, capture_output=True, text=True, timeout=args.limit)
                if done.returncode != 0:
                    result = f"failed: {done.stderr.strip().splitlines()[-1]}"
                else:
                    r = json.loads(done.stdout)
                    result = f"{r['seconds']:8.2f}  {r['cpu']:8.2f}  {r['peak_mb']:8d}  {r['statements']}"
            except subprocess.TimeoutExpired:
                result = f"did not finish in {args.limit:.0f} s"
            yes = {True: "yes", False: "no"}
            when = "given" if dated else "inferred"
            print(f"{size:>10}  {yes[stops]:>10}  {yes[paragraphs]:>10}  {when:>8}  {result}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
