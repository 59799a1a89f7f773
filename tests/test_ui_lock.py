"""The facilitator lock holds: a mode Ctrl+Z never undoes, refusals said at once (item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt

from journeymapper.workshop import Workshop
from tests import ui_helpers, workshop_helpers
from tests.ui_helpers import SHOT_SIZE, Boxes, activate, save_shot
from tests.workshop_helpers import point_of

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
workshop = workshop_helpers.workshop


def test_undo_never_unlocks_and_never_breaks_the_lock(
    workshop: Workshop, qtbot: Any, boxes: Boxes
) -> None:
    window = workshop.window
    activate(qtbot, window)
    journey, stack = window.document.journey, window.document.undo_stack
    window.view.setFocus()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )  # Map ▸ Add Stage
    qtbot.keyClicks(window.view.viewport(), "Payment")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    added = journey.stages()[-1] if journey.stages()[-1].name == "Payment" else None
    assert added is not None and stack.count() == 1
    window.document.mark_saved()
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert journey.locked and stack.count() == 1
    assert window.document.is_modified()  # the lock is saved with the map: closing asks
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journey.locked  # Ctrl+Z does not unlock …
    assert journey.find(added.id) is not None  # … nor take the stage away behind the lock
    assert stack.index() == 1 and not boxes.calls
    assert "locked" in window.statusBar().currentMessage()
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journey.find(added.id) is None  # unlocked, the same undo works
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert journey.find(added.id) is not None


def test_a_locked_card_refuses_the_drag_at_its_start(
    workshop: Workshop, qtbot: Any, boxes: Boxes, tmp_path: Path
) -> None:
    window = workshop.window
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    journey, scene, view = window.document.journey, window.document.scene, window.view
    workshop.lock.action.trigger()
    first = journey.stages()[0]
    card = journey.touchpoints(first.id)[0]
    start = point_of(view, scene.mirror.cards[card.id])
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert view.viewport().cursor().shape() == Qt.CursorShape.ForbiddenCursor
    assert "locked" in window.statusBar().currentMessage()
    qtbot.mouseMove(view.viewport(), start + QPointF(160, 40).toPoint())
    assert scene.mirror.cards[card.id].pos() == scene.mirror.cards[card.id].home()
    save_shot(window, "lock-refuses-drag.png", tmp_path)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert view.viewport().cursor().shape() != Qt.CursorShape.ForbiddenCursor
    assert journey.touchpoints(first.id)[0].id == card.id
    assert not boxes.calls  # never a dialog after the drop

    menus = window.menus
    assert not menus.add_stage.isEnabled() and not menus.add_lane.isEnabled()
    assert "Ctrl+L" in menus.add_stage.toolTip()
    badge = workshop.lock.badge
    assert badge.isVisible() and badge.grab().width() > 40
    # the padlock is a picture: it has white pixels on the red badge, no missing-glyph box
    image = workshop.lock.badge_icon.pixmap().toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(16) for y in range(16))
    from journeymapper.ui.map_settings_dialog import MapSettingsDialog

    settings = MapSettingsDialog(window.context, window)
    assert not settings.lanes.isEnabled() and "Ctrl+L" in settings.lanes.toolTip()
    settings.close()
    workshop.lock.action.trigger()
    assert menus.add_stage.isEnabled()
