"""At start-up: offer to restore maps whose editor was killed before they were saved."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox

from ..commands.translate import translator
from ..io.errors import MapFileError
from ..io.recovery import RecoveryFile
from .document import Document
from .main_window import MainWindow
from .messages import show_file_error

_tr = translator("RecoveryPrompt")


def offer_recovery(window: MainWindow, orphans: list[RecoveryFile]) -> bool:
    """Ask Restore (Yes) or Discard for each orphan, newest first; True if one was restored."""
    for item in orphans:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.saved_at))
        source = str(item.source) if item.source else _tr("a map that was never saved")
        text = (
            _tr(
                "JourneyMapper closed unexpectedly while “%1” had unsaved changes "
                "(from %2, autosaved at %3).\n\nRestore the autosaved copy?"
            )
            .replace("%1", item.title)
            .replace("%2", source)
            .replace("%3", when)
        )
        answer = QMessageBox.question(
            window,
            _tr("Restore unsaved changes"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Discard:
            item.discard()
            continue
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            loaded = item.load_file()
        except MapFileError as error:
            show_file_error(window, error)
            item.discard()
            continue
        window.adopt_recovered(Document(loaded.journey, item.source, None, loaded.history))
        item.discard()
        return True
    return False
