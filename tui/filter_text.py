"""The filter in words, for the header and the status line ("Paul Carter or Alex Gilroy · from 2010")."""

from __future__ import annotations

from timeline.model import Timeline
from timeline.query.filters import Filter

from .dates import day_label
from .sanitize import one_line


def describe_filter(timeline: Timeline, flt: Filter) -> str:
    parts = []
    if flt.people:
        names = {p.id: one_line(p.name) for p in timeline.people}
        joined = (" and " if flt.all_people else " or ").join(names.get(p, p) for p in flt.people)
        parts.append(f"people: {joined}")
    if flt.sources:
        labels = {d.id: one_line(d.label) for d in timeline.documents}
        shown = [labels.get(s, s) for s in flt.sources]
        parts.append("source: " + (shown[0] if len(shown) == 1 else f"{len(shown)} articles"))
    if flt.start and flt.end:
        parts.append(f"{day_label(flt.start)} – {day_label(flt.end)}")
    elif flt.start:
        parts.append(f"from {day_label(flt.start)}")
    elif flt.end:
        parts.append(f"until {day_label(flt.end)}")
    if flt.text:
        parts.append(f"text “{one_line(flt.text)}”")
    if flt.hide_coarse:
        parts.append("coarse dates hidden")
    return " · ".join(parts)
