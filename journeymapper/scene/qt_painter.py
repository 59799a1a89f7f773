"""The export Painter protocol on a QPainter: slide pages drawn on screen like in the PDF."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF

from ..layout.curves import Segment
from ..render.painter import Line, Point, each_line
from .painting import colour as qcolour
from .painting import draw_text


class QtPainter:
    """Draws in layout points on ``painter``; its transform maps points to the device."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _pen(self, stroke: str | None, width: float, dash: tuple[float, ...] = ()) -> None:
        if stroke is None or width <= 0:
            self.p.setPen(Qt.PenStyle.NoPen)
            return
        pen = QPen(qcolour(stroke), width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap if dash else Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dash:
            pen.setDashPattern([max(d / width, 0.01) for d in dash])
        self.p.setPen(pen)

    def _brush(self, fill: str | None) -> None:
        self.p.setBrush(QBrush(qcolour(fill)) if fill is not None else Qt.BrushStyle.NoBrush)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None,
        stroke: str | None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        self._pen(stroke, width)
        self._brush(fill)
        if radius > 0:
            self.p.drawRoundedRect(QRectF(x, y, w, h), radius, radius)
        else:
            self.p.drawRect(QRectF(x, y, w, h))

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        self._pen(colour, width, dash)
        self.p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        path = QPainterPath(QPointF(*start))
        for c1, c2, end in segments:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        self._pen(colour, width, dash)
        self._brush(None)
        self.p.drawPath(path)

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        self._pen(stroke, width)
        self._brush(fill)
        self.p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        self._pen(stroke, width)
        self._brush(fill)
        self.p.drawEllipse(QPointF(x, y), r, r)

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        draw_text(self.p, x, baseline, text, size, bold, qcolour(colour))

    def block(self, lines: list[Line]) -> None:
        each_line(self, lines)
