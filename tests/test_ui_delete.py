"""Deleting a stage that holds content asks first, from every path (issue 14 item 9, 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, activate, answer_next_dialog, choose_in_popup, save_shot

make_window = ui_helpers.make_window


def _header_point(window: MainWindow, stage_id: str) -> QPoint:
    header = window.document.scene.mirror.headers[stage_id]
    window.view.ensureVisible(header, 10, 10)
    return window.view.mapFromScene(header.sceneBoundingRect().center() + QPointF(0, 4))


def _answer(button: QMessageBox.StandardButton, texts: list[str]) -> Any:
    def answer(dialog: Any) -> None:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        dialog.button(button).click()

    return answer


def _select_stage(qtbot: Any, window: MainWindow, stage_id: str) -> QPoint:
    point = _header_point(window, stage_id)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.document.scene.selected_ids() == [stage_id]
    return point


def _window(make_window: Any, qtbot: Any) -> MainWindow:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    return window


def test_the_delete_key_asks_before_deleting_a_stage_with_cell_text(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = _window(make_window, qtbot)
    journey = window.document.journey
    stage = journey.stages()[1]
    assert any(lane.cells.get(stage.id) for lane in journey.lanes())
    _select_stage(qtbot, window, stage.id)
    texts: list[str] = []

    def look_then_no(dialog: Any) -> None:
        save_shot(window, "delete-stage-asks.png", tmp_path, dialog)
        _answer(QMessageBox.StandardButton.No, texts)(dialog)

    shown = answer_next_dialog(qtbot, look_then_no)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # the window's Delete shortcut
    qtbot.waitUntil(lambda: bool(texts))
    assert shown and stage.name in texts[0]
    assert journey.find(stage.id) is not None  # No keeps it

    answer_next_dialog(qtbot, _answer(QMessageBox.StandardButton.Yes, texts))
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: journey.find(stage.id) is None)
    stack = window.document.undo_stack
    assert stack.undoText() == f"Delete stage “{stage.name}”"
    activate(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journey.find(stage.id) is not None


@pytest.mark.parametrize("path", ["menu", "context"])
def test_every_other_path_asks_too(make_window: Any, qtbot: Any, path: str) -> None:
    window = _window(make_window, qtbot)
    journey = window.document.journey
    stage = journey.stages()[0]
    point = _select_stage(qtbot, window, stage.id)
    texts: list[str] = []
    answer_next_dialog(qtbot, _answer(QMessageBox.StandardButton.No, texts))
    if path == "menu":
        window.menus.delete.trigger()  # Edit ▸ Delete
    else:
        choose_in_popup(qtbot, "Delete stage")
        event_pos = window.view.viewport().mapToGlobal(point)
        from PySide6.QtGui import QContextMenuEvent

        QApplication.sendEvent(
            window.view.viewport(),
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, event_pos),
        )
    qtbot.waitUntil(lambda: bool(texts))
    assert journey.find(stage.id) is not None


def test_an_empty_stage_goes_at_once_and_cards_need_no_question(
    make_window: Any, qtbot: Any
) -> None:
    window = _window(make_window, qtbot)
    journey = window.document.journey
    scene = window.document.scene
    card = journey.touchpoints()[0]
    scene.select_ids([card.id])
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert journey.find(card.id) is None
    assert window.document.undo_stack.undoText() == f"Delete card “{card.name}”"
