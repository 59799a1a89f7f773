"""ZoomPreview: during a zoom gesture frames scale its last sharp frame; sharp once it settles."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem

# The map is drawn sharp again once no zoom step has come for this long.
SETTLE_MS = 150


class ZoomPreview(QObject):
    """The last sharp frame of a view, mapped into each frame of a zoom gesture.

    A wheel notch then costs a blit however big the map is. Drawn sharp each frame: the margin
    a step out reveals, and on top the pinned headers and labels (they stay where they are on
    screen, so scaling them would misplace them). The view calls ``paint`` from its paintEvent;
    ``pinned`` gives the pinned items. The view is only this object's Qt parent: no Python
    reference cycle keeps a closed view (and its scene) alive.
    """

    def __init__(self, view: QGraphicsView, pinned: Callable[[], list[QGraphicsItem]]) -> None:
        super().__init__(view)
        self.pinned = pinned
        self.frame: QPixmap | None = None
        self.frame_transform = QTransform()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.settle)

    @property
    def view(self) -> QGraphicsView:
        return cast(QGraphicsView, self.parent())

    def active(self) -> bool:
        return self.frame is not None

    def begin(self) -> None:
        """Before a zoom step: keep the current frame unless a gesture already runs."""
        if self.frame is None and self.view.isVisible():
            self._take()

    def stepped(self) -> None:
        """After a zoom step: wait again for the gesture to settle; fill a revealed margin."""
        if self.frame is None:
            return
        self.timer.start()
        if not self._uncovered().isEmpty():
            self._take()  # the scaled frame plus its newly drawn margin

    def settle(self) -> None:
        """End the gesture: the next frame draws the map sharp."""
        self.timer.stop()
        if self.frame is not None:
            self.frame = None
            self.view.viewport().update()

    def paint(self, event: QPaintEvent) -> bool:
        """Paint ``event`` from the preview; False when no gesture runs."""
        if self.frame is None:
            return False
        # A margin is painted the normal way, one strip at a time so each item paints just
        # that strip; what spills over is covered by the scaled frame next.
        uncovered = self._uncovered().intersected(event.region())
        for strip in uncovered:  # type: ignore[attr-defined]  # QRegion iterates its rects
            QGraphicsView.paintEvent(self.view, QPaintEvent(strip))
        painter = QPainter(self.view.viewport())
        painter.setClipRegion(event.region())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(self._mapping())
        painter.drawPixmap(0, 0, self.frame)
        painter.setRenderHints(self.view.renderHints())
        self._paint_pinned(painter)
        painter.end()
        return True

    def _paint_pinned(self, painter: QPainter) -> None:
        """The pinned items, drawn directly at their places now (the frame was taken without)."""
        to_viewport = self.view.viewportTransform()
        port = QRectF(self.view.viewport().rect())
        option = QStyleOptionGraphicsItem()
        for item in sorted(self.pinned(), key=lambda i: i.zValue()):
            if not item.isVisible() or item.opacity() == 0:
                continue
            transform = item.sceneTransform() * to_viewport
            if not transform.mapRect(item.boundingRect()).intersects(port):
                continue
            option.exposedRect = item.boundingRect()
            painter.save()
            painter.setTransform(transform)
            item.paint(painter, option, self.view.viewport())
            painter.restore()

    def _take(self) -> None:
        """Keep what the viewport shows now without the pinned items (grab() paints it)."""
        pinned = self.pinned()
        for item in pinned:
            item.setOpacity(0.0)  # Qt skips fully transparent items
        try:
            self.frame = self.view.viewport().grab()
        finally:
            for item in pinned:
                item.setOpacity(1.0)
        self.frame_transform = self.view.viewportTransform()

    def _mapping(self) -> QTransform:
        """Where the frame's pixels land now: old viewport -> scene -> new viewport."""
        old_to_scene, _invertible = self.frame_transform.inverted()
        return old_to_scene * self.view.viewportTransform()

    def _uncovered(self) -> QRegion:
        """The part of the viewport the scaled frame leaves empty."""
        if self.frame is None:
            return QRegion()
        size = self.frame.deviceIndependentSize()
        covered = self._mapping().mapRect(QRectF(0, 0, size.width(), size.height()))
        inner = QRect(
            QPoint(math.ceil(covered.left()), math.ceil(covered.top())),
            QPoint(math.floor(covered.right()) - 1, math.floor(covered.bottom()) - 1),
        )
        return QRegion(self.view.viewport().rect()).subtracted(QRegion(inner))
