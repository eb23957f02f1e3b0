"""Tagging speed over the TEXT content of a TimeML corpus, beside dateparser's search_dates.

    python benchmarks/tag_speed.py CORPUS_DIR [--dateparser-docs N] [--repeat R]

Prints, for the same text in the same run and a single process:
- words per second of ``timeline.temporal.tag`` over every document (best of R passes);
- words per second of ``dateparser.search.search_dates`` (English, the DCT as relative base)
  over the first N documents (it is far slower; the sample size is printed);
- cold start: import of the engine plus tagging the first document, in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

from timeline.export.timeml import read_timeml
from timeline.temporal import tag


def load(corpus: Path) -> list[tuple[str, dt.date | None]]:
    docs = []
    for path in sorted(corpus.rglob("*.tml")):
        doc = read_timeml(path.read_text(encoding="utf-8"), path.stem)
        docs.append((doc.text, doc.dct))
    return docs


def words(docs) -> int:
    return sum(len(text.split()) for text, _ in docs)


def time_tagging(docs, repeat: int) -> tuple[float, int]:
    best = float("inf")
    found = 0
    for _ in range(repeat):
        started = time.perf_counter()
        found = sum(len(tag(text, dct)) for text, dct in docs)
        best = min(best, time.perf_counter() - started)
    return best, found


def time_dateparser(docs) -> tuple[float, int]:
    from dateparser.search import search_dates

    started = time.perf_counter()
    found = 0
    for text, dct in docs:
        base = dt.datetime.combine(dct, dt.time()) if dct else None
        settings = {"RELATIVE_BASE": base} if base else {}
        found += len(search_dates(text, languages=["en"], settings=settings) or [])
    return time.perf_counter() - started, found


def cold_start(first: Path) -> float:
    code = (
        "import time; t = time.perf_counter();"
        "from timeline.temporal import tag; from timeline.export.timeml import read_timeml;"
        f"doc = read_timeml(open({str(first)!r}, encoding='utf-8').read());"
        "tag(doc.text, doc.dct); print(time.perf_counter() - t)"
    )
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    ]
    return min(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Words per second of the temporal tagger versus dateparser.")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--dateparser-docs", type=int, default=25, help="documents given to dateparser (default 25)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    docs = load(args.corpus)
    if not docs:
        print(f"tag_speed: {args.corpus}: no .tml files", file=sys.stderr)
        return 2
    n_words = words(docs)
    tag(docs[0][0], docs[0][1])  # warm the scanner (its compile counts in the cold start below)
    elapsed, found = time_tagging(docs, args.repeat)
    ours = n_words / elapsed
    sample = docs[: args.dateparser_docs]
    dp_elapsed, dp_found = time_dateparser(sample)
    theirs = words(sample) / dp_elapsed
    first = sorted(args.corpus.rglob("*.tml"))[0]
    cold = cold_start(first)
    print(f"{'':28s} {'words':>9s} {'seconds':>9s} {'words/s':>11s} {'found':>7s}")
    print(
        f"{'timeline.temporal.tag':28s} {n_words:9,d} {elapsed:9.3f} {ours:11,.0f} {found:7d}   all {len(docs)} documents, best of {args.repeat}"
    )
    print(
        f"{'dateparser search_dates':28s} {words(sample):9,d} {dp_elapsed:9.3f} {theirs:11,.0f} {dp_found:7d}   first {len(sample)} documents only (slow)"
    )
    print(f"speed-up: {ours / theirs:.1f}x")
    print(f"cold start (fresh interpreter: import + first document): {cold:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
