"""TempEval-3 Task A evaluation of the temporal engine over a directory of TimeML files.

    python benchmarks/timex_eval.py GOLD_DIR [--errors] [--per-document]
        [--min-value-f1 X] [--min-strict-f1 Y] [--min-relaxed-f1 Z]

Each ``.tml`` file is read, its TEXT content tagged with ``timeline.temporal.tag`` against the
file's creation time (DCT), and the result compared with the file's TIMEX3 annotations:

- strict match: same span; relaxed match: overlapping spans (paired one to one);
- precision, recall and F1 for both;
- value and type F1 as the official TempEval-3 scorer computes them: the attribute's accuracy
  on the relaxed matches times the relaxed F1.

With ``--min-...`` floors the script exits with status 1 when a score falls below its floor,
so continuous integration can refuse a regression.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from attrs import define, field

from timeline.export.timeml import GoldTimex, TimeMLDocument, TimeMLError, read_timeml
from timeline.model import TemporalExpression
from timeline.temporal import tag


@define
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[str] = field(factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.system if self.system else 0.0
        r = matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def scores(self) -> dict[str, float]:
        sp, sr, sf = self.prf(self.strict)
        rp, rr, rf = self.prf(self.relaxed)
        value_acc = self.value / self.relaxed if self.relaxed else 0.0
        type_acc = self.type / self.relaxed if self.relaxed else 0.0
        return {
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": sf,
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": rf,
            "value_f1": value_acc * rf,
            "type_f1": type_acc * rf,
            "value_accuracy": value_acc,
            "type_accuracy": type_acc,
        }


def pair_up(gold_timexes, found) -> tuple[list[tuple[GoldTimex, TemporalExpression | None]], list[TemporalExpression]]:
    """Each gold expression with the system expression it is scored against (None if missed),
    and the system expressions left over. Relaxed matches are overlaps, paired one to one; an
    exact span wins, then the largest overlap."""
    pairs: list[tuple[GoldTimex, TemporalExpression | None]] = []
    used: set[int] = set()
    for gold in gold_timexes:
        overlapping = [(i, s) for i, s in enumerate(found) if i not in used and s.span.overlaps(gold.span)]
        if not overlapping:
            pairs.append((gold, None))
            continue
        i, system = max(overlapping, key=lambda p: (p[1].span == gold.span, _overlap(p[1].span, gold)))
        used.add(i)
        pairs.append((gold, system))
    return pairs, [s for i, s in enumerate(found) if i not in used]


def match_document(
    path: Path,
) -> tuple[TimeMLDocument, list[tuple[GoldTimex, TemporalExpression | None]], list[TemporalExpression]]:
    """A TimeML file read and tagged: the document, its gold expressions paired with ours, and ours left over."""
    doc = read_timeml(path.read_text(encoding="utf-8"), path.stem)
    pairs, spurious = pair_up(doc.timexes, tag(doc.text, doc.dct))
    return doc, pairs, spurious


def evaluate_document(path: Path) -> tuple[Tally, int]:
    return tally_of(path, *match_document(path))


def tally_of(
    path: Path,
    doc: TimeMLDocument,
    pairs: list[tuple[GoldTimex, TemporalExpression | None]],
    spurious: list[TemporalExpression],
) -> tuple[Tally, int]:
    """The counts and the error listing of one matched document, and its number of words."""
    tally = Tally(gold=len(doc.timexes), system=len(pairs) - sum(s is None for _, s in pairs) + len(spurious))
    context = lambda start, end: doc.text[max(0, start - 40) : end + 40].replace("\n", " ")  # noqa: E731
    for gold, system in pairs:
        if system is None:
            tally.errors.append(f"{path.name}: MISSED {_show(gold)}   …{context(gold.span.start, gold.span.end)}…")
            continue
        tally.relaxed += 1
        exact = system.span == gold.span
        tally.strict += exact
        value_ok = system.value == gold.value
        tally.value += value_ok
        tally.type += system.type.value == gold.type
        if not exact or not value_ok or system.type.value != gold.type:
            what = "VALUE" if not value_ok else ("EXTENT" if not exact else "TYPE")
            tally.errors.append(
                f"{path.name}: {what} gold {_show(gold)} got {system.text!r} {system.type.value} "
                f"{system.value} {system.mod or ''} [{system.rule}] dct={doc.dct}   …{context(gold.span.start, gold.span.end)}…"
            )
    for system in spurious:
        tally.errors.append(
            f"{path.name}: SPURIOUS {system.text!r} {system.type.value} {system.value} [{system.rule}]"
            f"   …{context(system.span.start, system.span.end)}…"
        )
    return tally, len(doc.text.split())


def _overlap(span, gold: GoldTimex) -> int:
    return min(span.end, gold.span.end) - max(span.start, gold.span.start)


def _show(gold: GoldTimex) -> str:
    return f"{gold.text!r} {gold.type} {gold.value} {gold.mod or ''}".rstrip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="TempEval-3 Task A scores of the temporal engine on a TimeML corpus.")
    parser.add_argument("gold_dir", type=Path, help="directory holding .tml files (searched recursively)")
    parser.add_argument("--errors", action="store_true", help="list every missed, spurious or wrong expression")
    parser.add_argument("--per-document", action="store_true", help="print the scores of each document")
    parser.add_argument("--min-value-f1", type=float, default=None)
    parser.add_argument("--min-strict-f1", type=float, default=None)
    parser.add_argument("--min-relaxed-f1", type=float, default=None)
    args = parser.parse_args(argv)
    files = sorted(args.gold_dir.rglob("*.tml"))
    if not files:
        print(f"timex_eval: {args.gold_dir}: no .tml files", file=sys.stderr)
        return 2
    total, words, failed = Tally(), 0, 0
    started = time.perf_counter()
    for path in files:
        try:
            tally, n_words = evaluate_document(path)
        except (TimeMLError, OSError, UnicodeDecodeError) as exc:
            print(f"timex_eval: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        words += n_words
        total.add(tally)
        if args.per_document:
            s = tally.scores()
            print(
                f"{path.name:40s} gold {tally.gold:3d} sys {tally.system:3d}  strict {s['strict_f1']:.3f}  "
                f"relaxed {s['relaxed_f1']:.3f}  value {s['value_f1']:.3f}"
            )
    elapsed = time.perf_counter() - started
    if args.errors:
        print("\n".join(total.errors))
    s = total.scores()
    kinds = Counter(e.split(": ", 1)[1].split(" ", 1)[0] for e in total.errors)
    print(
        f"\n{len(files) - failed} documents, {words:,} words, {total.gold} gold TIMEX3, {total.system} tagged"
        f" ({elapsed:.2f} s including reading)"
    )
    print(f"strict   P {s['strict_p']:.4f}  R {s['strict_r']:.4f}  F1 {s['strict_f1']:.4f}")
    print(f"relaxed  P {s['relaxed_p']:.4f}  R {s['relaxed_r']:.4f}  F1 {s['relaxed_f1']:.4f}")
    print(
        f"value F1 {s['value_f1']:.4f} (accuracy {s['value_accuracy']:.4f})   "
        f"type F1 {s['type_f1']:.4f} (accuracy {s['type_accuracy']:.4f})"
    )
    print("errors: " + ", ".join(f"{k.lower()} {n}" for k, n in sorted(kinds.items())))
    floors = [
        ("value F1", s["value_f1"], args.min_value_f1),
        ("strict F1", s["strict_f1"], args.min_strict_f1),
        ("relaxed F1", s["relaxed_f1"], args.min_relaxed_f1),
    ]
    below = [f"{name} {got:.4f} < {floor}" for name, got, floor in floors if floor is not None and got < floor]
    if below:
        print("timex_eval: below the floor: " + "; ".join(below), file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
