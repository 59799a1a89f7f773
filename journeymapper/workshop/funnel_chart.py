"""A small funnel chart drawn with QPainter: customers left at each step of the main path."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .text import tr

KEPT = QColor("#0072b2")
LOST = QColor("#d55e00")
ROW_GAP = 4.0


class FunnelChart(QWidget):
    """One bar per touchpoint: blue for who goes on, orange for who is lost there."""

    step_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[str, str, float, float]] = []  # (id, name, remaining, lost)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Drop-off along the main path"))

    def set_steps(self, steps: list[tuple[str, str, float, float]]) -> None:
        self.steps = list(steps)
        self.updateGeometry()
        self.setMinimumHeight(self._row_height() * len(self.steps))
        self.update()

    def _row_height(self) -> int:
        return int(QFontMetricsF(self.font()).height() * 1.6 + ROW_GAP)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, max(1, len(self.steps)) * self._row_height())

    def row_rect(self, index: int) -> QRectF:
        h = self._row_height()
        return QRectF(0, index * h, self.width(), h - ROW_GAP)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        for index, (_id, name, remaining, lost) in enumerate(self.steps):
            row = self.row_rect(index)
            full = row.width()
            kept_w = full * max(0.0, remaining - lost) / 100
            lost_w = full * lost / 100
            left = (full - full * remaining / 100) / 2  # centred bars narrow like a funnel
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(KEPT)
            painter.drawRect(QRectF(left, row.y(), kept_w, row.height()))
            painter.setBrush(LOST)
            painter.drawRect(QRectF(left + kept_w, row.y(), lost_w, row.height()))
            label = f"{name} — {remaining:.0f}%"
            if lost:
                label += "  " + tr("(−%1%)").replace("%1", f"{lost:.0f}")
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, full - 8)
            text_rect = row.adjusted(4, 0, -4, 0)
            painter.setBrush(QColor(255, 255, 255, 215))
            width = metrics.horizontalAdvance(text) + 8
            painter.drawRect(QRectF(row.x(), row.y() + 2, width, row.height() - 4))
            painter.setPen(QColor("#000000"))
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = int(event.position().y() // self._row_height())
        if 0 <= index < len(self.steps):
            self.step_clicked.emit(self.steps[index][0])
            event.accept()
            return
        super().mousePressEvent(event)
