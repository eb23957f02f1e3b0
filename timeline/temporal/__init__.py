"""The temporal engine: find temporal expressions in English news text and resolve them.

``tag(text, dct)`` returns every expression with its TIMEX3 value, granularity, interval and
an explanation of how it was resolved. It runs in two passes, as HeidelTime does:

1. ``scanner.scan`` tries the grammar where an expression may start: the rules of the
   ``rules_*.py`` modules (built from ``vocabulary.py`` and ``patterns.py``), tried in the
   order ``order.py`` states, each only where the word can begin it (``dispatch.py``). Each rule's normaliser turns its match into a finished value
   ("2009-02") or a typed ``Spec`` (``timeline.timex.spec``) saying how to work it out, such as
   ``spec(dct(Shift("year", -1)))`` for "last year"; the scanner settles tense-dependent
   directions.
2. ``anchoring.resolve`` works the specs out against the publication date (DCT) or the date
   mentioned before (REF), with the operations of ``operations.py``.

``reanchor(expressions, dct)`` repeats only the second pass, for a corrected publication date,
from the specs stored on the expressions (``underspecified``, read back with
``timeline.timex.spec_parse.parse``).
"""

from __future__ import annotations

import datetime as dt

from ..model import TemporalExpression
from .anchoring import reanchor, resolve
from .compose import counted_from, day_parts_joined, weekday_ranges
from .figure_order import day_first_in
from .scanner import scan

__all__ = ["reanchor", "tag"]


def tag(text: str, dct: dt.date | None = None, *, day_first: bool | None = None) -> tuple[TemporalExpression, ...]:
    """Every temporal expression in ``text``, in text order.

    Without ``dct`` the expressions that need it are returned with ``Anchoring.UNRESOLVED``
    and a symbolic value (``UNDEF-DCT:shift:year:-1``, the stored form of the spec); they are
    never anchored on today.
    ``day_first`` reads "12/09/2019" as 12 September (British usage); False reads it as
    9 December; None (the default) takes the order of the text's own unambiguous dates in
    figures ("10/23/66" is month first), else day first (``figure_order``).
    """
    if not text:
        return ()
    if day_first is None:
        day_first = day_first_in(text)
    return resolve(weekday_ranges(day_parts_joined(counted_from(scan(text, day_first), text), text), text), dct)
