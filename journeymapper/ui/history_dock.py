"""The History panel: the file's snapshots (time, label, counts, who), to restore or compare."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..commands.translate import translator
from ..io.history import History, Snapshot, SnapshotKind

ID_ROLE = Qt.ItemDataRole.UserRole
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 1
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


tr = translator("history")


def kind_name(kind: SnapshotKind) -> str:
    return {
        SnapshotKind.MANUAL: tr("Manual"),
        SnapshotKind.PUBLISHED: tr("Published"),
        SnapshotKind.WORKSHOP_START: tr("Workshop start"),
        SnapshotKind.WORKSHOP_END: tr("Workshop end"),
        SnapshotKind.SAFETY: tr("Before a restore"),
    }[kind]


def local_time(stamp: str) -> str:
    """An ISO UTC time as local "YYYY-MM-DD HH:MM" (unparsable text is shown as it is)."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def snapshot_title(snap: Snapshot) -> str:
    """A snapshot as the user knows it: its label, else its kind and local time."""
    return snap.label or f"{kind_name(snap.kind)} {local_time(snap.time)}"


def counts_text(snap: Snapshot) -> str:
    c = snap.counts
    return (
        tr("%1 stages, %2 cards, %3 pains")
        .replace("%1", str(c.get("stages", 0)))
        .replace("%2", str(c.get("touchpoints", 0)))
        .replace("%3", str(c.get("pain_points", 0)))
    )


class SnapshotDialog(QDialog):
    """Asks for a snapshot's label and whether it is the published version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Take Snapshot"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Label (for example “post-workshop baseline”):")))
        self.label = QLineEdit(self)
        self.label.setObjectName("snapshot_label")
        layout.addWidget(self.label)
        self.published = QCheckBox(tr("This is the version shared with stakeholders"), self)
        layout.addWidget(self.published)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.label.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, SnapshotKind]:
        kind = SnapshotKind.PUBLISHED if self.published.isChecked() else SnapshotKind.MANUAL
        return self.label.text().strip(), kind


class HistoryPanel(QWidget):
    """Newest snapshot first; a damaged one is shown greyed with its problem as tooltip."""

    take_requested = Signal()
    restore_requested = Signal(str)
    compare_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("history_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([tr("Time"), tr("Label"), tr("Contents"), tr("By")])
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._emit(self.compare_requested))
        layout.addWidget(self.tree)
        self.empty = QLabel(tr("No snapshots yet. File ▸ Take Snapshot… keeps this version."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.take = QPushButton(tr("Take Snapshot…"), self)
        self.restore = QPushButton(tr("Restore"), self)
        self.compare = QPushButton(tr("Compare with Current"), self)
        self.delete = QPushButton(tr("Delete…"), self)
        self.delete.setToolTip(tr("Delete the chosen snapshot from the map's history (Del)"))
        for button in (self.take, self.restore, self.compare, self.delete):
            row.addWidget(button)
        layout.addLayout(row)
        self.take.clicked.connect(self.take_requested.emit)
        self.restore.clicked.connect(lambda: self._emit(self.restore_requested))
        self.compare.clicked.connect(lambda: self._emit(self.compare_requested))
        self.delete.clicked.connect(lambda: self._emit(self.delete_requested, broken=True))
        self.tree.installEventFilter(self)  # Del in the list deletes a snapshot, not a card
        self.set_history(History())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Del (and Backspace) in the list ask to delete the chosen snapshot; the list takes
        the key before the window's Edit ▸ Delete shortcut sees it."""
        if watched is self.tree and isinstance(event, QKeyEvent) and event.key() in _DELETE_KEYS:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.delete.click()
                return True
        return super().eventFilter(watched, event)

    def set_history(self, history: History) -> None:
        self.tree.clear()
        for snap in reversed(history.snapshots):
            label = snap.label or kind_name(snap.kind)
            item = QTreeWidgetItem([local_time(snap.time), label, counts_text(snap), snap.author])
            item.setData(0, ID_ROLE, snap.id)
            item.setToolTip(1, f"{kind_name(snap.kind)} · {snap.id[:8]}")
            if snap.problem:  # shown greyed; it can only be deleted
                item.setData(0, BROKEN_ROLE, True)
                grey = self.palette().color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.Text)  # fmt: skip
                for column in range(4):
                    item.setForeground(column, grey)
                tip = tr("Damaged: %1").replace("%1", snap.problem)
                for column in range(4):
                    item.setToolTip(column, tip)
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not history.snapshots)
        self._update_buttons()

    def selected_id(self, broken: bool = False) -> str | None:
        """The chosen snapshot's id; a damaged one only with ``broken`` (to delete it)."""
        items = self.tree.selectedItems()
        if not items or (items[0].data(0, BROKEN_ROLE) and not broken):
            return None
        value = items[0].data(0, ID_ROLE)
        return str(value) if value else None

    def _emit(self, signal: SignalInstance, broken: bool = False) -> None:
        chosen = self.selected_id(broken)
        if chosen is not None:
            signal.emit(chosen)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.restore.setEnabled(chosen)
        self.compare.setEnabled(chosen)
        self.delete.setEnabled(self.selected_id(broken=True) is not None)
