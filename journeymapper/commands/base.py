"""The base of every undoable edit and ``push``, which validates a command before stacking it."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import JourneyMap, ModelError
from .translate import translator

tr = translator("commands")


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
        self._skip_once = False  # the model refused this step: the compensating step skips it

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
        if self._skip_once:
            self._skip_once = False
            return
        try:
            self.apply()
        except ModelError as error:
            self._refused(error)

    def undo(self) -> None:
        if self._skip_once:
            self._skip_once = False
            return
        try:
            self.revert()
        except ModelError as error:
            self._refused(error)

    def _refused(self, error: ModelError) -> None:
        """The model said no (the map is locked): nothing changed; ``step`` steps back."""
        self._skip_once = True
        _REFUSALS.append(error)


_REFUSALS: list[ModelError] = []


def step(stack: QUndoStack, forward: bool) -> ModelError | None:
    """Undo (``forward``: redo) one step; if the model refuses it, the map and the stack stay
    as they were and the refusal is returned (undo across the facilitator lock)."""
    _REFUSALS.clear()
    if forward:
        stack.redo()
    else:
        stack.undo()
    if not _REFUSALS:
        return None
    refusal = _REFUSALS[0]
    if forward:  # step back over the parts that did change; the refused ones skip themselves
        stack.undo()
    else:
        stack.redo()
    _REFUSALS.clear()
    return refusal


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


__all__ = ["ModelCommand", "ModelError", "push", "step", "tr"]
