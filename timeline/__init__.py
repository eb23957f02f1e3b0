"""Timeline Explorer: turn a pile of news coverage into a trustworthy, sourced chronology.

The core package. It never imports Textual or Rich: the terminal app in ``tui`` only displays
what this package computes.
"""

__version__ = "0.1.0"
