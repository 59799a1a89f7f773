"""File menu actions: new, open, save, save as, close, with the unsaved-changes prompt."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from ..io.errors import MapFileError
from ..io.jmap import load_map, save_map
from ..templates import build_template
from .crash import LOGGER_NAME
from .document import Document
from .messages import SaveChoice, ask_save_changes, show_file_error, show_save_error
from .new_map_dialog import NewMapDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

SUFFIX = ".jmap"


class FileActions(QObject):
    """Opens and saves maps for the window; the user's file is written only on Save."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _filters(self) -> str:
        return ";;".join(
            [
                self.tr("Journey maps (*.jmap)"),
                self.tr("PNG images with a map inside (*.png)"),
                self.tr("All files (*)"),
            ]
        )

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        document = self.window.document
        if not document.is_modified():
            return True
        choice = ask_save_changes(self.window, document.journey.title)
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def new_map(self, template: str | None = None, language: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        title = ""
        if template is None:
            dialog = NewMapDialog(language or self.window.map_language, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            template, language, title = dialog.choice()
        journey = build_template(template, language or self.window.map_language)
        if title:
            journey.set_setting("title", title)  # part of the new map, not an undo step
        self.window.replace_document(Document(journey, None))
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        folder = str(self.window.document.path.parent) if self.window.document.path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Map"), folder, self._filters()
        )
        return bool(path) and self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a .jmap (or a PNG with a map inside); a bad file leaves the current map open."""
        if ask and not self.maybe_save():
            return False
        try:
            journey = load_map(path)
        except MapFileError as error:
            logging.getLogger(LOGGER_NAME).info("cannot open %s: %s", path, error)
            show_file_error(self.window, error)
            return False
        is_map_file = path.suffix.lower() == SUFFIX
        document = Document(journey, path.resolve() if is_map_file else None)
        self.window.replace_document(document)
        if is_map_file:
            self.window.settings_store.add_recent(path)
        else:
            document.mark_modified()
        self.window.status(self.tr("Opened %1").replace("%1", str(path)))
        return True

    def save(self) -> bool:
        path = self.window.document.path
        if path is None:
            return self.save_as()
        return self.write(path)

    def save_as(self) -> bool:
        document = self.window.document
        start = str(document.path) if document.path else document.journey.title + SUFFIX
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save Map As"), start, self.tr("Journey maps (*.jmap)")
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        return self.write(target)

    def write(self, path: Path) -> bool:
        """Save atomically; on a disk error say so and keep everything as it was."""
        document = self.window.document
        try:
            save_map(document.journey, path)
        except OSError as error:
            logging.getLogger(LOGGER_NAME).warning("cannot save %s: %s", path, error)
            show_save_error(self.window, str(path), error)
            return False
        document.path = path.resolve()
        document.mark_saved()
        self.window.settings_store.add_recent(document.path)
        self.window.update_title()
        self.window.status(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def close_map(self) -> bool:
        """Close the map (after asking) and start a blank one."""
        if not self.maybe_save():
            return False
        journey = build_template("blank", self.window.map_language)
        self.window.replace_document(Document(journey, None))
        return True
