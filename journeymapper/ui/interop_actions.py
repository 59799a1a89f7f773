"""File ▸ Export…, File ▸ Import…, Edit ▸ Copy as image and pasting text, for the main window."""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..commands import MIME_TYPE
from ..commands.error_text import file_error_lines
from ..commands.paste_rows import PasteRows, rows_of
from ..export.options import ExportOptions
from ..io.errors import MapFileError
from ..io.importers import SUFFIXES as IMPORT_SUFFIXES
from ..io.importers import import_file
from ..io.paste import parse_pasted_text
from ..scene.actions import current_stage
from .crash import LOGGER_NAME
from .document import Document
from .export_dialog import SUFFIXES as EXPORT_SUFFIXES
from .export_dialog import ExportDialog
from .export_runner import ExportRunner, snapshot
from .file_actions import FileActions
from .host import DocumentHost
from .messages import show_refused

__all__ = ["IMPORT_SUFFIXES", "InteropActions"]

COPY_DPI = 150
MAX_REPORT_LINES = 20


class InteropActions(QObject):
    """Exchanges maps with other formats: exports in the background, imports, text paste."""

    def __init__(self, window: DocumentHost, files: FileActions) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.runner = ExportRunner(window)
        self.options = ExportOptions(layout="slides")
        self.suffix = ".pdf"
        self.folder: Path | None = None
        self.dialog: ExportDialog | None = None

    # ---------------------------------------------------------------- export
    def _current_view(self) -> str | None:
        scene = self.window.document.scene
        journey = self.window.document.journey
        view = journey.find(scene.view_id) if scene.view_id else None
        return getattr(view, "name", None)

    def _default_path(self) -> Path:
        document = self.window.document
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", document.journey.title).strip() or "map"
        if document.path is not None:
            name = document.path.stem
        folder = self.folder or (document.path.parent if document.path else Path.home())
        return folder / (name[:120] + self.suffix)

    def export_dialog(self) -> bool:
        """Choose format, options and file, then export a snapshot of the map in the background."""
        journey = snapshot(self.window.document.journey)
        options = dataclasses.replace(self.options, view=self._current_view())
        history = self.window.document.history
        dialog = ExportDialog(journey, self.runner, self._default_path(), options, self.window,
                              history)  # fmt: skip
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            path, options = dialog.choice()
        finally:
            self.dialog = None
            dialog.deleteLater()
        self.options = dataclasses.replace(options, view=None, since=None)
        self.suffix = path.suffix.lower() if path.suffix.lower() in EXPORT_SUFFIXES else ".pdf"
        self.folder = path.parent
        self.runner.export(journey, path, options)
        return True

    def export_to(self, path: Path, options: ExportOptions) -> int:
        """Export the map as it is now to ``path`` in the background (no dialog)."""
        return self.runner.export(snapshot(self.window.document.journey), path, options)

    def copy_image(self) -> int:
        """The map (or the saved view shown) as an image on the clipboard."""
        options = ExportOptions(view=self._current_view(), dpi=COPY_DPI)
        return self.runner.copy_image(snapshot(self.window.document.journey), options)

    # ---------------------------------------------------------------- import
    def _filters(self) -> str:
        return ";;".join(
            [
                self.tr("Journeys from other tools (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)"),
                self.tr("Mermaid journeys (*.mmd *.mermaid *.md *.markdown)"),
                self.tr("Tables (*.csv *.xlsx)"),
                self.tr("All files (*)"),
            ]
        )

    def import_dialog(self) -> bool:
        """Ask about unsaved changes, pick a file, open what it describes as a new map."""
        if not self.files.maybe_save():
            return False
        document = self.window.document
        folder = str(self.folder or (document.path.parent if document.path else ""))
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Journey"), folder, self._filters()
        )
        return bool(path) and self.import_path(Path(path), ask=False)

    def import_path(self, path: Path, ask: bool = True) -> bool:
        """A new unsaved map from a Mermaid, CSV or Excel file; a bad file leaves the map open."""
        if ask and not self.files.maybe_save():
            return False
        try:
            journey = import_file(path)
        except MapFileError as error:
            logging.getLogger(LOGGER_NAME).info("cannot import %s: %s", path, error)
            self._show_error(
                self.tr("Cannot import the file"),
                self.tr("This file cannot be imported as a journey:"),
                error,
            )
            return False
        document = Document(journey, None)
        self.window.replace_document(document)
        document.mark_modified()
        self.window.update_title()
        self.window.status(self.tr("Imported %1").replace("%1", str(path)))
        return True

    def _show_error(self, title: str, intro: str, error: MapFileError) -> None:
        lines = file_error_lines(error)
        text = "\n".join(lines[:MAX_REPORT_LINES])
        more = len(lines) - len(lines[:MAX_REPORT_LINES]) + error.more
        if more:
            text += "\n" + self.tr("… and %n more problem(s)", "", more)
        QMessageBox.warning(self.window, title, intro + "\n\n" + text)

    # ----------------------------------------------------------------- paste
    def paste_text(self, mime: QMimeData) -> bool:
        """Paste plain text as cards; False when the clipboard holds cards or no text."""
        if mime.hasFormat(MIME_TYPE) or not mime.hasText() or not mime.text().strip():
            return False
        context = self.window.context
        try:
            pasted = parse_pasted_text(mime.text())
        except MapFileError as error:
            self._show_error(
                self.tr("Cannot paste the text"), self.tr("The pasted rows have a problem:"), error
            )
            return True
        stage_id = current_stage(context.scene)
        if stage_id is None:
            message = self.tr("Add a stage before pasting cards")
            self.window.status(message)
            show_refused(self.window, message)
            return True
        rows = rows_of(pasted)
        count = len({(r.stage, r.touchpoint) for r in rows if r.touchpoint})
        text = self.tr("Paste %n card(s)", "", count)
        command = PasteRows(context.journey, rows, stage_id, text=text)
        if context.push(command):
            context.scene.select_ids(command.touchpoint_ids)
            self.window.status(self.tr("Pasted %n card(s)", "", len(command.touchpoint_ids)))
        return True
