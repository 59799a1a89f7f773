"""The emotion lane's legend and pen picker: click a persona to draw its curve, then as is/to be.

The persona being drawn and the curve (as is or to be) are framed; a double-click on a persona
shows or hides its curve.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import Theme
from ..layout.text import line_height, measure
from ..model import Marker
from .painting import ACCENT, colour, draw_text, marker_path, text_visible

Z_LEGEND = 9.0
SWATCH = 18.0  # the line-and-marker sample before each name
GAP = 14.0  # between entries
CHIP_PAD = 4.0  # room around an entry for the frame of the chosen one


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
        self.modes: list[tuple[float, float]] = []  # x ranges of the "as is" and "to be" chips
        self.note = ""
        self.as_is_word = ""
        self.crowd = ""  # the room's crowd curve entry ("Room (12): average per stage, …")
        self.crowd_span = (0.0, 0.0)
        self.drawing: str | None = None
        self.to_be = False
        self.size = QRectF()
        self.setZValue(Z_LEGEND)

    @property
    def row(self) -> float:
        return line_height(self.theme.small_size) + 6

    def set_entries(
        self,
        entries: list[tuple[str, str, str, Marker, bool]],
        note: str = "",
        as_is: str = "",
        crowd: str = "",
    ) -> None:
        """Persona entries, then the "as is" (solid) and ``note`` (dashed, "to be") chips, then
        the room's crowd curve when the map has one (``crowd``: its text)."""
        size = self.theme.small_size
        spans, x = [], CHIP_PAD
        for entry in entries:
            width = SWATCH + 4 + measure(entry[1], size)
            spans.append((x, x + width))
            x += width + GAP
        x += GAP
        modes = []
        for word in (as_is, note):
            width = SWATCH + 4 + measure(word, size)
            modes.append((x, x + width))
            x += width + GAP
        crowd_span = (x, x + SWATCH + 4 + measure(crowd, size)) if crowd else (x, x)
        x = crowd_span[1] + GAP if crowd else x
        rect = QRectF(0, 0, x, self.row)
        if (
            rect != self.size
            or entries != self.entries
            or (note, as_is, crowd) != (self.note, self.as_is_word, self.crowd)
        ):
            self.prepareGeometryChange()
            self.entries, self.spans, self.size = entries, spans, rect
            self.modes, self.note, self.as_is_word = modes, note, as_is
            self.crowd, self.crowd_span = crowd, crowd_span
            self.update()
        self.setVisible(bool(entries) or bool(crowd))

    def set_drawing(self, persona_id: str | None, to_be: bool) -> None:
        """Frame the persona whose curve a click in the lane sets, and the curve (to be?)."""
        if (persona_id, to_be) != (self.drawing, self.to_be):
            self.drawing, self.to_be = persona_id, to_be
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.size.adjusted(-2, -2, 2, 2)

    def persona_at(self, scene_pos: QPointF) -> str | None:
        local = self.mapFromScene(scene_pos)
        if not self.size.contains(local):
            return None
        for (left, right), entry in zip(self.spans, self.entries, strict=True):
            if left - GAP / 2 <= local.x() <= right + GAP / 2:
                return entry[0]
        return None

    def mode_at(self, scene_pos: QPointF) -> bool | None:
        """True on the "to be" chip, False on "as is", None elsewhere."""
        local = self.mapFromScene(scene_pos)
        if not self.size.contains(local):
            return None
        for to_be, (left, right) in zip((False, True), self.modes, strict=False):
            if left - GAP / 2 <= local.x() <= right + GAP / 2:
                return to_be
        return None

    def _frame(self, painter: QPainter, left: float, right: float) -> None:
        painter.setPen(QPen(colour(ACCENT), 1.5))
        painter.setBrush(colour(ACCENT, 28))
        box = QRectF(left - CHIP_PAD, 1, right - left + 2 * CHIP_PAD, self.row - 2)
        painter.drawRoundedRect(box, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self.theme
        size = theme.small_size
        cy = self.row / 2
        readable = text_visible(painter, size)
        for (left, right), (pid, name, ink, marker, shown) in zip(
            self.spans, self.entries, strict=True
        ):
            if pid == self.drawing:
                self._frame(painter, left, right)
            tone = colour(ink) if shown else colour(theme.rule)
            painter.setPen(QPen(tone, 2.0))
            painter.drawLine(QPointF(left, cy), QPointF(left + SWATCH, cy))
            painter.setPen(QPen(tone, 1.0))
            painter.setBrush(tone)
            painter.drawPath(marker_path(marker, left + SWATCH / 2, cy, theme.marker_size * 0.8))
            if readable:
                ink_text = colour(theme.ink if shown else theme.muted_ink)
                bold = pid == self.drawing
                draw_text(painter, left + SWATCH + 4, cy + size * 0.36, name, size, bold, ink_text)
        for to_be, (left, right), word in zip(
            (False, True), self.modes, (self.as_is_word, self.note), strict=False
        ):
            if self.drawing is not None and to_be == self.to_be:
                self._frame(painter, left, right)
            pen = QPen(colour(theme.muted_ink), 1.5)
            if to_be:
                pen.setDashPattern([3.0, 2.0])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawLine(QPointF(left, cy), QPointF(left + SWATCH, cy))
            if readable:
                ink_note = colour(theme.ink if to_be == self.to_be else theme.muted_ink)
                draw_text(painter, left + SWATCH + 4, cy + size * 0.36, word, size, False, ink_note)
        if self.crowd:
            self._paint_crowd(painter, readable)

    def _paint_crowd(self, painter: QPainter, readable: bool) -> None:
        """The crowd curve's entry, drawn as the curve is: spread band, dotted mean, a mark."""
        theme, size, cy = self.theme, self.theme.small_size, self.row / 2
        left = self.crowd_span[0]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(theme.crowd_band))
        painter.drawRect(QRectF(left, cy - 4, SWATCH, 8))
        pen = QPen(colour(theme.crowd_ink), theme.curve_width * 0.8)
        pen.setDashPattern([1.0, 2.5])
        painter.setPen(pen)
        painter.drawLine(QPointF(left, cy), QPointF(left + SWATCH, cy))
        painter.setPen(QPen(colour(theme.crowd_ink), 1.2))
        painter.setBrush(colour(theme.background))
        radius = theme.marker_size * 0.4
        painter.drawEllipse(QPointF(left + SWATCH / 2, cy), radius, radius)
        if readable:
            draw_text(painter, left + SWATCH + 4, cy + size * 0.36, self.crowd, size, False,
                      colour(theme.crowd_ink))  # fmt: skip
