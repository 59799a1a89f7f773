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
