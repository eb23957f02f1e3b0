"""Reading and writing TimeML, the annotation format of TimeBank and the TempEval tasks."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from attrs import frozen

from ..model import Span, TemporalExpression
from ..timex.values import placeholder

# Characters XML 1.0 cannot hold at all, not even as references (form feed, ESC, ...): each is
# written as U+FFFD, one character for one, so the text keeps its length and offsets.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def escape(text: str) -> str:
    """``text`` as XML character data."""
    # Imported here: xml.sax.saxutils imports urllib.request (http, ssl, email), which reading
    # TimeML, the evaluation's and the tagger's cold start, does not need.
    from xml.sax.saxutils import escape as xml_escape

    return xml_escape(_NOT_XML.sub("\ufffd", text))


def quoteattr(text: str) -> str:
    """``text`` as a quoted XML attribute value."""
    from xml.sax.saxutils import quoteattr as xml_quoteattr

    return xml_quoteattr(_NOT_XML.sub("\ufffd", text))


class TimeMLError(ValueError):
    """A file that is not usable TimeML; the message is meant for the user."""


@frozen
class GoldTimex:
    """A TIMEX3 annotation read from a TimeML file, offsets into the TEXT content."""

    span: Span
    text: str
    type: str
    value: str
    mod: str | None


@frozen
class TimeMLDocument:
    """A TimeML file: its id, creation time (DCT), plain TEXT content and its TIMEX3 annotations."""

    doc_id: str
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...]
    source: str
    note: str | None = None  # something about the file the reader should hear (an unusable DCT)


MAX_DEPTH = 200  # elements inside TEXT; TimeML nests a few levels


def read_timeml(source: str, doc_id: str = "") -> TimeMLDocument:
    """Parse TimeML text. The TEXT element's content with every tag removed becomes ``text``."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise TimeMLError(f"not well-formed XML: {exc}") from None
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise TimeMLError("no TEXT element")
    dct = None
    note = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value", "")
            dct = _date(value)
            if dct is None:
                note = f"the CREATION_TIME value {value[:40]!r} is not a date; ignored"
            break
    if not doc_id:
        doc_el = root.find(".//DOCID")
        doc_id = (doc_el.text or "").strip() if doc_el is not None else ""
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(text_el, parts, timexes, inside_text=True)
    return TimeMLDocument(doc_id, dct, "".join(parts), tuple(timexes), source, note)


def _walk(element: ET.Element, parts: list[str], timexes: list[GoldTimex], inside_text: bool) -> None:
    """Append the text under ``element`` to ``parts``, recording each TIMEX3's offsets (one pass)."""
    offset = sum(map(len, parts))

    def visit(node: ET.Element, depth: int = 0) -> None:
        nonlocal offset
        if depth > MAX_DEPTH:
            raise TimeMLError(f"elements nested more than {MAX_DEPTH} deep in TEXT; not read")
        if node.text:
            parts.append(node.text)
            offset += len(node.text)
        for child in node:
            start = offset
            visit(child, depth + 1)
            if child.tag == "TIMEX3":
                text = _tail_text(parts, offset - start)
                timexes.append(
                    GoldTimex(
                        Span(start, offset),
                        text,
                        child.get("type", ""),
                        child.get("value", ""),
                        child.get("mod") or None,
                    )
                )
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)

    visit(element)


def _tail_text(parts: list[str], length: int) -> str:
    """The last ``length`` characters of the joined ``parts`` without joining them all."""
    pieces: list[str] = []
    need = length
    for part in reversed(parts):
        if need <= 0:
            break
        pieces.append(part[-need:] if need < len(part) else part)
        need -= len(part)
    return "".join(reversed(pieces))


def _date(value: str) -> dt.date | None:
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def annotate(text: str, expressions: Sequence[TemporalExpression]) -> str:
    """``text`` XML-escaped, with a TIMEX3 element around each expression (tids t1, t2, ...)."""
    out: list[str] = []
    pos = 0
    ordered = sorted(expressions, key=lambda t: t.span.start)
    tids = {timex.span: f"t{n}" for n, timex in enumerate(ordered, start=1)}
    for timex in ordered:
        if timex.span.start < pos:
            continue  # overlapping expressions cannot both be tagged in XML
        out.append(escape(text[pos : timex.span.start]))
        # An expression left unresolved (no publication date, or nothing fine enough to count
        # from) gets the placeholder value TimeML writes for it: "last November" is XXXX-11.
        value = placeholder(timex.underspecified or "") if timex.value.startswith("UNDEF-") else timex.value
        attrs = f'tid="{tids[timex.span]}" type="{timex.type.value}" value={quoteattr(value)}'
        if timex.mod:
            attrs += f" mod={quoteattr(timex.mod)}"
        attrs += f' temporalFunction="{"false" if timex.anchoring.value in ("absolute", "unanchored") else "true"}"'
        attrs += ' functionInDocument="NONE"'
        if timex.anchoring.value == "publication":
            attrs += ' anchorTimeID="t0"'
        elif timex.anchoring.value == "previous" and timex.anchor in tids:
            attrs += f' anchorTimeID="{tids[timex.anchor]}"'
        out.append(f"<TIMEX3 {attrs}>{escape(text[timex.span.start : timex.span.end])}</TIMEX3>")
        pos = timex.span.end
    out.append(escape(text[pos:]))
    return "".join(out)


def write_timeml(doc_id: str, dct: dt.date | None, text: str, expressions: Sequence[TemporalExpression]) -> str:
    """A complete TimeML document, readable by the TempEval-3 tools."""
    dct_xml = ""
    if dct is not None:
        dct_xml = (
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n\n'
        )
    return (
        '<?xml version="1.0" ?>\n'
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n\n{dct_xml}<TEXT>{annotate(text, expressions)}</TEXT>\n\n</TimeML>\n"
    )
