"""Autosave, crash recovery (including a process killed with SIGKILL) and the error hook."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymapper.commands import ChangeSetting
from journeymapper.io.jmap import load_map
from journeymapper.io.recovery import RecoverySlot, find_orphans, recovery_dir
from journeymapper.templates import build_template
from journeymapper.ui.crash import CrashHandler, setup_logging
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.recovery_prompt import offer_recovery
from tests import ui_helpers
from tests.ui_helpers import Boxes

# Fixtures shared by the editor tests.
boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window

ROOT = Path(__file__).resolve().parent.parent


def test_autosave_writes_the_recovery_file_only_when_modified(
    window: MainWindow, tmp_path: Path
) -> None:
    slot = window.autosaver.slot
    assert not window.autosaver.save_now()
    assert not slot.exists()
    window.context.push(ChangeSetting(window.document.journey, "title", "Autosaved ž"))
    assert window.autosaver.save_now()
    assert load_map(slot.map_path).title == "Autosaved ž"
    assert not window.autosaver.save_now()  # nothing new since
    window.files.write(tmp_path / "clean.jmap")
    assert not slot.exists()


def test_autosave_timer_fires(window: MainWindow, qtbot: Any) -> None:
    window.autosaver.timer.setInterval(50)
    window.context.push(ChangeSetting(window.document.journey, "title", "By the timer"))
    qtbot.waitUntil(window.autosaver.slot.exists, timeout=5000)


def test_undo_back_to_clean_removes_the_recovery_file(window: MainWindow) -> None:
    window.context.push(ChangeSetting(window.document.journey, "title", "Briefly"))
    window.autosaver.save_now()
    window.document.undo_stack.undo()
    assert not window.autosaver.slot.exists()


def test_orphans_are_offered_and_restored(make_window: Any, boxes: Boxes, tmp_path: Path) -> None:
    journey = build_template("e-shop", "ru")
    journey.set_setting("title", "Не сохранено")
    dead = RecoverySlot(recovery_dir(), pid=2**22 + 12345)
    dead.write(journey, tmp_path / "mine.jmap")
    orphans = find_orphans()
    assert [o.title for o in orphans] == ["Не сохранено"]
    window = make_window()
    boxes.answer = QMessageBox.StandardButton.Yes
    assert offer_recovery(window, orphans)
    assert window.document.journey.title == "Не сохранено"
    assert window.document.is_modified()
    assert window.document.path == tmp_path / "mine.jmap"
    assert not (tmp_path / "mine.jmap").exists()  # the user's file is written only on Save
    assert find_orphans() == []


def test_discarded_orphans_are_removed(make_window: Any, boxes: Boxes) -> None:
    RecoverySlot(recovery_dir(), pid=2**22 + 54321).write(build_template("blank"), None)
    window = make_window()
    boxes.answer = QMessageBox.StandardButton.Discard
    assert not offer_recovery(window, find_orphans())
    assert find_orphans() == []


KILLED_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from journeymapper.app import main
    from journeymapper.commands import ChangeSetting
    from journeymapper.ui.main_window import MainWindow

    def edit():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(50, edit)
            return
        window = windows[0]
        window.context.push(ChangeSetting(window.document.journey, "title", "Killed edit ļ"))
        def wait_for_autosave():
            if window.autosaver.slot.exists():
                sys.stdout.write("READY\\n")
                sys.stdout.flush()
            else:
                QTimer.singleShot(50, wait_for_autosave)
        wait_for_autosave()

    QTimer.singleShot(0, edit)
    main([])
    """
)


@pytest.mark.slow
def test_a_killed_editor_offers_its_edit_at_the_next_start(
    make_window: Any, boxes: Boxes, tmp_path: Path
) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        JOURNEYMAPPER_AUTOSAVE_MS="100",
        PYTHONPATH=str(ROOT),
    )
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_SCRIPT],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "READY"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    orphans = find_orphans()
    assert len(orphans) == 1
    assert orphans[0].pid == process.pid
    window = make_window()
    boxes.answer = QMessageBox.StandardButton.Yes
    assert offer_recovery(window, orphans)
    assert window.document.journey.title == "Killed edit ļ"
    assert boxes.kinds() == ["question"]
    assert "Killed edit ļ" in boxes.calls[0][2]


def test_unexpected_exception_is_logged_and_shown(
    window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    log = setup_logging(tmp_path / "logs" / "journeymapper.log")
    assert log is not None
    handler = CrashHandler(lambda: window, log)
    handler.install()
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        handler.uninstall()
    assert boxes.kinds() == ["critical"]
    assert "boom in a slot" in boxes.calls[0][2]
    assert str(log) in boxes.calls[0][2]
    assert "RuntimeError: boom in a slot" in log.read_text("utf-8")
    assert window.isVisible()
    assert window.files.write(tmp_path / "still-savable.jmap")


@pytest.mark.slow
def test_self_test_exits_zero(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "journeymapper", "--self-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
