"""The export formats (json, csv, md, ics, html, timelinejs, timeml), each a module that
registers itself in ``registry``; importing this package registers them all. TimeML reading and
writing, shared with ``timeline tag`` and the evaluation scripts, is ``timeml``."""

from __future__ import annotations

from . import csv_format, html_format, ics_format, json_format, md_format, timelinejs, timeml_format
from .registry import FORMATS, GROUPINGS, ExportError, Format, Options, register, render, write

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
