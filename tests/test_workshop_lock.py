"""Facilitator lock: Ctrl+L is a mode (never undone); moves are refused, adding still works."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt

from journeymapper.commands import AddEntity, MoveEntity
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.model import AnnotationKind, EntityKind
from journeymapper.workshop import Workshop
from journeymapper.workshop.lock import TITLE_MARK
from tests import ui_helpers, workshop_helpers
from tests.ui_helpers import Boxes
from tests.workshop_helpers import point_of

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
workshop = workshop_helpers.workshop


def test_ctrl_l_locks_visibly_and_one_action_unlocks(workshop: Workshop, qtbot: Any) -> None:
    window = workshop.window
    journey = window.document.journey
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert journey.locked
    assert workshop.lock.action.isChecked()
    assert workshop.lock.badge.isVisible()
    assert window.windowTitle().startswith(TITLE_MARK)
    window.update_title()  # the window rewrites its title (save, rename): the mark stays
    assert window.windowTitle().startswith(TITLE_MARK)
    assert loads_map(dumps_map(journey)).locked  # saved in the map
    workshop.lock.action.trigger()
    assert not journey.locked and not workshop.lock.badge.isVisible()
    assert not window.windowTitle().startswith(TITLE_MARK)
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert journey.locked
    assert window.document.undo_stack.count() == 0  # a mode, not an undo step
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journey.locked and workshop.lock.action.isChecked()


def test_a_locked_map_refuses_a_drag_but_takes_new_cards_and_notes(
    workshop: Workshop, qtbot: Any, boxes: Boxes
) -> None:
    window = workshop.window
    journey, scene, view = window.document.journey, window.document.scene, window.view
    workshop.lock.set_locked(True)
    stack = window.document.undo_stack
    count = stack.count()
    first, second = journey.stages()[0], journey.stages()[1]
    card = journey.touchpoints(first.id)[0]
    before = [t.id for t in journey.touchpoints(first.id)]
    start = point_of(view, scene.mirror.cards[card.id])
    target = scene.mirror.headers[second.id].sceneBoundingRect().center() + QPointF(0, 120)
    end = view.mapFromScene(target)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 9):
        qtbot.mouseMove(view.viewport(), start + (end - start) * step / 8)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert [t.id for t in journey.touchpoints(first.id)] == before
    assert stack.count() == count
    assert not boxes.calls  # no dialog after the drop: the refusal came at its start
    assert "locked" in window.statusBar().currentMessage()
    assert not scene.run(MoveEntity(journey, second.id, 0))  # stages stay put as well
    fields = {"stage_id": first.id, "name": "Called out in the room"}
    assert scene.run(AddEntity(journey, EntityKind.TOUCHPOINT, fields))
    note = {"kind": AnnotationKind.PAIN_POINT, "target": card.id, "text": "Too slow"}
    assert scene.run(AddEntity(journey, EntityKind.ANNOTATION, note))
    assert stack.count() == count + 2
    assert journey.touchpoints(first.id)[-1].name == "Called out in the room"
