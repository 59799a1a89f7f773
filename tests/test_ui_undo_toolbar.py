"""A steady toolbar and named undo entries (issue 14, item 6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from journeymapper.model import AnnotationKind
from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, activate, save_shot

make_window = ui_helpers.make_window


def _buttons(window: MainWindow) -> dict[str, QToolButton]:
    toolbar = window.menus.toolbar
    found = {}
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if isinstance(widget, QToolButton):
            found[action.iconText()] = widget
    return found


def _geometry(window: MainWindow) -> dict[str, tuple[int, int]]:
    return {name: (b.x(), b.width()) for name, b in _buttons(window).items()}


def test_toolbar_buttons_stay_put_while_the_undo_text_changes(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    journey, stack = window.document.journey, window.document.undo_stack
    before = _geometry(window)
    stages = len(journey.stages())
    lanes = len(journey.lanes())

    # a click aimed at Add Stage adds a stage, and the buttons do not move afterwards
    add_stage = _buttons(window)["Add Stage"]
    qtbot.mouseClick(add_stage, Qt.MouseButton.LeftButton, pos=QPoint(add_stage.width() // 2, 8))
    assert window.document.scene.editor is not None  # the new stage opens for its name
    qtbot.keyClicks(window.view.viewport(), "Delivery with a very long stage name indeed")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert len(journey.stages()) == stages + 1 and len(journey.lanes()) == lanes
    assert stack.undoText() == "Add stage “Delivery with a very long stage…”"
    assert window.menus.undo.text().startswith("&Undo Add stage")
    assert _geometry(window) == before
    add_stage = _buttons(window)["Add Stage"]
    qtbot.mouseClick(add_stage, Qt.MouseButton.LeftButton, pos=QPoint(add_stage.width() // 2, 8))
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)  # Esc: no stage after all
    assert len(journey.stages()) == stages + 1 and len(journey.lanes()) == lanes
    bar = window.menuBar()
    edit = next(a for a in bar.actions() if a.text() == "&Edit")
    menu = edit.menu()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(edit).bottomLeft()))
    qtbot.waitExposed(menu)
    save_shot(window, "toolbar-named-undo.png", tmp_path, menu)
    menu.close()

    # Ctrl+Z, then Ctrl+Y and Ctrl+Shift+Z both redo
    for redo in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(journey.stages()) == stages
        key = Qt.Key.Key_Z if redo else Qt.Key.Key_Y
        qtbot.keyClick(window.view, key, Qt.KeyboardModifier.ControlModifier | redo)
        assert len(journey.stages()) == stages + 1
    assert _geometry(window) == before


def test_every_undo_entry_names_the_action_and_the_item(make_window: Any, qtbot: Any) -> None:
    window: MainWindow = make_window()
    activate(qtbot, window)
    document = window.document
    journey, scene, stack = document.journey, document.scene, document.undo_stack
    stage = journey.stages()[0]
    scene.select_ids([stage.id])
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    qtbot.keyClicks(window.view.viewport(), " now")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert stack.undoText() == f"Rename stage “{stage.name}”"

    note = next(n for n in journey.annotations() if n.kind is AnnotationKind.OPPORTUNITY)
    scene.select_ids([note.id])
    form = window.inspector.annotation_form
    form.text.setFocus()
    qtbot.keyClicks(form.text, "!")
    window.view.setFocus()  # leaving the field commits it
    assert stack.undoText() == f"Edit opportunity text “{note.text[:31]}…”" or (
        stack.undoText() == f"Edit opportunity text “{note.text}”"
    )
    texts = [stack.text(i) for i in range(stack.count())]
    assert all(text not in {"Change", "Delete", "Reorder"} for text in texts)
