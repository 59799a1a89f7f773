"""Mouse tools, one per interaction (start, update, finish, cancel); each ends in one command."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from ..commands import AddEntity, MoveEntity, MoveTouchpoints
from ..layout import MapLayout
from ..model import EntityKind, FlowKind, LaneKind
from .canvas import Canvas
from .card_items import CardItem
from .emotion_item import PointRef
from .grid_items import StageHeaderItem
from .painting import ACCENT, colour

DRAG_THRESHOLD = 4.0
Z_PREVIEW = 20.0


class Tool:
    """A gesture in progress: ``update`` on every mouse move, then ``finish`` or ``cancel``."""

    def __init__(self, scene: Canvas, start: QPointF) -> None:
        self.scene, self.start = scene, start
        self.moved = False

    def update(self, pos: QPointF) -> None:
        if not self.moved and QLineF(self.start, pos).length() >= DRAG_THRESHOLD:
            self.moved = True

    def finish(self, pos: QPointF) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError


def stage_at(layout: MapLayout, x: float) -> str | None:
    """The stage whose column spans ``x`` (the first or last one beyond the ends)."""
    headers = layout.stage_headers
    if not headers:
        return None
    for header in headers:
        if x < header.column.right:
            return header.stage_id
    return headers[-1].stage_id


def drop_slots(
    layout: MapLayout, order: list[str], stage_id: str, gap: float
) -> list[tuple[int, QLineF]]:
    """Every place a dragged card can land in a stage: (index among ``order``, marker line).

    Before each card (a vertical bar in the gap to its left, or a horizontal one above it when
    it continues a column), and after the last card; an empty stage has one slot at its start.
    """
    header = next((h for h in layout.stage_headers if h.stage_id == stage_id), None)
    row = next((lane.row_rect for lane in layout.lanes if lane.kind is LaneKind.TOUCHPOINTS), None)
    if header is None or row is None:
        return []
    rects = [layout.cards[tp_id].rect for tp_id in order if tp_id in layout.cards]
    if not rects:
        x = header.column.x + gap / 2
        return [(0, QLineF(x, row.y + gap / 2, x, row.bottom - gap / 2))]
    slots = []
    for index, rect in enumerate(rects):
        before = rects[index - 1] if index else None
        if before is not None and abs(before.x - rect.x) < 1.0:  # the same column: above it
            y = (before.bottom + rect.y) / 2
            slots.append((index, QLineF(rect.x, y, rect.right, y)))
        else:
            x = rect.x - gap / 2
            slots.append((index, QLineF(x, rect.y, x, rect.bottom)))
    last = rects[-1]
    x = last.right + gap / 2
    slots.append((len(rects), QLineF(x, last.y, x, last.bottom)))
    return slots


def nearest_slot(slots: list[tuple[int, QLineF]], pos: QPointF) -> tuple[int, QLineF] | None:
    """The slot whose marker's middle is nearest ``pos`` (where the card will land)."""
    if not slots:
        return None
    return min(slots, key=lambda slot: QLineF(slot[1].center(), pos).length())


class CardDragTool(Tool):
    """Drag the selected cards within and between stages; an insertion marker shows where
    they will land (also first in a stage or in an empty one); one MoveTouchpoints on release."""

    def __init__(
        self, scene: Canvas, start: QPointF, items: list[CardItem], pressed: CardItem
    ) -> None:
        super().__init__(scene, start)
        self.items, self.pressed = items, pressed
        self.marker = QGraphicsLineItem()
        pen = QPen(colour(ACCENT), 4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.marker.setPen(pen)
        self.marker.setZValue(Z_PREVIEW + 1)
        self.marker.setVisible(False)
        scene.addItem(self.marker)
        self.target: tuple[str, int] | None = None  # (stage, index among the other cards)

    def _landing(self, pos: QPointF) -> tuple[str, list[str], int, QLineF] | None:
        journey, layout = self.scene.journey, self.scene.layout
        stage_id = stage_at(layout, pos.x())
        if stage_id is None:
            return None
        dragged = {i.entity_id for i in self.items}
        order = [tp.id for tp in journey.touchpoints(stage_id) if tp.id not in dragged]
        slot = nearest_slot(drop_slots(layout, order, stage_id, self.scene.theme.card_gap), pos)
        if slot is None:
            return None
        return stage_id, order, slot[0], slot[1]

    def update(self, pos: QPointF) -> None:
        super().update(pos)
        if self.moved:
            delta = pos - self.start
            for item in self.items:
                item.setPos(item.home() + delta)
                item.setZValue(Z_PREVIEW)
            landing = self._landing(pos)
            self.marker.setVisible(landing is not None)
            if landing is not None:
                self.marker.setLine(landing[3])
                self.target = (landing[0], landing[2])

    def finish(self, pos: QPointF) -> None:
        if not self.moved:
            self.cancel()
            return
        journey = self.scene.journey
        landing = self._landing(pos)
        if landing is None:
            self.cancel()
            return
        stage_id, order, base, _line = landing
        dragged = {i.entity_id for i in self.items}
        ordered = [tp.id for tp in journey.touchpoints() if tp.id in dragged]
        final = order[:base] + ordered + order[base:]
        self.cancel()
        if final == [tp.id for tp in journey.touchpoints(stage_id)]:
            return
        moves = [(tp_id, stage_id, 10**9) for tp_id in ordered]
        moves += [(tp_id, stage_id, base + k) for k, tp_id in enumerate(ordered)]
        self.scene.run(MoveTouchpoints(journey, moves))

    def cancel(self) -> None:
        for item in self.items:
            item.setPos(item.home())
            item.setZValue(4.0)
        if self.marker.scene() is not None:
            self.scene.removeItem(self.marker)


class FlowTool(Tool):
    """Drag from a card's handle to another card: adds a main flow."""

    def __init__(self, scene: Canvas, start: QPointF, source: CardItem) -> None:
        super().__init__(scene, start)
        self.source = source
        self.line = QGraphicsLineItem(QLineF(start, start))
        pen = QPen(colour(ACCENT), 1.5)
        pen.setDashPattern([4, 3])
        self.line.setPen(pen)
        self.line.setZValue(Z_PREVIEW)
        scene.addItem(self.line)

    def update(self, pos: QPointF) -> None:
        super().update(pos)
        self.line.setLine(QLineF(self.start, pos))

    def finish(self, pos: QPointF) -> None:
        self.cancel()
        target = self.scene.card_at(pos)
        if target is None or target is self.source:
            return
        fields = {
            "source": self.source.entity_id,
            "target": target.entity_id,
            "kind": FlowKind.MAIN,
        }
        self.scene.run(AddEntity(self.scene.journey, EntityKind.FLOW, fields))

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class EmotionTool(Tool):
    """Drag a curve point vertically; it snaps to the scale and pushes SetEmotion."""

    def __init__(self, scene: Canvas, start: QPointF, ref: PointRef, place: bool = False) -> None:
        super().__init__(scene, start)
        self.ref = ref
        self.value: int | None = None
        self.place = place  # a click in the lane: the value under the pointer counts at once
        box = scene.layout.emotion
        if place and box is not None:
            self.value = box.y_to_value(start.y())
            scene.mirror.emotion.set_preview(ref, box.value_to_y(self.value))

    def update(self, pos: QPointF) -> None:
        super().update(pos)
        box = self.scene.layout.emotion
        if box is None or not (self.moved or self.place):
            return
        self.value = box.y_to_value(pos.y())
        self.scene.mirror.emotion.set_preview(self.ref, box.value_to_y(self.value))

    def finish(self, pos: QPointF) -> None:
        self.scene.mirror.emotion.set_preview(None)
        if self.value is None:
            return
        from .actions import set_emotion

        set_emotion(self.scene, self.ref.tp_id, self.ref.persona_id, self.value, self.ref.to_be)

    def cancel(self) -> None:
        self.scene.mirror.emotion.set_preview(None)


class HeaderDragTool(Tool):
    """Drag a stage header sideways to reorder the stages (MoveEntity on release)."""

    def __init__(self, scene: Canvas, start: QPointF, header: StageHeaderItem) -> None:
        super().__init__(scene, start)
        self.header = header
        self.ghost = QGraphicsRectItem(header.rect)
        self.ghost.setPen(QPen(colour(ACCENT), 2))
        self.ghost.setBrush(colour(ACCENT, 40))
        self.ghost.setZValue(Z_PREVIEW)
        self.ghost.setPos(header.pos())
        self.ghost.setVisible(False)
        scene.addItem(self.ghost)

    def update(self, pos: QPointF) -> None:
        super().update(pos)
        if self.moved:
            self.ghost.setVisible(True)
            self.ghost.setPos(self.header.pos() + QPointF(pos.x() - self.start.x(), 0))

    def target_index(self, x: float) -> int:
        ids = self.scene.layout.stage_ids
        others = [s for s in ids if s != self.header.stage_id]
        index = 0
        for stage_id in others:
            if x > self.scene.layout.stage_box(stage_id).rect.center[0]:
                index += 1
        # map the position among visible stages onto the full stage list
        all_ids = [s.id for s in self.scene.journey.stages()]
        if index >= len(others):
            return len(all_ids) - 1
        target = all_ids.index(others[index])
        current = all_ids.index(self.header.stage_id)
        return target - 1 if current < target else target

    def finish(self, pos: QPointF) -> None:
        self.cancel()
        if not self.moved:
            return
        index = self.target_index(pos.x())
        self.scene.run(MoveEntity(self.scene.journey, self.header.stage_id, index))

    def cancel(self) -> None:
        if self.ghost.scene() is not None:
            self.scene.removeItem(self.ghost)
