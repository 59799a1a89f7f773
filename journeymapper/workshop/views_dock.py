"""The saved views panel: list, add from the current filter, rename, delete, choose what shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..commands import AddEntity, ChangeAttributes, RemoveEntities
from ..model import EntityKind, Event, MapReset, SavedView
from ..ui.edit_context import EditContext
from .following import MapFollower
from .text import tr

AXES = ("personas", "lanes", "stages")
_ID = Qt.ItemDataRole.UserRole
_FOLLOWED = (EntityKind.VIEW, EntityKind.PERSONA, EntityKind.LANE, EntityKind.STAGE)


class ViewsPanel(QWidget, MapFollower):
    """Edits saved views through undoable commands and applies one to the editor's canvas."""

    applied = Signal(object)  # the view id now shown on the canvas, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: EditContext | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._filling = False
        self.views = QListWidget(self)
        self.views.setAccessibleName(tr("Saved views"))
        self.add = QPushButton(tr("&Add"), self)
        self.add.setToolTip(tr("Save what the canvas shows now as a view"))
        self.rename = QPushButton(tr("Re&name"), self)
        self.delete = QPushButton(tr("&Delete"), self)
        self.apply = QPushButton(tr("Sho&w"), self)
        self.apply.setToolTip(tr("Show this view on the canvas"))
        self.show_all = QPushButton(tr("Show A&ll"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.axes = QTabWidget(self)
        self.lists = {axis: QListWidget(self) for axis in AXES}
        self.axes.addTab(self.lists["personas"], tr("Personas"))
        self.axes.addTab(self.lists["lanes"], tr("Lanes"))
        self.axes.addTab(self.lists["stages"], tr("Stages"))
        edit_row = QHBoxLayout()
        for button in (self.add, self.rename, self.delete):
            edit_row.addWidget(button)
        show_row = QHBoxLayout()
        show_row.addWidget(self.apply)
        show_row.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views, 1)
        layout.addLayout(edit_row)
        layout.addLayout(show_row)
        layout.addWidget(self.status)
        layout.addWidget(self.axes, 2)
        self.add.clicked.connect(self.add_from_filter)
        self.rename.clicked.connect(self._start_rename)
        self.delete.clicked.connect(self.delete_current)
        self.apply.clicked.connect(lambda: self.apply_view(self.current_id()))
        self.show_all.clicked.connect(lambda: self.apply_view(None))
        self.views.currentRowChanged.connect(lambda _row: self._fill_axes())
        self.views.itemChanged.connect(self._renamed)
        self.views.itemDoubleClicked.connect(lambda item: self.apply_view(item.data(_ID)))
        for axis, widget in self.lists.items():
            widget.itemChanged.connect(lambda _item, a=axis: self._axis_changed(a))
        self.refresh()

    # ------------------------------------------------------------- context
    def _on_event(self, event: Event) -> None:
        kind = getattr(event, "kind", None)
        if not self._filling and (isinstance(event, MapReset) or kind in _FOLLOWED):
            self.refresh()

    def current_id(self) -> str | None:
        item = self.views.currentItem()
        return None if item is None else str(item.data(_ID))

    def select(self, view_id: str) -> None:
        for row in range(self.views.count()):
            if self.views.item(row).data(_ID) == view_id:
                self.views.setCurrentRow(row)

    # ----------------------------------------------------------- commands
    def add_from_filter(self) -> str | None:
        """A new view holding what the canvas shows now (its view and the hidden personas)."""
        if self.context is None:
            return None
        journey, scene = self.context.journey, self.context.scene
        base = journey.view(scene.view_id) if scene.view_id is not None else None
        personas = base.personas if base is not None else None
        if scene.hidden_personas:
            shown = personas if personas is not None else [p.id for p in journey.personas()]
            personas = tuple(p for p in shown if p not in scene.hidden_personas)
        fields = {
            "name": _unique(tr("View %1"), [v.name for v in journey.views()]),
            "personas": personas,
            "lanes": base.lanes if base is not None else None,
            "stages": base.stages if base is not None else None,
        }
        command = AddEntity(journey, EntityKind.VIEW, fields)
        if not self.context.push(command):
            return None
        self.refresh()
        self.select(command.entity_id)
        return command.entity_id

    def rename_view(self, view_id: str, name: str) -> bool:
        if self.context is None or not name.strip():
            self.refresh()
            return False
        command = ChangeAttributes(
            self.context.journey, view_id, {"name": name.strip()}, text=tr("Rename view")
        )
        return self.context.push(command)

    def delete_current(self) -> bool:
        view_id = self.current_id()
        if self.context is None or view_id is None:
            return False
        command = RemoveEntities(self.context.journey, [view_id], text=tr("Delete view"))
        return self.context.push(command)

    def set_axis(self, view_id: str, axis: str, ids: tuple[str, ...] | None) -> bool:
        """Show only ``ids`` on one axis (None: everything, also what is added later)."""
        if self.context is None:
            return False
        command = ChangeAttributes(
            self.context.journey, view_id, {axis: ids}, text=tr("Change view")
        )
        return self.context.push(command)

    def apply_view(self, view_id: str | None) -> None:
        """Show ``view_id`` on the editor's canvas (None: the whole map)."""
        if self.context is None:
            return
        self.context.scene.set_view_filter(view_id)
        self.applied.emit(view_id)
        self._show_status()

    # ------------------------------------------------------------- editing
    def _start_rename(self) -> None:
        item = self.views.currentItem()
        if item is not None:
            self.views.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._filling or self.context is None:
            return
        view_id = str(item.data(_ID))
        if item.text() != self.context.journey.view(view_id).name:
            self.rename_view(view_id, item.text())

    def _axis_changed(self, axis: str) -> None:
        view_id = self.current_id()
        if self._filling or view_id is None:
            return
        widget = self.lists[axis]
        items = [widget.item(row) for row in range(widget.count())]
        checked = tuple(str(i.data(_ID)) for i in items if i.checkState() == Qt.CheckState.Checked)
        self.set_axis(view_id, axis, None if len(checked) == len(items) else checked)

    # ------------------------------------------------------------- display
    def refresh(self) -> None:
        self._filling = True
        current = self.current_id()
        self.views.clear()
        views = self.context.journey.views() if self.context is not None else []
        for view in views:
            item = QListWidgetItem(view.name)
            item.setData(_ID, view.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.views.addItem(item)
        self._filling = False
        if current is not None:
            self.select(current)
        if self.views.currentRow() < 0 and views:
            self.views.setCurrentRow(0)
        has = self.views.currentItem() is not None
        for button in (self.rename, self.delete, self.apply):
            button.setEnabled(has)
        self.add.setEnabled(self.context is not None)
        self._fill_axes()
        self._show_status()

    def _fill_axes(self) -> None:
        self._filling = True
        view_id = self.current_id()
        view = self.context.journey.view(view_id) if self.context and view_id else None
        for axis, widget in self.lists.items():
            widget.clear()
            widget.setEnabled(view is not None)
            if view is None or self.context is None:
                continue
            for entity_id, name in _entries(self.context, axis):
                item = QListWidgetItem(name)
                item.setData(_ID, entity_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(_state(view, axis, entity_id))
                widget.addItem(item)
        self._filling = False

    def _show_status(self) -> None:
        if self.context is None:
            self.status.clear()
            return
        view_id = self.context.scene.view_id
        if view_id is None or self.context.journey.kind_of(view_id) is None:
            self.status.setText(tr("The canvas shows the whole map."))
        else:
            name = self.context.journey.view(view_id).name
            self.status.setText(tr("The canvas shows the view “%1”.").replace("%1", name))


def _entries(context: EditContext, axis: str) -> list[tuple[str, str]]:
    journey = context.journey
    if axis == "personas":
        return [(p.id, p.name) for p in journey.personas()]
    if axis == "lanes":
        return [(lane.id, lane.name) for lane in journey.lanes()]
    return [(s.id, s.name) for s in journey.stages()]


def _state(view: SavedView, axis: str, entity_id: str) -> Qt.CheckState:
    chosen = getattr(view, axis)
    shown = chosen is None or entity_id in chosen
    return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked


def _unique(pattern: str, taken: list[str]) -> str:
    number = len(taken) + 1
    while pattern.replace("%1", str(number)) in taken:
        number += 1
    return pattern.replace("%1", str(number))
