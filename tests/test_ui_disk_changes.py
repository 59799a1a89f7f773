"""The editor and the file on disk: other windows' saves, deleted files, failed saves, watching."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymapper.commands import ChangeSetting
from journeymapper.io.jmap import load_map, save_map
from journeymapper.templates import build_template
from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import Boxes

boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window


class ConflictBox:
    """Answers the changed-on-disk question (a QMessageBox, the OS boundary) with a button."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answer = "Cancel"
        self.asked: list[tuple[str, list[str]]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.answer_box(box))

    def answer_box(self, box: QMessageBox) -> int:
        names = [b.text().replace("&", "") for b in box.buttons()]
        self.asked.append((box.text(), names))
        for button in box.buttons():
            if button.text().replace("&", "") == self.answer:
                button.click()
        return 0


@pytest.fixture
def conflict(monkeypatch: pytest.MonkeyPatch) -> ConflictBox:
    return ConflictBox(monkeypatch)


def _edit(window: MainWindow, name: str, value: str) -> None:
    window.context.push(ChangeSetting(window.document.journey, name, value))


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "shared.jmap"
    save_map(build_template("e-shop", "en"), path)
    return path


@pytest.fixture
def two_windows(make_window: Callable[..., MainWindow], shared: Path) -> list[MainWindow]:
    windows = [make_window(), make_window()]
    for window in windows:
        assert window.files.open_path(shared, ask=False)
    return windows


def test_two_windows_on_one_map_lose_nothing(
    two_windows: list[MainWindow], shared: Path, conflict: ConflictBox, boxes: Boxes
) -> None:
    """The reproducer: A saves a title, B then saves a description; A's title was lost."""
    a, b = two_windows
    _edit(a, "title", "Title from A")
    assert a.files.save()
    _edit(b, "description", "Description from B")
    conflict.answer = "Cancel"
    assert not b.files.save()
    text, names = conflict.asked[-1]
    assert "was changed by another program or window" in text
    assert sorted(names) == ["Cancel", "Overwrite", "Reload", "Save As…"]
    assert load_map(shared).title == "Title from A"
    assert b.document.is_modified()

    conflict.answer = "Reload"
    assert not b.files.save()
    assert b.document.journey.title == "Title from A"
    assert not b.document.is_modified()
    _edit(b, "description", "Description from B")
    assert b.files.save()  # now B holds the current version: no question
    assert len(conflict.asked) == 2
    saved = load_map(shared)
    assert (saved.title, saved.description) == ("Title from A", "Description from B")


def test_overwrite_is_the_users_choice(
    two_windows: list[MainWindow], shared: Path, conflict: ConflictBox
) -> None:
    a, b = two_windows
    _edit(a, "title", "Title from A")
    a.files.save()
    _edit(b, "title", "Title from B")
    conflict.answer = "Overwrite"
    assert b.files.save()
    assert load_map(shared).title == "Title from B"
    _edit(b, "title", "Again from B")
    assert b.files.save()
    assert len(conflict.asked) == 1


def test_a_deleted_file_is_saved_again_only_after_asking(
    window: MainWindow, shared: Path, conflict: ConflictBox
) -> None:
    window.files.open_path(shared, ask=False)
    moved = shared.with_name("moved.jmap")
    shared.rename(moved)
    _edit(window, "title", "Still here")
    conflict.answer = "Cancel"
    assert not window.files.save()
    text, names = conflict.asked[-1]
    assert "was deleted or moved away" in text and "Reload" not in names
    assert not shared.exists()
    conflict.answer = "Save Here"
    assert window.files.save()
    assert load_map(shared).title == "Still here"


def test_the_watcher_offers_a_reload_only_without_unsaved_edits(
    two_windows: list[MainWindow], shared: Path, boxes: Boxes, qtbot: Any
) -> None:
    a, b = two_windows
    boxes.answer = QMessageBox.StandardButton.Yes
    _edit(a, "title", "Saved by A")
    a.files.save()
    qtbot.waitUntil(lambda: b.document.journey.title == "Saved by A", timeout=5000)
    assert [c[1] for c in boxes.calls] == ["File changed on disk"]
    assert not b.document.is_modified()

    _edit(b, "description", "Unsaved in B")
    _edit(a, "title", "Saved by A again")
    a.files.save()
    qtbot.waitUntil(lambda: "Save will ask" in b.statusBar().currentMessage(), timeout=5000)
    assert len(boxes.calls) == 1  # no offer: it would throw B's edit away
    assert b.document.journey.description == "Unsaved in B"


def test_own_saves_raise_no_offer(window: MainWindow, shared: Path, boxes: Boxes) -> None:
    window.files.open_path(shared, ask=False)
    for title in ("One", "Two"):
        _edit(window, "title", title)
        assert window.files.save()
        window.file_watch.check()
    assert boxes.calls == []


def test_any_save_failure_is_a_failed_save(
    window: MainWindow, tmp_path: Path, boxes: Boxes
) -> None:
    """A lone surrogate cannot be written as UTF-8: Save and autosave say so, nothing breaks."""
    _edit(window, "author", "\ud800")
    assert not window.files.write(tmp_path / "map.jmap")
    kind, title, text = boxes.calls[-1]
    assert (kind, title) == ("critical", "Cannot save the map")
    assert "not valid Unicode" in text
    assert window.document.is_modified() and window.document.path is None
    window.autosaver.mark_pending()
    assert window.autosaver.save_now() is False
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert list(tmp_path.glob("map.jmap*")) == []


def test_gui_save_refuses_a_read_only_file_and_writes_through_links(
    window: MainWindow, tmp_path: Path, boxes: Boxes
) -> None:
    locked = tmp_path / "locked.jmap"
    save_map(build_template("blank", "en"), locked)
    locked.chmod(0o444)
    _edit(window, "title", "Mine")
    assert not window.files.write(locked, check=False)
    assert "read-only" in boxes.calls[-1][2]
    assert load_map(locked).title != "Mine"
    real = tmp_path / "real.jmap"
    link = tmp_path / "link.jmap"
    save_map(build_template("blank", "en"), real)
    link.symlink_to(real)
    window.files.open_path(link, ask=False)
    _edit(window, "title", "Through the link")
    assert window.files.save()
    assert link.is_symlink() and load_map(real).title == "Through the link"
    assert window.document.path == link


def test_the_editor_opens_on_a_broken_file_with_an_error_dialog(tmp_path: Path) -> None:
    """A file association launch on a damaged file: an empty window and a dialog, no traceback."""
    broken = tmp_path / "broken.jmap"
    broken.write_text('{"format": "journeymapper", "format_version": 1, "title": 5', "utf-8")
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "def warning(parent, title, text, *args):\n"
        "    print('DIALOG', title, '|', text.replace(chr(10), ' '))\n"
        "    print('WINDOW', parent.isVisible(), parent.document.path)\n"
        "    QApplication.instance().quit()\n"
        "QMessageBox.warning = staticmethod(warning)\n"
        "from journeymapper.app import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", script, str(broken)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "DIALOG Cannot open the map | This file cannot be opened" in result.stdout
    assert "broken.jmap" in result.stdout
    assert "WINDOW True None" in result.stdout


def test_a_file_put_back_after_a_delete_is_noticed(
    window: MainWindow, shared: Path, boxes: Boxes, qtbot: Any
) -> None:
    """A checkout deletes the file and writes a new one: the reload offer still comes."""
    window.files.open_path(shared, ask=False)
    boxes.answer = QMessageBox.StandardButton.Yes
    shared.unlink()
    qtbot.waitUntil(lambda: "deleted or moved" in window.statusBar().currentMessage(), timeout=5000)
    replacement = build_template("blank", "en")
    replacement.set_setting("title", "Put back")
    save_map(replacement, shared)
    qtbot.waitUntil(lambda: window.document.journey.title == "Put back", timeout=5000)
    assert [c[1] for c in boxes.calls] == ["File changed on disk"]
