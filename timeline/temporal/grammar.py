"""The shape of the grammar: a rule pairs a pattern with a normaliser, and yields a Reading.

A ``Reading`` is what a rule makes of a match before any anchoring: the TIMEX3 type, either a
finished value ("2009-02") or a *spec* saying how to work it out ("DCT:shift:year:-1" for "last
year"), and the mod. Specs are plain strings so they can be kept on the expression
(``TemporalExpression.underspecified``) and re-resolved against another publication date.

Spec grammar (see ``anchoring.py``)::

    BASE:OP[:ARG...][@SUFFIX]     BASE = DCT (publication date) | REF (previously mentioned date)
                                  | REFQ (the last quarter mentioned, if only dates inside it followed)
                                  | LASTQ (the last quarter mentioned)
    this:UNIT                     the unit containing the base          ("this week", "that year")
    shift:UNIT:N                  the base moved N units                ("last year", "two days later")
    weekday:D:DIR                 weekday D (1 = Monday)                ("on Friday", "next Monday")
    month:M:DIR                   month M                               ("in January", "last November")
    monthday:M:D                  day D of month M, nearest year        ("1 April", "Sept. 30")
    quarter:Q:DIR, half:H:DIR, season:S:DIR
    SUFFIX = TEV/TMO/... (part of day), Thh:mm (clock time), WE (weekend), WEEK (the ISO
             week holding the day: "the week of March 6"), QUARTER (the quarter holding the day:
             "the quarter ended Sept. 30"), D+1 / D-1 ("the day after Christmas"),
             PE (the closing day of a period told about, "the quarter ended Sept. 30": the day
             itself, but it does not end the talk about that quarter)

DIR is one of past, future, near (tense unknown), last, next, this.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from attrs import frozen

from ..model import TimexType
from ..timex.spec import Spec


@frozen
class Reading:
    """What a rule made of a match: a value or a spec to resolve, its type and mod."""

    type: TimexType
    spec: str | Spec  # a finished value ("2009-02", "P18M") or how to work it out
    mod: str | None = None
    # Offsets to trim from the matched text (e.g. a trailing "'s"), rarely needed.
    trim_end: int = 0
    # What the value cannot say, for the explanation ("between 3 and 6 months").
    note: str = ""


@frozen
class Context:
    """What a normaliser may look at besides its own groups."""

    text: str
    start: int
    end: int
    day_first: bool


Groups = Mapping[str, Any]
Normaliser = Callable[[Groups, Context], "Reading | None"]


@frozen
class Rule:
    r"""One line of the grammar: a name, a pattern, a normaliser and examples it must handle.

    ``pattern`` is a verbose, case-insensitive regular expression (whitespace is ignored; write
    ``\s+`` for a gap). Its named groups are private to the rule (the scanner renames them).
    ``examples`` are (text, expected value) pairs checked by the test suite against the
    publication date Sunday 10 April 2011; brackets mark the extent when the text has context
    ("for [years]"); an empty value means the rule must refuse the text.
    """

    name: str
    pattern: str
    normalise: Normaliser
    examples: tuple[tuple[str, str], ...] = ()


def rule(name: str, pattern: str, examples: tuple[tuple[str, str], ...] = ()) -> Callable[[Normaliser], Rule]:
    """Decorator turning a normaliser function into a Rule."""

    def make(fn: Normaliser) -> Rule:
        return Rule(name, pattern.strip(), fn, examples)

    return make
