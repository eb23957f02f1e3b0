"""TimeML: each source document with its TIMEX3 annotations, for temporal-NLP tools.

TimeML is one document per file (a ``<TimeML>`` root with DOCID, DCT and TEXT), and the tools
that read it (the TempEval-3 scorer, TARSQI, CAEVO) take a directory of such files. Joining
several documents into one file would be invalid XML, and wrapping them under a made-up root
would be a format no tool reads. So the export is a zip archive holding one ``<document id>.tml``
per article: unzipped, it is exactly the directory those tools expect, and as one file it can go
to standard output or through the same atomic write as every other format.

The annotations are every temporal expression the engine found in the article's content
(durations, "now", sets and expressions that date no event included), as the TimeML tools
expect: the timeline keeps them (``Timeline.expressions``), so the export writes what the
timeline was built from and never runs the engine itself. A timeline that does not hold them
(one made by hand) gives the expressions its events rest on. Where an event rests on an expression,
the event's reading wins (it carries any correction made to it), except where the event's
date was worked out from another event ("several months before the inspection" dates a
retirement to 2010): the expression itself is still a duration, and a TIMEX3 value says what
the expression means, not what was inferred from it. Nothing is tagged inside
the spans that are not article content (front matter, navigation, captions): the text keeps
them, untagged, so offsets stay those of the file. In an article whose publication date is
unknown, the expressions that need it ("last year", "Monday") have no value TimeML can state
and are left out; absolute ones ("March 2009") are tagged. The DCT is the publication date. The TimeML
itself is written by ``timeline.timeml.write_timeml``, shared with ``timeline tag``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence

from ..model import Anchoring, TemporalExpression, Timeline
from .registry import Format, Options, register
from .timeml import write_timeml

# A fixed timestamp for the archive members: the same timeline always gives the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def event_expressions(timeline: Timeline) -> dict[str, dict[tuple[int, int], TemporalExpression]]:
    """The expressions the timeline's events rest on, by document and span, each once
    (leaving out the readings worked out from another event)."""
    found: dict[str, dict[tuple[int, int], TemporalExpression]] = {}
    for event in timeline.events:
        for mention in event.mentions:
            timex = mention.timex
            if timex.anchoring is Anchoring.EVENT:
                continue
            found.setdefault(mention.document, {}).setdefault((timex.span.start, timex.span.end), timex)
    return found


def expressions(
    found: Sequence[TemporalExpression], dating: dict[tuple[int, int], TemporalExpression]
) -> tuple[TemporalExpression, ...]:
    """Every expression of a document in text order: those the engine ``found`` in its content,
    with the events' own readings (``dating``, by span) in place of any they overlap."""
    taken = sorted(dating)
    kept = list(dating.values())
    for timex in found:
        if timex.anchoring is Anchoring.UNRESOLVED and timex.value.startswith("UNDEF"):
            continue  # needs an anchor the article lacks (its publication date, or a finer date to count from)
        span = (timex.span.start, timex.span.end)
        if not any(start < span[1] and span[0] < end for start, end in taken):
            kept.append(timex)
    return tuple(sorted(kept, key=lambda t: (t.span.start, t.span.end)))


def member_name(doc_id: str) -> str:
    """A safe file name for a document id (no directories, no surprises when unzipped)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "document"
    return f"{safe}.tml"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids, each replaced by U+FFFD (offsets kept)."""
    return _NOT_XML.sub("\ufffd", text)


def documents(timeline: Timeline) -> dict[str, str]:
    """File name -> TimeML text, one per document."""
    dating = event_expressions(timeline)
    out: dict[str, str] = {}
    for doc in timeline.documents:
        name = member_name(doc.id)
        n = 1
        while name in out:  # two ids that only differ in unsafe characters
            n += 1
            name = member_name(f"{doc.id}-{n}")
        found = timeline.expressions_of(doc.id) or ()
        out[name] = write_timeml(doc.id, doc.published, xml_safe(doc.text), expressions(found, dating.get(doc.id, {})))
    return out


def render(timeline: Timeline, _options: Options) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in documents(timeline).items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


register(Format("timeml", ".zip", "TimeML: a zip of one .tml file per article, with TIMEX3 tags", render, binary=True))
