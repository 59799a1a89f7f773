"""Render docs/screenshots/ui-<lang>.png: the editor with the inspector and the export dialog.

Usage: ``QT_QPA_PLATFORM=offscreen python tools/i18n_screenshots.py [en ru uk lv]``. Each image
is 1600×1000: the main window on the e-shop template in that language, a touchpoint selected so
the inspector shows its form, and the export dialog drawn over the canvas as it opens.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1600, 1000)


def render(app: QApplication, language: str, temp: Path) -> Path:
    """Write ui-<language>.png and return its path."""
    from journeymapper.export.options import ExportOptions
    from journeymapper.io.recovery import RecoverySlot
    from journeymapper.templates import build_template
    from journeymapper.ui.document import Document
    from journeymapper.ui.export_dialog import ExportDialog
    from journeymapper.ui.i18n import install_translators
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.settings_store import SettingsStore

    translators = install_translators(app, language)
    try:
        ini = temp / f"{language}.ini"
        settings = SettingsStore(QSettings(str(ini), QSettings.Format.IniFormat))
        document = Document(build_template("e-shop", language))
        window = MainWindow(document, settings, RecoverySlot(temp / language), autosave_ms=10**7)
        window.resize(*SIZE)
        window.show()
        touchpoint = document.journey.touchpoints()[1]
        document.scene.select_ids([touchpoint.id])
        app.processEvents()
        image = window.grab().toImage()
        dialog = ExportDialog(
            document.journey,
            window.interop.runner,
            temp / "map.pdf",
            ExportOptions(layout="slides"),
            window,
        )
        dialog.show()
        app.processEvents()
        shot = dialog.grab()
        painter = QPainter(image)
        corner = QPoint(40, image.height() - shot.height() - 40)
        painter.fillRect(
            corner.x() - 1, corner.y() - 1, shot.width() + 2, shot.height() + 2, QColor("#555555")
        )
        painter.drawPixmap(corner, shot)
        painter.end()
        dialog.reject()
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"ui-{language}.png"
        image.save(str(path))
        document.undo_stack.setClean()
        window.close()
        return path
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    temp = Path(tempfile.mkdtemp())
    for language in argv or ["en", "ru", "uk", "lv"]:
        sys.stdout.write(f"{render(app, language, temp)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
