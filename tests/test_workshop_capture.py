"""Quick capture: Enter adds a card, Shift+Enter breaks the line, Tab changes stage, Esc ends."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journeymapper.model import VotingRound
from journeymapper.workshop import Workshop
from journeymapper.workshop.participants import STICKY_COLOURS
from tests import ui_helpers, workshop_helpers

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
workshop = workshop_helpers.workshop

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_keys_make_cards_with_author_and_colour_in_the_right_stages(
    workshop: Workshop, qtbot: Any
) -> None:
    window = workshop.window
    journey, stack = window.document.journey, window.document.undo_stack
    workshop.voting.begin(VotingRound(("Anna", "Jānis"), 3))
    first, second = journey.stages()[0], journey.stages()[1]
    before_first = len(journey.touchpoints(first.id))
    before_second = len(journey.touchpoints(second.id))
    count = stack.count()
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = workshop.capture
    assert workshop.capture_dock.isVisible() and panel.stage_id == first.id
    edit = panel.edit
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # Anna
    edit.insertPlainText("Не нашёл размер")  # QTest types ASCII only
    qtbot.keyClick(edit, Qt.Key.Key_Return, SHIFT)
    edit.insertPlainText("ā č ē")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Second card")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert panel.stage_id == second.id
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # Jānis
    qtbot.keyClicks(edit, "Third")
    qtbot.keyClick(edit, Qt.Key.Key_Enter)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # empty: nothing added
    new_first = journey.touchpoints(first.id)[before_first:]
    new_second = journey.touchpoints(second.id)[before_second:]
    assert [t.name for t in new_first] == ["Не нашёл размер\nā č ē", "Second card"]
    assert [t.name for t in new_second] == ["Third"]
    assert [(t.author, t.colour) for t in new_first] == [("Anna", STICKY_COLOURS[0])] * 2
    assert (new_second[0].author, new_second[0].colour) == ("Jānis", STICKY_COLOURS[1])
    assert stack.count() == count + 3
    stack.undo()
    assert len(journey.touchpoints(second.id)) == before_second
    assert len(journey.touchpoints(first.id)) == before_first + 2
    qtbot.keyClick(edit, Qt.Key.Key_Backtab, SHIFT)
    assert panel.stage_id == first.id
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not workshop.capture_dock.isVisible()


def test_capture_works_while_the_map_is_locked(workshop: Workshop, qtbot: Any) -> None:
    journey = workshop.window.document.journey
    workshop.lock.set_locked(True)
    workshop.start_capture()
    qtbot.keyClicks(workshop.capture.edit, "During the lock")
    qtbot.keyClick(workshop.capture.edit, Qt.Key.Key_Return)
    assert journey.touchpoints(journey.stages()[0].id)[-1].name == "During the lock"
    assert workshop.window.document.scene.selected_ids() == [workshop.capture.added[-1]]
