"""Edit and Map menu actions: clipboard, duplicate, delete, select all, add stage/lane/persona."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import Shiboken

from ..commands import AddEntity, RemoveEntities
from ..model import EntityKind, LaneKind

if TYPE_CHECKING:
    from .main_window import MainWindow


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

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def copy(self) -> bool:
        mime = self.window.context.scene.copy_selection()
        if mime is None:
            return False
        clipboard = QApplication.clipboard()
        clipboard.setMimeData(mime)
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete(ask=False)

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is not None and not self.window.interop.paste_text(mime):
            self.window.context.scene.paste(mime, None)

    def duplicate(self) -> None:
        scene = self.window.context.scene
        mime = scene.copy_selection()
        if mime is not None:
            scene.paste(mime, None)

    def delete(self, ask: bool = True) -> None:
        context = self.window.context
        ids = context.scene.selected_ids()
        if not ids:
            return
        journey = context.journey
        stages_with_cards = [
            i for i in ids if journey.kind_of(i) is EntityKind.STAGE and journey.touchpoints(i)
        ]
        if ask and stages_with_cards:
            answer = QMessageBox.question(
                self.window,
                self.tr("Delete stage"),
                self.tr(
                    "The stage holds touchpoints. Delete it with everything in it? "
                    "(Undo brings it back.)"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        text = self.tr("Delete %n item(s)", "", len(ids))
        context.push(RemoveEntities(journey, ids, text=text))

    def select_all(self) -> None:
        journey = self.window.context.journey
        ids = [tp.id for tp in journey.touchpoints()]
        ids += [note.id for note in journey.annotations()]
        self.window.context.scene.select_ids(ids)

    def add_stage(self) -> None:
        context = self.window.context
        journey = context.journey
        selected = [i for i in context.scene.selected_ids() if journey.kind_of(i)]
        index = None
        if selected:
            first = selected[0]
            kind = journey.kind_of(first)
            stage_id = (
                first if kind is EntityKind.STAGE else getattr(journey.find(first), "stage_id", "")
            )
            if stage_id:
                index = journey.index_of(stage_id) + 1
        fields = {"name": self.tr("New stage")}
        command = AddEntity(journey, EntityKind.STAGE, fields, index, text=self.tr("Add stage"))
        if context.push(command):
            context.scene.select_ids([command.entity_id])

    def add_lane(self) -> None:
        context = self.window.context
        fields = {"kind": LaneKind.TEXT, "name": self.tr("New lane")}
        command = AddEntity(context.journey, EntityKind.LANE, fields, text=self.tr("Add lane"))
        if context.push(command):
            context.scene.select_ids([command.entity_id])

    def add_persona(self) -> None:
        self.window.personas.add_persona()
        self.window.personas.show()
        self.window.personas.raise_()
