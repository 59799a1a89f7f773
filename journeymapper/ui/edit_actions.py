"""Edit and Map menu actions: clipboard, duplicate, delete, select all, add stage/lane/persona."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from ..commands import AddEntity
from ..model import EntityKind, LaneKind
from ..scene import actions
from ..templates.new_names import new_name
from .host import DocumentHost
from .interop_actions import InteropActions
from .personas_dock import PersonasDock


def release_clipboard() -> None:
    """Before the interpreter shuts down: what we copied becomes plain text on the clipboard.

    Qt deletes the clipboard's data only after Python is gone, and deleting a QMimeData made
    in Python then crashes the exit. Plain text (the cards' names) is Qt's own object; data
    another application put there is left alone.
    """
    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData() if clipboard is not None else None
    if mime is not None and Shiboken.createdByPython(mime):
        clipboard.setText(mime.text())


class EditActions(QObject):
    """Acts on the current map's selection through the scene and undoable commands."""

    def __init__(
        self, window: DocumentHost, interop: InteropActions, personas: PersonasDock
    ) -> None:
        super().__init__(window)
        self.window = window
        self.interop, self.personas = interop, personas

    def copy(self) -> bool:
        mime = self.window.context.scene.copy_selection()
        if mime is None:
            return False
        clipboard = QApplication.clipboard()
        clipboard.setMimeData(mime)
        return True

    def cut(self) -> None:
        """Copy the selected cards, then delete just those cards."""
        scene = self.window.context.scene
        cards = [i for i in scene.selected_ids() if i in scene.mirror.cards]
        if self.copy():
            actions.delete_ids(scene, cards, ask=False)

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is not None and not self.interop.paste_text(mime):
            self.window.context.scene.paste(mime, None)

    def duplicate(self) -> None:
        scene = self.window.context.scene
        mime = scene.copy_selection()
        if mime is not None:
            scene.paste(mime, None)

    def delete(self) -> None:
        """Edit ▸ Delete and the Delete key: the canvas's own delete (asks about full stages)."""
        actions.delete_selection(self.window.context.scene)

    def select_all(self) -> None:
        journey = self.window.context.journey
        ids = [tp.id for tp in journey.touchpoints()]
        ids += [note.id for note in journey.annotations()]
        self.window.context.scene.select_ids(ids)

    def add_stage(self) -> None:
        """Map ▸ Add Stage: after the selected stage (or card's stage), else at the end."""
        scene = self.window.context.scene
        self.window.view.setFocus()  # the new stage's name is typed on the canvas
        actions.add_stage(scene, actions.selected_stage(scene), after=True)

    def add_lane(self) -> None:
        context = self.window.context
        name = new_name(context.journey.language, "lane")
        fields = {"kind": LaneKind.TEXT, "name": name}
        command = AddEntity(context.journey, EntityKind.LANE, fields, text=self.tr("Add lane"))
        if context.push(command):
            context.scene.select_ids([command.entity_id])

    def add_persona(self) -> None:
        self.personas.add_persona()
        self.personas.show()
        self.personas.raise_()
