"""The second pass: turning specs into TIMEX3 values against the publication date (DCT) or the
date mentioned before (REF), with the interval covered and an explanation for the user.

It works on the specs alone, never on the text, so re-anchoring a document on a corrected
publication date is this pass run again (``reanchor``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from attrs import evolve, frozen

from ..model import Anchoring, Granularity, Interval, Span, TemporalExpression, TimexType
from ..timex.spec import (
    PART_HOURS,
    Alternative,
    Base,
    Clock,
    DayShift,
    Direction,
    Marker,
    Month,
    MonthDay,
    Offset,
    Operation,
    Shift,
    Spec,
    This,
    YearOffset,
)
from ..timex.spec_parse import parse
from ..timex.values import (
    describe,
    describe_day,
    describe_duration,
    granularity,
    interval,
    with_mod,
)
from .operations import Anchor, Unresolvable, apply, with_suffix
from .rule_helpers import PARTS_OF_DAY

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
    spec: str | Spec  # a finished value, or how to work it out
    mod: str | None
    rule: str
    note: str = ""


@frozen
class _Told:
    """An expression resolved earlier in the text, a candidate REF, with the spec it came from."""

    expression: TemporalExpression
    spec: Spec | None


def resolve(found: Iterable[Found | TemporalExpression], dct: dt.date | None) -> tuple[TemporalExpression, ...]:
    """Every match resolved in text order; each resolved date becomes the next REF.

    Expressions that need no anchor may be passed already resolved; they are kept as they are.
    """
    out: list[TemporalExpression] = []
    previous: list[_Told] = []
    for item in found:
        if isinstance(item, TemporalExpression):
            expression: TemporalExpression | None = item
            spec = None
        else:
            expression = _resolve_one(item, dct, previous)
            spec = item.spec if isinstance(item.spec, Spec) else None
        if expression is None:
            continue
        out.append(expression)
        if (
            expression.interval is not None
            and expression.type in (TimexType.DATE, TimexType.TIME)
            and not _is_comparison(expression, spec)
        ):
            previous.append(_Told(expression, spec))
    return tuple(out)


def reanchor(expressions: Sequence[TemporalExpression], dct: dt.date | None) -> tuple[TemporalExpression, ...]:
    """The same expressions re-resolved against another publication date, without re-reading the text.

    The spec of each is read back from its stored form (``underspecified``)."""
    found = [
        e if e.underspecified is None else Found(e.span, e.text, e.type, parse(e.underspecified), e.mod, e.rule)
        for e in expressions
    ]
    return resolve(found, dct)


def _resolve_one(item: Found, dct: dt.date | None, previous: list[_Told]) -> TemporalExpression | None:
    spec = item.spec
    if not isinstance(spec, Spec):
        return _absolute(item, spec)
    for alternative in spec.alternatives:
        op, suffix = alternative.op, alternative.suffix
        match alternative.base:
            case Base.REFQ | Base.LASTQ:
                # The period a comparison looks back from is one being reported on, begun by
                # publication: not "losses through the third quarter of 1990" forecast before it.
                looks_back = isinstance(op, Shift) and op.unit == "year" and op.n < 0
                anchor = _quarter_reference(
                    previous, only_inside_after=alternative.base is Base.REFQ, begun_by=dct if looks_back else None
                )
                if anchor is None:
                    continue
                anchoring = Anchoring.PREVIOUS
            case Base.REF:
                coarse = _too_coarse(op, previous)
                # "warned in September 2020 and again a fortnight later": counted from the month
                # told just before, not from a day told paragraphs earlier.
                near = coarse is not None and item.span.start - coarse.span.end <= COUNTED_REACH
                clock = suffix if isinstance(suffix, Clock) and op == Shift("day", 0) else None
                anchor = None if near else _reference(op, previous, clock)
                coarse = coarse if anchor is None else None
                if coarse is not None:
                    # "jailed in 2009 and released nine months later": counted from 2009, whose month
                    # is not given; publication is not the anchor.
                    return _unresolved(
                        item,
                        spec,
                        f"{item.text}: counted from {coarse.text} ({describe(coarse.value)}), "
                        f"which does not give the {_needed(op).value}",
                        alternative,
                    )
                if anchor is None:
                    continue
                anchoring = Anchoring.PREVIOUS
            case Base.DCT:
                if dct is None:
                    return _unresolved(item, spec)
                anchor = Anchor(dct.isoformat(), None, f"publication ({describe_day(dct)})")
                anchoring = Anchoring.PUBLICATION
                try:
                    story = _story_day(op, item.span, previous, dct)
                except (Unresolvable, ValueError, OverflowError):  # at the calendar's ends: as usual
                    story = None
                if story is not None:  # "on 2 April 2022. He died on 5 April.": that April's
                    op, anchor, anchoring = story, _anchor_of(previous[-1].expression), Anchoring.PREVIOUS
        try:
            value, reason = apply(op, anchor, alternative.base is not Base.DCT)
        except (Unresolvable, ValueError, OverflowError, IndexError, KeyError):
            return _unplaced(item, spec, anchor)
        match suffix:
            case DayShift(days=days):
                reason = f"the day {'after' if days > 0 else 'before'} {describe(value)} ({reason})"
            case Offset(unit=unit, n=n):
                amount = f"{abs(n)} {unit}{'s' if abs(n) != 1 else ''}"
                reason = f"{amount} {'after' if n > 0 else 'before'} {describe(value)} ({reason})"
            case Marker.QUARTER:
                reason = f"the calendar quarter of its closing day, {describe(value)} ({reason})"
            case _ if op == This("quarter") and alternative.base is Base.LASTQ:
                reason = f"the quarter told about, {anchor.label}"
        try:
            value = with_suffix(value, suffix)
        except (ValueError, OverflowError):
            return _unplaced(item, spec, anchor)
        span = interval(value)
        if span is None:
            return _unplaced(item, spec, anchor)
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
            str(spec),
            anchor.span,
        )
    if dct is None:
        return _unresolved(item, spec)
    return _unresolved(item, spec, f"{item.text}: nothing told before it to count from")


def _unplaced(item: Found, spec: Spec, anchor: Anchor) -> TemporalExpression:
    """What cannot be placed from this anchor ("Feb. 29" in a year without one, "next year"
    from 9999) is kept, unresolved and saying why, not dropped: re-anchoring on another
    publication date may place it, as tagging afresh would."""
    return _unresolved(item, spec, f"{item.text}: counted from {anchor.label}, it falls on no day of the calendar")


def _absolute(item: Found, value: str) -> TemporalExpression | None:
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
    days = interval(value)
    if days is None:
        return None
    return TemporalExpression(
        item.text,
        item.span,
        item.type,
        value,
        item.mod,
        granularity(value),
        days,
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


def _unresolved(
    item: Found, spec: Spec, explanation: str | None = None, symbolic: Alternative | None = None
) -> TemporalExpression:
    symbolic = symbolic or spec.last  # by default the publication-date reading, the one missing
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
        str(spec),
        None,
    )


STORY_DAYS = 45  # how soon after a date given in full a day without its year is taken to follow it
# Characters: how close before it that date must be told: a day a sentence or two before, a
# month in the same clause ("collapsed in April 2022 and died on 5 April"; not "the August 1988
# cease-fire. [...] the invasion of Kuwait on Aug. 2" of an article of August 1990).
STORY_REACH_DAY, STORY_REACH_MONTH = 300, 100
_TOLD_IN_THE_PAST = (Direction.PAST, Direction.NEAR)


def _story_day(op: Operation, span: Span, previous: list[_Told], dct: dt.date) -> Operation | None:
    """A day given without its year ("5 April") told right after a date given in full of
    another year ("found on 2 April 2022. He died on 5 April."; "collapsed in April 2022 and died
    on 5 April"): the day that follows that date within ``STORY_DAYS``, as ``MonthDay`` counted
    from it, when the text speaks of the past. An article tells what followed the date it has
    just given; read from publication, the day would be years off. None when the rule does not
    apply, or gives the day publication gives (the publication's year, read as usual)."""
    if isinstance(op, Month):
        if op.when not in _TOLD_IN_THE_PAST:
            return None
    elif not isinstance(op, MonthDay) or op.weekday is not None or op.direction not in _TOLD_IN_THE_PAST:
        return None
    if not previous:
        return None
    last = previous[-1].expression
    told = last.interval
    if (
        last.anchoring not in (Anchoring.ABSOLUTE, Anchoring.PREVIOUS)  # a date of the story, not of publication
        or told is None
        or last.granularity is None
        or last.granularity.rank < Granularity.MONTH.rank
        or span.start - last.span.end > _story_reach(last.granularity)
    ):
        return None
    # The reading from the date told (the first such day or month from it) against the usual one
    later = Month(op.month, Direction.FUTURE) if isinstance(op, Month) else evolve(op, direction=Direction.FUTURE)
    story = interval(apply(later, _anchor_of(last), True)[0])
    usual = apply(op, Anchor(dct.isoformat(), None, ""), False)[0]
    limit = STORY_MONTH_DAYS if isinstance(op, Month) else STORY_DAYS
    if story is None or story == interval(usual) or story.end < told.start or (story.start - told.start).days > limit:
        return None
    return later


STORY_MONTH_DAYS = 100  # how soon after a date given in full a month without its year may follow it


def _story_reach(granularity: Granularity) -> int:
    return STORY_REACH_DAY if granularity.rank >= Granularity.DAY.rank else STORY_REACH_MONTH


def _anchor_of(expression: TemporalExpression) -> Anchor:
    return Anchor(expression.value, expression.span, f"{expression.text} ({describe(expression.value)})")


COUNTED_REACH = 30  # characters: a count of units this close after a date (its clause) is counted from it


def _too_coarse(op: Operation, previous: list[_Told]) -> TemporalExpression | None:
    """The date told about last, when a count of units from it ("two days later") needs a finer one."""
    if not isinstance(op, Shift) or op.n == 0 or not previous:
        return None
    last = previous[-1].expression
    if last.granularity is None or last.value in _VAGUE or last.granularity.rank >= _needed(op).rank:
        return None
    return last


def _needed(op: Operation) -> Granularity:
    match op:
        case This(unit=unit) | Shift(unit=unit):
            return _UNIT_GRANULARITY.get(unit, Granularity.DAY)
        case Month(when=YearOffset()):  # "October that year": a year is enough
            return Granularity.YEAR
    return Granularity.DAY


def _reference(op: Operation, previous: list[_Told], clock: Clock | None = None) -> Anchor | None:
    """The date told last that is fine enough for ``op``; for a bare clock time (``clock``), the
    last day whose part of the day holds that hour, if any is: "arrested him Wednesday afternoon
    in connection with Tuesday night's shooting [...] taken into custody at about 3 p.m." is
    Wednesday's 3 p.m., not a Tuesday night's."""
    needed = _needed(op)
    nearest: Anchor | None = None
    for told in reversed(previous):
        expression = told.expression
        gran = expression.granularity
        if gran is None or gran.rank < needed.rank:
            continue  # "the following day" needs a day, not a month
        if gran is Granularity.SEASON and needed is not Granularity.YEAR:
            continue
        holds = None if clock is None else _holds(expression, clock)
        if nearest is None:
            if holds is not False:  # no clock, a plain day, or a part of the day that holds it
                return _anchor_of(expression)
            nearest = _anchor_of(expression)  # "Tuesday night", for a 3 p.m.: look further back
        elif holds:
            return _anchor_of(expression)  # "Wednesday afternoon"
    return nearest


def _holds(expression: TemporalExpression, clock: Clock) -> bool | None:
    """Whether the part of the day a day is told with (in its value, "TNI", or in its words,
    "Tuesday night" tagged as the day) covers the clock's hour (a night the small hours after it
    too); None when it is told with none."""
    value = expression.value
    part = value[11:] if len(value) > 11 and value[10] == "T" else ""
    if part not in PART_HOURS:
        words = expression.text.lower().split()
        part = PARTS_OF_DAY.get(words[-1], "") if words else ""
    if part not in PART_HOURS:
        return None
    low, high = PART_HOURS[part]
    hour = clock.hour + clock.minute / 60
    return low <= hour <= high or low <= hour + 24 <= high


def _is_comparison(expression: TemporalExpression, spec: Spec | None) -> bool:
    """ "a year earlier", "year-ago": a point of comparison, never the topic later text refers to."""
    if spec is None:
        return False
    year_back = any(
        isinstance(alternative.op, Shift) and alternative.op.unit == "year" and alternative.op.n < 0
        for alternative in spec.alternatives
    )
    first = spec.first
    return (expression.anchoring is Anchoring.PREVIOUS and year_back) or (
        first.base in (Base.REFQ, Base.LASTQ) and not isinstance(first.op, This)
    )


def _quarter_reference(
    previous: list[_Told], only_inside_after: bool = True, begun_by: dt.date | None = None
) -> Anchor | None:
    """The last quarter mentioned, if nothing but dates inside it came after it: "profit rose from
    a year ago" after "the third quarter ended Sept. 30" compares quarters. A phrase that says
    "quarter" itself ("the 1988 quarter") takes the last quarter mentioned whatever came after.
    With ``begun_by``, quarters that had not begun by then are passed over."""
    for index in range(len(previous) - 1, -1, -1):
        last = previous[index].expression
        if last.granularity is Granularity.QUARTER and last.interval is not None:
            if begun_by is not None and last.interval.start > begun_by:
                continue
            inside = not only_inside_after or all(
                _inside(told.expression, last.interval) or _closes_period(told.spec) for told in previous[index + 1 :]
            )
            return Anchor(last.value, last.span, f"{last.text} ({describe(last.value)})") if inside else None
    return None


def _inside(expression: TemporalExpression, period: Interval) -> bool:
    span = expression.interval
    return span is not None and span.start >= period.start and span.end <= period.end


def _closes_period(spec: Spec | None) -> bool:
    """ "ended Sept. 30": the closing day of a period told about (``@PE``)."""
    return spec is not None and spec.last.suffix is Marker.PE
