"""The map view keeps most of the window through every document change (issue 14, item 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymapper.io.jmap import save_map
from journeymapper.templates import build_template
from journeymapper.ui.document import Document
from journeymapper.ui.main_window import MainWindow
from journeymapper.workshop import install_workshop
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, answer_next_dialog, save_shot

make_window = ui_helpers.make_window


def _settle(qtbot: Any) -> None:
    qtbot.wait(30)
    QApplication.processEvents()


def _widths(window: MainWindow) -> tuple[int, int]:
    return window.view.width(), window.inspector.width()


def test_first_start_gives_the_canvas_most_of_the_window(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.resize(*SHOT_SIZE)
    _settle(qtbot)
    assert window.view.width() > 0.65 * window.width()
    assert window.inspector.width() >= 300  # and the inspector stays usable


def test_every_document_change_keeps_the_canvas_size(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = make_window()
    install_workshop(window)
    window.resize(*SHOT_SIZE)
    _settle(qtbot)
    before = _widths(window)
    assert before[0] > 1000

    # File ▸ New from Template ▸ (SaaS trial) ▸ OK, by keyboard as a user does
    def choose_saas(dialog: Any) -> None:
        dialog.templates.setFocus()
        qtbot.keyClick(dialog.templates, Qt.Key.Key_End)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    seen = answer_next_dialog(qtbot, choose_saas)
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    assert seen, "New from Template showed no dialog"
    assert window.document.journey.title != build_template("e-shop", "en").title
    assert _widths(window) == before
    save_shot(window, "editor-after-new-from-template.png", tmp_path)

    # File ▸ Open Recent
    path = tmp_path / "shop.jmap"
    save_map(build_template("e-shop", "en"), path)
    window.document.undo_stack.setClean()
    window.files.open_path(path, ask=True)
    _settle(qtbot)
    assert window.document.path == path.resolve()
    assert _widths(window) == before

    window.activateWindow()  # the window manager's part once a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.focusWidget() is window.view  # the new map takes the keys at once
    # File ▸ Close (Ctrl+W)
    qtbot.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    assert window.document.path is None
    assert _widths(window) == before

    # restoring a recovery copy
    window.adopt_recovered(Document(build_template("e-shop", "en"), None))
    _settle(qtbot)
    assert window.document.is_modified()
    assert _widths(window) == before


def test_a_saved_layout_with_a_squeezed_canvas_is_repaired(make_window: Any, qtbot: Any) -> None:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    _settle(qtbot)
    window.resizeDocks([window.inspector], [1450], Qt.Orientation.Horizontal)
    _settle(qtbot)
    assert window.view.width() < 300
    state = window.saveState()
    window.hide()
    window.restoreState(state)
    window.show()
    _settle(qtbot)
    assert window.view.width() > 0.65 * window.width()
