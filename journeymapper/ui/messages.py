"""Message boxes the editor shows: errors, refused edits, bad files, unsaved changes."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..commands.error_text import file_error_lines, translated
from ..commands.translate import translator
from ..io.errors import MapFileError, Problem

_tr = translator("Messages")


class ConflictChoice(Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    CANCEL = "cancel"


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
    lines = file_error_lines(error)
    shown = lines[:20]
    more = len(lines) - len(shown) + error.more
    text = "\n".join(shown)
    if more:
        text += "\n" + QCoreApplication.translate("Messages", "… and %n more problem(s)", "", more)
    QMessageBox.warning(
        parent,
        _tr("Cannot open the map"),
        _tr("This file cannot be opened as a journey map:") + "\n\n" + text,
    )


def show_save_error(parent: QWidget | None, path: str, error: BaseException) -> None:
    """A save failed; the map is still open, unsaved, and nothing was lost."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
    elif isinstance(error, UnicodeError):
        reason = _tr("the map holds text that is not valid Unicode")
    else:
        reason = str(error) or type(error).__name__
    QMessageBox.critical(
        parent,
        _tr("Cannot save the map"),
        _tr(
            "The map could not be saved to “%1”: %2.\n\nYour map is still open; "
            "try Save As… to choose another folder."
        )
        .replace("%1", path)
        .replace("%2", reason),
    )


def ask_disk_conflict(parent: QWidget | None, path: str, missing: bool) -> ConflictChoice:
    """The file changed (or vanished) on disk since it was opened or saved: what now?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("File changed on disk"))
    buttons: dict[object, ConflictChoice] = {}
    if missing:
        box.setText(_tr("“%1” was deleted or moved away since you opened it.").replace("%1", path))
        box.setInformativeText(_tr("Save it again under this name, or choose another one?"))
        save = box.addButton(_tr("Save Here"), QMessageBox.ButtonRole.AcceptRole)
        buttons[save] = ConflictChoice.OVERWRITE
    else:
        box.setText(
            _tr("“%1” was changed by another program or window since you opened it.").replace(
                "%1", path
            )
        )
        box.setInformativeText(
            _tr(
                "Overwrite loses the changes made there; Reload loses your unsaved changes "
                "here; Save As keeps both."
            )
        )
        reload = box.addButton(_tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        overwrite = box.addButton(_tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        buttons[reload] = ConflictChoice.RELOAD
        buttons[overwrite] = ConflictChoice.OVERWRITE
    save_as = box.addButton(_tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    buttons[save_as] = ConflictChoice.SAVE_AS
    buttons[cancel] = ConflictChoice.CANCEL
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton(), ConflictChoice.CANCEL)


def ask_reload(parent: QWidget | None, path: str) -> bool:
    """The open file changed on disk and the map has no unsaved edits: reload it?"""
    button = QMessageBox.question(
        parent,
        _tr("File changed on disk"),
        _tr("“%1” was changed by another program or window. Reload it?").replace("%1", path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return button == QMessageBox.StandardButton.Yes


def show_refused(parent: QWidget | None, message: str) -> None:
    """An edit the model refused, with the model's own explanation."""
    QMessageBox.warning(parent, _tr("Edit not possible"), message)


def show_history_warnings(parent: QWidget | None, path: str, problems: Sequence[Problem]) -> None:
    """Some snapshots of a file are broken: the map itself opened; they are kept untouched."""
    lines = [translated(p.text()) for p in problems[:10]]
    QMessageBox.warning(
        parent,
        _tr("Damaged snapshots"),
        QCoreApplication.translate(
            "Messages",
            "“%1” opened, but %n of its snapshots cannot be read, restored or compared. "
            "They are kept in the file as they are.",
            "",
            len(problems),
        ).replace("%1", path)
        + "\n\n"
        + "\n".join(lines),
    )
