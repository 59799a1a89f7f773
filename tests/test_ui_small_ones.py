"""Small ones a facilitator trips over (issue 14, item 10)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from bench.generate import make_map
from journeymapper.io.jmap import load_map
from journeymapper.ui.document import Document
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.shortcuts_dialog import ShortcutsDialog
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, activate, answer_next_dialog, save_shot

make_window = ui_helpers.make_window
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def big_map() -> Any:
    return make_map(1_000, 40)


def _big_window(make_window: Any, qtbot: Any, big_map: Any) -> MainWindow:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    window.replace_document(Document(big_map))
    activate(qtbot, window)
    qtbot.wait(20)
    return window


def test_fit_map_fits_the_whole_1000_card_map(
    make_window: Any, qtbot: Any, big_map: Any, tmp_path: Path
) -> None:
    window = _big_window(make_window, qtbot, big_map)
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Fit Map
    scene_rect = window.document.scene.sceneRect()
    shown = window.view.visible_rect()
    assert shown.contains(scene_rect.adjusted(2, 2, -2, -2))
    save_shot(window, "fit-map-1000.png", tmp_path)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.visible_rect().contains(scene_rect)  # no farther than the whole map


@pytest.fixture
def russian_ui(qapp: Any) -> Iterator[None]:
    from journeymapper.ui.i18n import install_translators

    translators = install_translators(qapp, "ru")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_f1_lists_every_shortcut_in_the_ui_language(
    russian_ui: None, make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    rows: list[tuple[str, str]] = []

    def read_and_close(dialog: Any) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        rows.extend(
            (table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())
        )
        save_shot(window, "shortcuts-ru.png", tmp_path, dialog)
        dialog.reject()

    answer_next_dialog(qtbot, read_and_close)
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(rows))
    names = dict(rows)
    assert "Отменить" in names and "Повторить" in names
    assert "Добавить этап" in names
    assert "Ctrl+Shift+Z" in names["Повторить"] and "Ctrl+Y" in names["Повторить"]
    assert any(keys == "F2" for keys in names.values())
    assert "Keyboard Shortcuts" not in names
    english = [name for name in names if name.isascii() and any(c.isalpha() for c in name)]
    assert english == []  # every row in Russian


def test_the_inspector_opens_a_new_pain_point_at_its_fields(make_window: Any, qtbot: Any) -> None:
    window: MainWindow = make_window()
    window.resize(1600, 700)
    activate(qtbot, window)
    journey, scene = window.document.journey, window.document.scene
    card = journey.touchpoints()[0]
    scene.select_ids([card.id])
    dock = window.inspector
    bar = dock.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # down at the card's pain points box
    button = dock.forms[next(iter(dock.forms))].annotations.add_pain  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    note = journey.annotations(target=card.id)[-1]
    assert dock.current_id() == note.id
    text = dock.annotation_form.text
    assert text.hasFocus()
    top_left = text.mapTo(dock.scroll_area.viewport(), QPoint(0, 0))
    assert 0 <= top_left.y() < dock.scroll_area.viewport().height() - 20  # its text is in view


def test_bench_generate_writes_a_map(tmp_path: Path) -> None:
    out = tmp_path / "big.jmap"
    done = subprocess.run(
        [sys.executable, "-m", "bench.generate", str(out), "--touchpoints", "60", "--stages", "6"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    journey = load_map(out)
    assert len(journey.touchpoints()) == 60 and len(journey.stages()) == 6
    assert str(out) in done.stdout
