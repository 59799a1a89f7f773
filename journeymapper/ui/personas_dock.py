"""The personas dock: list, add, rename, describe, colour, marker, show/hide, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..commands import AddEntity, ChangeAttributes, RemoveEntities
from ..model import EntityKind, Event, MapReset, Marker, Persona
from ..templates.new_names import new_name
from .edit_context import EditContext
from .inspector.fields import ChoiceField, ColourField, LineField, TextField, swatch
from .vocabulary import marker_labels

# Colour-blind-safe (Okabe–Ito) colours for new personas, with a marker each.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")
MARKERS = tuple(Marker)


class PersonasDock(QDockWidget):
    """Personas of the map; the check box shows or hides a persona's curve on the canvas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personas")
        self.setWindowTitle(self.tr("Personas"))
        self.context: EditContext | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.hidden: set[str] = set()
        body = QWidget()
        layout = QVBoxLayout(body)
        self.list = QListWidget(body)
        self.list.currentItemChanged.connect(lambda *_: self._load_current())
        self.list.itemChanged.connect(self._visibility_changed)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add persona"), body)
        self.delete_button = QPushButton(self.tr("&Delete"), body)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = LineField(body)
        self.description = TextField(body, lines=2)
        self.colour = ColourField(body)
        markers = [(label, marker) for marker, label in marker_labels().items()]
        self.marker = ChoiceField(markers, body)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Desc&ription:"), self.description)
        form.addRow(self.tr("&Colour:"), self.colour)
        form.addRow(self.tr("&Marker:"), self.marker)
        layout.addLayout(form)
        layout.addStretch(1)
        self.editors = body
        self.setWidget(body)
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button.clicked.connect(self.delete_current)
        self.name.committed.connect(lambda v: self._change("name", v, self.tr("Rename persona")))
        self.description.committed.connect(
            lambda v: self._change("description", v, self.tr("Change persona description"))
        )
        self.colour.committed.connect(
            lambda v: self._change("colour", v, self.tr("Change persona colour"))
        )
        self.marker.committed.connect(
            lambda v: self._change("marker", v, self.tr("Change persona marker"))
        )

    def set_context(self, context: EditContext) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.context = context
        self.hidden = set()
        self._unsubscribe = context.journey.subscribe(self._on_event)
        self.refresh()

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentItem(item)

    def refresh(self) -> None:
        """Rebuild the list from the model, keeping the current persona."""
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        personas = self.context.journey.personas() if self.context is not None else []
        self.hidden &= {p.id for p in personas}
        for persona in personas:
            item = QListWidgetItem(swatch(persona.colour), persona.name)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            hidden = persona.id in self.hidden
            item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
            item.setToolTip(self.tr("Untick to hide this persona's curve on the canvas"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current:
            self.select(current)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._load_current()

    def _persona(self) -> Persona | None:
        entity = self.context.journey.find(self.current_id()) if self.context else None
        return entity if isinstance(entity, Persona) else None

    def _load_current(self) -> None:
        persona = self._persona()
        for widget in (self.name, self.description, self.colour, self.marker, self.delete_button):
            widget.setEnabled(persona is not None)
        if persona is None:
            self.name.set_value("")
            self.description.set_value("")
            self.description.setPlaceholderText("")
            return
        self.name.set_value(persona.name)
        assert self.context is not None
        # a template's guidance ("Who is this person …?") is a grey hint, never content
        self.description.setPlaceholderText(self.context.journey.hint(persona.id, "description"))
        self.description.set_value(persona.description)
        self.colour.set_value(persona.colour)
        self.marker.set_value(Marker(persona.marker))

    def add_persona(self) -> None:
        if self.context is None:
            return
        count = len(self.context.journey.personas())
        fields = {
            "name": new_name(self.context.journey.language, "persona", count + 1),
            "colour": PALETTE[count % len(PALETTE)],
            "marker": MARKERS[count % len(MARKERS)],
        }
        command = AddEntity(
            self.context.journey, EntityKind.PERSONA, fields, text=self.tr("Add persona")
        )
        if self.context.push(command):
            personas = self.context.journey.personas()
            self.select(personas[-1].id)
            self.name.setFocus()
            self.name.selectAll()

    def delete_current(self) -> None:
        persona_id = self.current_id()
        if self.context is None or not persona_id:
            return
        command = RemoveEntities(self.context.journey, [persona_id], text=self.tr("Delete persona"))
        self.context.push(command)

    def _change(self, name: str, value: object, text: str) -> None:
        persona_id = self.current_id()
        if self.context is None or not persona_id:
            return
        command = ChangeAttributes(self.context.journey, persona_id, {name: value}, text=text)
        if not self.context.push(command):
            self._load_current()

    def _visibility_changed(self, item: QListWidgetItem) -> None:
        persona_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.hidden.discard(persona_id)
        else:
            self.hidden.add(persona_id)
        if self.context is not None:
            self.context.scene.set_hidden_personas(set(self.hidden))

    def _on_event(self, event: Event) -> None:
        """Only persona edits and a whole new map change the list (never votes or ratings)."""
        if isinstance(event, MapReset) or getattr(event, "kind", None) is EntityKind.PERSONA:
            self.refresh()
