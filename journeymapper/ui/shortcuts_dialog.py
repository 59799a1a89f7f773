"""Help ▸ Keyboard Shortcuts (F1): every shortcut of the window and canvas, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..commands.translate import translator

_tr = translator("ShortcutsDialog")


def canvas_keys() -> list[tuple[str, str]]:
    """The canvas's own keys and gestures (not menu actions), as (what, keys)."""
    return [
        (_tr("Add the next card in the same stage and type its name"), _tr("Enter")),
        (_tr("Go to the next / previous stage"), _tr("Tab / Shift+Tab")),
        (_tr("Rename the selected card, note or stage"), "F2"),
        (_tr("Move the selected cards"), _tr("Arrow keys")),
        (_tr("Choose whose emotion curve a click sets"), "1 … 9"),
        (_tr("Add a card"), _tr("Double-click the Touchpoints lane")),
        (_tr("Set an emotion"), _tr("Click the Emotions lane above or below a card")),
        (_tr("Zoom around the pointer"), _tr("Ctrl+wheel")),
        (_tr("Pan"), _tr("Space+drag, middle button, wheel")),
        (_tr("Cancel a drag or an edit"), _tr("Esc")),
    ]


# Keys of special keyboards ("New", "Open", "Undo" keys) that the platform lists too
MEDIA_KEYS = {
    Qt.Key.Key_New,
    Qt.Key.Key_Open,
    Qt.Key.Key_Save,
    Qt.Key.Key_Close,
    Qt.Key.Key_Undo,
    Qt.Key.Key_Redo,
    Qt.Key.Key_Copy,
    Qt.Key.Key_Cut,
    Qt.Key.Key_Paste,
    Qt.Key.Key_Help,
    Qt.Key.Key_ZoomIn,
    Qt.Key.Key_ZoomOut,
    Qt.Key.Key_Find,
    Qt.Key.Key_Reload,
}


def _media_key(sequence: QKeySequence) -> bool:
    if sequence.isEmpty():
        return False
    # PySide6's stubs lack QKeySequence.__getitem__ (Qt's operator[]), which it has at run time.
    first: QKeyCombination = sequence[0]  # type: ignore[index]
    return first.key() in MEDIA_KEYS


def action_keys(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action, shortcuts) for every action with a shortcut, in menu order, each once."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty() and not _media_key(k)]
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = name.split("\t")[0].rstrip("…").strip()
        if not keys or not name or name in seen:
            continue
        seen.add(name)
        text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((name, text))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table: what, and the keys; menu actions first, then the canvas."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.resize(620, 640)
        rows = [*action_keys(actions), *canvas_keys()]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([_tr("Action"), _tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
