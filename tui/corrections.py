"""Export of the current view and correction of a publication date, the two ways the app writes
or changes anything; kept apart from the app's layout and filtering.
"""

from __future__ import annotations

import datetime as dt

from textual import work

from timeline.opening import Opened
from timeline.query.filters import filtered
from timeline.storage.corrections import CorrectionsError, corrections_file, remember_correction

from .corpus_work import moves, reanchor
from .dates import day_label
from .sanitize import one_line
from .screens.dialogs import ConfirmDialog, PublicationDialog
from .widgets.timeline_view import TimelineView


class ExportMixin:
    """``e``: the filtered view through ``timeline.export.render``/``write``, never reimplemented."""

    def action_export(self, format_name: str = "json") -> None:
        if self.timeline is None:
            return
        from .screens.export_dialog import ExportDialog  # with every format: not at start-up

        self.push_screen(ExportDialog(len(self.positions), len(self.timeline.events), format_name), self._export_chosen)

    def _export_chosen(self, choice: tuple[str, str] | None, force: bool = False) -> None:
        if choice is None or self.timeline is None:
            return
        from timeline.export import ExportError, render, write

        format_name, path = choice
        view = filtered(self.timeline, self.filter)
        try:
            data = render(view, format_name)
            written = write(data, path, force=force)
        except ExportError as exc:
            if not force and "exists" in str(exc):
                question = f"{one_line(path)} exists. Overwrite it?"
                self.push_screen(ConfirmDialog(question), lambda yes: yes and self._export_chosen(choice, force=True))
                return
            self.notify(one_line(str(exc)), severity="error", markup=False)
            return
        self.notify(
            f"Wrote {len(view.events)} events to {one_line(str(written))} ({format_name}, {len(data):,} bytes)",
            title="Exported",
            markup=False,
        )


class PublicationMixin:
    """``d``: set an article's publication date; the timeline is re-resolved in a worker, the
    app says which dates moved, and the date is kept for the next time (``timeline.corrections``)."""

    def action_publication_date(self) -> None:
        if self.timeline is None or not self.timeline.documents:
            return
        position = self.query_one(TimelineView).focused_position
        mentions = self.timeline.events[position].mentions if position is not None else ()
        current = mentions[0].document if mentions else None
        self.push_screen(PublicationDialog(self.timeline.documents, current), self._publication_chosen)

    def _publication_chosen(self, choice: tuple[str, dt.date] | None) -> None:
        if choice is None or self._built is None:
            return
        doc_id, day = choice
        self.notify(f"Re-resolving dates against {day_label(day)}…", markup=False, timeout=2)
        self._reanchor(self._built, doc_id, day)

    @work(thread=True, exclusive=True, group="reanchor", exit_on_error=False)
    def _reanchor(self, built: Opened, doc_id: str, day: dt.date) -> tuple[Opened, Opened, str, dt.date]:
        return built, reanchor(built, doc_id, day), doc_id, day

    def _reanchored(self, old: Opened, new: Opened, doc_id: str, day: dt.date) -> None:
        focused = self.query_one(TimelineView).focused_position
        key = None
        if focused is not None and old.timeline.events[focused].mentions:
            mention = old.timeline.events[focused].mentions[0]
            key = (mention.document, mention.timex.span)
        changed = moves(old.timeline, new.timeline, doc_id)
        keep = None
        if key is not None:
            keep = next(
                (
                    i
                    for i, e in enumerate(new.timeline.events)
                    if any((m.document, m.timex.span) == key for m in e.mentions)
                ),
                None,
            )
        self._install(new, keep=keep)
        document = new.timeline.document(doc_id)
        label = one_line(document.label)
        try:
            remember_correction(document.path, day)
        except CorrectionsError as exc:
            self.notify(
                f"The date holds for this session only: {one_line(str(corrections_file()))}: {one_line(str(exc))}",
                severity="warning",
                markup=False,
                timeout=10,
            )
        if changed:
            lines = "\n".join(str(m) for m in changed[:8]) + (
                f"\n… and {len(changed) - 8} more" if len(changed) > 8 else ""
            )
            self.notify(
                f"{label}: published {day_label(day)}. {len(changed)} date{'s' if len(changed) != 1 else ''} moved:\n{lines}",
                title="Timeline re-resolved",
                markup=False,
                timeout=12,
            )
        else:
            self.notify(
                f"{label}: published {day_label(day)}. No date moved.", title="Timeline re-resolved", markup=False
            )
