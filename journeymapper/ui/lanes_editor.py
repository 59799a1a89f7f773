"""The lanes part of map settings: add, rename, reorder and hide lanes (applied on OK)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..commands import AddEntity, ChangeAttributes, ModelCommand, MoveEntity
from ..model import EntityKind, JourneyMap, LaneKind
from ..templates.new_names import new_name
from .vocabulary import lane_labels

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class LaneDraft:
    """A lane as the dialog shows it: ``lane_id`` is empty for a lane still to be added."""

    lane_id: str
    kind: LaneKind
    name: str
    hidden: bool


class LanesEditor(QWidget):
    """A list of lanes: edit a name in place, tick to show, buttons to add and reorder."""

    def __init__(self, journey: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("Double-click a name to rename; untick to hide a lane."))
        layout.addWidget(self.list, 1)
        for lane in journey.lanes():
            self._append(LaneDraft(lane.id, lane.kind, lane.name, lane.hidden))
        row = QHBoxLayout()
        self.kind = QComboBox(self)
        for kind, label in lane_labels().items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(self.kind.findData(LaneKind.TEXT))
        self.add_button = QPushButton(self.tr("Add lan&e"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        row.addWidget(self.kind)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_lane)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))

    def _append(self, draft: LaneDraft, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(draft.name)
        item.setData(ID_ROLE, draft.lane_id)
        item.setData(KIND_ROLE, draft.kind.value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked if draft.hidden else Qt.CheckState.Checked)
        item.setToolTip(lane_labels()[draft.kind])
        if row is None:
            self.list.addItem(item)
        else:
            self.list.insertItem(row, item)
        return item

    def drafts(self) -> list[LaneDraft]:
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            result.append(
                LaneDraft(
                    str(item.data(ID_ROLE) or ""),
                    LaneKind(item.data(KIND_ROLE)),
                    item.text().strip(),
                    item.checkState() != Qt.CheckState.Checked,
                )
            )
        return result

    def add_lane(self) -> None:
        kind = LaneKind(self.kind.currentData())
        name = new_name(self.journey.language, "lane")
        item = self._append(LaneDraft("", kind, name, False))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def apply(self, push: Callable[[ModelCommand], bool]) -> None:
        """Push the commands that turn the map's lanes into the list shown (inside a macro)."""
        journey = self.journey
        ordered: list[str] = []
        for draft in self.drafts():
            if not draft.lane_id:
                fields = {"kind": draft.kind, "name": draft.name, "hidden": draft.hidden}
                command = AddEntity(journey, EntityKind.LANE, fields, text=self.tr("Add lane"))
                push(command)
                ordered.append(command.entity_id)
                continue
            lane = journey.lane(draft.lane_id)
            changes: dict[str, object] = {}
            if lane.name != draft.name:
                changes["name"] = draft.name
            if lane.hidden != draft.hidden:
                changes["hidden"] = draft.hidden
            if changes:
                push(ChangeAttributes(journey, lane.id, changes, text=self.tr("Change lane")))
            ordered.append(lane.id)
        for index, lane_id in enumerate(ordered):
            if journey.index_of(lane_id) != index:
                push(MoveEntity(journey, lane_id, index, text=self.tr("Move lane")))
