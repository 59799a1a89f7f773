"""The editor's files: unsaved-changes prompt, bad files, saving errors, recent files, drops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymapper.commands import ChangeSetting
from journeymapper.io.jmap import dumps_map, load_map, save_map
from journeymapper.templates import build_template
from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import Boxes

# Fixtures shared by the editor tests.
boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window

Button = QMessageBox.StandardButton


def _saved_map(tmp_path: Path, name: str = "other.jmap") -> Path:
    path = tmp_path / name
    save_map(build_template("saas-trial", "lv"), path)
    return path


def _edit_title(window: MainWindow, title: str = "Edited") -> None:
    window.context.push(ChangeSetting(window.document.journey, "title", title))


def test_title_shows_map_file_and_modified_mark(window: MainWindow, tmp_path: Path) -> None:
    assert window.document.journey.title in window.windowTitle()
    assert not window.isWindowModified()
    _edit_title(window, "Sneakers")
    assert window.isWindowModified()
    assert "Sneakers" in window.windowTitle()
    window.files.write(tmp_path / "sneakers.jmap")
    assert "sneakers.jmap" in window.windowTitle()
    assert not window.isWindowModified()


def test_prompt_cancel_keeps_the_map(window: MainWindow, boxes: Boxes, tmp_path: Path) -> None:
    journey = window.document.journey
    _edit_title(window)
    boxes.answer = Button.Cancel
    assert not window.files.open_path(_saved_map(tmp_path))
    assert boxes.kinds() == ["question"]
    assert window.document.journey is journey
    assert window.document.is_modified()


def test_prompt_discard_opens_without_saving(
    window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.jmap"
    window.files.write(mine)
    before = mine.read_bytes()
    _edit_title(window)
    boxes.answer = Button.Discard
    other = _saved_map(tmp_path)
    assert window.files.open_path(other)
    assert mine.read_bytes() == before
    assert window.document.path == other.resolve()
    assert not window.document.is_modified()


def test_prompt_save_writes_the_file_first(
    window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.jmap"
    window.files.write(mine)
    _edit_title(window, "Saved before leaving")
    boxes.answer = Button.Save
    assert window.files.open_path(_saved_map(tmp_path))
    assert load_map(mine).title == "Saved before leaving"


def test_prompt_save_of_unsaved_map_asks_for_a_name(
    window: MainWindow, boxes: Boxes, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "chosen"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _edit_title(window, "Named")
    boxes.answer = Button.Save
    assert window.files.new_map("blank", "ru")
    assert load_map(tmp_path / "chosen.jmap").title == "Named"


def test_close_asks_and_cancel_keeps_the_window_open(window: MainWindow, boxes: Boxes) -> None:
    _edit_title(window)
    boxes.answer = Button.Cancel
    assert not window.close()
    assert window.isVisible()
    boxes.answer = Button.Discard
    assert window.close()


def test_bad_file_shows_every_problem_and_keeps_the_map(
    window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    journey = window.document.journey
    bad = tmp_path / "bad.jmap"
    bad.write_text('{"format": "journeymapper", "format_version": 1, "title": 5}', "utf-8")
    assert not window.files.open_path(bad)
    kind, _title, text = boxes.calls[-1]
    assert kind == "warning"
    assert "bad.jmap" in text
    assert window.document.journey is journey


def test_save_error_shows_a_dialog_and_loses_nothing(
    window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    _edit_title(window, "Precious")
    missing = tmp_path / "no" / "such" / "folder" / "map.jmap"
    assert not window.files.write(missing)
    assert boxes.kinds() == ["critical"]
    assert window.document.is_modified()
    assert window.document.journey.title == "Precious"


def test_recent_files_are_remembered(window: MainWindow, tmp_path: Path) -> None:
    other = _saved_map(tmp_path)
    window.files.open_path(other)
    assert window.settings_store.recent_files()[0] == other.resolve()


def test_open_dialog_opens_the_chosen_file(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    other = _saved_map(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    assert window.files.open_dialog()
    assert dumps_map(window.document.journey) == dumps_map(load_map(other))


def test_dropping_a_map_file_opens_it(window: MainWindow, tmp_path: Path) -> None:
    other = _saved_map(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.path == other.resolve()
