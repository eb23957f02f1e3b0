"""Lines of a web page that are not article content, as a table of named patterns.

Each rule is a regular expression matched against one stripped line. A line that matches is
excluded from analysis: it yields no dates, people or events, but stays in the text so that
offsets keep pointing into the original file. Adding a rule is adding a row (and a test).
"""

from __future__ import annotations

import re

from ..model import Span

# (name, pattern) — patterns are matched with re.fullmatch against the stripped line, ignoring case.
RULES: tuple[tuple[str, str], ...] = (
    # "Home   Kent   News   Article", "Home > News > UK", "News | Sport | Weather"
    (
        "navigation",
        r"(?:[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)?)(?:(?:\s{2,}|\s*[>|›»/]\s*)[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)?){2,9}",
    ),
    (
        "cookie banner",
        r".*\b(?:uses? (?:of )?cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b.*",
    ),
    ("image caption", r"(?:image|media|video) (?:caption|copyright|source)\b.*"),
    ("image caption", r".*\b(?:picture|photo|image)s? (?:posed by (?:a )?models?|posed)\b.*"),
    ("image caption", r"(?:picture|photo|image|pic|credit)s?\s*:.{0,80}"),
    (
        "related links",
        r"(?:more on this story|related (?:internet )?links|related (?:stories|articles|topics|content)|top stories|most (?:read|popular|watched)|features(?: & analysis)?|share this (?:page|article|story)|read more|advertisement|skip to (?:content|main content))\W*",
    ),
    ("site disclaimer", r"the bbc is not responsible for the content of external (?:sites|internet sites)\W*"),
    ("site disclaimer", r"(?:copyright|©|\(c\)) .{0,120}"),
    (
        "social",
        r"(?:follow us on|sign up (?:for|to) (?:our|the)|subscribe to (?:our|the)|share (?:on|via) (?:facebook|twitter|email)).{0,120}",
    ),
)

MAX_BANNER = 400  # characters: a longer line that mentions cookies is a paragraph, not a banner


def _compiled(pattern: str) -> tuple[re.Pattern[str], bool]:
    """The rule as matched: ``.*X.*`` is searched for ``X`` instead (the same answer on one line),
    and only in lines up to ``MAX_BANNER`` characters: a paragraph of an article that mentions
    cookies is content, and searching every paragraph of a large archive would cost half a
    millisecond a paragraph."""
    if pattern.startswith(".*") and pattern.endswith(".*") and len(pattern) > 4:
        return re.compile(pattern[2:-2], re.IGNORECASE), True
    return re.compile(pattern, re.IGNORECASE), False


_COMPILED = tuple((name, *_compiled(pattern)) for name, pattern in RULES)
# For each rule searched anywhere in a line (``.*X.*``): letters every match holds, looked for in
# the case-folded line before the rule is searched (a search costs ten times the look, and
# almost every line is article text). Case folding maps every character the case-blind rule
# takes for one of these letters onto it (the Kelvin sign onto "k", the long s onto "s").
NEEDED = {"cookie banner": "cook", "image caption": "pose"}
_NAV_CASE_SENSITIVE = re.compile(RULES[0][1])
_MAX_CAPTION_WORDS = 14


def classify_line(line: str) -> str | None:
    """The name of the boilerplate rule a line matches, or None for article content."""
    stripped = line.strip()
    if not stripped:
        return None
    folded = None
    for name, pattern, anywhere in _COMPILED:
        if name == "navigation":
            # Navigation is title-cased words only; matching it case-blind would eat sentences.
            if _NAV_CASE_SENSITIVE.fullmatch(stripped) and not stripped.endswith((".", '"', "”")):
                return name
            continue
        if anywhere:
            if len(stripped) > MAX_BANNER:
                continue
            folded = folded if folded is not None else stripped.casefold()
            if NEEDED[name] not in folded:
                continue
        if (pattern.search if anywhere else pattern.fullmatch)(stripped):
            return name
    return None


def find_boilerplate(text: str, start: int = 0) -> tuple[tuple[Span, str], ...]:
    """Spans (with the rule name) of every boilerplate line in ``text`` from offset ``start``.

    Besides the rules, a short line repeated verbatim on the next non-empty line is a duplicated
    image caption (pages often print a caption under the picture and again in its alt text).
    """
    lines: list[tuple[int, int, str]] = []
    pos = start
    for raw in text[start:].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append((pos, pos + len(body), body))
        pos += len(raw)
    found: dict[int, tuple[Span, str]] = {}
    content = [(a, b, s) for a, b, s in lines if s.strip()]
    for i, (a, b, body) in enumerate(content):
        name = classify_line(body)
        if name:
            found[a] = (_trimmed(text, a, b), name)
            continue
        if i + 1 < len(content):
            nxt = content[i + 1][2]
            if body.strip() == nxt.strip() and len(body.split()) <= _MAX_CAPTION_WORDS:
                found[a] = (_trimmed(text, a, b), "image caption")
                na, nb, _ = content[i + 1]
                found[na] = (_trimmed(text, na, nb), "image caption")
    return tuple(found[k] for k in sorted(found))


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
