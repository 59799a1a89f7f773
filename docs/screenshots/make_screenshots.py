"""Render the canvas screenshots: editor-en.png, editor-ru.png and map-1000-zoomed-out.png.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py``.
Each image is 1600×1000: the main window on the e-shop template at 100% zoom with a touchpoint
selected (en, ru), and a bare canvas showing a generated 1,000-touchpoint map zoomed to fit.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent
ROOT = OUT.parents[1]
SIZE = (1600, 1000)
OVERVIEW_ZOOM = 0.3


def editor(app: QApplication, language: str, temp: Path) -> Path:
    """The editor window on the e-shop template in ``language``."""
    from journeymapper.io.recovery import RecoverySlot
    from journeymapper.templates import build_template
    from journeymapper.ui.document import Document
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
        touchpoint = document.journey.touchpoints()[2]
        document.scene.select_ids([touchpoint.id])
        app.processEvents()
        path = OUT / f"editor-{language}.png"
        window.grab().save(str(path))
        document.undo_stack.setClean()
        window.close()
        return path
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def zoomed_out(app: QApplication) -> Path:
    """The 1,000-touchpoint benchmark map zoomed far out (lowest level of detail)."""
    from bench.generate import make_map
    from journeymapper.scene import MapScene, MapView

    scene = MapScene(make_map(1_000, 40), QUndoStack())
    view = MapView(scene)
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    # The map is ~35 times wider than tall: "fit" is a sliver, so show the overview zoom at which
    # the whole height stays in view with the lowest level of detail (no text on cards).
    view.set_zoom(OVERVIEW_ZOOM)
    view.horizontalScrollBar().setValue(0)
    app.processEvents()
    path = OUT / "map-1000-zoomed-out.png"
    view.grab().save(str(path))
    scene.close()
    return path


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    temp = Path(tempfile.mkdtemp())
    wanted = argv or ["en", "ru", "zoomed"]
    for name in wanted:
        path = zoomed_out(app) if name == "zoomed" else editor(app, name, temp)
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
