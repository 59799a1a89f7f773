"""Context menus for cards, flows, notes and stage headers (all actions push commands)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMenu

from ..commands import AddEntity, ChangeAttributes
from ..model import AnnotationKind, EntityKind, FlowKind
from ..templates.new_names import new_name
from . import actions
from .actions import tr
from .canvas import Canvas
from .card_items import CardItem, NoteItem
from .flow_items import ArrowItem
from .grid_items import StageHeaderItem


def flow_kind_names() -> dict[FlowKind, str]:
    return {
        FlowKind.MAIN: tr("Main path"),
        FlowKind.ALTERNATE: tr("Alternate path"),
        FlowKind.SHORTCUT: tr("Shortcut"),
        FlowKind.BACK: tr("Going back"),
        FlowKind.EXIT: tr("Exit (abandon)"),
    }


def _flow_menu(scene: Canvas, flow_id: str) -> QMenu:
    menu = QMenu()
    current = scene.journey.flow(flow_id).kind
    for kind, name in flow_kind_names().items():
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(kind is current)
        action.triggered.connect(
            lambda _=False, k=kind: scene.run(
                ChangeAttributes(scene.journey, flow_id, {"kind": k}, tr("Change flow kind"))
            )
        )
    menu.addSeparator()
    menu.addAction(tr("Delete flow")).triggered.connect(
        lambda: actions.delete_ids(scene, [flow_id])
    )
    return menu


def _note(scene: Canvas, tp_id: str, kind: AnnotationKind) -> None:
    what = "pain_point" if kind is AnnotationKind.PAIN_POINT else "opportunity"
    text = new_name(scene.journey.language, what)
    fields = {"kind": kind, "target": tp_id, "text": text}
    command = AddEntity(scene.journey, EntityKind.ANNOTATION, fields)
    if scene.run(command):
        actions.rename(scene, command.entity_id)


def _card_menu(scene: Canvas, tp_id: str) -> QMenu:
    menu = QMenu()
    menu.addAction(tr("Rename")).triggered.connect(lambda: actions.rename(scene, tp_id))
    menu.addAction(tr("Add card after")).triggered.connect(
        lambda: actions.add_card_after(scene, tp_id)
    )
    menu.addAction(tr("Add pain point")).triggered.connect(
        lambda: _note(scene, tp_id, AnnotationKind.PAIN_POINT)
    )
    menu.addAction(tr("Add opportunity")).triggered.connect(
        lambda: _note(scene, tp_id, AnnotationKind.OPPORTUNITY)
    )
    exits = menu.addAction(tr("Add exit (abandon here)"))
    exits.triggered.connect(
        lambda: scene.run(
            AddEntity(
                scene.journey,
                EntityKind.FLOW,
                {"source": tp_id, "target": None, "kind": FlowKind.EXIT},
            )
        )
    )
    _emotion_menu(scene, tp_id, menu)
    menu.addSeparator()
    menu.addAction(tr("Delete")).triggered.connect(lambda: actions.delete_selection(scene))
    return menu


def _emotion_menu(scene: Canvas, tp_id: str, parent: QMenu) -> None:
    """Emotion ▸ persona ▸ a value of the scale, as is and to be (each one undo step)."""
    personas = scene.journey.personas()
    if not personas or scene.layout.emotion is None:
        return
    menu = parent.addMenu(tr("Emotion"))
    scale = scene.journey.emotion_scale
    emotions = scene.journey.touchpoint(tp_id).emotions
    for persona in personas:
        sub = menu.addMenu(persona.name)
        current = emotions.get(persona.id)
        for to_be in (False, True):
            sub.addSection(tr("To be") if to_be else tr("As is"))
            now = (current.to_be if to_be else current.as_is) if current else None
            for value in reversed(scale.values()):
                number = f"{value:+d}" if value else "0"
                label = scale.label(value)
                text = number if label == str(value) else f"{number}  {label}"
                action = sub.addAction(text)
                action.setCheckable(True)
                action.setChecked(now == value)
                action.triggered.connect(
                    lambda _=False, p=persona.id, v=value, t=to_be: actions.set_emotion(
                        scene, tp_id, p, v, t
                    )
                )


def _stage_menu(scene: Canvas, stage_id: str) -> QMenu:
    menu = QMenu()
    menu.addAction(tr("Rename stage")).triggered.connect(lambda: actions.rename(scene, stage_id))
    menu.addAction(tr("Add stage before")).triggered.connect(
        lambda: actions.add_stage(scene, stage_id, after=False)
    )
    menu.addAction(tr("Add stage after")).triggered.connect(
        lambda: actions.add_stage(scene, stage_id, after=True)
    )
    menu.addAction(tr("Add card")).triggered.connect(
        lambda: actions.add_card(scene, stage_id, None)
    )
    menu.addSeparator()
    menu.addAction(tr("Delete stage")).triggered.connect(
        lambda: actions.delete_ids(scene, [stage_id])
    )
    if scene.journey.locked:  # the stage's own structure waits; its cards do not
        menu.setToolTipsVisible(True)
        for action in menu.actions():
            if action.text() not in ("", tr("Add card")):
                action.setEnabled(False)
                action.setToolTip(actions.locked_hint())
    return menu


def context_menu(scene: Canvas, pos: QPointF) -> QMenu | None:
    """The menu for what lies under ``pos`` (selecting it first), or None."""
    for item in scene.items(pos):
        if isinstance(item, CardItem | NoteItem | ArrowItem | StageHeaderItem):
            entity_id = (
                item.flow_id
                if isinstance(item, ArrowItem)
                else item.stage_id
                if isinstance(item, StageHeaderItem)
                else item.entity_id
            )
            if entity_id not in scene.selected_ids():
                scene.select_ids([entity_id])
            if isinstance(item, ArrowItem):
                return _flow_menu(scene, entity_id)
            if isinstance(item, StageHeaderItem):
                return _stage_menu(scene, entity_id)
            if isinstance(item, CardItem):
                return _card_menu(scene, entity_id)
            menu = QMenu()
            menu.addAction(tr("Edit text")).triggered.connect(
                lambda _=False, e=entity_id: actions.rename(scene, e)
            )
            menu.addAction(tr("Delete")).triggered.connect(lambda: actions.delete_selection(scene))
            return menu
    if not scene.layout.stage_ids:
        menu = QMenu()
        menu.addAction(tr("Add stage")).triggered.connect(
            lambda: actions.add_stage(scene, None, after=True)
        )
        return menu
    return None
