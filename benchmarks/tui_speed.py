"""How fast the terminal app is, driven headlessly (Textual's run_test / Pilot).

Prints, beside each target from the issue:
  * start of a fresh `python` process to the first paint of the timeline on the seeds;
  * the same with a stored 100,000-event timeline (built here, stored with timeline.store, read
    back the way the app reads its cache of an analysed corpus);
  * with 100,000 events in the app: applying and clearing a person filter, each keystroke of a
    text search, and scrolling a page, each timed from the action to the end of the repaint.

"Repaint" is: every widget has handled its messages and the screen's update has been rendered
(what the compositor does on its next frame). Pilot's own idle waits are left out.

Run:  .venv/bin/python benchmarks/tui_speed.py [--events 100000] [--cache PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


async def repaint(app, pilot) -> None:
    # Private Textual API, pinned by tests/tui/test_textual_private_api.py: Pilot's public waits
    # add idle time of their own, and the screen renders on a timer; these two are "every message
    # handled" and "render the pending update now", which is what a repaint is timed to.
    await pilot._wait_for_screen()
    app.screen._on_timer_update()


def _child_first_paint(cache: str | None, use_cache: bool = False) -> None:
    """Run in a fresh process: start the app, report the time of the first paint of the timeline."""
    from timeline.opening import Opened
    from tui.app import TimelineApp

    loader = None
    if cache:

        def loader(progress, cancelled):  # what timeline.opening.open_articles does on a hit
            from timeline.storage.store import load

            progress(0, 1, "Reading the stored timeline…")
            index = load(Path(cache))
            return Opened(index.timeline, index=index)

    async def run_app() -> None:
        app = TimelineApp(loader=loader, use_cache=use_cache)
        async with app.run_test(size=(120, 36)) as pilot:
            while not app.main_screen.positions:
                await app.workers.wait_for_complete()
                await repaint(app, pilot)
            print(f"EVENTS {len(app.timeline.events)} PAINTED {time.time()}")

    asyncio.run(run_app())


def first_paint(
    cache: str | None = None, *, use_cache: bool = False, env: dict[str, str] | None = None
) -> tuple[float, int]:
    """Seconds from starting a fresh interpreter to the first paint of the timeline."""
    args = [sys.executable, str(Path(__file__).resolve()), "--child"] + (["--cache", cache] if cache else [])
    args += ["--use-cache"] if use_cache else []
    start = time.time()
    out = subprocess.run(args, check=True, capture_output=True, text=True, env=env).stdout.split()
    return float(out[out.index("PAINTED") + 1]) - start, int(out[out.index("EVENTS") + 1])


async def interactive(n_events: int) -> dict[str, list[float]]:
    from synthetic import synthetic_timeline
    from textual import events

    from tui.app import TimelineApp
    from tui.widgets.timeline_view import TimelineView

    timeline = synthetic_timeline(n_events)
    app = TimelineApp(timeline=timeline)
    figures: dict[str, list[float]] = {
        "timeline in memory to first paint": [],
        "person filter": [],
        "clear person filter": [],
        "search keystroke": [],
        "scroll a page": [],
        "scroll a page, key held down": [],
    }

    start = time.perf_counter()
    async with app.run_test(size=(120, 36)) as pilot:
        await repaint(app, pilot)
        figures["timeline in memory to first paint"].append(time.perf_counter() - start)

        async def timed(name: str, act, *, rested: bool = True) -> None:
            if rested:  # the cursor has rested, so the sources pane is redrawn in the same frame
                await asyncio.sleep(app.main_screen.EXCERPT_SETTLE * 1.5)
            start = time.perf_counter()
            act()
            await repaint(app, pilot)
            figures[name].append(time.perf_counter() - start)
            await pilot.pause()  # anything deferred finishes outside the measurement

        await pilot.pause()
        for person in ("p3", "p10", "p20", "p41", "p63"):
            await timed("person filter", lambda person=person: app.main_screen.filter_person(person))
            await timed("clear person filter", app.main_screen.action_clear_people)
        for word in ("budget", "scrutiny", "carter"):
            await pilot.press("slash")
            search = app.query_one("#search")
            for char in word:
                await timed(
                    "search keystroke", lambda search=search, char=char: search.post_message(events.Key(char, char))
                )
            await pilot.press("escape")
            await pilot.pause()
        view = app.query_one(TimelineView)
        view.focus()
        for _ in range(30):
            await timed("scroll a page", lambda: view.action_page(1))
        for _ in range(30):  # as fast as the pages come: the sources pane waits for the cursor to rest
            await timed("scroll a page, key held down", lambda: view.action_page(1), rested=False)
    return figures


def report(label: str, seconds: list[float], target_ms: int) -> None:
    """One start-up figure: median and worst of the runs, from process start to first paint."""
    ms = [t * 1000 for t in seconds]
    label = f"{label} (median / max of {len(ms)})"
    print(f"{label:<62}{statistics.median(ms):>6.0f} /{max(ms):>5.0f}ms{'< ' + str(target_ms) + 'ms':>10}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--cache", help="where to keep the stored synthetic timeline (timeline.store)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--use-cache", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-cached", action="store_true", help="skip the cached-timeline start-up figure")
    parser.add_argument("--skip-seeds", action="store_true", help="skip the seeds start-up figure")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per start-up figure (default 5)")
    args = parser.parse_args()
    if args.child:
        _child_first_paint(args.cache, args.use_cache)
        return

    print(f"{'measure':<62}{'measured':>14}{'target':>10}")
    if not args.skip_seeds:
        # A cache directory of its own: one opening fills it (the first-name table, the stored
        # seeds timeline), as the user's first ever start does.
        env = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="timeline-bench-cache-"))
        # As installed by pip, which compiles the modules: a start-up that recompiles every
        # module from source (PYTHONDONTWRITEBYTECODE) is not what a user sees.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        first_paint(use_cache=True, env=env)
        for label, use_cache in (("analysing", False), ("stored timeline", True)):
            runs = [first_paint(use_cache=use_cache, env=env) for _ in range(args.runs)]
            report(f"first paint, seeds ({runs[0][1]} events), {label}", [t for t, _ in runs], 1000)

    if not args.skip_cached:
        cache = (
            Path(args.cache) if args.cache else Path(tempfile.gettempdir()) / f"timeline-bench-{args.events}.timeline"
        )
        if not cache.exists():
            from synthetic import synthetic_timeline

            from timeline.query.index import TimelineIndex
            from timeline.storage.store import save

            print(f"(building and storing a {args.events}-event timeline in {cache}…)", flush=True)
            save(TimelineIndex(synthetic_timeline(args.events)), cache)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        first_paint(str(cache), env=env)  # compiles the modules, as installing does
        runs = [first_paint(str(cache), env=env) for _ in range(args.runs)]
        report(f"first paint, stored {runs[0][1]} events", [t for t, _ in runs], 2000)
        from timeline.storage.store import load

        start = time.perf_counter()
        load(cache)
        print(
            f"{'  of which reading the stored timeline (timeline.store.load)':<62}{(time.perf_counter() - start) * 1000:>12.0f}ms",
            flush=True,
        )

    figures = asyncio.run(interactive(args.events))
    targets = {
        "timeline in memory to first paint": 2000,
        "person filter": 50,
        "clear person filter": 50,
        "search keystroke": 50,
        "scroll a page": 16,
        "scroll a page, key held down": 16,
    }
    for name, times in figures.items():
        ms = [t * 1000 for t in times]
        label = f"{name}, {args.events} events (median / max of {len(ms)})"
        print(f"{label:<62}{statistics.median(ms):>6.1f} /{max(ms):>5.1f}ms{'< ' + str(targets[name]) + 'ms':>10}")


if __name__ == "__main__":
    main()
