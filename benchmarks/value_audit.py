"""Sort the value disagreements of the TempEval-3 evaluation into kinds, to see what is left to fix.

    python benchmarks/value_audit.py GOLD_DIR [--examples N]

The value score compares TIMEX3 values as strings. Some disagreements are not errors of ours:
the gold writes the same meaning another way, or its value contradicts the words it annotates.
Each disagreement on a relaxed match goes to the first kind whose test it passes. Every test
looks only at the two values, the annotated words and the creation date, never at which file
it is; and a kind other than ``same-meaning`` also requires our own value to agree with the
words, so that an error of ours is never filed as a problem of the gold:

1. ``same-meaning``: equal once spelled one way: P10Y = P1E = P1DE, P100Y = P1CE = P1C,
   P2000Y = P2L, PT24H = P1D, P9M = P3Q, 2000-W7 = 2000-W07, T17 = T17:00, and the decade
   199 = 199X (TimeBank writes the one, AQUAINT the other).
2. ``contradicts-text``: the gold value says a year, month, day, weekday or length other than
   the one written ("Sept. 27, 1989" as 1989-11-27, "Wednesday" on a Tuesday, "13 years" as
   P12Y), and ours does not.
3. ``placeholder``: the gold leaves unknown (X) a part ours fills in, with ours the same shape
   otherwise ("last week" as 1989-WXX, ours 1989-W43; "the quarter" as 1989-QX), or writes a
   bare year as 1968-XX where ours is 1968, or drops the day the words give ("Sept. 30" as
   1989-09, ours 1989-09-30). The gold gives nothing to check our filled-in part against.
4. ``creation-date``: a bare weekday the gold dates more than a week from the file's creation
   date, where ours is within a week of it and as precise as the gold: the story was written
   on another day than the file says.
5. ``other``: everything else: ours to fix, or readings the guidelines leave open.

For each kind it prints how many, a few examples, and the value F1 with that kind (and the
ones above it) left out of the scoring: value accuracy over the other relaxed matches, times
the relaxed F1. Leaving a kind out claims neither that ours is right nor that it is wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_eval import Tally, match_document, tally_of

from timeline.temporal import vocabulary as v
from timeline.temporal.numbers import number

KINDS = ("same-meaning", "contradicts-text", "placeholder", "creation-date", "other")

# Duration units in months (date part) or hours (time part); both spellings of each long unit.
_MONTHS = {"Y": 12, "Q": 3, "M": 1, "E": 120, "DE": 120, "C": 1200, "CE": 1200, "L": 12000, "ML": 12000}
_DAYS = {"W": 7, "D": 1}
_HOURS = {"H": 1}
_PART = re.compile(r"(\d+(?:\.\d+)?|X)(ML|DE|CE|[YQMEWDCLHS])")
_SHIFT_WORDS = re.compile(
    r"\b(?:ago|earlier|later|before|after|since|previous|following|next|last|this|that|fiscal)\b", re.I
)
_YEAR_IN_TEXT = re.compile(r"(?<!['\u2019\d])\b(1[6-9]\d\d|20\d\d)\b(?!\s*(?:GMT|UTC|BST|[ECMP][SD]T|hours)\b)")
# A month name and the day after it, if any ("Sept. 30", "October").
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(sorted(v.MONTHS, key=len, reverse=True)) + r")\b\.?(?:\s+(\d{1,2})(?!\d))?", re.I
)
_WEEKDAY_ONLY = re.compile(
    r"^(?:on\s+)?(" + "|".join(v.WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?[.,]?$", re.I
)
_LENGTH = re.compile(
    r"^(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+)?(?:the\s+(?:past|last|next|first)\s+)?"
    r"(?P<n>[\w-]+(?:\s+(?:hundred|thousand))?)[\s-]+(?P<u>year|month|week|day|decade|centur)(?:s|y|ies)?[.,]?$",
    re.I,
)
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
            vague.append({"E": "DE", "C": "CE", "L": "ML"}.get(unit, unit))
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


def contradicts_text(text: str, gold: str, gold_type: str) -> bool:
    """Whether a value says a year, month, day, weekday or length other than the one written."""
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
    years = {m.group(1) for m in _YEAR_IN_TEXT.finditer(text)}
    if years and not shifted and gold[:4] not in years:
        return True
    month = _MONTH_DAY.search(text)
    gold_month = re.match(r"\d{4}-(\d\d)(?:-(\d\d))?", gold)
    if month and gold_month and not re.search(r"\b(?:ago|earlier|later|before|after)\b", text, re.I):
        if v.MONTHS[month.group(1).lower().rstrip(".")] != int(gold_month.group(1)):
            return True
        if month.group(2) and gold_month.group(2) and int(month.group(2)) != int(gold_month.group(2)):
            return True
    weekday = _WEEKDAY_ONLY.match(text.strip())
    day = _date(gold)
    return bool(weekday and day and day.isoweekday() != v.WEEKDAYS[weekday.group(1).lower()])


def placeholder(text: str, gold: str, ours: str) -> bool:
    """Whether the gold leaves unknown, or drops, a part ours fills in, ours being the same otherwise."""
    bare = re.fullmatch(r"(\d{4})(?:-XX)+", gold)
    if bare:
        return ours == bare.group(1)  # a bare year written 1968-XX or 1994-XX-XX
    if "X" in gold and not gold.startswith("P") and not gold.endswith("_REF") and not re.fullmatch(r"\d{3}X", gold):
        return re.fullmatch(re.escape(gold).replace("X", r"\d"), ours) is not None
    said = _MONTH_DAY.search(text)
    return bool(
        said
        and said.group(2)
        and re.fullmatch(r"\d{4}-\d\d", gold)
        and ours.startswith(gold + "-")
        and ours[-2:] == f"{int(said.group(2)):02d}"
    )


def creation_date(text: str, gold: str, ours: str, dct: dt.date | None) -> bool:
    """Whether the gold dates a bare weekday more than a week from the creation date while ours,
    as precise as the gold, is within the week the words point to."""
    day, mine = _date(gold), _date(ours)
    return bool(
        dct
        and day
        and mine
        and _WEEKDAY_ONLY.match(text.strip())
        and abs((day - dct).days) > 7
        and abs((mine - dct).days) <= 7
        and gold[10:] == ours[10:]
    )


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if re.match(r"\d{4}-\d\d-\d\d", value) else None
    except ValueError:
        return None


def kind_of(text: str, gold: str, gold_type: str, ours: str, dct: dt.date | None) -> str:
    if canonical(gold) == canonical(ours):
        return "same-meaning"
    if contradicts_text(text, gold, gold_type) and not contradicts_text(text, ours, gold_type):
        return "contradicts-text"
    if placeholder(text, gold, ours):
        return "placeholder"
    if creation_date(text, gold, ours, dct):
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
        doc, pairs, spurious = match_document(path)
        total.add(tally_of(path, doc, pairs, spurious)[0])
        for gold, system in pairs:
            if system is None or system.value == gold.value:
                continue
            kind = kind_of(gold.text, gold.value, gold.type, system.value, doc.dct)
            found_kinds[kind].append(
                f"{path.name}: {gold.text!r} gold {gold.value} ours {system.value} (dct {doc.dct})"
            )
    scores = total.scores()
    relaxed_f1, left_out = scores["relaxed_f1"], 0
    print(
        f"{total.relaxed} relaxed matches, {total.relaxed - total.value} value disagreements; "
        f"value F1 {scores['value_f1']:.4f}\n"
    )
    print(f"{'kind':18s} {'count':>5s}   value F1 with it and the kinds above left out of the scoring")
    for kind in KINDS:
        items = found_kinds.get(kind, [])
        if kind == "other":
            print(f"{kind:18s} {len(items):5d}")
            continue
        left_out += len(items)
        scored = total.relaxed - left_out
        print(f"{kind:18s} {len(items):5d}   {total.value / scored * relaxed_f1 if scored else 0.0:.4f}")
    for kind in KINDS:
        items = found_kinds.get(kind, [])
        if items and args.examples:
            print(f"\n{kind}:")
            for line in items[: args.examples]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
