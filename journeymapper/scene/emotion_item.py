"""The emotion chart: gridlines on the map's scale and a smooth curve per persona."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CurvePoint, EmotionBox, Theme
from ..layout.curves import monotone_piece, monotone_segments
from ..model import Marker
from .painting import colour, detail, editor_font, stamp_markers

Z_EMOTION = 2.0
TO_BE_DASH = (5.0, 3.0)
# Below this many device pixels between points a curve is drawn as a polyline without markers.
SMOOTH_MIN_PX = 3.0
MARKER_MIN_PX = 2.5


@dataclass(frozen=True)
class PointRef:
    """Which point of which curve: a persona's as-is or to-be value at a touchpoint."""

    persona_id: str
    tp_id: str
    to_be: bool


Segment = tuple[QPointF, QPointF, QPointF]


def segments(points: list[tuple[float, float]], top: float, bottom: float) -> list[Segment]:
    """Bezier controls and end point of each piece of the layout's monotone curve (as exports)."""
    return [
        (QPointF(*c1), QPointF(*c2), QPointF(*end))
        for c1, c2, end in monotone_segments(points, top, bottom)
    ]


def smooth_path(points: list[tuple[float, float]], top: float, bottom: float) -> QPainterPath:
    """A monotone cubic through every point (no bumps beyond the values it joins)."""
    path = QPainterPath(QPointF(*points[0]))
    for c1, c2, end in segments(points, top, bottom):
        path.cubicTo(c1, c2, end)
    return path


@dataclass
class _Series:
    """One drawn curve (points sorted by x); its pieces are built when first painted."""

    persona_id: str
    to_be: bool
    points: list[tuple[float, float]]
    top: float
    bottom: float
    xs: list[float] = field(default_factory=list)
    pieces: dict[int, QPainterPath] = field(default_factory=dict)
    offsets: list[float] = field(default_factory=list)
    polygon: QPolygonF | None = None

    def __post_init__(self) -> None:
        self.xs = [x for x, _y in self.points]

    def piece(self, i: int) -> QPainterPath:
        """The curve from point ``i`` to ``i + 1``: one small path, since Qt strokes many
        small paths far faster than one long one."""
        path = self.pieces.get(i)
        if path is None:
            points = self.points
            (x0, y0), (x1, y1) = points[i], points[i + 1]
            path = QPainterPath(QPointF(x0, y0))
            c1, c2, _end = monotone_piece(points, i, self.top, self.bottom)
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(x1, y1))
            self.pieces[i] = path
        return path

    def offset(self, i: int) -> float:
        """Distance along the polyline to point ``i`` (keeps dashes continuous across pieces)."""
        if not self.offsets:
            travelled, offsets = 0.0, [0.0]
            for a, b in zip(self.points, self.points[1:], strict=False):
                travelled += math.dist(a, b)
                offsets.append(travelled)
            self.offsets = offsets
        return self.offsets[i]

    def outline(self) -> QPolygonF:
        """The whole curve as a polyline (far zoomed out; Qt clips it cheaply)."""
        if self.polygon is None:
            self.polygon = QPolygonF([QPointF(x, y) for x, y in self.points])
        return self.polygon

    def span(self, left: float, right: float) -> tuple[int, int]:
        """Indices [first, last) of the points needed to draw between ``left`` and ``right``."""
        first = max(0, bisect.bisect_left(self.xs, left) - 1)
        last = min(len(self.xs), bisect.bisect_right(self.xs, right) + 1)
        return first, last


class EmotionItem(QGraphicsItem):
    """Gridlines and curves; a point being dragged is drawn at its preview height.

    Curves are prepared once per layout; a repaint draws only the exposed x range, and far
    zoomed out a curve becomes a polyline without markers.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.box: EmotionBox | None = None
        self.colours: dict[str, str] = {}
        self.markers: dict[str, Marker] = {}
        self.preview: tuple[PointRef, float] | None = None
        self.series: list[_Series] = []
        # (persona, to-be?, plot top, plot bottom) -> the curve's points and their series
        self._built: dict[tuple[str, bool, float, float], tuple[list[CurvePoint], _Series]] = {}
        self.stamps: dict[tuple[Marker, str, str, float], QPixmap] = {}
        self.setZValue(Z_EMOTION)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_chart(
        self, box: EmotionBox, colours: dict[str, str], markers: dict[str, Marker]
    ) -> None:
        if box != self.box:
            self.prepareGeometryChange()
        elif colours == self.colours and markers == self.markers and self.preview is None:
            return
        self.box, self.colours, self.markers = box, colours, markers
        self.preview = None
        self._build()
        self.update()

    def _build(self) -> None:
        """Series from the chart's curves; a curve whose points are the same as before (and
        not being dragged) keeps its series, with the pieces already built for painting."""
        built, self._built = self._built, {}
        self.series = []
        if self.box is None:
            return
        top, bottom = self.box.rect.y, self.box.rect.bottom
        dragged = (self.preview[0].persona_id, self.preview[0].to_be) if self.preview else None
        for curve in self.box.curves:
            for to_be, raw in ((True, curve.to_be), (False, curve.as_is)):
                key = (curve.persona_id, to_be, top, bottom)
                old = built.get(key)
                if key[:2] == dragged:  # drawn with the preview point: never kept
                    points = self._points(curve.persona_id, to_be, raw)
                    series = _Series(curve.persona_id, to_be, points, top, bottom)
                else:
                    if old is None or old[0] != raw:
                        points = self._points(curve.persona_id, to_be, raw)
                        old = (raw, _Series(curve.persona_id, to_be, points, top, bottom))
                    self._built[key] = old
                    series = old[1]
                self.series.append(series)

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
        left = max(box.rect.x, exposed.left())
        right = min(box.rect.right, exposed.right())
        for value, y, _label in box.gridlines:
            pen = QPen(colour(theme.zero_line if value == 0 else theme.grid), theme.grid_width)
            if value != 0:
                pen.setDashPattern([4, 4])
            painter.setPen(pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if box.crowd:
            self._draw_crowd(painter)
        lod = detail(painter)
        margin = theme.marker_size + 2
        for series in self.series:
            if series.points:
                self._draw(painter, series, exposed.left() - margin, exposed.right() + margin, lod)

    def _draw_crowd(self, painter: QPainter) -> None:
        """The room's crowd curve (as in exports): spread band, dotted mean, a mark per stage."""
        assert self.box is not None
        theme, marks = self.theme, self.box.crowd
        ink = colour(theme.crowd_ink)
        if len(marks) > 1:
            band = [QPointF(m.x, m.high_y) for m in marks]
            band += [QPointF(m.x, m.low_y) for m in reversed(marks)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(theme.crowd_band))
            painter.drawPolygon(QPolygonF(band))
            pen = QPen(ink, theme.curve_width * 0.8)
            pen.setDashPattern([1.0, 2.5])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([QPointF(m.x, m.y) for m in marks]))
        painter.setPen(QPen(ink, 0.8))
        for m in marks:
            if m.high_y < m.low_y:
                painter.drawLine(QPointF(m.x, m.high_y), QPointF(m.x, m.low_y))
        painter.setPen(QPen(ink, 1.2))
        painter.setBrush(colour(theme.background))
        r = theme.marker_size * 0.8
        for m in marks:
            painter.drawEllipse(QPointF(m.x, m.y), r, r)
        for run in self.box.crowd_runs:
            painter.setFont(editor_font(run.size, run.bold))
            painter.setPen(ink)
            painter.drawText(QPointF(run.x, run.baseline), run.text)

    def _draw(
        self, painter: QPainter, series: _Series, left: float, right: float, lod: float
    ) -> None:
        theme = self.theme
        first, last = series.span(left, right)
        if last <= first:
            return
        ink = colour(self.colours.get(series.persona_id, theme.ink))
        width = theme.curve_width * (0.75 if series.to_be else 1.0)
        pen = QPen(ink, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap if series.to_be else Qt.PenCapStyle.RoundCap)
        if series.to_be:
            pen.setDashPattern([d / width for d in TO_BE_DASH])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        xs = series.xs
        spacing = (xs[-1] - xs[0]) / max(1, len(xs) - 1) * lod
        if last - first > 1:
            if spacing < SMOOTH_MIN_PX:
                painter.drawPolyline(series.outline())
            else:
                for i in range(first, last - 1):
                    if series.to_be:
                        pen.setDashOffset(series.offset(i) / width)
                        painter.setPen(pen)
                    painter.drawPath(series.piece(i))
        if theme.marker_size * lod < MARKER_MIN_PX:
            return
        marker = self.markers.get(series.persona_id, Marker.CIRCLE)
        name = self.colours.get(series.persona_id, theme.ink)
        fill = theme.background if series.to_be else name
        points = series.points[first:last]
        stamp_markers(painter, points, marker, name, fill, theme.marker_size, self.stamps)
