"""The export formats (json, csv, md, ics, html, timelinejs, timeml), each a module that
registers itself in ``registry``; the first use of one of this package's names registers them
all. TimeML reading and writing, shared with ``timeline tag`` and the evaluation scripts, is
``timeml``.

The registry and the format modules are imported on first use, not with the package:
``timeline.export.timeml`` is read by ``timeline tag`` and the evaluation, which need no format,
and the formats' libraries (icalendar, the HTML and CSV writers) take longer to import than
tagging an article.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import csv_format, html_format, ics_format, json_format, md_format, timelinejs, timeml_format
    from .registry import FORMATS, GROUPINGS, ExportError, Format, Options, register, render, write

_FORMAT_MODULES = ("csv_format", "html_format", "ics_format", "json_format", "md_format", "timelinejs", "timeml_format")
_SHARED = ("FORMATS", "GROUPINGS", "ExportError", "Format", "Options", "register", "render", "write")

__all__ = [
    "FORMATS",
    "GROUPINGS",
    "ExportError",
    "Format",
    "Options",
    "csv_format",
    "html_format",
    "ics_format",
    "json_format",
    "md_format",
    "register",
    "render",
    "timelinejs",
    "timeml_format",
    "write",
]


def __getattr__(name: str) -> object:
    """The registry's names and the format modules, every format registered."""
    if name not in _SHARED and name not in _FORMAT_MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module in _FORMAT_MODULES:
        globals()[module] = importlib.import_module(f".{module}", __name__)
    registry = importlib.import_module(".registry", __name__)
    for shared in _SHARED:
        globals()[shared] = getattr(registry, shared)
    return globals()[name]
