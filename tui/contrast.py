"""Highlights that stay readable in every theme.

Textual hands a component's style to line-API widgets without its alpha: a cursor meant as the
theme's accent at 30% over the list comes out as the full accent under the list's muted text,
and a search hit at 40% of the warning colour as white on bright orange. ANSI themes add another
trap: their "blurred cursor" is the terminal's default background, so it does not show at all.
``readable`` blends a translucent background over the widget's own, gives text the contrast
colour where the component sets none, and falls back to reverse video where the background is
the terminal's default.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.css.styles import StylesBase

# ANSI palette entries that terminals draw light (green, yellow, cyan, white and their bright
# forms): dark text on them, light text on the others.
LIGHT_ANSI = frozenset({2, 3, 6, 7, 10, 11, 14, 15})
ANSI_DEFAULT = -1


def readable(styles: StylesBase, under: Color) -> Style:
    """``styles`` as a Rich style drawn over ``under``, with text that can be read on it."""
    style = styles.partial_rich_style
    if not styles.has_rule("background") or styles.background.a == 0:
        return style
    background = styles.background
    own_color = styles.has_rule("color")
    if background.ansi is not None:
        if background.ansi == ANSI_DEFAULT:
            # nothing would show: swap the terminal's own colours instead
            return Style(bold=style.bold, italic=style.italic, underline=style.underline, reverse=True)
        if own_color and styles.color.ansi not in (None, ANSI_DEFAULT):
            return style
        text = "ansi_black" if background.ansi in LIGHT_ANSI else "ansi_bright_white"
        return style + Style(color=Color.parse(text).rich_color)
    shown = under + background if background.a < 1 else background
    style += Style(bgcolor=shown.rich_color)
    if not own_color or styles.color.a == 0:
        style += Style(color=shown.get_contrast_text(1.0).rich_color)
    return style
