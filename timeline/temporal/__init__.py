"""The temporal engine: find temporal expressions in English news text and resolve them.

``tag(text, dct)`` returns every expression with its TIMEX3 value, granularity, interval and
an explanation of how it was resolved. It runs in two passes, as HeidelTime does:

1. ``scanner.scan`` runs one compiled alternation of the grammar (``rules_*.py``, built from
   ``vocabulary.py`` and ``patterns.py``) over the text; each rule's normaliser turns its
   match into a finished value or a *spec* such as ``DCT:shift:year:-1``.
2. ``anchoring.resolve`` works the specs out against the publication date (DCT) or the date
   mentioned before (REF).

``reanchor(expressions, dct)`` repeats only the second pass, for a corrected publication date.
"""

from __future__ import annotations

import datetime as dt

from ..model import TemporalExpression
from .anchoring import reanchor, resolve
from .scanner import scan

__all__ = ["reanchor", "tag"]


def tag(text: str, dct: dt.date | None = None, *, day_first: bool = True) -> tuple[TemporalExpression, ...]:
    """Every temporal expression in ``text``, in text order.

    Without ``dct`` the expressions that need it are returned with ``Anchoring.UNRESOLVED``
    and a symbolic value (``UNDEF-DCT:shift:year:-1``); they are never anchored on today.
    ``day_first`` reads "12/09/2019" as 12 September (British usage); False reads it as
    9 December.
    """
    if not text:
        return ()
    return resolve(scan(text, day_first), dct)
