"""Highlights readable in every theme: translucent backgrounds blended, text given contrast, and
reverse video where the theme's background is the terminal's own."""

from __future__ import annotations

from rich.color import Color as RichColor
from textual.color import Color
from textual.css.styles import Styles

from tui.contrast import readable

CREAM = Color.parse("#FDF6E3")  # solarized-light's background


def _styles(**rules: object) -> Styles:
    styles = Styles()
    for name, value in rules.items():
        setattr(styles, name, value)
    return styles


def test_a_translucent_highlight_is_blended_over_the_list_and_its_text_made_dark():
    style = readable(_styles(background=Color.parse("#CA4B16").multiply_alpha(0.4)), CREAM)
    assert style.bgcolor == RichColor.parse("#e8b191")
    assert style.color == RichColor.parse("#000000")


def test_a_highlight_keeps_the_text_colour_it_sets():
    style = readable(
        _styles(background=Color.parse("#268BD2").multiply_alpha(0.3), color=Color.parse("#586E75")), CREAM
    )
    assert style.bgcolor == RichColor.parse("#bcd5dd")
    assert style.color == RichColor.parse("#586e75")


def test_a_highlight_on_the_terminals_default_background_is_reverse_video():
    style = readable(_styles(background=Color.parse("ansi_default"), color=Color.parse("ansi_default")), CREAM)
    assert style.reverse is True and style.bgcolor is None


def test_text_on_a_light_ansi_colour_is_black_and_on_a_dark_one_white():
    on_yellow = readable(_styles(background=Color.parse("ansi_yellow")), CREAM).color
    on_blue = readable(_styles(background=Color.parse("ansi_blue")), CREAM).color
    assert on_yellow is not None and on_yellow.number == 0  # ANSI black
    assert on_blue is not None and on_blue.number == 15  # ANSI bright white
