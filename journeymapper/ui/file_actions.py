"""File menu actions: new, open, save, save as, close, with the unsaved-changes prompt."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from ..io.errors import MapFileError
from ..io.file_identity import FileIdentity, identify, load_tracked_file, save_tracked
from ..io.messages import file_msg
from ..templates import build_template
from .crash import LOGGER_NAME
from .document import Document
from .file_watch import FileWatch
from .host import DocumentHost
from .messages import (
    ConflictChoice,
    SaveChoice,
    ask_disk_conflict,
    ask_save_changes,
    show_file_error,
    show_history_warnings,
    show_save_error,
)
from .new_map_dialog import NewMapDialog

SUFFIX = ".jmap"


def load_document(path: Path) -> Document:
    """A document for a .jmap (or a PNG with a map inside); MapFileError for any failure.

    A .jmap document remembers its file and that file's identity; a PNG opens unsaved.
    """
    try:
        loaded, identity = load_tracked_file(path)
    except MapFileError:
        raise
    except Exception as error:  # a reader bug must still be one message, never a traceback
        logging.getLogger(LOGGER_NAME).exception("cannot open %s", path)
        reason = str(error) or type(error).__name__
        raise MapFileError(str(path), file_msg("file.cannot_open", reason)) from None
    if path.suffix.lower() != SUFFIX:
        document = Document(loaded.journey, None)
        document.mark_modified()
        return document
    document = Document(loaded.journey, Path(os.path.abspath(path)), None, loaded.history)
    document.identity = identity
    return document


class FileActions(QObject):
    """Opens and saves maps for the window; the user's file is written only on Save."""

    def __init__(self, window: DocumentHost, watch: FileWatch) -> None:
        super().__init__(window)
        self.window = window
        self.watch = watch

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
            document = load_document(path)
        except MapFileError as error:
            logging.getLogger(LOGGER_NAME).info("cannot open %s: %s", path, error)
            show_file_error(self.window, error)
            return False
        self.window.replace_document(document)
        if document.history.warnings:
            show_history_warnings(self.window, str(path), document.history.warnings)
        if document.path is not None:
            self.window.settings_store.add_recent(document.path)
        self.window.status(self.tr("Opened %1").replace("%1", str(path)))
        return True

    def reload(self) -> bool:
        """Read the open map's file again, dropping what is in the window."""
        path = self.window.document.path
        return path is not None and self.open_path(path, ask=False)

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
        return self.write(target, check=False)  # the file dialog asked before replacing

    def _disk_conflict(self, target: Path) -> ConflictChoice | None:
        """None when ``target`` is still the version this window opened or last saved."""
        document = self.window.document
        known = document.identity
        if known is None or document.path != target:
            return None
        current = identify(target, known)
        if known.same_content(current):
            document.identity = current
            return None
        return ask_disk_conflict(self.window, str(target), missing=current is None)

    def write(self, path: Path, *, check: bool = True) -> bool:
        """Save atomically; ask first if the file changed on disk; on any error say so."""
        document = self.window.document
        target = Path(os.path.abspath(path))
        choice = self._disk_conflict(target) if check else None
        if choice is ConflictChoice.CANCEL:
            return False
        if choice is ConflictChoice.RELOAD:
            self.reload()
            return False  # nothing was saved: the window now shows the file's version
        if choice is ConflictChoice.SAVE_AS:
            return self.save_as()
        try:
            identity = save_tracked(document.journey, target, document.history)
        except Exception as error:  # a disk error, or text that cannot be written: unsaved
            logging.getLogger(LOGGER_NAME).warning("cannot save %s: %r", path, error)
            show_save_error(self.window, str(path), error)
            return False
        self._saved(document, target, identity)
        return True

    def _saved(self, document: Document, target: Path, identity: FileIdentity) -> None:
        document.path = target
        document.identity = identity
        document.mark_saved()
        self.window.settings_store.add_recent(target)
        self.watch.follow(document)
        self.window.update_title()
        self.window.status(self.tr("Saved %1").replace("%1", str(target)))

    def close_map(self) -> bool:
        """Close the map (after asking) and start a blank one."""
        if not self.maybe_save():
            return False
        journey = build_template("blank", self.window.map_language)
        self.window.replace_document(Document(journey, None))
        return True
