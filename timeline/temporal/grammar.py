"""The shape of the grammar: a rule pairs a pattern with a normaliser, and yields a Reading.

A ``Reading`` is what a rule makes of a match before any anchoring: the TIMEX3 type, either a
finished value ("2009-02", "P18M", "PRESENT_REF") or a typed ``Spec`` saying how to work it out
(``spec(dct(Shift("year", -1)))`` for "last year"), and the mod. Specs are frozen values
(``timeline/timex/spec.py``): one or more alternatives tried in order, each a base (DCT the
publication date, REF the date told about last, REFQ/LASTQ the quarter being reported on), an
operation (This, Shift, Weekday, Month, MonthDay, Quarter, Season, Holiday, NthWeekday, Weekend,
InYear, Year) and an optional suffix (part of day, clock time, WE, WEEK, QUARTER, D+1/D-1, PE,
part of a year). ``anchoring.py`` works them out; their string form
("DCT:shift:year:-1") is only what is stored on the expression
(``TemporalExpression.underspecified``) so it can be re-resolved against another publication
date.

Rules live in the ``rules_*.py`` modules; the order in which they are tried is ``order.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

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


class Groups(Mapping[str, str | None]):
    """The named groups of a rule's match: ``g["m"]`` is the text of group ``m``, or None when
    it did not take part. ``g.text("m")`` is for a group the pattern always fills there (or the
    first of several alternatives, ``g.text("m", "m2")``)."""

    __slots__ = ("_found",)

    def __init__(self, found: dict[str, str]) -> None:
        self._found = found

    def __getitem__(self, key: str) -> str | None:
        return self._found.get(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)

    def text(self, *keys: str) -> str:
        """The text of the first of ``keys`` that took part in the match."""
        for key in keys:
            found = self._found.get(key)
            if found is not None:
                return found
        raise KeyError(f"no group {' or '.join(keys)} in the match")


Normaliser = Callable[[Groups, Context], "Reading | None"]


@frozen
class Rule:
    r"""One line of the grammar: a name, a pattern, a normaliser and examples it must handle.

    ``pattern`` is a verbose, case-insensitive regular expression (whitespace is ignored; write
    ``\s+`` for a gap). Its named groups are private to the rule (each rule is compiled on its own).
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
