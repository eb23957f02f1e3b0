"""Export of the current view and correction of a publication date, the two ways the app writes
or changes anything; kept apart from the main screen's layout and filtering. Functions of the
main screen they act on: it owns the timeline, the filter and the workers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from textual.worker import Worker, WorkerState

from timeline.model import Document
from timeline.opening import Opened
from timeline.query.filters import filtered
from timeline.storage.corrections import (
    CorrectionsError,
    corrections_file,
    forget_correction,
    load_corrections,
    remember_correction,
)

from .. import settings
from ..corpus_work import moves, reanchor
from ..dates import day_label, publication_label
from ..filter_text import describe_filter
from ..place import same_event
from ..sanitize import one_line
from ..widgets.timeline_view import TimelineView
from ..wording import counted
from .dialogs import ConfirmDialog, PublicationDialog

if TYPE_CHECKING:
    from .export_dialog import ExportChoice
    from .main_screen import MainScreen

REANCHOR = "reanchor"  # the worker group of a publication date being applied


# ``e``: the filtered view through ``timeline.export.render``/``write``, never reimplemented ------


def ask_export(screen: MainScreen, format_name: str = "json") -> None:
    if screen.timeline is None:
        return
    from timeline.export.common import default_title

    from .export_dialog import ExportDialog  # with every format: not at start-up

    filters = describe_filter(screen.timeline, screen.filter) or "no filters: every event"
    title = default_title(filtered(screen.timeline, screen.filter))
    dialog = ExportDialog(len(screen.positions), len(screen.timeline.events), format_name, filters, title)
    screen.app.push_screen(dialog, partial(export, screen))


def export(screen: MainScreen, choice: ExportChoice | None, force: bool = False) -> None:
    """Write the events shown as ``choice``; ask before overwriting."""
    if choice is None or screen.timeline is None:
        return
    from timeline.export import ExportError, Options, render, write

    format_name, path = choice.format_name, choice.path
    view = filtered(screen.timeline, screen.filter)
    try:
        data = render(view, format_name, Options(title=choice.title))
        written = write(data, path, force=force)
    except ExportError as exc:
        if not force and "exists" in str(exc):

            def overwrite(yes: bool | None) -> None:
                if yes:
                    export(screen, choice, force=True)

            screen.app.push_screen(ConfirmDialog(f"{one_line(path)} exists. Overwrite it?"), overwrite)
            return
        screen.notify(one_line(str(exc)), severity="error", markup=False)
        return
    screen.last_export_format = format_name
    settings.remember(export_format=format_name)
    screen.notify(
        f"Wrote {counted(len(view.events), 'event')} to {one_line(str(written.resolve()))} "
        f"({format_name}, {len(data):,} bytes)",
        title="Exported",
        markup=False,
    )


# ``d``: set an article's publication date; the timeline is re-resolved in a worker, the app says
# which dates moved, and the date is kept for the next time (``timeline.storage.corrections``) --


@dataclass(frozen=True)
class Reanchored:
    """A thread worker's result: the timeline before and after ``doc_id`` was dated ``day`` (None:
    after the date the user had set was removed)."""

    old: Opened
    new: Opened
    doc_id: str
    day: dt.date | None


@runtime_checkable
class Reopens(Protocol):
    """The app, which can open its articles again (with the stored corrections as they are now)."""

    def reopen(self) -> Opened: ...


def user_dates(documents: tuple[Document, ...]) -> dict[str, dt.date]:
    """Document id -> the publication date the user set for it in the app (none if the stored
    dates cannot be read: opening the articles has said why)."""
    try:
        stored = load_corrections()
    except CorrectionsError:
        return {}
    if not stored:
        return {}
    found = {}
    for doc in documents:
        try:
            day = stored.get(str(Path(doc.path).resolve()))
        except (OSError, RuntimeError, ValueError):  # a path that cannot be resolved
            continue
        if day is not None:
            found[doc.id] = day
    return found


def ask_publication_date(screen: MainScreen) -> None:
    if screen.timeline is None or not screen.timeline.documents:
        return
    position = screen.query_one(TimelineView).focused_position
    mentions = screen.timeline.events[position].mentions if position is not None else ()
    current = mentions[0].document if mentions else None
    documents = screen.timeline.documents
    dialog = PublicationDialog(documents, current, user_dates(documents))
    screen.app.push_screen(dialog, partial(_publication_chosen, screen))


def _publication_chosen(screen: MainScreen, choice: tuple[str, dt.date | None] | None) -> None:
    built = screen.built
    if choice is None or built is None:
        return
    doc_id, day = choice
    if day is None:
        _forget(screen, built, doc_id)
        return
    screen.notify(f"Re-resolving dates against {day_label(day)}…", markup=False, timeout=2)

    def work() -> Reanchored:
        return Reanchored(built, reanchor(built, doc_id, day), doc_id, day)

    screen.run_worker(work, thread=True, exclusive=True, group=REANCHOR, exit_on_error=False)


def _forget(screen: MainScreen, built: Opened, doc_id: str) -> None:
    """Remove the date the user set for ``doc_id`` and open the articles again, so the article's
    own date (its front matter, the manifest, or the estimate from its text) holds as it would
    at the next start; re-anchoring cannot do that, since it marks the date it sets as the user's."""
    app = screen.app
    if not isinstance(app, Reopens):
        return
    try:
        forget_correction(built.timeline.document(doc_id).path)
    except CorrectionsError as exc:
        screen.notify(
            f"Could not remove the date: {one_line(str(corrections_file()))}: {one_line(str(exc))}",
            severity="error",
            markup=False,
            timeout=10,
        )
        return
    screen.notify("Bringing back the article's own date…", markup=False, timeout=2)

    def work() -> Reanchored:
        return Reanchored(built, app.reopen(), doc_id, None)

    screen.run_worker(work, thread=True, exclusive=True, group=REANCHOR, exit_on_error=False)


def reanchor_done(screen: MainScreen, worker: Worker[Any]) -> None:
    """The worker of ``_publication_chosen`` finished: show the new timeline, or say why not."""
    if worker.state == WorkerState.SUCCESS and isinstance(worker.result, Reanchored):
        _reanchored(screen, worker.result)
    elif worker.state == WorkerState.ERROR:
        screen.notify(
            f"Could not re-resolve the dates: {one_line(str(worker.error))}; the timeline is unchanged",
            severity="error",
            markup=False,
            timeout=10,
        )


def _reanchored(screen: MainScreen, done: Reanchored) -> None:
    old, new, doc_id, day = done.old, done.new, done.doc_id, done.day
    changed = moves(old.timeline, new.timeline, doc_id)
    keep = same_event(old.timeline, screen.query_one(TimelineView).focused_position, new.timeline)
    screen.install(new, keep=keep)
    document = new.timeline.document(doc_id)
    label = one_line(document.label)
    if day is None:
        said = f"{label}: the date you set is removed; {publication_label(document.published, document.published_estimated)}."
    else:
        said = f"{label}: published {day_label(day)}."
    try:
        if day is not None:
            remember_correction(document.path, day)
    except CorrectionsError as exc:
        screen.notify(
            f"The date holds for this session only: {one_line(str(corrections_file()))}: {one_line(str(exc))}",
            severity="warning",
            markup=False,
            timeout=10,
        )
    if changed:
        lines = "\n".join(str(m) for m in changed[:8]) + (
            f"\n… and {len(changed) - 8} more" if len(changed) > 8 else ""
        )
        screen.notify(
            f"{said} {len(changed)} date{'s' if len(changed) != 1 else ''} moved:\n{lines}",
            title="Timeline re-resolved",
            markup=False,
            timeout=12,
        )
    else:
        screen.notify(f"{said} No date moved.", title="Timeline re-resolved", markup=False)
