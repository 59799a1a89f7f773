"""Voting on the canvas: clicks cast or take back dots (an event filter) and badges show counts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..commands.error_text import translated
from ..model import JourneyMap, ModelError
from ..scene import MapScene
from ..scene.card_items import BoxItem
from ..scene.painting import colour, draw_text
from .participants import votable
from .text import tr

Z_BADGE = 8.0
_PRESS = (QEvent.Type.GraphicsSceneMousePress, QEvent.Type.GraphicsSceneMouseDoubleClick)


class VoteClicker(QObject):
    """While a round is active, a click on a card casts a dot for the current participant.

    Shift+click or a right click takes one of that participant's dots back. Other clicks
    (empty canvas, items the round does not vote on) reach the scene as usual.
    """

    def __init__(
        self,
        scene: MapScene,
        participant: Callable[[], str | None],
        report: Callable[[str], None],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(scene)
        self.scene, self.journey = scene, scene.journey
        self.participant, self.report = participant, report
        self.changed = changed  # dots are not undoable: the document hears of them here
        self._swallow_release = False
        scene.installEventFilter(self)

    def detach(self) -> None:
        self.scene.removeEventFilter(self)

    def item_at(self, pos: QPointF) -> str | None:
        for item in self.scene.items(pos):
            if isinstance(item, BoxItem):
                return item.entity_id
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        journey: JourneyMap | None = self.__dict__.get("journey")
        if journey is None:  # Python's side already torn down (seen once at a test's teardown)
            return False
        vote = journey.voting
        if vote is None or not vote.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.GraphicsSceneMouseRelease and self._swallow_release:
            self._swallow_release = False
            return True
        if kind == QEvent.Type.GraphicsSceneContextMenu:
            return True
        if kind not in _PRESS or not isinstance(event, QGraphicsSceneMouseEvent):
            return False
        item_id = self.item_at(event.scenePos())
        if item_id is None or not votable(self.journey, vote, item_id):
            return False
        self._swallow_release = True
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        take_back = shift or event.button() == Qt.MouseButton.RightButton
        self.vote(item_id, take_back)
        return True

    def vote(self, item_id: str, take_back: bool = False) -> bool:
        """Cast (or take back) one dot of the current participant; refusals are reported."""
        who = self.participant()
        if not who:
            self.report(tr("Choose who is voting first"))
            return False
        try:
            if take_back:
                self.journey.take_back_vote(who, item_id)
            else:
                self.journey.cast_vote(who, item_id)
        except ModelError as error:
            self.report(translated(error.message))
            return False
        self.changed()
        return True


class BadgeItem(QGraphicsItem):
    """A round black badge with the number of dots, at the top-right corner of a card."""

    def __init__(self, count: int, size: float) -> None:
        super().__init__()
        self.count, self.size = count, size
        self.setZValue(Z_BADGE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:  # noqa: N802
        width = self.size * (1.0 + 0.45 * (len(str(self.count)) - 1))
        return QRectF(-width / 2, -self.size / 2, width, self.size).adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect().adjusted(2, 2, -2, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour("#ffffff"), self.size * 0.08))
        painter.setBrush(colour("#000000"))
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        text = str(self.count)
        text_size = self.size * 0.62
        width = text_size * 0.64 * len(text)
        draw_text(painter, -width / 2, text_size * 0.36, text, text_size, True, colour("#ffffff"))


class VoteBadges(QObject):
    """Keeps a badge on every voted item of a scene; none while the round's votes are hidden."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.scene: MapScene = scene
        self.journey: JourneyMap = scene.journey
        self.badges: dict[str, BadgeItem] = {}
        scene.layout_changed.connect(self.refresh)
        self.refresh()

    def detach(self) -> None:
        """Stop following the scene and take the badges off it."""
        self.scene.layout_changed.disconnect(self.refresh)
        self._clear()

    def _clear(self) -> None:
        for badge in self.badges.values():
            if badge.scene() is self.scene:
                self.scene.removeItem(badge)
        self.badges = {}

    def refresh(self) -> None:
        self._clear()
        vote = self.journey.voting
        if vote is None or vote.hidden:
            return
        size = self.scene.theme.card_title_size * 2.0
        items = {**self.scene.mirror.cards, **self.scene.mirror.notes}
        for item_id, count in vote.totals().items():
            card = items.get(item_id)
            if card is None or count <= 0:
                continue
            badge = BadgeItem(count, size)
            corner = card.sceneBoundingRect()
            badge.setPos(corner.right() - size * 0.35, corner.top() + size * 0.1)
            self.scene.addItem(badge)
            self.badges[item_id] = badge

    def shown(self) -> dict[str, int]:
        """Counts the badges show, by item id."""
        return {item_id: badge.count for item_id, badge in self.badges.items()}
