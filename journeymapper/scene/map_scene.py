"""MapScene: the QGraphicsScene mirror of a journey map; every edit goes through the undo stack."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QMimeData, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTransform, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from ..commands import (
    MIME_TYPE,
    AddFragment,
    ModelCommand,
    copy_fragment,
    dumps_fragment,
    loads_fragment,
    push,
)
from ..commands.error_text import translated
from ..export.gcpause import gc_paused
from ..layout import LayoutOptions, MapLayout, compute_layout, get_theme
from ..model import EntityKind, Event, JourneyMap, LockedError, MapAttributeChanged, ModelError
from ..model.voting import only_ballots_differ
from ..words.labels import channel_names, metric_names
from . import actions
from .card_items import CardItem, NoteItem
from .emotion_item import PointRef
from .flow_items import ArrowItem
from .grid_items import CellItem, StageHeaderItem
from .inline_editor import InlineEditor
from .mirror import Mirror
from .tools import CardDragTool, EmotionTool, FlowTool, HeaderDragTool, Tool

POINT_TOLERANCE_PX = 8.0
FEW = 16  # selections up to this size are ordered by position lookups, not a walk of the map


class MapScene(QGraphicsScene):
    """Items mirror the model through its events; gestures push QUndoCommands."""

    selection_changed = Signal(list)
    error = Signal(str)
    # (ids, cards/notes/cells in the stages among them): the UI asks, then calls remove_ids()
    delete_requested = Signal(list, int)
    layout_changed = Signal()
    # a short non-modal message for the status bar ("the structure is locked" …)
    hint = Signal(str)

    def __init__(
        self,
        journey: JourneyMap,
        undo_stack: QUndoStack,
        theme: str = "light",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey, self.undo_stack = journey, undo_stack
        self.theme_name, self.theme = theme, get_theme(theme)
        self.view_id: str | None = None
        self.hidden_personas: set[str] = set()
        # the emotion pen: whose curve a click in the Emotions lane sets, and which curve
        self.drawing_persona: str | None = None
        self.drawing_to_be = False
        self.mirror = Mirror(self, self.theme)
        self.layout: MapLayout = compute_layout(JourneyMap())
        self.editor: InlineEditor | None = None
        self.tool: Tool | None = None
        self._dirty = True
        self._refusing = False  # a locked card or stage was pressed (no-entry pointer)
        self._last_selection: list[str] = []
        self._unsubscribe = journey.subscribe(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync)
        undo_stack.indexChanged.connect(self._on_stack)
        self.selectionChanged.connect(self._emit_selection)
        self.setBackgroundBrush(QColor(self.theme.background))
        self.sync()

    # ------------------------------------------------------------- mirroring
    def close(self) -> None:
        """Stop following the model and the stack (call before dropping the scene)."""
        self._unsubscribe()
        self._timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.undo_stack.indexChanged.disconnect(self._on_stack)

    def _on_event(self, event: Event) -> None:
        if _layout_unchanged(event):
            return  # hidden dots or the room's session: nothing on the canvas shows them
        self._dirty = True
        if self.tool is None:  # a change from elsewhere (a co-editor) waits for the drop
            self._timer.start(0)

    def _catch_up(self) -> None:
        """After a gesture: show what changed meanwhile (its own edit syncs by itself)."""
        if self._dirty:
            self._timer.start(0)

    def _on_stack(self, _index: int) -> None:
        self.sync()

    def sync(self) -> None:
        """Recompute the layout and bring the items up to date (only if the model changed)."""
        if not self._dirty:
            return
        self._dirty = False
        self._timer.stop()
        if self.view_id is not None and self.journey.kind_of(self.view_id) is None:
            self.view_id = None
        options = self.layout_options()
        with gc_paused():  # a full collection over a big map would stall this edit
            self.layout = compute_layout(self.journey, options)
            self.mirror.update(self.journey, self.layout, self.hidden_personas)
        self.setSceneRect(QRectF(0, 0, self.layout.width, self.layout.height))
        self._check_pen(self.shown_personas())
        self.layout_changed.emit()
        self._emit_selection()

    def layout_options(self) -> LayoutOptions:
        """How the canvas lays out the map: its view, shown personas, theme and language."""
        return LayoutOptions(
            view_id=self.view_id,
            persona_ids=self.shown_personas(),
            theme=self.theme_name,
            channel_labels=channel_names(self.journey.language.value),
            metric_labels=metric_names(self.journey.language.value),
        )

    def shown_personas(self) -> list[str]:
        return [p.id for p in self.journey.personas() if p.id not in self.hidden_personas]

    def refresh(self) -> None:
        self._dirty = True
        self.sync()

    # ------------------------------------------------------------ emotion pen
    def _check_pen(self, shown: list[str]) -> None:
        if self.drawing_persona not in shown:
            self.drawing_persona = shown[0] if shown else None
        self.mirror.legend.set_drawing(self.drawing_persona, self.drawing_to_be)

    def choose_pen(self, persona_id: str | None = None, to_be: bool | None = None) -> None:
        """Draw ``persona_id``'s curve (shown if it was hidden) and/or the as-is/to-be curve."""
        if persona_id is not None:
            self.drawing_persona = persona_id
            if persona_id in self.hidden_personas:
                self.set_hidden_personas(self.hidden_personas - {persona_id})
        if to_be is not None:
            self.drawing_to_be = to_be
        self.mirror.legend.set_drawing(self.drawing_persona, self.drawing_to_be)
        name = getattr(self.journey.find(self.drawing_persona or ""), "name", "")
        if name:
            words = (
                actions.tr("Emotions: drawing the to-be curve of %1")
                if self.drawing_to_be
                else actions.tr("Emotions: drawing the as-is curve of %1")
            )
            self.hint.emit(words.replace("%1", name))

    def emotion_slot(self, pos: QPointF) -> str | None:
        """The touchpoint whose emotion a click at ``pos`` in the Emotions lane sets."""
        box = self.layout.emotion
        if box is None or not box.slots:
            return None
        half_step = box.rect.h / max(1, box.maximum - box.minimum) / 2
        if not box.rect.y - half_step <= pos.y() <= box.rect.bottom + half_step:
            return None
        stage_id = actions.stage_at_x(self.layout, pos.x())
        if stage_id is None:
            return None
        in_stage = {tp.id for tp in self.journey.touchpoints(stage_id)}
        near = [(abs(x - pos.x()), tp_id) for tp_id, x in box.slots if tp_id in in_stage]
        return min(near)[1] if near else None

    def set_view_filter(self, view_id: str | None) -> None:
        self.view_id = view_id
        self.refresh()

    def set_hidden_personas(self, persona_ids: set[str]) -> None:
        self.hidden_personas = set(persona_ids)
        self.refresh()

    def pin_to(self, visible: QRectF) -> None:
        """Keep stage headers at the top and lane labels at the left of ``visible``."""
        layout = self.layout
        dy = max(0.0, visible.top() - layout.header_rect.y)
        dx = max(0.0, visible.left() - layout.label_column.x)
        for header in self.mirror.headers.values():
            header.setPos(0, dy)
        for label in self.mirror.labels.values():
            label.setPos(dx, 0)
        self.mirror.corner.setPos(dx, dy)
        self.mirror.corner.setVisible(dx > 0 or dy > 0)
        self._place_legend(dx)

    def pinned_items(self) -> list[QGraphicsItem]:
        """The items pin_to() keeps in view: stage headers, lane labels, corner, legend."""
        m = self.mirror
        return [*m.headers.values(), *m.labels.values(), m.corner, m.legend]

    def _place_legend(self, dx: float) -> None:
        """The legend sits in the strip above the plot, just right of the pinned lane labels."""
        legend, emotion = self.mirror.legend, self.layout.emotion
        lane = next(
            (b for b in self.layout.lanes if emotion and b.lane_id == emotion.lane_id), None
        )
        if emotion is None or lane is None:
            return
        top = lane.row_rect.y
        bottom = emotion.rect.y - self.theme.marker_size * 1.4
        y = top + max(0.0, (bottom - top - legend.size.height()) / 2)
        legend.setPos(self.layout.label_column.right + dx + self.theme.padding, y)

    # --------------------------------------------------------------- editing
    def run(self, command: ModelCommand) -> bool:
        """Push ``command``; a refusal is reported through ``error`` and changes nothing."""
        try:
            return push(self.undo_stack, command)
        except LockedError:
            self.hint.emit(actions.locked_hint())  # the lock is expected: no dialog
            self.refresh()
            return False
        except ModelError as exc:
            self.error.emit(translated(exc.message))
            self.refresh()
            return False
        finally:
            self.sync()

    # ------------------------------------------------------------- selection
    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, notes, flows and stages, in map order."""
        self.sync()
        # Mid-sync (Qt reports selection changes while items are removed) an item may still
        # stand for an entity the map no longer has: such ids are left out.
        known = self.journey.kind_of
        chosen = {i for i in map(_item_id, self.selectedItems()) if i and known(i) is not None}
        if len(chosen) <= FEW:  # the usual case: sort the few by their place in the map
            return sorted(chosen, key=self._map_position)
        order = [s.id for s in self.journey.stages()] + [t.id for t in self.journey.touchpoints()]
        order += [a.id for a in self.journey.annotations()] + [f.id for f in self.journey.flows()]
        return [i for i in order if i in chosen]

    def _map_position(self, entity_id: str) -> tuple[int, int, int]:
        """Stages, then touchpoints stage by stage, then notes, then flows."""
        journey = self.journey
        kind = journey.kind_of(entity_id)
        if kind is EntityKind.TOUCHPOINT:
            stage_id = journey.touchpoint(entity_id).stage_id
            return 1, journey.index_of(stage_id), journey.index_of(entity_id)
        rank = {EntityKind.STAGE: 0, EntityKind.ANNOTATION: 2}.get(kind, 3)  # type: ignore[arg-type]
        return rank, journey.index_of(entity_id), 0

    def select_ids(self, ids: list[str]) -> None:
        self.sync()
        wanted = set(ids)
        self.blockSignals(True)
        for item in self.selectedItems():
            item.setSelected(False)
        for item in self.entity_items():
            if _item_id(item) in wanted:
                item.setSelected(True)
        self.blockSignals(False)
        self._emit_selection()

    def _emit_selection(self) -> None:
        ids = self.selected_ids() if not self._dirty else self._last_selection
        if ids != self._last_selection:
            self._last_selection = ids
            self.selection_changed.emit(ids)

    def entity_items(self) -> list[QGraphicsItem]:
        m = self.mirror
        return [*m.headers.values(), *m.cards.values(), *m.notes.values(), *m.arrows.values()]

    def card_item(self, tp_id: str) -> CardItem | None:
        self.sync()
        return self.mirror.cards.get(tp_id)

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    # ------------------------------------------------------------- clipboard
    def copy_selection(self) -> QMimeData | None:
        """The selected cards as a clipboard fragment (None when no card is selected)."""
        tp_ids = [i for i in self.selected_ids() if i in self.mirror.cards]
        if not tp_ids:
            return None
        mime = QMimeData()
        text = dumps_fragment(copy_fragment(self.journey, tp_ids))
        mime.setData(MIME_TYPE, text.encode("utf-8"))
        names = [self.journey.touchpoint(t).name for t in tp_ids]
        mime.setText("\n".join(names))
        return mime

    def paste(self, mime: QMimeData, stage_id: str | None = None) -> bool:
        """Insert copied cards into ``stage_id`` (default: the selected card's or the first)."""
        if not mime.hasFormat(MIME_TYPE):
            return False
        try:
            fragment = loads_fragment(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        except (ModelError, UnicodeDecodeError) as exc:
            self.error.emit(translated(exc.message) if isinstance(exc, ModelError) else str(exc))
            return False
        stage_id = stage_id or actions.current_stage(self)
        if stage_id is None:
            self.error.emit(actions.tr("Add a stage before pasting cards"))
            return False
        command = AddFragment(self.journey, fragment, stage_id)
        if self.run(command):
            self.select_ids(command.touchpoint_ids())
            return True
        return False

    # ----------------------------------------------------------------- mouse
    def _tolerance(self) -> float:
        views = self.views()
        scale = views[0].transform().m11() if views else 1.0
        return POINT_TOLERANCE_PX / max(scale, 0.01)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.editor is not None and not self.editor.sceneBoundingRect().contains(
            event.scenePos()
        ):
            self.editor.commit("focus")
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.scenePos()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        legend = self.mirror.legend
        legend_hit = legend.isVisible() and legend.persona_at(pos)
        if legend_hit:
            self.choose_pen(persona_id=legend_hit)
            event.accept()
            return
        mode = legend.mode_at(pos) if legend.isVisible() else None
        if mode is not None:
            self.choose_pen(to_be=mode)
            event.accept()
            return
        if isinstance(self.itemAt(pos, QTransform()), InlineEditor):
            super().mousePressEvent(event)
            return
        point = self.mirror.emotion.point_at(pos, self._tolerance()) if not ctrl else None
        if point is not None:
            self.tool = EmotionTool(self, pos, point[0])
            event.accept()
            return
        slot = self.emotion_slot(pos) if not ctrl and self.drawing_persona else None
        if slot is not None and self.drawing_persona is not None:
            ref = PointRef(self.drawing_persona, slot, self.drawing_to_be)
            self.tool = EmotionTool(self, pos, ref, place=True)
            event.accept()
            return
        target = next((i for i in self.items(pos) if _item_id(i)), None)
        if target is None:
            super().mousePressEvent(event)
            return
        if ctrl:
            target.setSelected(not target.isSelected())
            event.accept()
            return
        if not target.isSelected():
            self.clearSelection()
            target.setSelected(True)
        if isinstance(target, CardItem) and target.on_handle(pos):
            self.tool = FlowTool(self, pos, target)
        elif isinstance(target, CardItem | StageHeaderItem) and self.journey.locked:
            self._refuse_drag()  # said at the start of the drag, not after the drop
        elif isinstance(target, CardItem):
            cards = [i for i in self.selectedItems() if isinstance(i, CardItem)]
            self.tool = CardDragTool(self, pos, cards, target)
        elif isinstance(target, StageHeaderItem):
            self.tool = HeaderDragTool(self, pos, target)
        event.accept()

    def _refuse_drag(self) -> None:
        """While locked a card or stage stays put: a no-entry pointer and a status-bar hint."""
        self._refusing = True
        for view in self.views():
            view.viewport().setCursor(Qt.CursorShape.ForbiddenCursor)
        self.hint.emit(actions.locked_hint())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.tool is not None:
            self.tool.update(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._refusing:
            self._refusing = False
            for view in self.views():
                view.viewport().unsetCursor()
        tool, self.tool = self.tool, None
        if tool is None:
            super().mouseReleaseEvent(event)
            return
        if not tool.moved and isinstance(tool, CardDragTool) and len(tool.items) > 1:
            self.select_ids([tool.pressed.entity_id])
        try:
            tool.finish(event.scenePos())
        finally:
            self._catch_up()
        event.accept()

    def cancel_tool(self) -> None:
        tool, self.tool = self.tool, None
        if tool is not None:
            tool.cancel()
            self._catch_up()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        pos = event.scenePos()
        self.cancel_tool()
        persona = self.mirror.legend.persona_at(pos) if self.mirror.legend.isVisible() else None
        if persona:  # a double-click on a persona in the legend shows or hides its curve
            self.set_hidden_personas(set(self.hidden_personas) ^ {persona})
            event.accept()
            return
        for item in self.items(pos):
            if isinstance(item, InlineEditor):
                super().mouseDoubleClickEvent(event)
                return
            if isinstance(item, CardItem | NoteItem | StageHeaderItem):
                actions.rename(self, _item_id(item))
                event.accept()
                return
            if isinstance(item, CellItem) and item.editable:
                actions.edit_cell(self, item.lane_id, item.stage_id)
                event.accept()
                return
        if actions.add_card_at(self, pos):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802
        from .context_menus import context_menu

        menu = context_menu(self, event.scenePos())
        if menu is not None:
            menu.exec(event.screenPos())
            event.accept()

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.editor is not None or self.focusItem() is not None:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Escape and self.tool is not None:
            self.cancel_tool()
            event.accept()
            return
        if actions.handle_key(self, event.key(), event.modifiers()):
            event.accept()
            return
        super().keyPressEvent(event)

    def wants_tab(self) -> bool:
        """True when Tab should move between stages rather than between widgets."""
        return self.editor is not None or any(isinstance(i, CardItem) for i in self.selectedItems())


def _layout_unchanged(event: Event) -> bool:
    """A change the canvas does not show: the room's session, or the dots of a round that
    hides them (the layout shows no count of a hidden round)."""
    if not isinstance(event, MapAttributeChanged):
        return False
    if event.name == "room":
        return True
    old, new = event.old, event.new
    return event.name == "voting" and only_ballots_differ(old, new, joined=True) and new.hidden


def _item_id(item: QGraphicsItem) -> str:
    if isinstance(item, CardItem | NoteItem):
        return item.entity_id
    if isinstance(item, ArrowItem):
        return item.flow_id
    if isinstance(item, StageHeaderItem):
        return item.stage_id
    return ""
