"""Deleting a snapshot from the map's history: one undo step on the document's undo stack."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..io.history import History

if TYPE_CHECKING:
    from .document import Document


class DeleteSnapshot(QUndoCommand):
    """The snapshot leaves the history (its children point at its parent); undo puts it back
    where it was, also when automatic snapshots were taken since."""

    def __init__(self, document: Document, snapshot_id: str, text: str) -> None:
        super().__init__(text)
        self.document = document
        before = document.history
        self.gone = next(s for s in before.snapshots if s.id == snapshot_id)
        self.index = before.snapshots.index(self.gone)
        self.children = {s.id for s in before.snapshots if s.parent == snapshot_id}
        self.before = before
        self.after: History | None = None

    def redo(self) -> None:
        self.after = self.document.history.without(self.gone.id)
        self.document.set_history(self.after, undoable=True)

    def undo(self) -> None:
        current = self.document.history
        if current is self.after:  # nothing happened since: exactly what was there
            self.document.set_history(self.before, undoable=True)
            return
        snapshots = [
            replace(s, parent=self.gone.id) if s.id in self.children else s
            for s in current.snapshots
        ]
        snapshots.insert(min(self.index, len(snapshots)), self.gone)
        self.document.set_history(History(tuple(snapshots), current.warnings), undoable=True)
