"""The core package never imports Textual or Rich: it must stay usable without a terminal UI."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import timeline


def test_timeline_package_imports_neither_textual_nor_rich():
    modules = sorted(m.name for m in pkgutil.walk_packages(timeline.__path__, "timeline."))
    assert "timeline.cli" in modules and "timeline.temporal" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_cli_export_does_not_load_the_ui():
    code = (
        "import sys, io, contextlib\n"
        "from timeline.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    sys.stdout.buffer = io.BytesIO()\n"
        "    main(['people'])\n"
        "print(any(m.split('.')[0] in ('textual', 'rich', 'tui') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"
