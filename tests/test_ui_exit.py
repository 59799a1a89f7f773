"""Leaving the app after copying cards exits cleanly (the clipboard's data made in Python)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from journeymapper.commands import MIME_TYPE
from journeymapper.ui.edit_actions import release_clipboard
from PySide6.QtCore import QMimeData

app = QApplication([])
mime = QMimeData()  # as Edit > Copy puts cards on the clipboard
mime.setText("Landing page")
mime.setData(MIME_TYPE, b"{}")
app.clipboard().setMimeData(mime)
release_clipboard()
print(app.clipboard().text())
sys.exit(0)
"""


def test_exit_after_copying_cards_is_clean_and_keeps_their_names() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "Landing page"
