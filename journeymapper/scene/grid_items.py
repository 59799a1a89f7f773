"""The map's grid: lane rows, stage headers and lane labels (both pinnable), text cells."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import CellBox, LaneBox, MapLayout, Rect, StageBox, Theme
from ..layout.geometry import TextRun
from ..model import LaneKind
from ..render.grid import draw_column_rule, draw_lane_row, draw_runs, draw_stage_header
from .painting import ACCENT, colour, detail, draw_overview_label
from .qt_painter import QtPainter

Z_GRID, Z_CELL, Z_LABEL, Z_HEADER, Z_CORNER = 0.0, 1.0, 10.0, 11.0, 12.0
# Below this device size the stage and lane names switch to the overview label.
OVERVIEW_BELOW_PX = 6.0


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class BackgroundItem(QGraphicsItem):
    """Alternating lane rows and stage column rules under everything else."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.layout: MapLayout | None = None
        self.setZValue(Z_GRID)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_layout(self, layout: MapLayout) -> None:
        old = self.layout
        if old is None or (old.width, old.height) != (layout.width, layout.height):
            self.prepareGeometryChange()  # costly for an item this big: only on a new size
        self.layout = layout
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self.layout is None:
            return QRectF()
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        layout, theme = self.layout, self.theme
        if layout is None:
            return
        # Fills are axis-aligned: without antialiasing they take the raster engine's fast path.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        exposed = option.exposedRect
        painter.fillRect(exposed, colour(theme.background))
        qp = QtPainter(painter)
        for index, lane in enumerate(layout.lanes):
            if qrect(lane.row_rect).intersects(exposed):
                draw_lane_row(qp, lane, index, theme)
        left, right = exposed.left() - 1, exposed.right() + 1
        for header in layout.stage_headers:
            if left <= header.column.x <= right:
                draw_column_rule(qp, header.column.x, header.column, theme)
        if layout.stage_headers:
            last = layout.stage_headers[-1].column
            draw_column_rule(qp, last.right, last, theme)


class PinnedItem(QGraphicsItem):
    """An item drawn at its layout rectangle, shifted by ``pos()`` to stay in view."""

    def __init__(self, theme: Theme, z: float) -> None:
        super().__init__()
        self.theme = theme
        self.rect = QRectF()
        self.setZValue(z)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect


class StageHeaderItem(PinnedItem):
    """A stage's header as the exports draw it (render/grid.py), pinned; selectable."""

    def __init__(self, stage_id: str, theme: Theme) -> None:
        super().__init__(theme, Z_HEADER)
        self.stage_id = stage_id
        self.box: StageBox | None = None
        self.stage_colour = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def set_box(self, box: StageBox, stage_colour: str, tooltip: str) -> None:
        self.box, self.stage_colour = box, stage_colour
        self.setToolTip(tooltip if box.elided else "")
        self.set_rect(qrect(box.rect))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.box is None:
            return
        theme, r = self.theme, self.rect
        overview = theme.header_size * detail(painter) < OVERVIEW_BELOW_PX
        box = self.box if not overview else replace(self.box, runs=[])
        painter.save()
        painter.setClipRect(r)  # the column's rule runs on below the header
        draw_stage_header(QtPainter(painter), box, self.stage_colour, theme)
        painter.restore()
        if overview:  # far out: the name at a readable size instead of the layout's runs
            draw_overview_label(painter, r, " ".join(self.box.lines), colour(theme.header_ink))
        if self.isSelected():
            painter.setPen(QPen(colour(ACCENT), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5))


class LaneLabelItem(PinnedItem):
    """A lane's name in the label column (for the emotion lane also the scale's labels),
    as the exports draw it (render/grid.py), pinned."""

    def __init__(self, lane_id: str, theme: Theme) -> None:
        super().__init__(theme, Z_LABEL)
        self.lane_id = lane_id
        self.box: LaneBox | None = None
        self.index = 0
        self.extra_runs: list[TextRun] = []

    def set_box(self, box: LaneBox, index: int, extra_runs: list[TextRun]) -> None:
        self.box, self.index, self.extra_runs = box, index, extra_runs
        self.setToolTip(" ".join(box.lines) if box.elided else "")
        self.set_rect(qrect(box.label_rect))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.box is None:
            return
        theme, r = self.theme, self.rect
        qp = QtPainter(painter)
        painter.save()
        painter.setClipRect(r)  # the row's fill and rule run on right of the label
        draw_lane_row(qp, self.box, self.index, theme)
        painter.restore()
        # Pinned over the map when scrolled sideways: a rule marks where the labels end.
        painter.setPen(QPen(colour(theme.rule), theme.grid_width))
        painter.drawLine(r.topRight(), r.bottomRight())
        if theme.label_size * detail(painter) < OVERVIEW_BELOW_PX:
            draw_overview_label(painter, r, " ".join(self.box.lines), colour(theme.ink))
            return
        draw_runs(qp, self.box.runs, theme)
        draw_runs(qp, self.extra_runs, theme)


class CornerItem(PinnedItem):
    """Covers the top-left corner where the pinned headers and labels meet."""

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, Z_CORNER)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.rect, colour(self.theme.background))


class CellItem(QGraphicsItem):
    """One stage's cell of a text lane (editable) or a metrics lane (read-only)."""

    def __init__(self, lane_id: str, stage_id: str, theme: Theme) -> None:
        super().__init__()
        self.lane_id, self.stage_id = lane_id, stage_id
        self.theme = theme
        self.box: CellBox | None = None
        self.editable = False
        self.rect = QRectF()
        self.setZValue(Z_CELL)
        self.setAcceptHoverEvents(True)
        self._hover = False

    def set_box(self, box: CellBox, kind: LaneKind, full_text: str) -> None:
        if box == self.box and (kind is LaneKind.TEXT) == self.editable:
            return
        if qrect(box.rect) != self.rect:
            self.prepareGeometryChange()
            self.rect = qrect(box.rect)
        self.box = box
        self.editable = kind is LaneKind.TEXT
        self.setToolTip(full_text if box.elided else "")
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def hoverEnterEvent(self, event: object) -> None:  # noqa: N802
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:  # noqa: N802
        self._hover = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.box is None:
            return
        if self._hover and self.editable:
            painter.fillRect(self.rect.adjusted(2, 2, -2, -2), colour(ACCENT, 18))
        draw_runs(QtPainter(painter), self.box.runs, self.theme)
