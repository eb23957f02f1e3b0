"""The private Textual API the app and its benchmark lean on, pinned: each test fails when a
Textual release renames, re-signs or changes what is used, before the app or the benchmark
breaks in a way no other test sees. ``test_no_other_private_api`` keeps this list complete.

Why each is used:
  * ``Widget._scroll_update`` (``tui/widgets/virtual.py``): what setting ``virtual_size`` runs
    for the scrollbars and the scroll offset, without laying out and repainting the screen.
  * ``Pilot._wait_for_screen`` and ``Screen._on_timer_update`` (``benchmarks/tui_speed.py``):
    "every pending message handled" and "render the pending update now", without Pilot's own
    idle waits, so a repaint is timed as the user sees it.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.pilot import Pilot
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.widget import Widget

from tui.widgets.virtual import set_virtual_size

ROOT = Path(__file__).resolve().parents[2]
PINNED = {"_scroll_update", "_wait_for_screen", "_on_timer_update"}


def _parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


class _Tall(ScrollView):
    """A line-API view with nothing to draw but its virtual size."""


class _OneView(App[None]):
    def compose(self) -> ComposeResult:
        yield _Tall()


def test_scroll_update_keeps_its_signature():
    assert _parameters(Widget._scroll_update) == ["self", "virtual_size"]


async def test_scroll_update_fits_the_scrollbar_and_the_offset_to_a_new_virtual_size():
    app = _OneView()
    async with app.run_test(size=(40, 10)) as pilot:
        view = app.query_one(_Tall)
        view.virtual_size = Size(40, 100)
        await pilot.pause()
        view.scroll_to(y=90, animate=False, immediate=True)
        await pilot.pause()
        assert view.scroll_offset.y == 90
        set_virtual_size(view, Size(40, 50))  # still taller than the view: the private path
        assert view.virtual_size == Size(40, 50)
        assert view.vertical_scrollbar.window_virtual_size == 50
        assert view.scroll_offset.y == view.max_scroll_y == 50 - view.scrollable_content_region.height


def test_pilot_wait_for_screen_keeps_its_signature():
    assert inspect.iscoroutinefunction(Pilot._wait_for_screen)
    assert _parameters(Pilot._wait_for_screen) == ["self", "timeout"]


def test_screen_on_timer_update_keeps_its_signature():
    assert _parameters(Screen._on_timer_update) == ["self"]


async def test_waiting_for_the_screen_then_rendering_at_once():
    app = _OneView()
    async with app.run_test(size=(40, 10)) as pilot:
        assert await pilot._wait_for_screen() is True  # every pending message was handled
        app.screen.refresh()
        app.screen._on_timer_update()  # renders now instead of on the screen's next frame
        assert await pilot._wait_for_screen() is True


_PRIVATE = re.compile(r"\b(?!self\b|cls\b)\w+\.(_[a-z]\w*)|from textual\._|import textual\._")


def test_no_other_private_api():
    """Every ``something._name`` (but ``self._name``) in the app and the benchmarks is pinned here."""
    found = set()
    for folder in ("tui", "benchmarks", "docs"):
        for path in (ROOT / folder).rglob("*.py"):
            for line in path.read_text(encoding="utf-8").splitlines():
                code = line.split("#", 1)[0]
                for match in _PRIVATE.finditer(code):
                    found.add(match.group(1) or match.group(0))
    assert found == PINNED
