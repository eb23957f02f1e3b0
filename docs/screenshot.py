"""Regenerate docs/screenshot.svg: the explorer on the bundled seeds, people panel open.

Run from the repository root: ``python docs/screenshot.py``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tui.app import TimelineApp

TARGET = Path(__file__).resolve().parent / "screenshot.svg"


async def main() -> None:
    app = TimelineApp()
    async with app.run_test(size=(140, 38)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        await pilot.press("g", *"Nov 2010", "enter")
        await pilot.pause(0.5)
        TARGET.write_text(app.export_screenshot(title="Timeline Explorer"), encoding="utf-8")


if __name__ == "__main__":
    asyncio.run(main())
    print(f"wrote {TARGET}")
