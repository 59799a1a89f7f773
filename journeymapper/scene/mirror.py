"""Keeps one graphics item per laid-out entity in step with a fresh layout (add, update, remove)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..layout import Arrow, CardBox, ExitMarker, MapLayout, Theme
from ..layout.cells import metrics_text
from ..layout.persona_style import persona_styles
from ..model import JourneyMap, LaneKind
from ..render.draw_map import persona_colours
from ..words.labels import crowd_legend, labels_for
from .card_items import CardItem, NoteItem
from .emotion_item import EmotionItem
from .flow_items import ArrowItem
from .grid_items import BackgroundItem, CellItem, CornerItem, LaneLabelItem, StageHeaderItem
from .legend_item import LegendItem

K = TypeVar("K")
I = TypeVar("I", bound=QGraphicsItem)  # noqa: E741


def _reconcile(
    scene: QGraphicsScene, items: dict[K, I], keys: list[K], make: Callable[[K], I]
) -> None:
    """Make ``items`` hold exactly ``keys``: new items are created, stale ones removed."""
    if len(items) == len(keys) and items.keys() >= set(keys):
        return  # the usual case after an edit: the same entities as before
    wanted = set(keys)
    for key in [k for k in items if k not in wanted]:
        scene.removeItem(items.pop(key))
    for key in keys:
        if key not in items:
            item = make(key)
            items[key] = item
            scene.addItem(item)


class Mirror:
    """All items of a scene, by entity id; ``update`` brings them to a new layout."""

    def __init__(self, scene: QGraphicsScene, theme: Theme) -> None:
        self.scene, self.theme = scene, theme
        self.background = BackgroundItem(theme)
        self.corner = CornerItem(theme)
        self.emotion = EmotionItem(theme)
        self.legend = LegendItem(theme)
        for item in (self.background, self.corner, self.emotion, self.legend):
            scene.addItem(item)
        self.headers: dict[str, StageHeaderItem] = {}
        self.labels: dict[str, LaneLabelItem] = {}
        self.cells: dict[tuple[str, str], CellItem] = {}
        self.cards: dict[str, CardItem] = {}
        self.notes: dict[str, NoteItem] = {}
        self.arrows: dict[str, ArrowItem] = {}
        self._blocks: list[dict[str, CardBox]] = []  # the last layout's card blocks
        self._last_arrows: list[Arrow] = []
        self._last_exits: list[ExitMarker] = []

    def update(self, journey: JourneyMap, layout: MapLayout, hidden: set[str]) -> None:
        theme, scene = self.theme, self.scene
        self.background.set_layout(layout)
        _reconcile(scene, self.headers, layout.stage_ids, lambda k: StageHeaderItem(k, theme))
        for header in layout.stage_headers:
            stage = journey.stage(header.stage_id)
            self.headers[header.stage_id].set_box(header, stage.colour, stage.name)
        _reconcile(scene, self.labels, layout.lane_ids, lambda k: LaneLabelItem(k, theme))
        emotion = layout.emotion
        for index, lane in enumerate(layout.lanes):
            extra = emotion.label_runs if emotion and emotion.lane_id == lane.lane_id else []
            self.labels[lane.lane_id].set_box(lane, index, extra)
        cell_keys = [(c.lane_id, c.stage_id) for c in layout.cells]
        _reconcile(scene, self.cells, cell_keys, lambda k: CellItem(k[0], k[1], theme))
        lanes = {lane.id: lane for lane in journey.lanes()}
        for cell in layout.cells:
            row = lanes[cell.lane_id]
            full = ""  # the full text is only needed (as the tooltip) when the cell elides it
            if cell.elided and row.kind is LaneKind.METRICS:
                full = metrics_text(journey, journey.stage(cell.stage_id))
            elif cell.elided:
                full = row.cells.get(cell.stage_id, "")
            self.cells[(cell.lane_id, cell.stage_id)].set_box(cell, row.kind, full)
        _reconcile(scene, self.cards, list(layout.cards), lambda k: CardItem(k, theme))
        notes = list(layout.annotation_cards)
        _reconcile(scene, self.notes, notes, lambda k: NoteItem(k, theme))
        self._boxes(journey, layout.card_blocks)
        words = labels_for(journey.language.value)
        self._arrows(layout)
        self._emotion(journey, layout, hidden, words["to_be"], words["as_is"])
        self.corner.set_rect(QRectF(0, 0, layout.label_column.right, layout.header_rect.bottom))

    def _arrows(self, layout: MapLayout) -> None:
        """Flow arrows; an edit changes a few, and the memoised rest are the same objects."""
        arrows, exits = layout.arrows, layout.exit_markers
        if len(arrows) == len(self._last_arrows) and exits == self._last_exits:
            # Mostly identical lists: only the arrows that are new objects need a look.
            changed = [a for a, old in zip(arrows, self._last_arrows, strict=True) if a is not old]
            if all(arrow.flow_id in self.arrows for arrow in changed):
                self._set_arrows(changed, {m.flow_id: m for m in exits})
                self._last_arrows = arrows
                return
        keys = [a.flow_id for a in arrows]
        _reconcile(self.scene, self.arrows, keys, lambda k: ArrowItem(k, self.theme))
        self._set_arrows(arrows, {m.flow_id: m for m in exits})
        self._last_arrows, self._last_exits = arrows, exits

    def _set_arrows(self, arrows: list[Arrow], exits: dict[str, ExitMarker]) -> None:
        for arrow in arrows:
            item, marker = self.arrows[arrow.flow_id], exits.get(arrow.flow_id)
            if item.arrow != arrow or item.exit != marker:
                item.set_arrow(arrow, marker)

    def _boxes(self, journey: JourneyMap, blocks: list[dict[str, CardBox]]) -> None:
        """Cards and notes, stage by stage. A stage whose entities did not change is the very
        same block as last time: skipped whole. In the others, a card whose (memoised) box and
        entity are the same objects as before is skipped too."""
        last = {id(block) for block in self._blocks}
        for block in blocks:
            if id(block) in last:
                continue
            for entity_id, box in block.items():
                card = self.cards.get(entity_id)
                if card is not None:
                    tp = journey.touchpoint(entity_id)
                    if card.box is not box or card.source is not tp:
                        card.set_card(box, tp)
                    continue
                item, note = self.notes[entity_id], journey.annotation(entity_id)
                if item.box is not box or item.source is not note:
                    item.set_note(box, note)
        self._blocks = blocks  # kept, so the ids above stay theirs

    def _emotion(
        self, journey: JourneyMap, layout: MapLayout, hidden: set[str], to_be: str, as_is: str
    ) -> None:
        colours = persona_colours(journey, self.theme)
        personas = journey.personas()
        styles = persona_styles(personas, self.theme)
        if layout.emotion is None:
            self.emotion.setVisible(False)
            self.legend.set_entries([])
            return
        self.emotion.setVisible(True)
        self.emotion.set_chart(layout.emotion, colours, styles)
        entries = [
            (p.id, p.name, colours[p.id], styles[p.id].marker, p.id not in hidden) for p in personas
        ]
        runs = layout.emotion.crowd_runs
        crowd = crowd_legend(runs[0].text, journey.language.value) if runs else ""
        self.legend.set_entries(entries, to_be, as_is, crowd)

    def all_boxes(self) -> list[QGraphicsItem]:
        return [*self.cards.values(), *self.notes.values(), *self.arrows.values()]
