"""Small icons drawn with QPainter (no image files): an open or closed padlock, a play triangle."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZES = (16, 24, 32, 48)


def _pixmap(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _lock(size: int, closed: bool) -> QPixmap:
    pixmap = _pixmap(size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16.0
    ink = QColor("#b00020") if closed else QColor("#333333")
    painter.setPen(QPen(ink, 1.8 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    left = 4.5 * s if closed else 8.5 * s
    shackle.moveTo(left, 8 * s)
    shackle.lineTo(left, 5 * s)
    shackle.arcTo(QRectF(left, 1.5 * s, 7 * s, 7 * s), 180, -180)
    if closed:
        shackle.lineTo(11.5 * s, 8 * s)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(QRectF(2.5 * s, 7.5 * s, 11 * s, 7.5 * s), 1.5 * s, 1.5 * s)
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(QPointF(8 * s, 11 * s), 1.2 * s, 1.2 * s)
    painter.end()
    return pixmap


def badge_pixmap(size: int) -> QPixmap:
    """A white closed padlock for the red "Locked" badge."""
    pixmap = _pixmap(size)
    painter = QPainter(pixmap)
    painter.drawPixmap(0, 0, _lock(size, True))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor("#ffffff"))
    painter.end()
    return pixmap


def lock_icon() -> QIcon:
    """Closed padlock when the action is checked, open otherwise."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_lock(size, False), QIcon.Mode.Normal, QIcon.State.Off)
        icon.addPixmap(_lock(size, True), QIcon.Mode.Normal, QIcon.State.On)
    return icon


def present_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        pixmap = _pixmap(size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 16.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f3a5f"))
        points = [QPointF(4 * s, 2.5 * s), QPointF(13.5 * s, 8 * s), QPointF(4 * s, 13.5 * s)]
        painter.drawPolygon(QPolygonF(points))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
