"""What panels need to edit the open map: the model, the undo stack, the scene, error display."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ..commands import ModelCommand, push
from ..commands.error_text import translated
from ..model import LockedError, ModelError
from ..scene.actions import locked_hint
from .document import Document
from .messages import show_refused


class EditContext:
    """Pushes commands for panels; a refused edit is shown to the user and changes nothing."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None,
        status: Callable[[str], None] | None = None,
    ) -> None:
        self.document = document
        self.journey = document.journey
        self.undo_stack = document.undo_stack
        self.scene = document.scene
        self._parent = parent
        self._status = status

    def push(self, command: ModelCommand) -> bool:
        """Run ``command`` through the undo stack; False (and a message) when the model refuses."""
        try:
            return push(self.undo_stack, command)
        except LockedError:
            if self._status is not None:  # expected while locked: said, not a dialog
                self._status(locked_hint())
            return False
        except ModelError as error:
            if self._status is not None:
                self._status(translated(error.message))
            show_refused(self._parent, translated(error.message))
            return False

    def macro(self, text: str, steps: Callable[[Callable[[ModelCommand], bool]], None]) -> bool:
        """Run ``steps(push)`` as one undo step; if an edit is refused, the ones before are undone.

        ``push`` inside ``steps`` raises ModelError on refusal, which ends the steps. The macro
        starts with the first command that changes something, so no-op steps leave no trace.
        """
        started = False

        def push_one(command: ModelCommand) -> bool:
            nonlocal started
            if isinstance(command, ModelCommand) and command.changes_nothing():
                return False
            if not started:
                self.undo_stack.beginMacro(text)
                started = True
            return push(self.undo_stack, command)

        message = ""
        try:
            steps(push_one)
        except ModelError as error:
            message = translated(error.message)
        finally:
            if started:
                self.undo_stack.endMacro()
        if message:
            if started:
                self.undo_stack.undo()
            if self._status is not None:
                self._status(message)
            show_refused(self._parent, message)
            return False
        return True
