"""The persona legend of the emotion lane: colour and marker per persona; click to show or hide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import Theme
from ..layout.text import line_height, measure
from ..model import Marker
from .painting import colour, draw_text, marker_path

Z_LEGEND = 9.0


class LegendItem(QGraphicsItem):
    """Entries (persona id, name, colour, marker, shown); placed by the view at the right edge."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.entries: list[tuple[str, str, str, Marker, bool]] = []
        self.size = QRectF()
        self.setZValue(Z_LEGEND)

    @property
    def row(self) -> float:
        return line_height(self.theme.small_size) + 3

    def set_entries(self, entries: list[tuple[str, str, str, Marker, bool]]) -> None:
        self.prepareGeometryChange()
        self.entries = entries
        size = self.theme.small_size
        note = QCoreApplication.translate("scene", "dashed: to-be")
        widest = max([measure(e[1], size) for e in entries] + [measure(note, size) - 16])
        self.size = QRectF(0, 0, widest + 34, self.row * (len(entries) + 1) + 6)
        self.setVisible(bool(entries))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.size

    def persona_at(self, scene_pos: QPointF) -> str | None:
        local = self.mapFromScene(scene_pos)
        index = int((local.y() - 3) // self.row)
        if self.size.contains(local) and 0 <= index < len(self.entries):
            return self.entries[index][0]
        return None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self.theme
        painter.setPen(QPen(colour(theme.rule), 0.8))
        painter.setBrush(colour(theme.background, 235))
        painter.drawRoundedRect(self.size, 4, 4)
        size = theme.small_size
        y = 3.0
        for _pid, name, ink, marker, shown in self.entries:
            tone = colour(ink) if shown else colour(theme.rule)
            cy = y + self.row / 2
            painter.setPen(QPen(tone, 2.0))
            painter.drawLine(QPointF(6, cy), QPointF(22, cy))
            painter.setPen(QPen(tone, 1.0))
            painter.setBrush(tone)
            painter.drawPath(marker_path(marker, 14, cy, theme.marker_size * 0.8))
            text_ink = colour(theme.ink if shown else theme.muted_ink)
            draw_text(painter, 28, cy + size * 0.36, name, size, False, text_ink)
            y += self.row
        note = QCoreApplication.translate("scene", "dashed: to-be")
        draw_text(
            painter, 6, y + self.row / 2 + size * 0.36, note, size, False, colour(theme.muted_ink)
        )
