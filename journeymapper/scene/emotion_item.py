"""The emotion lane on the canvas: drawn by render/emotion.py (as every export), a repaint
drawing only the exposed x range; a point being dragged shows at its preview height."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CurvePoint, EmotionBox, Theme
from ..layout.curves import Segment, monotone_piece
from ..layout.persona_style import PersonaStyle
from ..model import Marker
from ..render.emotion import (
    RING,
    SPREAD,
    PersonaCurve,
    Spot,
    curve_pen,
    draw_crowd,
    draw_curve,
    draw_gridlines,
    draw_spot,
    marker_spots,
)
from .painting import detail
from .qt_painter import SMOOTH_MIN_PX, QtPainter, qt_pen

Z_EMOTION = 2.0
MARKER_MIN_PX = 2.5  # below this device radius the markers are left out (far zoomed out)
CHUNK = 4  # curve pieces drawn as one path
BLOCK = 1200.0  # markers are worked out for this much of the x axis at a time


@dataclass(frozen=True)
class PointRef:
    """Which point of which curve: a persona's as-is or to-be value at a touchpoint."""

    persona_id: str
    tp_id: str
    to_be: bool


@dataclass
class _Series:
    """One drawn curve (points sorted by x)."""

    persona_id: str
    to_be: bool
    points: list[tuple[float, float]]
    xs: list[float] = field(default_factory=list)
    offsets: list[float] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    pieces: dict[int, Segment] = field(default_factory=dict)
    polyline: QPolygonF | None = None

    def __post_init__(self) -> None:
        self.xs = [x for x, _y in self.points]

    def offset(self, i: int) -> float:
        """Distance along the polyline to point ``i`` (keeps dashes continuous across pieces)."""
        if not self.offsets:
            travelled, offsets = 0.0, [0.0]
            for a, b in zip(self.points, self.points[1:], strict=False):
                travelled += math.dist(a, b)
                offsets.append(travelled)
            self.offsets = offsets
        return self.offsets[i]

    def segments(self, first: int, end: int) -> list[Segment]:
        """The curve's monotone pieces ``first``..``end - 1`` (as the exports compute them),
        each built when first drawn."""
        pieces = self.pieces
        for i in range(first, end):
            if i not in pieces:
                pieces[i] = monotone_piece(self.points, i, self.top, self.bottom)
        return [pieces[i] for i in range(first, end)]

    def outline(self) -> QPolygonF:
        """The points joined by straight lines (far zoomed out; built once)."""
        if self.polyline is None:
            self.polyline = QPolygonF([QPointF(x, y) for x, y in self.points])
        return self.polyline

    def span(self, left: float, right: float) -> tuple[int, int]:
        """Indices [first, last) of the points needed to draw between ``left`` and ``right``."""
        first = max(0, bisect.bisect_left(self.xs, left) - 1)
        last = min(len(self.xs), bisect.bisect_right(self.xs, right) + 1)
        return first, last


class EmotionItem(QGraphicsItem):
    """Gridlines, crowd, curves and markers; far zoomed out a curve becomes a polyline
    (in QtPainter) and the markers are left out."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.box: EmotionBox | None = None
        self.colours: dict[str, str] = {}
        self.styles: dict[str, PersonaStyle] = {}
        self.preview: tuple[PointRef, float] | None = None
        self.series: list[_Series] = []  # per persona: to-be, then as-is (the exports' order)
        # block of the x axis -> its markers (rings, then dots; each with their xs)
        self._spots: dict[int, list[tuple[list[float], list[Spot]]]] = {}
        # (persona, to-be?, plot top, plot bottom) -> the curve's points and their series
        self._built: dict[tuple[str, bool, float, float], tuple[list[CurvePoint], _Series]] = {}
        # (marker, fill, colour, size, zoom) -> the marker drawn once; owned here so no
        # pixmap outlives the application
        self.stamps: dict[tuple[Marker, str, str, float, float], QPixmap] = {}
        self.setZValue(Z_EMOTION)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_chart(
        self, box: EmotionBox, colours: dict[str, str], styles: dict[str, PersonaStyle]
    ) -> None:
        if box != self.box:
            self.prepareGeometryChange()
        elif colours == self.colours and styles == self.styles and self.preview is None:
            return
        self.box, self.colours, self.styles = box, colours, styles
        self.preview = None
        self._build()
        self.update()

    def _build(self) -> None:
        """The drawn series from the chart's curves; a curve whose points are the same as
        before (and not being dragged) keeps its series, with the pieces already built."""
        built, self._built = self._built, {}
        self.series = []
        self._spots = {}
        if self.box is None:
            return
        top, bottom = self.box.rect.y, self.box.rect.bottom
        dragged = (self.preview[0].persona_id, self.preview[0].to_be) if self.preview else None
        for curve in self.box.curves:
            for to_be, raw in ((True, curve.to_be), (False, curve.as_is)):
                key = (curve.persona_id, to_be, top, bottom)
                old = built.get(key)
                if key[:2] == dragged or old is None or old[0] != raw:
                    points = self._points(curve.persona_id, to_be, raw)
                    old = (raw, _Series(curve.persona_id, to_be, points, top=top, bottom=bottom))
                if key[:2] != dragged:  # drawn with the preview point: never kept
                    self._built[key] = old
                self.series.append(old[1])

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
                xs = [p.x for p in points]
                first = bisect.bisect_left(xs, pos.x() - tolerance)
                last = bisect.bisect_right(xs, pos.x() + tolerance)
                for p in points[first:last]:
                    d = ((p.x - pos.x()) ** 2 + (p.y - pos.y()) ** 2) ** 0.5
                    if d <= tolerance and (best is None or d < best[0]):
                        best = (d, PointRef(curve.persona_id, p.touchpoint_id, to_be), p)
        return None if best is None else (best[1], best[2])

    def set_preview(self, ref: PointRef | None, y: float = 0.0) -> None:
        self.preview = None if ref is None else (ref, y)
        self._build()
        self.update()

    def _points(
        self, persona_id: str, to_be: bool, points: list[CurvePoint]
    ) -> list[tuple[float, float]]:
        result = [(p.x, p.y) for p in points]
        if self.preview is not None:
            ref, preview_y = self.preview
            if (ref.persona_id, ref.to_be) == (persona_id, to_be):
                for i, p in enumerate(points):
                    if p.touchpoint_id == ref.tp_id:
                        result[i] = (p.x, preview_y)
                        break
                else:  # a point being placed where the curve has none yet
                    x = dict(self.box.slots).get(ref.tp_id) if self.box is not None else None
                    if x is not None:
                        bisect.insort(result, (x, preview_y))
        return result

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box, theme = self.box, self.theme
        if box is None:
            return
        exposed: QRectF = option.exposedRect
        qp = QtPainter(painter)
        left = max(box.rect.x, exposed.left())
        right = min(box.rect.right, exposed.right())
        draw_gridlines(qp, box, theme, left, right)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_crowd(qp, box, theme)
        lod = detail(painter)
        margin = theme.marker_size * (RING + SPREAD * max(1, len(self.styles))) + 2
        left, right = exposed.left() - margin, exposed.right() + margin
        for series in self.series:
            first, last = series.span(left, right)
            self._draw(qp, series, first, last, lod)
        if theme.marker_size * lod < MARKER_MIN_PX:
            return
        spots = []
        for k in range(math.floor(left / BLOCK), math.floor(right / BLOCK) + 1):
            for xs, layer in self._block_spots(k):  # to-be rings, then as-is dots
                spots += layer[bisect.bisect_left(xs, left) : bisect.bisect_right(xs, right)]
        self._markers(painter, spots, lod)

    def _block_spots(self, k: int) -> list[tuple[list[float], list[Spot]]]:
        """The markers of the points in block ``k`` of the x axis, spread as render/ spreads
        them (points at one value share an x, so a block holds each such group whole): the
        rings, then the dots, each sorted by x."""
        layers = self._spots.get(k)
        if layers is None:
            low, high = k * BLOCK, (k + 1) * BLOCK
            shown: dict[str, list[list[tuple[float, float]]]] = {}
            for series in self.series:
                first = bisect.bisect_left(series.xs, low)
                last = bisect.bisect_left(series.xs, high)
                shown.setdefault(series.persona_id, []).append(series.points[first:last])
            curves = [PersonaCurve(pid, as_is, to_be) for pid, (to_be, as_is) in shown.items()]
            spots = marker_spots(curves, self.styles, self.colours, self.theme)
            layers = []
            for solid in (False, True):
                layer = sorted((s for s in spots if s.solid is solid), key=lambda s: s.x)
                layers.append(([s.x for s in layer], layer))
            self._spots[k] = layers
        return layers

    def _markers(self, painter: QPainter, spots: list[Spot], lod: float) -> None:
        """Each marker as a blit of its look drawn once by render/ at this zoom (fast repaints)."""
        t = painter.worldTransform()
        if t.m12() or t.m21():  # turned (never on the canvas): drawn one by one
            qp = QtPainter(painter)
            for spot in spots:
                draw_spot(qp, spot)
            return
        sx, sy, dx, dy = t.m11(), t.m22(), t.dx(), t.dy()
        painter.save()
        painter.resetTransform()
        for spot in spots:
            pixmap = self._stamp(spot, round(lod * 4) / 4)
            half = pixmap.width() / 2
            painter.drawPixmap(QPointF(spot.x * sx + dx - half, spot.y * sy + dy - half), pixmap)
        painter.restore()

    def _stamp(self, spot: Spot, scale: float) -> QPixmap:
        key = (spot.marker, spot.fill, spot.colour, spot.size, scale)
        pixmap = self.stamps.get(key)
        if pixmap is None:
            if len(self.stamps) > 256:
                self.stamps.clear()
            half = int(spot.size * scale * 1.5) + 2
            pixmap = QPixmap(2 * half, 2 * half)
            pixmap.fill(Qt.GlobalColor.transparent)
            stamp = QPainter(pixmap)
            stamp.setRenderHint(QPainter.RenderHint.Antialiasing)
            stamp.translate(half, half)
            stamp.scale(scale, scale)
            draw_spot(QtPainter(stamp), spot._replace(x=0.0, y=0.0))
            stamp.end()
            self.stamps[key] = pixmap
        return pixmap

    def _draw(self, qp: QtPainter, series: _Series, first: int, last: int, lod: float) -> None:
        """The curve through ``points[first:last]`` in chunks of pieces that start at the same
        points on every repaint, each with the dash where the whole curve has it, so partial
        repaints join without a seam."""
        if last - first < 2 or self.box is None:
            return
        style = self.styles[series.persona_id]
        colour = self.colours.get(series.persona_id, style.colour)
        pen = curve_pen(self.theme, style, not series.to_be)
        points, xs = series.points, series.xs
        spacing = (xs[-1] - xs[0]) / max(1, len(xs) - 1) * lod
        if spacing < SMOOTH_MIN_PX:  # far out: the pieces are a few pixels, the outline will do
            qp.p.setPen(qt_pen(colour, pen[0], pen[1]))
            qp.p.setBrush(Qt.BrushStyle.NoBrush)
            qp.p.drawPolyline(series.outline())
        else:  # a few pieces at a time: Qt strokes small paths far faster than one long one
            end = last - 1
            for i in range(first - first % CHUNK, end, CHUNK):
                qp.dash_offset = series.offset(i)
                draw_curve(qp, points[i], series.segments(i, min(i + CHUNK, end)), colour, pen)
            qp.dash_offset = 0.0
