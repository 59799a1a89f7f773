"""The base of every undoable edit and ``push``, which validates a command before stacking it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import JourneyMap, ModelError


def tr(text: str) -> str:
    """``text`` translated in the "commands" context."""
    return QCoreApplication.translate("commands", text)


class ModelCommand(QUndoCommand):
    """An undoable edit that calls model methods only and remembers ids, never objects.

    Subclasses implement ``apply`` (the edit; on ModelError it must leave the map as it
    found it) and ``revert`` (its exact inverse). ``changes_nothing`` lets ``push`` drop
    edits that would not change the map.
    """

    def __init__(self, journey: JourneyMap, text: str) -> None:
        super().__init__(text)
        self.journey = journey
        self._applied_by_push = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def changes_nothing(self) -> bool:
        return False

    def redo(self) -> None:
        if self._applied_by_push:
            self._applied_by_push = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


def push(stack: QUndoStack, command: ModelCommand) -> bool:
    """Apply ``command`` and put it on ``stack``; True when it was pushed.

    A ModelError from the model propagates (for the UI to show) and leaves the map
    and the stack unchanged. A command that would change nothing is not pushed.
    """
    if command.changes_nothing():
        return False
    command.apply()
    command._applied_by_push = True
    stack.push(command)
    return True


__all__ = ["ModelCommand", "ModelError", "push", "tr"]
