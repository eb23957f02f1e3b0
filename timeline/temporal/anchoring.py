"""The second pass: turning specs into TIMEX3 values against the publication date (DCT) or the
date mentioned before (REF), with the interval covered and an explanation for the user.

It works on the specs alone, never on the text, so re-anchoring a document on a corrected
publication date is this pass run again (``reanchor``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from attrs import frozen

from ..model import Anchoring, Granularity, Interval, Span, TemporalExpression, TimexType
from ..timex.values import (
    PARTS_OF_A_YEAR,
    describe,
    describe_day,
    describe_duration,
    granularity,
    interval,
    shift_day,
    shift_value,
    value_at,
    with_mod,
)
from . import named_days

_UNIT_GRANULARITY = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER,
    "half": Granularity.HALF_YEAR,
    "year": Granularity.YEAR,
    "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
    "season": Granularity.SEASON,
}
_VAGUE = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@frozen
class Found:
    """A match of a rule, before anchoring."""

    span: Span
    text: str
    type: TimexType
    spec: str
    mod: str | None
    rule: str
    note: str = ""


@frozen
class _Anchor:
    value: str
    span: Span | None
    label: str  # how to name it in an explanation


class _Unresolvable(Exception):
    pass


def resolve(found: Iterable[Found | TemporalExpression], dct: dt.date | None) -> tuple[TemporalExpression, ...]:
    """Every match resolved in text order; each resolved date becomes the next REF.

    Expressions that need no anchor may be passed already resolved; they are kept as they are.
    """
    out: list[TemporalExpression] = []
    previous: list[TemporalExpression] = []
    for item in found:
        expression = item if isinstance(item, TemporalExpression) else _resolve_one(item, dct, previous)
        if expression is None:
            continue
        out.append(expression)
        if (
            expression.interval is not None
            and expression.type in (TimexType.DATE, TimexType.TIME)
            and not _is_comparison(expression)
        ):
            previous.append(expression)
    return tuple(out)


def reanchor(expressions: Sequence[TemporalExpression], dct: dt.date | None) -> tuple[TemporalExpression, ...]:
    """The same expressions re-resolved against another publication date, without re-reading the text."""
    found = [
        e if e.underspecified is None else Found(e.span, e.text, e.type, e.underspecified, e.mod, e.rule)
        for e in expressions
    ]
    return resolve(found, dct)


def _resolve_one(item: Found, dct: dt.date | None, previous: list[TemporalExpression]) -> TemporalExpression | None:
    spec = item.spec
    base_kind = spec.split(":", 1)[0]
    if base_kind not in ("DCT", "REF", "REFQ", "LASTQ"):
        return _absolute(item)
    for alternative in spec.split("|"):
        kind, _, op = alternative.partition(":")
        op, _, suffix = op.partition("@")
        if kind in ("REFQ", "LASTQ"):
            # The period a comparison looks back from is one being reported on, begun by
            # publication: not "losses through the third quarter of 1990" forecast before it.
            anchor = _quarter_reference(
                previous, only_inside_after=kind == "REFQ", begun_by=dct if op.startswith("shift:year:-") else None
            )
            if anchor is None:
                continue
            anchoring = Anchoring.PREVIOUS
            kind = "REF"
        elif kind == "REF":
            anchor = _reference(op, previous)
            coarse = _too_coarse(op, previous) if anchor is None else None
            if coarse is not None:
                # "jailed in 2009 and released nine months later": counted from 2009, whose month
                # is not given; publication is not the anchor.
                return _unresolved(
                    item,
                    f"{item.text}: counted from {coarse.text} ({describe(coarse.value)}), "
                    f"which does not give the {_needed(op).value}",
                    alternative,
                )
            if anchor is None:
                continue
            anchoring = Anchoring.PREVIOUS
        else:
            if dct is None:
                return _unresolved(item)
            anchor = _Anchor(dct.isoformat(), None, f"publication ({describe_day(dct)})")
            anchoring = Anchoring.PUBLICATION
        try:
            value, reason = _apply(op, anchor, kind == "REF")
        except (_Unresolvable, ValueError, OverflowError, IndexError, KeyError):
            return None
        if suffix in _DAY_SHIFTS:
            reason = f"the day {'after' if suffix == 'D+1' else 'before'} {describe(value)} ({reason})"
        elif suffix == "QUARTER":
            reason = f"the calendar quarter of its closing day, {describe(value)} ({reason})"
        elif op == "this:quarter" and alternative.startswith("LASTQ"):
            reason = f"the quarter told about, {anchor.label}"
        try:
            value = _with_suffix(value, suffix)
        except ValueError:
            return None
        span = interval(value)
        if span is None:
            return None
        gran = granularity(value)
        explanation = f"{item.text} → {with_mod(describe(value), item.mod)}: {reason}"
        return TemporalExpression(
            item.text,
            item.span,
            item.type,
            value,
            item.mod,
            gran,
            span,
            anchoring,
            explanation,
            item.rule,
            spec,
            anchor.span,
        )
    if dct is None:
        return _unresolved(item)
    return None


def _absolute(item: Found) -> TemporalExpression | None:
    value = item.spec
    if item.type in (TimexType.DURATION, TimexType.SET) or value in _VAGUE or value.startswith(("P", "XXXX")):
        return TemporalExpression(
            item.text,
            item.span,
            item.type,
            value,
            item.mod,
            None,
            None,
            Anchoring.UNANCHORED,
            f"{item.text} → {item.note or _describe_vague(item.type, value, item.mod)}",
            item.rule,
            None,
            None,
        )
    if value.startswith("FY"):
        year = int(value[2:])
        span = Interval(dt.date(year, 4, 1), dt.date(year + 1, 3, 31))
        return TemporalExpression(
            item.text,
            item.span,
            item.type,
            value,
            item.mod,
            Granularity.YEAR,
            span,
            Anchoring.ABSOLUTE,
            f"{item.text} → the financial year April {year} to March {year + 1}",
            item.rule,
            None,
            None,
        )
    span = interval(value)
    if span is None:
        return None
    return TemporalExpression(
        item.text,
        item.span,
        item.type,
        value,
        item.mod,
        granularity(value),
        span,
        Anchoring.ABSOLUTE,
        f"{item.text} → {with_mod(describe(value), item.mod)}: {item.note or 'given in full'}",
        item.rule,
        None,
        None,
    )


def _describe_vague(type_: TimexType, value: str, mod: str | None = None) -> str:
    if value == "PRESENT_REF":
        return "the present (no fixed date)"
    if value == "PAST_REF":
        return "some time in the past (no fixed date)"
    if value == "FUTURE_REF":
        return "some time in the future (no fixed date)"
    if type_ is TimexType.SET:
        if value.startswith("P"):
            return f"every {describe_duration(value).replace('1 ', '', 1)} ({value})"
        return f"a repeated time ({value})"
    return f"a length of time: {with_mod(describe_duration(value), mod)} ({value})"


def _unresolved(item: Found, explanation: str | None = None, symbolic: str | None = None) -> TemporalExpression:
    symbolic = symbolic or item.spec.split("|")[-1]  # by default the publication-date reading, the one missing
    return TemporalExpression(
        item.text,
        item.span,
        item.type,
        f"UNDEF-{symbolic}",
        item.mod,
        None,
        None,
        Anchoring.UNRESOLVED,
        explanation or f"{item.text}: relative to a publication date that is not known",
        item.rule,
        item.spec,
        None,
    )


def _too_coarse(op: str, previous: list[TemporalExpression]) -> TemporalExpression | None:
    """The date told about last, when a count of units from it ("two days later") needs a finer one."""
    parts = op.split(":")
    if parts[0] != "shift" or parts[2] == "0" or not previous:
        return None
    last = previous[-1]
    if last.granularity is None or last.value in _VAGUE or last.granularity.rank >= _needed(op).rank:
        return None
    return last


def _needed(op: str) -> Granularity:
    parts = op.split(":")
    if parts[0] in ("this", "shift"):
        return _UNIT_GRANULARITY.get(parts[1], Granularity.DAY)
    return Granularity.DAY


def _reference(op: str, previous: list[TemporalExpression]) -> _Anchor | None:
    needed = _needed(op)
    for expression in reversed(previous):
        gran = expression.granularity
        if gran is None or gran.rank < needed.rank:
            continue  # "the following day" needs a day, not a month
        if gran is Granularity.SEASON and needed is not Granularity.YEAR:
            continue
        return _Anchor(expression.value, expression.span, f"{expression.text} ({describe(expression.value)})")
    return None


def _is_comparison(expression: TemporalExpression) -> bool:
    """ "a year earlier", "year-ago": a point of comparison, never the topic later text refers to."""
    spec = expression.underspecified or ""
    return (expression.anchoring is Anchoring.PREVIOUS and ":shift:year:-" in spec) or (
        spec.startswith(("REFQ", "LASTQ")) and ":this:" not in spec.split("|", 1)[0]
    )


def _quarter_reference(
    previous: list[TemporalExpression], only_inside_after: bool = True, begun_by: dt.date | None = None
) -> _Anchor | None:
    """The last quarter mentioned, if nothing but dates inside it came after it: "profit rose from
    a year ago" after "the third quarter ended Sept. 30" compares quarters. A phrase that says
    "quarter" itself ("the 1988 quarter") takes the last quarter mentioned whatever came after.
    With ``begun_by``, quarters that had not begun by then are passed over."""
    for index in range(len(previous) - 1, -1, -1):
        last = previous[index]
        if last.granularity is Granularity.QUARTER:
            if begun_by is not None and last.interval.start > begun_by:
                continue
            inside = not only_inside_after or all(
                (e.interval.start >= last.interval.start and e.interval.end <= last.interval.end)
                or (e.underspecified or "").endswith("@PE")
                for e in previous[index + 1 :]
            )
            return _Anchor(last.value, last.span, f"{last.text} ({describe(last.value)})") if inside else None
    return None


def _base_day(anchor: _Anchor) -> dt.date:
    span = interval(anchor.value)
    if span is None:
        raise _Unresolvable(anchor.value)
    return span.start


def _plural(n: int, unit: str) -> str:
    word = {"century": "centuries"}.get(unit, unit + "s") if n != 1 else unit
    return f"{n} {word}"


def _apply(op: str, anchor: _Anchor, from_ref: bool) -> tuple[str, str]:
    parts = op.split(":")
    kind = parts[0]
    day = _base_day(anchor)
    if kind == "this":
        unit = parts[1]
        return value_at(day, unit), f"the {unit} of {anchor.label}"
    if kind == "shift":
        unit, n = parts[1], int(parts[2])
        if from_ref:
            ref_value = _truncate(anchor.value)
            ref_gran = granularity(ref_value)
            # "a year earlier" than a quarter is that quarter a year back; than a day, just the year.
            keep = (ref_gran is not None and ref_gran.rank <= Granularity.MONTH.rank) or unit in ("day", "week")
            moved = shift_value(ref_value, unit, n) if n and keep else None
            if moved is None:
                moved = value_at(shift_day(day, unit, n), unit)
            value = moved
        else:
            value = value_at(shift_day(day, unit, n), unit)
        if n == 0:
            return value, f"the {unit} of {anchor.label}"
        where = "before" if n < 0 else "after"
        amount = f"the {unit}" if abs(n) == 1 else _plural(abs(n), unit)
        return value, f"{amount} {where} {anchor.label}"
    if kind == "weekday":
        return named_days.weekday(day, int(parts[1]), parts[2], anchor.label)
    if kind == "month":
        return named_days.month(day, int(parts[1]), parts[2], anchor.label)
    if kind == "monthday":
        return named_days.monthday(
            day, int(parts[1]), int(parts[2]), parts[3], int(parts[4]) if len(parts) > 4 else None, anchor.label
        )
    if kind == "inyear":
        year = int(parts[1])
        return f"{year}{anchor.value[4:]}", f"the same part of {year} as {anchor.label}"
    if kind == "year":
        return parts[1], "the year named"
    if kind == "holiday":
        from .holidays import holiday

        name = parts[1].replace("_", " ")
        return named_days.yearly(day, lambda year: holiday(name, year), name.title(), parts[2], anchor.label)
    if kind == "nthweekday":  # "the first Thursday in May"
        return named_days.nth_weekday(day, int(parts[1]), int(parts[2]), int(parts[3]), parts[4], anchor.label)
    if kind == "weekend":
        return named_days.weekend(day, parts[1], anchor.label)
    if kind == "quarter":
        return named_days.quarter(day, int(parts[1]), parts[2], anchor.label)
    if kind == "season":
        return named_days.season(day, parts[1], parts[2], anchor.label)
    raise _Unresolvable(op)


def _truncate(value: str) -> str:
    """A REF value without its time of day: "the following day" after "Friday night" is Saturday."""
    return value.split("T", 1)[0]


_DAY_SHIFTS = {"D+1": 1, "D-1": -1}


def _with_suffix(value: str, suffix: str) -> str:
    if not suffix or suffix == "PE":
        return value
    if suffix == "WE":
        return f"{value}-WE" if "-W" in value else value
    if suffix == "WEEK":  # "the week of March 6": the ISO week holding the day
        return value_at(dt.date.fromisoformat(value[:10]), "week")
    if suffix == "QUARTER":  # "the quarter ended Sept. 30": the quarter holding its closing day
        return value_at(dt.date.fromisoformat(value[:10]), "quarter")
    if suffix in PARTS_OF_A_YEAR:  # "the first half of last year", "that summer": a part of the year worked out
        if granularity(value) is not Granularity.YEAR:
            raise ValueError(value)
        return f"{value}-{suffix}"
    if suffix in _DAY_SHIFTS:  # "the day after Christmas": a day, moved by one
        if granularity(value) is not Granularity.DAY:
            raise ValueError(value)
        return (dt.date.fromisoformat(value) + dt.timedelta(days=_DAY_SHIFTS[suffix])).isoformat()
    return f"{value}{suffix}"
