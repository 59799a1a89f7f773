"""Flow arrows by kind (solid, dashed, dotted, curving back, exit to an "abandoned" marker)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import Arrow, ExitMarker, Theme
from ..layout.text import line_height, measure
from ..model import FlowKind
from ..render.painter import arrow_head
from .painting import ACCENT, colour, detail, draw_text, text_visible

Z_ARROW = 3.0
HEAD_MIN_PX = 1.5


class ArrowItem(QGraphicsItem):
    """One flow; selectable by a click near its line."""

    def __init__(self, flow_id: str, theme: Theme) -> None:
        super().__init__()
        self.flow_id = flow_id
        self.theme = theme
        self.arrow: Arrow | None = None
        self.exit: ExitMarker | None = None
        self.path = QPainterPath()
        self.abandoned = ""  # the map's word under an exit marker without a label
        self._bounds = QRectF()
        self.setZValue(Z_ARROW)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # Repainted from a device pixmap while panning: zoomed out to fit, a thousand arrows
        # would otherwise each be drawn again every frame. set_arrow() and selection update().
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_arrow(self, arrow: Arrow, exit_marker: ExitMarker | None, abandoned: str) -> None:
        self.prepareGeometryChange()
        self.arrow, self.exit, self.abandoned = arrow, exit_marker, abandoned
        path = QPainterPath(QPointF(*arrow.points[0]))
        for x, y in arrow.points[1:]:
            path.lineTo(x, y)
        self.path = path
        bounds = path.boundingRect().adjusted(-8, -8, 8, 8)
        if arrow.label:
            x, y = arrow.label_pos
            w = measure(arrow.label, self.theme.small_size) + 12
            bounds = bounds.united(QRectF(x - w / 2 - 2, y - 10, w + 4 + w / 2, 20))
        if exit_marker is not None:
            r = self.theme.marker_size + 2
            label_w = measure(abandoned, self.theme.small_size) + 4
            bounds = bounds.united(
                QRectF(exit_marker.x - r - label_w, exit_marker.y - r, 2 * r + label_w, 2 * r + 2)
            )
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
        ink = colour(ACCENT) if self.isSelected() else colour(theme.flow_colours[arrow.kind])
        width = theme.arrow_width * (1.8 if self.isSelected() else 1.0)
        pen = QPen(ink, width)
        dash = theme.flow_dashes[arrow.kind]
        if dash:
            pen.setDashPattern([d / width for d in dash])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        head_size = 4 + theme.arrow_width * 2
        if head_size * detail(painter) < HEAD_MIN_PX:
            return  # far zoomed out: the line alone (heads, markers and labels are sub-pixel)
        head = arrow_head(arrow.points, head_size)
        if head is not None and arrow.target_id is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in head]))
        if self.exit is not None:
            self._exit_marker(painter, self.exit)
        if arrow.label and text_visible(painter, theme.small_size):
            x, y = arrow.label_pos
            if arrow.target_id is None:
                x += measure(arrow.label, theme.small_size) / 2
            self._label(painter, arrow.label, x, y)

    def _exit_marker(self, painter: QPainter, marker: ExitMarker) -> None:
        theme = self.theme
        ink = colour(theme.flow_colours[self.arrow.kind if self.arrow else FlowKind.EXIT])
        r = theme.marker_size + 1
        painter.setPen(QPen(ink, theme.arrow_width))
        painter.setBrush(colour(theme.background))
        painter.drawEllipse(QPointF(marker.x, marker.y), r, r)
        d = r * 0.5
        painter.drawLine(QPointF(marker.x - d, marker.y - d), QPointF(marker.x + d, marker.y + d))
        painter.drawLine(QPointF(marker.x - d, marker.y + d), QPointF(marker.x + d, marker.y - d))
        if not marker.label and text_visible(painter, theme.small_size):
            text = self.abandoned
            size = theme.small_size
            x = marker.x - r - 3 - measure(text, size)
            draw_text(painter, x, marker.y + size * 0.36, text, size, False, ink)

    def _label(self, painter: QPainter, text: str, x: float, y: float) -> None:
        """The label on a pill so it stays legible over lines."""
        theme, size = self.theme, self.theme.small_size
        ink = colour(theme.flow_colours[self.arrow.kind]) if self.arrow else colour(theme.ink)
        width, height = measure(text, size), line_height(size)
        pill = QRectF(x - width / 2 - 3, y - height / 2, width + 6, height)
        painter.setPen(QPen(ink, 0.5))
        painter.setBrush(colour(theme.background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        draw_text(painter, x - width / 2, y + size * 0.36, text, size, False, ink)
