"""Resizing a line-API view's virtual area without laying out the whole screen.

``Widget.virtual_size`` is a layout reactive: every change lays out the screen and repaints all
of it. A view whose scrollbars stay as they are needs only its own repaint, which keeps a filter
or a new excerpt from costing a full-screen render.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_size(view: ScrollView, size: Size) -> None:
    old = view.virtual_size
    if old == size:
        return
    height = view.size.height
    if old.height and (old.height > height) == (size.height > height) and old.width == size.width:
        view.set_reactive(Widget.virtual_size, size)
        # Private Textual API (what setting ``virtual_size`` runs, without the layout), pinned by
        # tests/tui/test_textual_private_api.py: scrollbar lengths and a valid scroll offset.
        view._scroll_update(size)
        view.refresh()
    else:
        view.virtual_size = size
