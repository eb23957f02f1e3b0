"""The one guard every per-file stage runs under.

A file that makes a stage fail in a way nobody foresaw (a bug, not bad input the stage reports
itself) becomes a problem naming the file, the stage and the exception, and the other files go
on. In a test run (``TIMELINE_STRICT=1``) the exception is raised instead, so bugs are not
hidden behind problems.
"""

from __future__ import annotations

import os

from .model import Problem

STRICT_VARIABLE = "TIMELINE_STRICT"


def strict() -> bool:
    """True when unexpected exceptions must propagate (the test suite sets this)."""
    return os.environ.get(STRICT_VARIABLE, "") not in ("", "0")


def failure(path: str, stage: str, exc: BaseException) -> Problem:
    """The problem for ``path`` whose ``stage`` ("analysed", "read") raised ``exc``; re-raises
    ``exc`` in strict mode."""
    if strict():
        raise exc
    detail = " ".join(str(exc).split())[:200]
    return Problem(path, f"could not be {stage} ({type(exc).__name__}: {detail}); skipped")
