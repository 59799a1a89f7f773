"""One open map: the model, its undo stack, its scene and the file it belongs to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from ..io.file_identity import FileIdentity
from ..io.history import History
from ..model import JourneyMap
from ..scene import MapScene


class Document(QObject):
    """A map being edited; ``path`` is None until it is saved somewhere.

    Every change reaches ``note_change``: the undo stack's steps (and undo/redo) by
    themselves, edits that are not undoable (dots cast in a voting round) from the code
    that makes them. ``changed`` then tells the window title, the autosaver and the save
    prompt, which all ask ``is_modified``.
    """

    changed = Signal()
    history_changed = Signal()  # ``history`` holds the snapshots kept in the map's file

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
        self.identity: FileIdentity | None = None  # the version of ``path`` last read or written
        self.undo_stack = QUndoStack(self)
        self.scene = MapScene(journey, self.undo_stack)
        self._unstacked = False  # changes since the last save that the undo stack cannot undo
        # co-edited with other desktops: undo skips steps their changes made void
        self.shared = False
        self.shared_from = ""  # a joined map's host (its address), shown until saved locally
        self.undo_stack.indexChanged.connect(self._stack_stepped)
        self.undo_stack.cleanChanged.connect(self._stack_stepped)

    def note_change(self, *, undoable: bool = False) -> None:
        """The map changed; ``undoable`` when the undo stack recorded it (and tracks whether
        undoing it returns to the saved state). Anything else stays modified until saved."""
        if not undoable:
            self._unstacked = True
        self.changed.emit()

    @Slot()
    def _stack_stepped(self) -> None:
        self.note_change(undoable=True)

    def is_modified(self) -> bool:
        return self._unstacked or not self.undo_stack.isClean()

    def set_history(self, history: History, *, undoable: bool = False) -> None:
        """Keep ``history`` (a snapshot was taken, thinned or deleted): unsaved until the next
        Save; ``undoable`` when an undo step on the stack made the change."""
        self.history = history
        self.history_changed.emit()
        self.note_change(undoable=undoable)

    def mark_modified(self) -> None:
        """Treat the content as unsaved (a restored recovery copy, an imported map)."""
        self.note_change()

    def mark_saved(self) -> None:
        """The map on disk now equals the map in memory."""
        self._unstacked = False
        self.undo_stack.setClean()
        self.changed.emit()

    def file_name(self) -> str:
        if self.path is None and self.shared_from:
            return QCoreApplication.translate("Document", "shared from %1").replace(
                "%1", self.shared_from
            )
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
