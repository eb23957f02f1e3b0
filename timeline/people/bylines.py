"""By-lines and credits: the names of whoever wrote the article or took its pictures.

"By Jane Smith, Associated Press Writer", "Reporting by Tom Jones; Editing by Ann Lee",
"Photo: Ann Lee/Getty Images", "(Photo by Ann Lee)". A name there is the article's author, not
a person the story is about, so it never becomes one of the article's people or an event's
participant. A by-line is a short paragraph of its own ("By the third round, Rahman..." is a
sentence, not a credit); the credit phrases are unambiguous wherever they stand.
"""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import first_name_gender

_BYLINE = re.compile(r"(?m)^[ \t]*(?:By|BY|Written by|Words by)[ \t]+(?=[A-Z])")
_CREDIT = re.compile(
    r"\b(?:(?:Additional )?[Rr]eporting by|[Ww]riting by|[Ee]diting by|[Ee]dited by|"
    r"(?:Photo|Photograph|Picture|Image)s?(?: by|:| credit:))[ \t]+(?=[A-Z])"
)
_NAMES = re.compile(r"[A-Z][\w.'’-]*(?:(?:[ \t]+|,[ \t]*|/)(?:and[ \t]+|of[ \t]+)?[A-Z][\w.'’-]*)*")
_MAX_BYLINE_WORDS = 14
_CUES = ("eporting by", "riting by", "diting by", "dited by", "Photo", "Picture", "Image")
# Words that follow an author's name in a by-line without a comma ("By Jane Smith Associated
# Press Writer", "By TOM LEE AP Business Writer"): where the name ends.
_AFTER_NAME = frozenset(
    """associated press ap afp reuters bloomberg staff writer writers correspondent correspondents
    reporter reporters editor editors contributor columnist business political senior chief
    special for""".split()
)


def credit_zones(text: str) -> tuple[Span, ...]:
    """Spans of ``text`` that name the article's authors or photographers."""
    zones = []
    for m in _BYLINE.finditer(text):
        line_end = text.find("\n", m.end())
        line = text[m.start() : line_end if line_end != -1 else len(text)]
        if len(line.split()) <= _MAX_BYLINE_WORDS:
            zones.append(_zone(text, m.end()))
    if any(cue in text for cue in _CUES):  # the credit pattern is slow to try at every position
        zones.extend(_zone(text, m.end()) for m in _CREDIT.finditer(text))
    return tuple(sorted(z for z in zones if z.end > z.start))


def _zone(text: str, start: int) -> Span:
    names = _NAMES.match(text, start)
    return Span(start, names.end() if names else start)


def authors(text: str, zones: tuple[Span, ...]) -> tuple[str, ...]:
    """The names a by-line or credit gives: the words before its first comma or slash, split at
    "and" ("By Tom Jones and Ann Lee, Associated Press" -> "Tom Jones", "Ann Lee"), each of two
    words or more opening with a first name or an initial."""
    found: list[str] = []
    for zone in zones:
        head = re.split(r"[,/;]", text[zone.start : zone.end], maxsplit=1)[0]
        for part in re.split(r"\s+and\s+", head):
            words = _name_words(part.split())
            if len(words) >= 2 and (words[0].endswith(".") or first_name_gender(words[0].capitalize()) is not False):
                name = " ".join(_written(w) for w in words)
                if name not in found:
                    found.append(name)
    return tuple(found)


def _written(word: str) -> str:
    """A word of a name as written in a by-line in capitals ("O'NEILL" -> "O'Neill"); initials
    ("J.K.") as they are."""
    return word.title() if word.isupper() and "." not in word else word


def _name_words(words: list[str]) -> list[str]:
    """The words of a by-line part that are the name: up to a word of the outlet or the
    author's job (``_AFTER_NAME``), and, in a name written in capitals ("DEVON PRICE Associated
    Press"), up to the first word that is not."""
    kept: list[str] = []
    capitals = bool(words) and words[0].isalpha() and words[0].isupper() and len(words[0]) > 1
    for word in words:
        if kept and (word.lower() in _AFTER_NAME or (capitals and not word.isupper())):
            break
        kept.append(word)
    return kept


def in_zones(zones: tuple[Span, ...], pos: int) -> bool:
    return any(z.start <= pos < z.end for z in zones)
