"""Sort the value disagreements of the TempEval-3 evaluation into kinds, to see what is left to fix.

    python benchmarks/value_audit.py GOLD_DIR [--examples N]

The value score compares TIMEX3 values as strings. Some disagreements are not errors of ours:
the gold writes the same meaning another way, or its value contradicts the words it annotates.
Each disagreement on a relaxed match goes to the first kind whose test it passes; every test
looks only at the two values, the annotated words and the creation date, never at which file
it is:

1. ``same-meaning``: equal once spelled one way: P10Y = P1E = P1DE, P100Y = P1CE = P1C,
   P2000Y = P2L, PT24H = P1D, P9M = P3Q, 2000-W7 = 2000-W07, T17 = T17:00, and the decade
   199 = 199X (TimeBank writes the one, AQUAINT the other).
2. ``contradicts-text``: the gold value says something the words deny: a year, month, day or
   weekday other than the one written ("Sept. 27, 1989" as 1989-11-27, "Wednesday" on a
   Tuesday), or a length other than the one written ("13 years" as P12Y, "six months" P6D).
3. ``placeholder``: the gold value leaves unknown (X) or drops what the words and the creation
   date fix, and ours fills it in: "last week" as 1989-WXX, "1968" as 1968-XX, "Sept. 30" as
   1989-09.
4. ``creation-date``: a bare weekday that the gold dates more than a week from the file's
   creation date; the story was written on another day than the file says.
5. ``other``: everything else: ours to fix, or readings the guidelines leave open.

For each kind it prints how many, a few examples, and the value F1 were that kind (and the ones
above it) counted as agreement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_eval import Tally, evaluate_document, pair_up  # noqa: E402

from timeline.temporal import tag  # noqa: E402
from timeline.temporal import vocabulary as v  # noqa: E402
from timeline.temporal.numbers import number  # noqa: E402
from timeline.timeml import read_timeml  # noqa: E402

KINDS = ("same-meaning", "contradicts-text", "placeholder", "creation-date", "other")

# Duration units in months (date part) or hours (time part); both spellings of each long unit.
_MONTHS = {"Y": 12, "Q": 3, "M": 1, "E": 120, "DE": 120, "C": 1200, "CE": 1200, "L": 12000, "ML": 12000}
_DAYS = {"W": 7, "D": 1}
_HOURS = {"H": 1}
_PART = re.compile(r"(\d+(?:\.\d+)?|X)(ML|DE|CE|[YQMEWDCLHS])")
_SHIFT_WORDS = re.compile(r"\b(?:ago|earlier|later|before|after|since|previous|following|next|last|this|that|fiscal)\b", re.I)
_YEAR_IN_TEXT = re.compile(r"(?<!['\u2019\d])\b(1[6-9]\d\d|20\d\d)\b")
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(v.MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_DAY_AFTER_MONTH = re.compile(r"^\s*(\d{1,2})(?!\d)")
_WEEKDAY_ONLY = re.compile(r"^(?:on\s+)?(" + "|".join(v.WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?[.,]?$", re.I)
_LENGTH = re.compile(r"^(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+)?(?:the\s+(?:past|last|next|first)\s+)?"
                     r"(?P<n>[\w-]+(?:\s+(?:hundred|thousand))?)[\s-]+(?P<u>year|month|week|day|decade|centur)(?:s|y|ies)?[.,]?$", re.I)
_UNIT_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "centur": "CE"}


def canonical(value: str) -> str:
    """One spelling for values that mean the same."""
    value = value.strip()
    if value.startswith("P"):
        return _canonical_duration(value)
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"T(\d\d)$", r"T\1:00", value)
    if re.fullmatch(r"\d{3}X?", value):
        return value[:3]  # a decade
    if re.fullmatch(r"\d\dXX", value):
        return value[:2]  # a century
    return value


def _canonical_duration(value: str) -> str:
    date_part, _, time_part = value[1:].partition("T")
    months = days = hours = 0.0
    vague = []
    for amount, unit in _PART.findall(date_part):
        scale = _MONTHS.get(unit), _DAYS.get(unit)
        if amount == "X":
            vague.append({"E": "DE", "C": "CE", "L": "ML", "Q": "M"}.get(unit, unit))
        elif scale[0]:
            months += float(amount) * scale[0]
        elif scale[1]:
            days += float(amount) * scale[1]
    for amount, unit in _PART.findall(time_part):
        if amount == "X":
            vague.append("T" + unit)
        elif unit in _HOURS:
            hours += float(amount)
        else:
            return value
    if hours and hours % 24 == 0 and not days:
        days, hours = hours / 24, 0.0
    if vague:
        return "PX" + "".join(sorted(vague))
    return f"P{months:g}M{days:g}D{hours:g}H"


def contradicts_text(text: str, gold: str, gold_type: str, dct: dt.date | None) -> bool:
    """Whether the gold value says a year, month, day, weekday or length other than the one written."""
    if gold_type == "DURATION":
        m = _LENGTH.match(text.strip())
        n = number(m.group("n")) if m else None
        g = re.fullmatch(r"P(\d+(?:\.\d+)?)(DE|CE|[YMWDELC])", gold)
        if n is None or not g:
            return False
        return canonical(f"P{n:g}{_UNIT_LETTER[m.group('u').lower()]}") != canonical(gold)
    if gold_type not in ("DATE", "TIME") or not re.match(r"\d{4}", gold):
        return False
    shifted = bool(_SHIFT_WORDS.search(text))
    year = _YEAR_IN_TEXT.search(text)
    if year and not shifted and not gold.startswith(year.group(1)):
        return True
    month = _MONTH_WORD.search(text)
    gold_month = re.match(r"\d{4}-(\d\d)(?:-(\d\d))?", gold)
    if month and gold_month and not re.search(r"\b(?:ago|earlier|later|before|after)\b", text, re.I):
        if v.MONTHS[month.group(1).lower().rstrip(".")] != int(gold_month.group(1)):
            return True
        day = _DAY_AFTER_MONTH.match(text[month.end():])
        if day and gold_month.group(2) and int(day.group(1)) != int(gold_month.group(2)):
            return True
    weekday = _WEEKDAY_ONLY.match(text.strip())
    day = _date(gold)
    return bool(weekday and day and day.isoweekday() != v.WEEKDAYS[weekday.group(1).lower()])


def placeholder(text: str, gold: str, ours: str) -> bool:
    """Whether the gold leaves unknown or drops what ours fills in."""
    if "X" in gold and not gold.startswith("P") and not gold.endswith("_REF"):
        pattern = re.escape(gold.rstrip("X-") if re.search(r"(-XX)+$", gold) else gold).replace("X", r"\d")
        return re.fullmatch(pattern + r"(?:-.*)?", ours) is not None and ours != gold
    return bool(re.fullmatch(r"\d{4}-\d\d", gold) and re.fullmatch(re.escape(gold) + r"-\d\d", ours)
                and re.search(r"\b\d{1,2}\b", text))


def creation_date(text: str, gold: str, dct: dt.date | None) -> bool:
    day = _date(gold)
    return bool(dct and day and _WEEKDAY_ONLY.match(text.strip()) and abs((day - dct).days) > 7)


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if re.match(r"\d{4}-\d\d-\d\d", value) else None
    except ValueError:
        return None


def kind_of(text: str, gold: str, gold_type: str, ours: str, dct: dt.date | None) -> str:
    if canonical(gold) == canonical(ours):
        return "same-meaning"
    if contradicts_text(text, gold, gold_type, dct):
        return "contradicts-text"
    if placeholder(text, gold, ours):
        return "placeholder"
    if creation_date(text, gold, dct):
        return "creation-date"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sort the value disagreements of a TimeML evaluation into kinds.")
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--examples", type=int, default=6, help="examples printed per kind (default 6)")
    args = parser.parse_args(argv)
    files = sorted(args.gold_dir.rglob("*.tml"))
    if not files:
        print(f"value_audit: {args.gold_dir}: no .tml files", file=sys.stderr)
        return 2
    total = Tally()
    found_kinds: dict[str, list[str]] = defaultdict(list)
    for path in files:
        tally, _ = evaluate_document(path)
        total.add(tally)
        doc = read_timeml(path.read_text(encoding="utf-8"), path.stem)
        pairs, _ = pair_up(doc.timexes, tag(doc.text, doc.dct))
        for gold, system in pairs:
            if system is None or system.value == gold.value:
                continue
            kind = kind_of(gold.text, gold.value, gold.type, system.value, doc.dct)
            found_kinds[kind].append(f"{path.name}: {gold.text!r} gold {gold.value} ours {system.value} (dct {doc.dct})")
    scores = total.scores()
    relaxed_f1, agreed = scores["relaxed_f1"], total.value
    print(f"{total.relaxed} relaxed matches, {total.relaxed - total.value} value disagreements; "
          f"value F1 {scores['value_f1']:.4f}\n")
    print(f"{'kind':18s} {'count':>5s}   value F1 counting it and the kinds above as agreement")
    for kind in KINDS:
        items = found_kinds.get(kind, [])
        agreed += len(items) if kind != "other" else 0
        f1 = agreed / total.relaxed * relaxed_f1 if total.relaxed else 0.0
        print(f"{kind:18s} {len(items):5d}   {f1:.4f}" if kind != "other" else f"{kind:18s} {len(items):5d}")
    for kind in KINDS:
        items = found_kinds.get(kind, [])
        if items and args.examples:
            print(f"\n{kind}:")
            for line in items[:args.examples]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
