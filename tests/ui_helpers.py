"""Fixtures for the editor tests: a real window on a real map, files and settings in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from journeymapper.io.recovery import RecoverySlot
from journeymapper.templates import build_template
from journeymapper.ui.document import Document
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.settings_store import SettingsStore


class Boxes:
    """Records QMessageBox static calls (the OS boundary) and answers them as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel
        for name in ("question", "warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, name, self._recorder(name))

    def _recorder(self, name: str) -> Any:
        def record(_parent: Any, title: str, text: str, *_args: Any) -> Any:
            self.calls.append((name, title, text))
            return self.answer if name == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(record)

    def kinds(self) -> list[str]:
        return [call[0] for call in self.calls]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def _forget_changes(window: MainWindow) -> None:
    """Tests end with unsaved edits; closing must not wait for an answer."""
    window.document.mark_saved()


@pytest.fixture
def make_window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., MainWindow]:
    """Build a window on a template map; data and settings live under tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def make(template: str = "e-shop", language: str = "en") -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        slot = RecoverySlot(tmp_path / "recovery")
        document = Document(build_template(template, language))
        window = MainWindow(document, SettingsStore(settings), slot, autosave_ms=3_600_000)
        qtbot.addWidget(window, before_close_func=_forget_changes)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window: Any) -> MainWindow:
    return make_window()  # type: ignore[no-any-return]


SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SHOTS_ENV = "JOURNEYMAPPER_SHOTS"
SHOT_SIZE = (1600, 1000)


def save_shot(widget: Any, name: str, tmp_path: Path, *on_top: Any) -> Path:
    """Grab ``widget`` as the user sees it; into docs/screenshots when $JOURNEYMAPPER_SHOTS=1.

    ``JOURNEYMAPPER_SHOTS=1 make test`` (or pytest on one file) refreshes the README's images
    from the very tests that drive the gestures they show.
    """
    import os

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    pixmap = widget.grab()
    assert not pixmap.isNull()
    if on_top:  # dialogs and popups are windows of their own: painted where they appear
        painter = QPainter(pixmap)
        for top in on_top:
            corner = widget.mapFromGlobal(top.mapToGlobal(QPoint(0, 0)))
            painter.drawPixmap(corner, top.grab())
        painter.end()
    folder = SHOTS if os.environ.get(SHOTS_ENV) == "1" else tmp_path
    path = folder / name
    assert pixmap.save(str(path))
    return path


def answer_next_dialog(qtbot: Any, answer: Callable[[Any], None]) -> list[Any]:
    """Run ``answer(dialog)`` on the next modal dialog as soon as it is open (as a user would).

    Returns a list that receives the dialog, so a test can check what it showed.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[Any] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, poll)
    return seen


def choose_in_popup(qtbot: Any, text: str, path: list[str] | None = None) -> list[Any]:
    """On the next popup menu, walk into submenus ``path`` and trigger the entry ``text``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    seen: list[Any] = []
    steps = [*(path or []), text]

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or (seen and menu is seen[-1]):
            QTimer.singleShot(10, poll)
            return
        seen.append(menu)
        wanted = steps[len(seen) - 1]
        action = next(a for a in menu.actions() if a.text().replace("&", "") == wanted)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        if len(seen) < len(steps):
            QTimer.singleShot(10, poll)

    from PySide6.QtCore import Qt

    QTimer.singleShot(0, poll)
    return seen


def activate(qtbot: Any, window: Any) -> None:
    """Make ``window`` the active one again, as the window manager does when a dialog closes."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
