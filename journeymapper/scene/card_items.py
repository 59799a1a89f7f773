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
from ..model import Annotation, AnnotationKind, Touchpoint
from .painting import (
    ACCENT,
    CHANNEL_ICONS,
    colour,
    detail,
    draw_runs,
    draw_text,
    text_visible,
    tint,
)

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

    def _frame(self, painter: QPainter, fill: str, border: str, strip: str, tinted: bool) -> None:
        theme = self.theme
        r = self.size
        background = tint(strip, 0.09) if tinted else colour(fill)
        if theme.corner * detail(painter) < 1.0:
            # Far out the rounded corner is sub-pixel: a plain rectangle is 5x cheaper.
            painter.fillRect(r, colour(border))
            painter.fillRect(r.adjusted(0.5, 0.5, -0.5, -0.5), background)
        else:
            painter.setPen(QPen(colour(border), theme.border_width))
            painter.setBrush(background)
            painter.drawRoundedRect(r, theme.corner, theme.corner)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(strip))
        painter.drawRect(QRectF(r.x(), r.y() + 1, 4.0, r.height() - 2))
        if self.isSelected():
            painter.setPen(QPen(colour(ACCENT), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(-1, -1, 1, 1), theme.corner + 1, theme.corner + 1)


class CardItem(BoxItem):
    """A touchpoint card: channel strip and icon, name, the start of "what happens"."""

    def __init__(self, entity_id: str, theme: Theme) -> None:
        super().__init__(entity_id, theme)
        self.channel_colour = "#7f7f7f"
        self.icon = ""

    def set_card(self, box: CardBox, tp: Touchpoint) -> None:
        self.source = tp
        self.channel_colour = tp.colour or self.theme.channel_colour(tp.channel)
        self.icon = CHANNEL_ICONS.get(tp.channel, "")
        tip = f"<b>{_escape(tp.name)}</b>"
        if tp.description:
            tip += f"<br>{_escape(tp.description)}"
        if tip != self.toolTip():
            self.setToolTip(tip)
        self.place(box, (self.channel_colour, self.icon))

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
        self._frame(painter, theme.card_fill, theme.card_border, self.channel_colour, True)
        draw_runs(painter, self.box.runs, theme, -self.box.rect.x, -self.box.rect.y)
        if self.icon and text_visible(painter, theme.meta_size):
            size = theme.meta_size + 2
            draw_text(
                painter,
                self.size.right() - theme.padding - size,
                theme.padding + size * 0.85,
                self.icon,
                size,
                False,
                colour(self.channel_colour),
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
        self.pain = True

    def set_note(self, box: CardBox, note: Annotation) -> None:
        self.source = note
        self.pain = note.kind is AnnotationKind.PAIN_POINT
        tip = _escape(note.text)
        if tip != self.toolTip():
            self.setToolTip(tip)
        self.place(box, (self.pain,))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.box is None:
            return
        theme = self.theme
        fill = theme.pain_fill if self.pain else theme.opportunity_fill
        border = theme.pain_border if self.pain else theme.opportunity_border
        self._frame(painter, fill, border, border, False)
        dx, dy = -self.box.rect.x, -self.box.rect.y
        meta = [run for run in self.box.runs if run.role == "meta"]
        rest = [run for run in self.box.runs if run.role != "meta"]
        draw_runs(painter, meta, theme, dx, dy, border)
        draw_runs(painter, rest, theme, dx, dy, theme.ink)


def _content(box: CardBox) -> tuple[object, ...]:
    """What a card draws, independent of where it is (runs are relative to its corner)."""
    x, y = box.rect.x, box.rect.y
    runs = tuple((r.x - x, r.baseline - y, r.text, r.size, r.bold, r.role) for r in box.runs)
    return (box.rect.w, box.rect.h, runs)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
