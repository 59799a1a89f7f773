"""Input events as a user's hardware sends them, for benchmarks and tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView


def ctrl_wheel(view: QGraphicsView, notches: int, pos: QPointF | None = None) -> None:
    """Ctrl+wheel by ``notches`` (120 units each) at ``pos`` (default: the viewport's middle)."""
    viewport = view.viewport()
    if pos is None:
        pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
