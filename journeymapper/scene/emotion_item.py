"""The emotion chart: gridlines on the map's scale and a smooth curve per persona."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CurvePoint, EmotionBox, Theme
from ..model import Marker
from .painting import colour, marker_path

Z_EMOTION = 2.0
TO_BE_DASH = (5.0, 3.0)


@dataclass(frozen=True)
class PointRef:
    """Which point of which curve: a persona's as-is or to-be value at a touchpoint."""

    persona_id: str
    tp_id: str
    to_be: bool


def _tangents(points: list[tuple[float, float]]) -> list[float]:
    """Fritsch-Carlson slopes: the curve never overshoots between its points."""
    n = len(points)
    secants = []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        secants.append((y1 - y0) / (x1 - x0) if x1 != x0 else 0.0)
    slopes = [secants[0]] + [0.0] * (n - 2) + [secants[-1]]
    for i in range(1, n - 1):
        a, b = secants[i - 1], secants[i]
        slopes[i] = 0.0 if a * b <= 0 else 2 / (1 / a + 1 / b)
    return slopes


def smooth_path(points: list[tuple[float, float]], top: float, bottom: float) -> QPainterPath:
    """A monotone cubic through every point (no bumps beyond the values it joins)."""
    path = QPainterPath(QPointF(*points[0]))
    if len(points) == 2:
        path.lineTo(*points[1])
        return path
    slopes = _tangents(points)
    for i in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        h = (x1 - x0) / 3
        c1 = QPointF(x0 + h, min(max(y0 + slopes[i] * h, top), bottom))
        c2 = QPointF(x1 - h, min(max(y1 - slopes[i + 1] * h, top), bottom))
        path.cubicTo(c1, c2, QPointF(x1, y1))
    return path


class EmotionItem(QGraphicsItem):
    """Gridlines and curves; a point being dragged is drawn at its preview height."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.box: EmotionBox | None = None
        self.colours: dict[str, str] = {}
        self.markers: dict[str, Marker] = {}
        self.preview: tuple[PointRef, float] | None = None
        self.setZValue(Z_EMOTION)

    def set_chart(
        self, box: EmotionBox, colours: dict[str, str], markers: dict[str, Marker]
    ) -> None:
        self.prepareGeometryChange()
        self.box, self.colours, self.markers = box, colours, markers
        self.preview = None
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self.box is None:
            return QRectF()
        r = self.box.rect
        return QRectF(r.x, r.y, r.w, r.h).adjusted(-10, -10, 10, 10)

    def point_at(self, pos: QPointF, tolerance: float) -> tuple[PointRef, CurvePoint] | None:
        """The curve point nearest ``pos`` within ``tolerance`` scene units."""
        if self.box is None:
            return None
        best: tuple[float, PointRef, CurvePoint] | None = None
        for curve in self.box.curves:
            for to_be, points in ((False, curve.as_is), (True, curve.to_be)):
                for p in points:
                    d = ((p.x - pos.x()) ** 2 + (p.y - pos.y()) ** 2) ** 0.5
                    if d <= tolerance and (best is None or d < best[0]):
                        best = (d, PointRef(curve.persona_id, p.touchpoint_id, to_be), p)
        return None if best is None else (best[1], best[2])

    def set_preview(self, ref: PointRef | None, y: float = 0.0) -> None:
        self.preview = None if ref is None else (ref, y)
        self.update()

    def _points(
        self, persona_id: str, to_be: bool, points: list[CurvePoint]
    ) -> list[tuple[float, float]]:
        result = []
        for p in points:
            y = p.y
            if self.preview is not None:
                ref, preview_y = self.preview
                if ref == PointRef(persona_id, p.touchpoint_id, to_be):
                    y = preview_y
            result.append((p.x, y))
        return result

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box, theme = self.box, self.theme
        if box is None:
            return
        left, right = box.rect.x, box.rect.right
        for value, y, _label in box.gridlines:
            pen = QPen(colour(theme.zero_line if value == 0 else theme.grid), theme.grid_width)
            if value != 0:
                pen.setDashPattern([4, 4])
            painter.setPen(pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for curve in box.curves:
            ink = colour(self.colours.get(curve.persona_id, theme.ink))
            marker = self.markers.get(curve.persona_id, Marker.CIRCLE)
            for to_be, raw in ((True, curve.to_be), (False, curve.as_is)):
                points = self._points(curve.persona_id, to_be, raw)
                if not points:
                    continue
                width = theme.curve_width * (0.75 if to_be else 1.0)
                pen = QPen(ink, width)
                if to_be:
                    pen.setDashPattern([d / width for d in TO_BE_DASH])
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                if len(points) > 1:
                    painter.drawPath(smooth_path(points, box.rect.y, box.rect.bottom))
                painter.setPen(QPen(ink, 1.0))
                painter.setBrush(colour(theme.background) if to_be else ink)
                for x, y in points:
                    painter.drawPath(marker_path(marker, x, y, theme.marker_size))
