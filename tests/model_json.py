"""JSON conversion of the domain model, through one shared cattrs converter.

Used for the round trip of whole timelines (the cache, tests) and as the building block of the
JSON export. Dates travel as ISO strings, enums as their values, tuples as lists.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

from cattrs.preconf.json import make_converter

from timeline.model import Timeline

T = TypeVar("T")

converter = make_converter()
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def unstructure(value: Any) -> Any:
    """Any model value as plain JSON-ready data."""
    return converter.unstructure(value)


def structure(data: Any, cls: type[T]) -> T:
    """Plain data back into a model value of class ``cls``."""
    return converter.structure(data, cls)


def timeline_to_json(timeline: Timeline) -> str:
    return json.dumps(unstructure(timeline), ensure_ascii=False)


def timeline_from_json(text: str) -> Timeline:
    return structure(json.loads(text), Timeline)
