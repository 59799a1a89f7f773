"""One open map: the model, its undo stack, its scene and the file it belongs to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ..io.history import History
from ..model import JourneyMap
from ..scene import MapScene


class Document(QObject):
    """A map being edited; ``path`` is None until it is saved somewhere.

    ``history`` holds the snapshots kept in its file; a new snapshot is unsaved until Save.
    """

    history_changed = Signal()

    def __init__(
        self,
        journey: JourneyMap,
        path: Path | None = None,
        parent: QObject | None = None,
        history: History | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self.path = path
        self.history = history if history is not None else History()
        self.history_unsaved = False
        self.undo_stack = QUndoStack(self)
        self.scene = MapScene(journey, self.undo_stack)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean() or self.history_unsaved

    def set_history(self, history: History) -> None:
        """Keep ``history`` (a snapshot was taken or thinned); saved with the next Save."""
        self.history = history
        self.history_unsaved = True
        self.history_changed.emit()

    def mark_modified(self) -> None:
        """Treat the content as unsaved (a restored recovery copy, an imported map)."""
        self.undo_stack.resetClean()

    def file_name(self) -> str:
        if self.path is None:
            return QCoreApplication.translate("Document", "unsaved")
        return self.path.name

    def dispose(self) -> None:
        """Release the scene and the undo stack (the model itself is garbage collected)."""
        self.scene.close()
        self.undo_stack.clear()
        self.scene.clear()
        self.scene.deleteLater()
        self.deleteLater()
