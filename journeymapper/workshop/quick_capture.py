"""Quick capture: type a card, Enter adds it, Tab goes to the next stage, Esc ends."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..commands import AddEntity
from ..model import EntityKind
from ..ui.edit_context import EditContext
from .participants import known_authors, participant_colour
from .text import tr

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _is_tab(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CaptureEdit(QPlainTextEdit):
    """The text box: Enter submits, Shift+Enter breaks the line, Tab/Shift+Tab change stage."""

    submitted = Signal()
    stage_step = Signal(int)
    author_step = Signal(int)
    ended = Signal()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and _is_tab(event):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.stage_step.emit(-1 if back else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if key in _ENTER and mods & Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")
        elif key in _ENTER:
            self.submitted.emit()
        elif key == Qt.Key.Key_Escape:
            self.ended.emit()
        elif mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.author_step.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class QuickCapturePanel(QWidget):
    """Adds one touchpoint per Enter (one undo step each) with the chosen author and colour."""

    card_added = Signal(str)
    ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: EditContext | None = None
        self.stage_id: str | None = None
        self.added: list[str] = []
        self.stage_label = QLabel(self)
        font = QFont(self.stage_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.stage_label.setFont(font)
        self.stage_label.setWordWrap(True)
        self.author = QComboBox(self)
        self.author.setEditable(True)
        self.author.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        author_line = self.author.lineEdit()
        assert author_line is not None  # an editable combo box has one
        author_line.setPlaceholderText(tr("Who said it (optional)"))
        self.edit = CaptureEdit(self)
        self.edit.setPlaceholderText(tr("Type a card and press Enter"))
        self.edit.setTabChangesFocus(False)
        self.count = QLabel(self)
        hint = QLabel(
            tr(
                "Enter adds the card · Shift+Enter new line · Tab / Shift+Tab next or previous "
                "stage · Ctrl+Up/Down who said it · Esc ends"
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Author:"), self.author)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_label)
        layout.addLayout(form)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(hint)
        self.edit.submitted.connect(self.add_card)
        self.edit.stage_step.connect(self.step_stage)
        self.edit.author_step.connect(self.step_author)
        self.edit.ended.connect(self.end)
        self._show_state()

    def set_context(self, context: EditContext | None) -> None:
        self.context = context
        self.stage_id = None
        self.added = []
        self._show_state()

    # ------------------------------------------------------------ stages
    def stage_ids(self) -> list[str]:
        """The stages shown on the canvas (the saved view's), else every stage."""
        if self.context is None:
            return []
        shown = list(self.context.scene.layout.stage_ids)
        return shown or [s.id for s in self.context.journey.stages()]

    def begin(self, stage_id: str | None = None) -> None:
        """Start capturing into ``stage_id`` (default: the selected card's stage, or the first)."""
        ids = self.stage_ids()
        if stage_id is None and self.context is not None:
            journey = self.context.journey
            for selected in self.context.scene.selected_ids():
                tp = journey.find(selected)
                stage_id = getattr(tp, "stage_id", None) or (selected if selected in ids else None)
                if stage_id:
                    break
        self.stage_id = stage_id if stage_id in ids else (ids[0] if ids else None)
        self._fill_authors()
        self._show_state()
        self.edit.setFocus()

    def step_stage(self, delta: int) -> None:
        ids = self.stage_ids()
        if not ids:
            return
        index = ids.index(self.stage_id) if self.stage_id in ids else -delta
        self.stage_id = ids[(index + delta) % len(ids)]
        self._show_state()

    # ----------------------------------------------------------- authors
    def _fill_authors(self) -> None:
        if self.context is None:
            return
        current = self.author.currentText()
        names = known_authors(self.context.journey)
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem("")
        for name in names:
            self.author.addItem(name)
            index = self.author.count() - 1
            colour = QColor(participant_colour(names, name))
            self.author.setItemData(index, colour, Qt.ItemDataRole.DecorationRole)
        index = self.author.findText(current)
        if index >= 0:
            self.author.setCurrentIndex(index)
        else:
            self.author.setEditText(current)
        self.author.blockSignals(False)

    def step_author(self, delta: int) -> None:
        count = self.author.count()
        if count:
            self.author.setCurrentIndex((self.author.currentIndex() + delta) % count)

    def author_and_colour(self) -> tuple[str, str]:
        name = self.author.currentText().strip()
        if not name or self.context is None:
            return "", ""
        names = known_authors(self.context.journey)
        return name, participant_colour(names, name)

    # -------------------------------------------------------------- cards
    def add_card(self) -> str | None:
        """Add the typed text as a card in the current stage; the box is emptied for the next."""
        text = self.edit.toPlainText().strip()
        if not text or self.context is None or self.stage_id is None:
            return None
        author, colour = self.author_and_colour()
        fields = {"stage_id": self.stage_id, "name": text, "author": author, "colour": colour}
        command = AddEntity(self.context.journey, EntityKind.TOUCHPOINT, fields)
        if not self.context.push(command):
            return None
        self.added.append(command.entity_id)
        self.edit.clear()
        self._fill_authors()
        self._show_state()
        self.card_added.emit(command.entity_id)
        return command.entity_id

    def end(self) -> None:
        self.ended.emit()

    def _show_state(self) -> None:
        name = ""
        ids = self.stage_ids()
        if self.context is not None and self.stage_id in ids:
            stage = self.context.journey.find(self.stage_id or "")
            name = getattr(stage, "name", "")
        if name:
            text = tr("Stage %1 of %2: %3").replace("%1", str(ids.index(self.stage_id or "") + 1))
            self.stage_label.setText(text.replace("%2", str(len(ids))).replace("%3", name))
        else:
            self.stage_label.setText(tr("No stage to add cards to"))
        self.count.setText(tr("%n card(s) added", len(self.added)) if self.added else "")
        self.edit.setEnabled(bool(name))
