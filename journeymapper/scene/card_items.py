"""Touchpoint cards (channel colour, icon, flow handle) and pain-point/opportunity cards."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..layout import CardBox, Theme
from ..model import Annotation, Touchpoint
from ..render.cards import CardLook, draw_card, note_look, touchpoint_look
from .painting import ACCENT, CHANNEL_ICONS, colour, draw_text, text_visible
from .qt_painter import QtPainter

Z_CARD = 4.0
HANDLE_R = 5.5


class BoxItem(QGraphicsItem):
    """A card placed at its layout rectangle's top-left (``pos``); dragging moves ``pos``."""

    def __init__(self, entity_id: str, theme: Theme) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.theme = theme
        self.box: CardBox | None = None
        self.source: object = None  # the model object (frozen) the item last showed
        self._look: tuple[object, ...] = ()
        self.size = QRectF()
        self._bounds = QRectF()
        self.setZValue(Z_CARD)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        # Cards repaint from a pixmap while panning and dragging; any look change calls update().
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.hovered = False

    def place(self, box: CardBox, look: tuple[object, ...] = ()) -> None:
        """Move to ``box``; repaint only when the box's contents or ``look`` changed."""
        size = QRectF(0, 0, box.rect.w, box.rect.h)
        if size != self.size:
            self.prepareGeometryChange()
            self.size = size
            self._bounds = size.adjusted(-2, -2, HANDLE_R + 2, 2)
        changed = self.box is None or _content(self.box) != _content(box) or look != self._look
        self.box, self._look = box, look
        self.setPos(box.rect.x, box.rect.y)
        if changed:
            self.update()

    def home(self) -> QPointF:
        """Where the layout puts this card (``pos`` differs while it is dragged)."""
        return QPointF(self.box.rect.x, self.box.rect.y) if self.box else QPointF()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds  # asked for very often while painting: computed once in place()

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.size)
        return path

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.hovered = False
        self.update()

    def _draw(self, painter: QPainter, look: CardLook) -> None:
        """The card exactly as the exports draw it (render/cards.py), then the selection."""
        assert self.box is not None
        theme = self.theme
        dx, dy = self.box.rect.x, self.box.rect.y
        painter.translate(-dx, -dy)
        draw_card(QtPainter(painter), self.box, theme, look)
        painter.translate(dx, dy)
        if self.isSelected():
            painter.setPen(QPen(colour(ACCENT), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            corner = theme.corner + 1
            painter.drawRoundedRect(self.size.adjusted(-1, -1, 1, 1), corner, corner)


class CardItem(BoxItem):
    """A touchpoint card: channel strip and icon, name, the start of "what happens"."""

    def __init__(self, entity_id: str, theme: Theme) -> None:
        super().__init__(entity_id, theme)
        self.look = CardLook(theme.card_fill, theme.card_border, theme.card_border)
        self.icon = ""

    def set_card(self, box: CardBox, tp: Touchpoint) -> None:
        self.source = tp
        self.look = touchpoint_look(tp, self.theme)
        self.icon = CHANNEL_ICONS.get(tp.channel, "")
        tip = f"<b>{_escape(tp.name)}</b>"
        if tp.description:
            tip += f"<br>{_escape(tp.description)}"
        if tip != self.toolTip():
            self.setToolTip(tip)
        self.place(box, (self.look, self.icon))

    def shape(self) -> QPainterPath:
        path = super().shape()
        path.addEllipse(self.handle_rect().adjusted(-3, -3, 3, 3))
        return path

    def handle_rect(self) -> QRectF:
        """The flow handle on the card's right edge (local coordinates)."""
        r = self.size
        return QRectF(r.right() - HANDLE_R, r.center().y() - HANDLE_R, 2 * HANDLE_R, 2 * HANDLE_R)

    def on_handle(self, scene_pos: QPointF) -> bool:
        return self.handle_rect().adjusted(-3, -3, 3, 3).contains(self.mapFromScene(scene_pos))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.box is None:
            return
        theme = self.theme
        self._draw(painter, self.look)
        if self.icon and text_visible(painter, theme.meta_size):
            size = theme.meta_size + 2
            draw_text(
                painter,
                self.size.right() - theme.padding - size,
                theme.padding + size * 0.85,
                self.icon,
                size,
                False,
                colour(self.look.strip),
            )
        if self.isSelected() or self.hovered:
            painter.setPen(QPen(colour(ACCENT), 1.2))
            painter.setBrush(colour(theme.background))
            painter.drawEllipse(self.handle_rect())
            painter.setBrush(colour(ACCENT))
            painter.drawEllipse(self.handle_rect().adjusted(3, 3, -3, -3))


class NoteItem(BoxItem):
    """A pain point or opportunity card: severity dots and votes on the top line."""

    def __init__(self, entity_id: str, theme: Theme) -> None:
        super().__init__(entity_id, theme)
        self.look = CardLook(theme.pain_fill, theme.pain_border, theme.pain_border)

    def set_note(self, box: CardBox, note: Annotation) -> None:
        self.source = note
        self.look = note_look(note, self.theme)
        tip = _escape(note.text)
        if tip != self.toolTip():
            self.setToolTip(tip)
        self.place(box, (self.look,))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.box is None:
            return
        self._draw(painter, self.look)


def _content(box: CardBox) -> tuple[object, ...]:
    """What a card draws, independent of where it is (runs are relative to its corner)."""
    x, y = box.rect.x, box.rect.y
    runs = tuple((r.x - x, r.baseline - y, r.text, r.size, r.bold, r.role) for r in box.runs)
    return (box.rect.w, box.rect.h, runs)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
