"""Typing in place: a text editor laid over a card, header or cell (Enter commits, Esc cancels)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from .painting import ACCENT, colour, editor_font

Z_EDITOR = 30.0


class InlineEditor(QGraphicsTextItem):
    """Edits one text; calls ``on_commit(text, key)`` once (key: Enter, Tab, Backtab or focus)."""

    def __init__(
        self,
        text: str,
        rect: QRectF,
        size: float,
        bold: bool,
        multiline: bool,
        on_commit: Callable[[str, str], None],
        on_cancel: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.multiline = multiline
        self.on_commit, self.on_cancel = on_commit, on_cancel
        self.frame = QRectF(0, 0, rect.width(), rect.height())
        self.done = False
        self.setFont(editor_font(size, bold))
        self.setDefaultTextColor(colour("#1d2430"))
        self.setTextWidth(rect.width() - 8)
        self.setPos(rect.x() + 4, rect.y() + 2)
        self.setZValue(Z_EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText().strip()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        frame = self.boundingRect().united(self.frame.translated(-4, -2)).adjusted(-2, -2, 2, 2)
        painter.setPen(QPen(colour(ACCENT), 1.5))
        painter.setBrush(colour("#ffffff"))
        painter.drawRoundedRect(frame, 3, 3)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt passes None

    def commit(self, key: str) -> None:
        if not self.done:
            self.done = True
            self.on_commit(self.text(), key)

    def cancel(self) -> None:
        if not self.done:
            self.done = True
            self.on_cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (self.multiline and shift):
            self.commit("enter")
        elif key == Qt.Key.Key_Tab:
            self.commit("tab")
        elif key == Qt.Key.Key_Backtab:
            self.commit("backtab")
        else:
            super().keyPressEvent(event)
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit("focus")
