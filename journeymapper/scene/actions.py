"""Keyboard-first editing on the canvas: add next card, next stage, rename, cells, nudge, delete."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer

from ..commands import (
    AddEntity,
    ChangeAttributes,
    MoveTouchpoints,
    RemoveEntities,
    SetCell,
    SetEmotion,
)
from ..commands.translate import translator
from ..layout import MapLayout
from ..model import EntityKind, LaneKind
from ..templates.new_names import new_name
from .canvas import Canvas
from .card_items import CardItem
from .inline_editor import InlineEditor

tr = translator("scene")


def selected_cards(scene: Canvas) -> list[str]:
    return [i for i in scene.selected_ids() if i in scene.mirror.cards]


def current_stage(scene: Canvas) -> str | None:
    """The stage of the selected card or stage, else the first visible stage."""
    for entity_id in scene.selected_ids():
        if entity_id in scene.mirror.cards:
            return scene.journey.touchpoint(entity_id).stage_id
        if entity_id in scene.mirror.headers:
            return entity_id
    return scene.layout.stage_ids[0] if scene.layout.stage_ids else None


def locked_hint() -> str:
    """The status-bar words for an edit the facilitator lock holds back."""
    return tr(
        "The map structure is locked: stages, lanes and card positions stay put (Ctrl+L unlocks)"
    )


def stage_at_x(layout: MapLayout, x: float) -> str | None:
    """The stage whose column holds ``x`` (None outside every column)."""
    for header in layout.stage_headers:
        if header.column.x <= x <= header.column.right:
            return header.stage_id
    return None


def selected_stage(scene: Canvas) -> str | None:
    """The selected stage, or the stage of the first selected card; None without either."""
    for entity_id in scene.selected_ids():
        if entity_id in scene.mirror.cards:
            return scene.journey.touchpoint(entity_id).stage_id
        if entity_id in scene.mirror.headers:
            return entity_id
    return None


# ------------------------------------------------------------------ inline editing
def open_editor(
    scene: Canvas,
    text: str,
    rect: QRectF,
    size: float,
    bold: bool,
    multiline: bool,
    commit: object,
    cancel: object = None,
) -> None:
    close_editor(scene)

    def on_commit(value: str, key: str) -> None:
        close_editor(scene)
        commit(value, key)  # type: ignore[operator]

    def on_cancel() -> None:
        close_editor(scene)
        if cancel is not None:
            cancel()  # type: ignore[operator]

    editor = InlineEditor(text, rect, size, bold, multiline, on_commit, on_cancel)
    scene.editor = editor
    scene.addItem(editor)
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    for view in scene.views():
        view.ensureVisible(rect, 40, 40)
        # again once the view has taken a grown scene rect (a new last stage) into account
        QTimer.singleShot(0, view, lambda v=view: v.ensureVisible(rect, 40, 40))


def close_editor(scene: Canvas) -> None:
    editor, scene.editor = scene.editor, None
    if editor is not None:
        editor.done = True
        if editor.scene() is not None:
            scene.removeItem(editor)


def rename(scene: Canvas, entity_id: str, fresh: AddEntity | None = None) -> None:
    """Edit a card's name, a note's text or a stage's name in place (no dialog)."""
    scene.sync()
    theme = scene.theme
    entity = scene.journey.find(entity_id)
    if entity is None:
        return
    field = "text" if entity_id in scene.mirror.notes else "name"
    if entity_id in scene.mirror.headers:
        rect, size = scene.mirror.headers[entity_id].sceneBoundingRect(), theme.header_size
    elif entity_id in scene.mirror.cards or entity_id in scene.mirror.notes:
        item = scene.mirror.cards.get(entity_id) or scene.mirror.notes[entity_id]
        rect, size = item.sceneBoundingRect().adjusted(2, 2, -8, -2), theme.card_title_size
    else:
        return
    scene.select_ids([entity_id])

    def commit(value: str, key: str) -> None:
        if scene.journey.find(entity_id) is None:  # a co-editor deleted it while typing
            scene.hint.emit(tr("Not changed: it was deleted meanwhile by a co-editor"))
            return
        if value and value != getattr(entity, field):
            command = ChangeAttributes(scene.journey, entity_id, {field: value})
            command.merge_into_add = fresh is not None
            scene.run(command)
        if key in ("tab", "backtab") and entity_id in scene.mirror.cards:
            next_stage(scene, forward=key == "tab")

    def cancel() -> None:
        if fresh is not None and scene.undo_stack.command(scene.undo_stack.index() - 1) is fresh:
            scene.undo_stack.undo()

    open_editor(
        scene, getattr(entity, field), rect, size, field == "name", field == "text", commit, cancel
    )


def edit_cell(scene: Canvas, lane_id: str, stage_id: str) -> None:
    item = scene.mirror.cells.get((lane_id, stage_id))
    if item is None:
        return
    text = scene.journey.lane(lane_id).cells.get(stage_id, "")

    def commit(value: str, key: str) -> None:
        journey = scene.journey
        if journey.find(lane_id) is None or journey.find(stage_id) is None:
            scene.hint.emit(tr("Not changed: it was deleted meanwhile by a co-editor"))
            return
        scene.run(SetCell(journey, lane_id, stage_id, value))

    rect = item.sceneBoundingRect()
    open_editor(scene, text, rect, scene.theme.cell_size, False, True, commit)


# ---------------------------------------------------------------------- adding
def add_card(scene: Canvas, stage_id: str, index: int | None) -> bool:
    """Add a touchpoint and open its name for typing; Esc takes it away again."""
    fields = {"stage_id": stage_id, "name": new_name(scene.journey.language, "touchpoint")}
    command = AddEntity(scene.journey, EntityKind.TOUCHPOINT, fields, index)
    command.rename_follows = True
    if not scene.run(command):
        return False
    scene.select_ids([command.entity_id])
    rename(scene, command.entity_id, fresh=command)
    return True


def add_card_after(scene: Canvas, tp_id: str) -> bool:
    tp = scene.journey.touchpoint(tp_id)
    return add_card(scene, tp.stage_id, scene.journey.index_of(tp_id) + 1)


def add_card_at(scene: Canvas, pos: QPointF) -> bool:
    """Double-click on the touchpoints lane's empty space adds a card at the end of that stage."""
    layout = scene.layout
    for lane in layout.lanes:
        rect = lane.row_rect
        if lane.kind is LaneKind.TOUCHPOINTS and rect.y <= pos.y() <= rect.bottom:
            for header in layout.stage_headers:
                if header.column.x <= pos.x() <= header.column.right:
                    return add_card(scene, header.stage_id, None)
    return False


def add_stage(scene: Canvas, stage_id: str | None, after: bool) -> bool:
    """The one Add Stage (menu, toolbar, context menus): before/after ``stage_id`` (None: at
    the end); the new stage scrolls into view and opens for renaming."""
    stages = [s.id for s in scene.journey.stages()]
    index = len(stages) if stage_id is None else stages.index(stage_id) + (1 if after else 0)
    name = new_name(scene.journey.language, "stage")
    command = AddEntity(scene.journey, EntityKind.STAGE, {"name": name}, index)
    command.rename_follows = True
    if scene.run(command):
        rename(scene, command.entity_id, fresh=command)
        return True
    return False


def next_stage(scene: Canvas, forward: bool = True) -> None:
    """Tab: select the first card of the next stage; an empty stage gets a new card."""
    stage_id = current_stage(scene)
    ids = scene.layout.stage_ids
    if stage_id is None or stage_id not in ids:
        return
    position = ids.index(stage_id) + (1 if forward else -1)
    if not 0 <= position < len(ids):
        return
    target = ids[position]
    cards = scene.journey.touchpoints(target)
    if cards:
        scene.select_ids([cards[0].id])
        item = scene.mirror.cards.get(cards[0].id)
        for view in scene.views():
            if item is not None:
                view.ensureVisible(item, 40, 40)
    else:
        add_card(scene, target, None)


# ---------------------------------------------------------------- moving, deleting
def nudge(scene: Canvas, key: Qt.Key) -> bool:
    """Arrow keys: up/down within the stage, left/right into the neighbouring stage."""
    cards = selected_cards(scene)
    if not cards:
        return False
    journey, ids = scene.journey, scene.layout.stage_ids
    if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
        cards = list(reversed(cards))
    moves = []
    for tp_id in cards:
        stage_id, index = journey.touchpoint(tp_id).stage_id, journey.index_of(tp_id)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if 0 <= index + step < len(journey.touchpoints(stage_id)):
                moves.append((tp_id, stage_id, index + step))
        elif stage_id in ids:
            position = ids.index(stage_id) + (-1 if key == Qt.Key.Key_Left else 1)
            if 0 <= position < len(ids):
                moves.append((tp_id, ids[position], index))
    if moves:
        scene.run(MoveTouchpoints(journey, moves))
        scene.select_ids(cards)
    return True


def delete_selection(scene: Canvas, ask: bool = True) -> bool:
    """Delete what is selected (the Delete key, Edit ▸ Delete, every context menu's Delete)."""
    return delete_ids(scene, scene.selected_ids(), ask)


def delete_ids(scene: Canvas, ids: list[str], ask: bool = True) -> bool:
    """The one delete of the editor: at once, unless a stage holding content is among ``ids``.

    Then the scene emits ``delete_requested(ids, content)`` and the window asks first; its
    Yes calls ``remove_ids``. Without a window listening nothing is deleted. One undo step.
    """
    journey = scene.journey
    ids = [i for i in ids if journey.kind_of(i) is not None]
    if not ids:
        return False
    structural = (EntityKind.STAGE, EntityKind.LANE)
    if journey.locked and any(journey.kind_of(i) in structural for i in ids):
        scene.hint.emit(locked_hint())
        return False
    content = sum(stage_content(scene, i) for i in ids if journey.kind_of(i) is EntityKind.STAGE)
    if ask and content:
        scene.delete_requested.emit(ids, content)
        return True
    return remove_ids(scene, ids)


def remove_ids(scene: Canvas, ids: list[str]) -> bool:
    """Remove ``ids`` (with what depends on them) as one named undo step."""
    return scene.run(RemoveEntities(scene.journey, ids))


def stage_content(scene: Canvas, stage_id: str) -> int:
    """Cards, notes and filled cells in a stage: what deleting it would take away."""
    journey = scene.journey
    cells = sum(1 for lane in journey.lanes() if lane.cells.get(stage_id))
    return len(journey.touchpoints(stage_id)) + len(journey.annotations(target=stage_id)) + cells


def handle_key(scene: Canvas, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """The canvas's keys; True when the key was used."""
    cards = selected_cards(scene)
    ids = scene.selected_ids()
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(cards) == 1:
        return add_card_after(scene, cards[0]) or True
    if key == Qt.Key.Key_Tab:
        next_stage(scene, True)
        return True
    if key == Qt.Key.Key_Backtab:
        next_stage(scene, False)
        return True
    if key == Qt.Key.Key_F2 and len(ids) == 1:
        rename(scene, ids[0])
        return True
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return delete_selection(scene)
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
        return nudge(scene, Qt.Key(key))
    plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
    if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:  # 1–9: whose emotion curve to draw
        personas = scene.journey.personas()
        index = key - Qt.Key.Key_1
        if index < len(personas):
            scene.choose_pen(persona_id=personas[index].id)
            return True
    return False


def set_emotion(scene: Canvas, tp_id: str, persona_id: str, value: int, to_be: bool) -> bool:
    """One persona's as-is or to-be emotion at a card (the other value stays) as one step."""
    tp = scene.journey.touchpoint(tp_id)
    emotion = tp.emotions.get(persona_id)
    as_is = emotion.as_is if emotion else None
    goal = emotion.to_be if emotion else None
    if to_be:
        goal = value
    else:
        as_is = value
    return scene.run(SetEmotion(scene.journey, tp_id, persona_id, as_is, goal))


__all__ = ["CardItem", "delete_ids", "delete_selection", "handle_key", "remove_ids"]
