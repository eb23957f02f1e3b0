"""The domain stays free of the UI: importing every ``timeline`` module loads neither textual nor
rich, so the CLI export and the engines run (and are tested) without the terminal stack."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import timeline
for module in pkgutil.walk_packages(timeline.__path__, "timeline."):
    importlib.import_module(module.name)
print(sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich", "tui")))
"""


def test_timeline_imports_no_ui_code():
    out = subprocess.run([sys.executable, "-c", CHECK], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
