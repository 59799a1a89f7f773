"""Dropping a card where you aim: an insertion marker, first place, empty stages (item 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QGraphicsLineItem

from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, activate, save_shot

make_window = ui_helpers.make_window


def _window(make_window: Any, qtbot: Any) -> MainWindow:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    qtbot.wait(20)
    return window


def _drag(qtbot: Any, window: MainWindow, card_id: str, target: QPointF) -> QPoint:
    """Press on the card, move in steps to ``target`` (scene), stay pressed; returns the end."""
    view, scene = window.view, window.document.scene
    item = scene.mirror.cards[card_id]
    view.ensureVisible(
        item.sceneBoundingRect().united(
            item.sceneBoundingRect().translated(target - item.sceneBoundingRect().center())
        ),
        20,
        20,
    )
    start = view.mapFromScene(item.sceneBoundingRect().center() - QPointF(20, 0))
    end = view.mapFromScene(target)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 9):
        qtbot.mouseMove(view.viewport(), start + (end - start) * step / 8)
    return end


def _marker(window: MainWindow) -> QGraphicsLineItem:
    markers = [
        i
        for i in window.document.scene.items()
        if isinstance(i, QGraphicsLineItem) and i.isVisible()
    ]
    assert len(markers) == 1
    return markers[0]


def test_a_card_dropped_in_the_gap_before_the_first_card_lands_first(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = _window(make_window, qtbot)
    journey, scene = window.document.journey, window.document.scene
    stage = next(s for s in journey.stages() if len(journey.touchpoints(s.id)) >= 3)
    cards = [tp.id for tp in journey.touchpoints(stage.id)]
    assert len(cards) >= 3
    first = scene.layout.cards[cards[0]].rect
    aim = QPointF(first.x - 6, first.y + first.h * 0.8)  # in the gap, low: before, not after
    end = _drag(qtbot, window, cards[-1], aim)
    marker = _marker(window).line()
    assert abs(marker.x1() - (first.x - scene.theme.card_gap / 2)) < 1
    assert marker.y1() <= aim.y() <= marker.y2()
    save_shot(window, "drop-marker.png", tmp_path)
    qtbot.mouseRelease(window.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert [tp.id for tp in journey.touchpoints(stage.id)] == [cards[-1], *cards[:-1]]
    assert not any(
        isinstance(i, QGraphicsLineItem) and i.isVisible() for i in scene.items()
    )  # the marker is gone after the drop


def test_the_marker_not_the_half_of_the_card_decides(make_window: Any, qtbot: Any) -> None:
    window = _window(make_window, qtbot)
    journey, scene = window.document.journey, window.document.scene
    stage = next(s for s in journey.stages() if len(journey.touchpoints(s.id)) >= 3)
    a, b, c = [tp.id for tp in journey.touchpoints(stage.id)][:3]
    rect = scene.layout.cards[b].rect
    aim = QPointF(rect.x + rect.w * 0.2, rect.y + rect.h * 0.9)  # B's lower-left: before B
    end = _drag(qtbot, window, c, aim)
    qtbot.mouseRelease(window.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert [tp.id for tp in journey.touchpoints(stage.id)][:3] == [a, c, b]


def test_a_card_can_be_dropped_into_an_empty_stage(make_window: Any, qtbot: Any) -> None:
    window = _window(make_window, qtbot)
    journey, scene = window.document.journey, window.document.scene
    empty = journey.add_stage("Empty", index=1)
    scene.sync()
    card = journey.touchpoints(journey.stages()[0].id)[0]
    column = scene.mirror.headers[empty.id].sceneBoundingRect()
    row = next(lane for lane in scene.layout.lanes if lane.kind.value == "touchpoints").row_rect
    end = _drag(qtbot, window, card.id, QPointF(column.center().x(), row.y + row.h / 2))
    assert _marker(window).isVisible()
    qtbot.mouseRelease(window.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert [tp.id for tp in journey.touchpoints(empty.id)] == [card.id]
    assert window.document.undo_stack.undoText() == f"Move card “{card.name}”"
