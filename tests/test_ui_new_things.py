"""New things are where you look and named in the map's language (issue 14, item 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, activate, save_shot

make_window = ui_helpers.make_window


def test_a_new_stage_scrolls_into_view_and_opens_for_its_name(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    journey, scene, view = window.document.journey, window.document.scene, window.view
    last = journey.stages()[-1]
    assert not view.visible_rect().intersects(scene.mirror.headers[last.id].sceneBoundingRect())
    scene.select_ids([last.id])
    window.menus.add_stage.trigger()  # Map ▸ Add Stage after the selected (last) stage
    new = journey.stages()[-1]
    assert new.id != last.id
    qtbot.wait(10)
    header = scene.mirror.headers[new.id].sceneBoundingRect()
    assert view.visible_rect().contains(header)  # the whole header, not just a corner
    assert scene.editor is not None and scene.editor.hasFocus()
    save_shot(window, "new-stage-in-view.png", tmp_path)
    qtbot.keyClicks(view.viewport(), "Delivery")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert journey.stage(new.id).name == "Delivery"


@pytest.mark.parametrize(
    ("language", "card", "persona"),
    [
        ("lv", "Jauns saskarsmes punkts", "Persona 3"),
        ("ru", "Новая точка контакта", "Персона 3"),
        ("uk", "Нова точка дотику", "Персона 3"),
    ],
)
def test_new_cards_and_personas_take_the_maps_language(
    make_window: Any, qtbot: Any, language: str, card: str, persona: str
) -> None:
    window: MainWindow = make_window("e-shop", language)  # the UI itself stays English
    activate(qtbot, window)
    journey, scene = window.document.journey, window.document.scene
    first = journey.touchpoints()[0]
    scene.select_ids([first.id])
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)  # a new card, open for typing
    assert scene.editor is not None
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)  # keep the default name
    assert journey.touchpoints()[1].name == card
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # Map ▸ Add Persona
    assert journey.personas()[-1].name == persona
