"""The render Painter on a QPainter, so scene items draw with the exporters' drawing functions."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF

from ..layout.curves import Segment
from ..layout.text import measure
from ..render.painter import Line, Point
from .painting import BAR_ALPHA, GREEK_PX, MIN_BAR_PX, colour, detail, draw_text

# Below this many device pixels per curve piece a curve is drawn as a polyline through its ends.
SMOOTH_MIN_PX = 3.0


def qt_pen(ink: str, width: float, dash: tuple[float, ...] = (), offset: float = 0.0) -> QPen:
    """A pen with flat ends (as in PDF and SVG) and the dash in layout points."""
    pen = QPen(colour(ink), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dash and width > 0:
        pen.setDashPattern([d / width for d in dash])  # Qt dashes are in pen widths
        if offset:
            pen.setDashOffset(offset / width)
    return pen


class QtPainter:
    """Layout points are scene units: calls go straight to the QPainter under its transform."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter
        self.lod = detail(painter)
        # Where the next dashed line starts in its dash pattern (layout points): an item that
        # draws a long curve piece by piece keeps the dashes continuous across repaints.
        self.dash_offset = 0.0
        self._pens: dict[tuple[str, float, tuple[float, ...], float], QPen] = {}

    def _pen(self, ink: str, width: float, dash: tuple[float, ...] = ()) -> QPen:
        """The pen for these values, made once per paint (an item draws many alike)."""
        key = (ink, width, dash, self.dash_offset if dash else 0.0)
        pen = self._pens.get(key)
        if pen is None:
            pen = self._pens[key] = qt_pen(ink, width, dash, key[3])
        return pen

    def _brush_pen(self, fill: str | None, stroke: str | None, width: float) -> None:
        self.p.setPen(self._pen(stroke, width) if stroke and width > 0 else Qt.PenStyle.NoPen)
        self.p.setBrush(colour(fill) if fill else Qt.BrushStyle.NoBrush)

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
        r = QRectF(x, y, w, h)
        if radius * self.lod < 1.0:
            # Far out (or square) a plain rectangle is several times cheaper than a rounded one.
            if stroke and width > 0 and fill:
                self.p.fillRect(r, colour(stroke))
                self.p.fillRect(r.adjusted(0.5, 0.5, -0.5, -0.5), colour(fill))
                return
            if fill and not stroke:
                self.p.fillRect(r, colour(fill))
                return
        self._brush_pen(fill, stroke, width)
        if radius > 0:
            self.p.drawRoundedRect(r, radius, radius)
        else:
            self.p.drawRect(r)

    def polyline(
        self, points: list[Point], colour_: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        self.p.setPen(self._pen(colour_, width, dash))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour_: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        self.p.setPen(self._pen(colour_, width, dash))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        if (
            segments
            and abs(segments[-1][2][0] - start[0]) / len(segments) * self.lod < SMOOTH_MIN_PX
        ):
            # Far out the pieces are a few pixels: a polyline through their ends looks the same.
            ends = [QPointF(*start)] + [QPointF(*end) for _c1, _c2, end in segments]
            self.p.drawPolyline(QPolygonF(ends))
            return
        path = QPainterPath(QPointF(*start))
        for c1, c2, end in segments:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        self.p.drawPath(path)

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        self._brush_pen(fill, stroke, width)
        self.p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        self._brush_pen(fill, stroke, width)
        self.p.drawEllipse(QPointF(x, y), r, r)

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour_: str
    ) -> None:
        self.block([Line(x, baseline, text, size, bold, colour_)])

    def block(self, lines: list[Line]) -> None:
        """Each line in the bundled font; lines too small to read become light bars."""
        for x, baseline, text, size, bold, ink in lines:
            px = size * self.lod
            if px < GREEK_PX:
                if px >= MIN_BAR_PX:
                    bar = QRectF(x, baseline - 0.55 * size, measure(text, size, bold), 0.4 * size)
                    self.p.fillRect(bar, colour(ink, BAR_ALPHA))
                continue
            draw_text(self.p, x, baseline, text, size, bold, colour(ink))
