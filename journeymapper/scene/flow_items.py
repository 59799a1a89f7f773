"""Flow arrows on the canvas: drawn by render/flows.py, selectable, an accent when selected."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import Arrow, ExitMarker, Theme
from ..render.flows import (
    draw_arrow,
    draw_exit_marker,
    draw_flow_label,
    exit_radius,
    head_size,
    label_box,
    label_centre,
)
from .painting import ACCENT, colour, detail
from .qt_painter import QtPainter

Z_ARROW = 3.0
HEAD_MIN_PX = 1.5


class ArrowItem(QGraphicsItem):
    """One flow as the exports draw it (render/flows.py); selectable by a click near its line,
    selected with an accent band under it."""

    def __init__(self, flow_id: str, theme: Theme) -> None:
        super().__init__()
        self.flow_id = flow_id
        self.theme = theme
        self.arrow: Arrow | None = None
        self.exit: ExitMarker | None = None
        self.path = QPainterPath()
        self._bounds = QRectF()
        self.setZValue(Z_ARROW)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # Repainted from a device pixmap while panning: zoomed out to fit, a thousand arrows
        # would otherwise each be drawn again every frame. set_arrow() and selection update().
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_arrow(self, arrow: Arrow, exit_marker: ExitMarker | None) -> None:
        self.prepareGeometryChange()
        self.arrow, self.exit = arrow, exit_marker
        theme = self.theme
        path = QPainterPath(QPointF(*arrow.points[0]))
        for x, y in arrow.points[1:]:
            path.lineTo(x, y)
        self.path = path
        bounds = path.boundingRect().adjusted(-8, -8, 8, 8)
        if arrow.label:
            x, y, w, h = label_box(arrow.label, *label_centre(arrow, theme), theme)
            bounds = bounds.united(QRectF(x, y, w, h).adjusted(-2, -2, 2, 2))
        if exit_marker is not None:
            r = exit_radius(theme) + theme.arrow_width
            bounds = bounds.united(QRectF(exit_marker.x - r, exit_marker.y - r, 2 * r, 2 * r))
        self._bounds = bounds
        self.setToolTip(arrow.label or arrow.kind.value)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        arrow, theme = self.arrow, self.theme
        if arrow is None:
            return
        if self.isSelected():
            band = QPen(colour(ACCENT, 110), theme.arrow_width * 4)
            band.setCapStyle(Qt.PenCapStyle.RoundCap)
            band.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(band)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.path)
        qp = QtPainter(painter)
        if head_size(theme) * detail(painter) < HEAD_MIN_PX:
            # Far zoomed out: the line alone (heads, markers and labels are sub-pixel).
            qp.polyline(arrow.points, theme.flow_colours[arrow.kind], theme.arrow_width)
            return
        draw_arrow(qp, arrow, theme)
        if self.exit is not None:
            draw_exit_marker(qp, self.exit, theme)
        draw_flow_label(qp, arrow, theme)
