"""Emotions are set on the canvas: click in the lane, pick the pen, the card's menu (item 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, activate, choose_in_popup, save_shot

make_window = ui_helpers.make_window


def _open(make_window: Any, qtbot: Any) -> MainWindow:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    qtbot.wait(20)
    return window


def _lane_point(window: MainWindow, tp_id: str, value: int) -> QPoint:
    """Where a person clicks in the Emotions lane above/below a card for ``value``."""
    scene = window.document.scene
    box = scene.layout.emotion
    assert box is not None
    x = dict(box.slots)[tp_id]
    target = QPointF(x + 3, box.value_to_y(value) + 2)  # a little off: it snaps
    window.view.ensureVisible(target.x(), target.y(), 1, 1, 60, 60)
    return window.view.mapFromScene(target)


def _new_card(qtbot: Any, window: MainWindow) -> str:
    """Select the first card, Enter adds the next one, type its name, Enter."""
    scene, journey = window.document.scene, window.document.journey
    first = journey.touchpoints()[0]
    scene.select_ids([first.id])
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert scene.editor is not None
    qtbot.keyClicks(scene.views()[0].viewport(), "Story ad")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    card = next(tp for tp in journey.touchpoints() if tp.name == "Story ad")
    assert not card.emotions
    return card.id


def test_clicking_the_lane_sets_the_pen_persona_and_curve(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = _open(make_window, qtbot)
    journey, stack = window.document.journey, window.document.undo_stack
    emma, max_ = journey.personas()
    card = _new_card(qtbot, window)
    steps = stack.count()

    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_lane_point(window, card, 1))
    assert journey.touchpoint(card).emotions[emma.id].as_is == 1
    assert stack.count() == steps + 1
    assert stack.undoText() == f"Set emotion of {emma.name} at “Story ad”"

    # 2 picks the second persona; the legend's "to be" chip switches to the dashed curve
    qtbot.keyClick(viewport, Qt.Key.Key_2)
    legend = window.document.scene.mirror.legend
    left, right = legend.modes[1]
    chip = legend.mapToScene(QPointF((left + right) / 2, legend.row / 2))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(chip))
    assert window.document.scene.drawing_persona == max_.id
    assert window.document.scene.drawing_to_be
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_lane_point(window, card, -1))
    emotion = journey.touchpoint(card).emotions[max_.id]
    assert (emotion.as_is, emotion.to_be) == (None, -1)
    assert "to-be" in window.statusBar().currentMessage()
    save_shot(window, "emotion-lane-picker.png", tmp_path)

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert max_.id not in journey.touchpoint(card).emotions
    assert journey.touchpoint(card).emotions[emma.id].as_is == 1


def test_the_cards_menu_sets_an_emotion(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = _open(make_window, qtbot)
    journey, scene = window.document.journey, window.document.scene
    emma = journey.personas()[0]
    card = journey.touchpoints()[3]
    item = scene.mirror.cards[card.id]
    window.view.ensureVisible(item)
    point = window.view.mapFromScene(item.sceneBoundingRect().center())
    seen = choose_in_popup(qtbot, "+2  very positive", ["Emotion", emma.name])
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, window.view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(window.view.viewport(), event)
    assert len(seen) == 3
    assert journey.touchpoint(card.id).emotions[emma.id].as_is == 2
    assert window.document.undo_stack.undoText().startswith("Set emotion of")


def test_pressing_in_the_lane_previews_the_new_point_and_dragging_moves_it(
    make_window: Any, qtbot: Any
) -> None:
    window = _open(make_window, qtbot)
    journey, scene = window.document.journey, window.document.scene
    emma = journey.personas()[0]
    card = _new_card(qtbot, window)
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_lane_point(window, card, 1))
    box = scene.layout.emotion
    assert box is not None
    x = dict(box.slots)[card]
    series = next(s for s in scene.mirror.emotion.series if s.persona_id == emma.id and not s.to_be)
    assert (x, box.value_to_y(1)) in series.points  # seen before the button is let go
    end = _lane_point(window, card, -2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert journey.touchpoint(card).emotions[emma.id].as_is == -2
