"""Autosave: unsaved changes go to the session's recovery file every 30 s and on focus loss."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from ..commands.error_text import translated
from ..io.messages import os_reason
from ..io.recovery import RecoverySlot
from .crash import LOGGER_NAME
from .document import Document

DEFAULT_INTERVAL_MS = 30_000


class Autosaver(QObject):
    """Writes the open map to its recovery slot when it has unsaved, not yet autosaved edits."""

    def __init__(
        self,
        slot: RecoverySlot,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        status: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.slot = slot
        self.document: Document | None = None
        self._pending = False
        self._status = status
        self.timer = QTimer(self)
        self.timer.setInterval(max(interval_ms, 50))
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def set_document(self, document: Document) -> None:
        """Follow another map; its recovery copy replaces the previous one."""
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
        self.document = document
        document.changed.connect(self._changed)
        self._pending = document.is_modified()
        if not self._pending:
            self.slot.discard()

    def save_now(self) -> bool:
        """Write the recovery copy if there is something new to keep; True when written."""
        document = self.document
        if document is None or not self._pending or not document.is_modified():
            return False
        try:
            self.slot.write(document.journey, document.path, document.history)
        except Exception as error:  # a disk error or text that cannot be written: retry later
            logging.getLogger(LOGGER_NAME).warning("autosave failed: %r", error)
            if self._status is not None:
                reason = translated(os_reason(error)) if isinstance(error, OSError) else None
                self._status(self.tr("Autosave failed: %1").replace("%1", reason or str(error)))
            return False
        self._pending = False
        return True

    def mark_pending(self) -> None:
        self._pending = True

    def discard(self) -> None:
        """The map was saved or closed cleanly: the recovery copy is no longer needed."""
        self._pending = False
        self.slot.discard()

    def _changed(self) -> None:
        """Something changed: keep it at the next tick, or drop the copy once saved."""
        document = self.document
        if document is not None and not document.is_modified():
            self.discard()  # saved, or undone back to the saved state
        else:
            self._pending = True

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.save_now()
