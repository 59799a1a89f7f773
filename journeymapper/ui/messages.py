"""Message boxes the editor shows: errors, refused edits, bad files, unsaved changes."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..io.errors import MapFileError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    """Save / Discard / Cancel before the current map is closed or replaced."""
    button = QMessageBox.question(
        parent,
        _tr("Unsaved changes"),
        _tr("Save the changes to “%1” before closing it?").replace("%1", name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if button == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if button == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def show_file_error(parent: QWidget | None, error: MapFileError) -> None:
    """What is wrong with a file and where, every problem listed; the current map stays open."""
    lines = error.report()
    shown = lines[:20]
    more = len(lines) - len(shown)
    text = "\n".join(shown)
    if more:
        text += "\n" + QCoreApplication.translate("Messages", "… and %n more problem(s)", "", more)
    QMessageBox.warning(
        parent,
        _tr("Cannot open the map"),
        _tr("This file cannot be opened as a journey map:") + "\n\n" + text,
    )


def show_save_error(parent: QWidget | None, path: str, error: OSError) -> None:
    """A save failed; the map is still open and nothing was lost."""
    reason = error.strerror or str(error)
    QMessageBox.critical(
        parent,
        _tr("Cannot save the map"),
        _tr("The map could not be saved to “%1”: %2.\n\nYour map is still open; "
            "try Save As… to choose another folder.").replace("%1", path).replace("%2", reason),
    )


def show_refused(parent: QWidget | None, message: str) -> None:
    """An edit the model refused, with the model's own explanation."""
    QMessageBox.warning(parent, _tr("Edit not possible"), message)
