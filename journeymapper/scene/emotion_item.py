"""The emotion lane on the canvas: drawn by render/emotion.py (as every export), a repaint
drawing only the exposed x range; a point being dragged shows at its preview height."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CurvePoint, EmotionBox, Theme
from ..layout.persona_style import PersonaStyle
from ..render.emotion import (
    RING,
    SPREAD,
    PersonaCurve,
    curve_pen,
    draw_crowd,
    draw_curve,
    draw_gridlines,
    draw_spot,
    marker_spots,
)
from .painting import detail
from .qt_painter import SMOOTH_MIN_PX, QtPainter

Z_EMOTION = 2.0
MARKER_MIN_PX = 2.5  # below this device radius the markers are left out (far zoomed out)


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
        """The drawn series from the chart's curves (with the dragged point's preview)."""
        self.series = []
        if self.box is None:
            return
        for curve in self.box.curves:
            for to_be, raw in ((True, curve.to_be), (False, curve.as_is)):
                points = self._points(curve.persona_id, to_be, raw)
                self.series.append(_Series(curve.persona_id, to_be, points))

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
        shown: dict[str, list[list[tuple[float, float]]]] = {}
        for series in self.series:
            first, last = series.span(left, right)
            shown.setdefault(series.persona_id, []).append(series.points[first:last])
            self._draw(qp, series, first, last, lod)
        if theme.marker_size * lod < MARKER_MIN_PX:
            return
        # Markers of the exposed range only: spreading depends on points at the same value.
        curves = [PersonaCurve(pid, as_is, to_be) for pid, (to_be, as_is) in shown.items()]
        for spot in marker_spots(curves, self.styles, self.colours, theme):
            draw_spot(qp, spot)

    def _draw(self, qp: QtPainter, series: _Series, first: int, last: int, lod: float) -> None:
        """The curve through ``points[first:last]``; a dashed one piece by piece, each with the
        dash where the whole curve has it, so partial repaints join without a seam."""
        if last - first < 2 or self.box is None:
            return
        style = self.styles[series.persona_id]
        colour = self.colours.get(series.persona_id, style.colour)
        pen = curve_pen(self.theme, style, not series.to_be)
        top, bottom = self.box.rect.y, self.box.rect.bottom
        xs = series.xs
        spacing = (xs[-1] - xs[0]) / max(1, len(xs) - 1) * lod
        if not pen[1] or spacing < SMOOTH_MIN_PX:
            qp.dash_offset = series.offset(first)
            draw_curve(qp, series.points, top, bottom, colour, pen, first, last)
        else:
            for i in range(first, last - 1):
                qp.dash_offset = series.offset(i)
                draw_curve(qp, series.points, top, bottom, colour, pen, i, i + 2)
        qp.dash_offset = 0.0
