"""The persona legend of the emotion lane: colour and marker per persona; click to show or hide."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import Theme
from ..layout.text import line_height, measure
from ..model import Marker
from .painting import colour, draw_text, marker_path, text_visible

Z_LEGEND = 9.0
SWATCH = 18.0  # the line-and-marker sample before each name
GAP = 14.0  # between entries


class LegendItem(QGraphicsItem):
    """Entries (persona id, name, colour, marker, shown) in one row above the emotion chart.

    The scene places it in the strip between the lane's top and the plot, left-aligned just
    after the pinned lane labels, so it never covers a curve or a gridline.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.entries: list[tuple[str, str, str, Marker, bool]] = []
        self.spans: list[tuple[float, float]] = []  # x range of each entry (click targets)
        self.note = ""
        self.size = QRectF()
        self.setZValue(Z_LEGEND)

    @property
    def row(self) -> float:
        return line_height(self.theme.small_size) + 3

    def set_entries(
        self, entries: list[tuple[str, str, str, Marker, bool]], note: str = ""
    ) -> None:
        """Persona entries, then a dashed sample with ``note`` (the map's word for "to be")."""
        size = self.theme.small_size
        spans, x = [], 0.0
        for entry in entries:
            width = SWATCH + 4 + measure(entry[1], size)
            spans.append((x, x + width))
            x += width + GAP
        x += SWATCH + 4 + measure(note, size)
        rect = QRectF(0, 0, x, self.row)
        if rect != self.size or entries != self.entries or note != self.note:
            self.prepareGeometryChange()
            self.entries, self.spans, self.size, self.note = entries, spans, rect, note
            self.update()
        self.setVisible(bool(entries))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.size.adjusted(-2, -2, 2, 2)

    def persona_at(self, scene_pos: QPointF) -> str | None:
        local = self.mapFromScene(scene_pos)
        if not self.size.contains(local):
            return None
        for (left, right), entry in zip(self.spans, self.entries, strict=True):
            if left <= local.x() <= right:
                return entry[0]
        return None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self.theme
        size = theme.small_size
        cy = self.row / 2
        readable = text_visible(painter, size)
        for (left, _right), (_pid, name, ink, marker, shown) in zip(
            self.spans, self.entries, strict=True
        ):
            tone = colour(ink) if shown else colour(theme.rule)
            painter.setPen(QPen(tone, 2.0))
            painter.drawLine(QPointF(left, cy), QPointF(left + SWATCH, cy))
            painter.setPen(QPen(tone, 1.0))
            painter.setBrush(tone)
            painter.drawPath(marker_path(marker, left + SWATCH / 2, cy, theme.marker_size * 0.8))
            if readable:
                ink_text = colour(theme.ink if shown else theme.muted_ink)
                draw_text(painter, left + SWATCH + 4, cy + size * 0.36, name, size, False, ink_text)
        left = self.spans[-1][1] + GAP if self.spans else 0.0
        pen = QPen(colour(theme.muted_ink), 1.5)
        pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(QPointF(left, cy), QPointF(left + SWATCH, cy))
        if readable:
            ink_note = colour(theme.muted_ink)
            draw_text(
                painter, left + SWATCH + 4, cy + size * 0.36, self.note, size, False, ink_note
            )
