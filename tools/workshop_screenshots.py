"""Render the workshop screenshots: presentation mode at 1920×1080 (overview,
a stage with the timer, the revealed dot vote beside the slides).

Usage: ``QT_QPA_PLATFORM=offscreen python tools/workshop_screenshots.py`` (writes into
docs/screenshots/). The map is the bundled e-shop template in English.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1920, 1080)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    app = QApplication.instance() or QApplication([])
    from journeymapper.io.recovery import RecoverySlot
    from journeymapper.model import AnnotationKind, VotingRound
    from journeymapper.templates import build_template
    from journeymapper.ui.document import Document
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.settings_store import SettingsStore
    from journeymapper.workshop import install_workshop

    temp = Path(tempfile.mkdtemp())
    settings = SettingsStore(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
    document = Document(build_template("e-shop", "en"))
    window = MainWindow(document, settings, RecoverySlot(temp / "recovery"), autosave_ms=10**7)
    shop = install_workshop(window)
    shop.full_screen = False
    window.resize(*SIZE)
    window.show()
    journey = document.journey
    people = ("Anna", "Boris", "Dace", "Олег", "Jānis", "Ilze")
    shop.voting.begin(VotingRound(people, 3, ("pain_point",), hidden=True))
    pains = [a.id for a in journey.annotations(kind=AnnotationKind.PAIN_POINT)]
    plan = {0: [0, 0, 1], 1: [0, 2, 2], 2: [0, 1, 3], 3: [2, 2, 0], 4: [0, 3, 1], 5: [1, 0, 2]}
    for index, choices in plan.items():
        shop.voting.choose(index)
        for choice in choices:
            assert shop.clicker is not None
            shop.clicker.vote(pains[choice % len(pains)])
    shop.lock.set_locked(True)
    shop.timer_panel.minutes.setValue(10)
    shop.timer.start()
    OUT.mkdir(parents=True, exist_ok=True)

    presentation = shop.start_presentation()
    assert presentation is not None
    presentation.resize(*SIZE)
    app.processEvents()
    presentation.relayout()
    pages = presentation.pages
    overview = next(i for i, p in enumerate(pages) if p.kind == "overview")
    presentation.go(overview)
    app.processEvents()
    presentation.grab().save(str(OUT / "presentation-overview.png"))
    stage = [i for i, p in enumerate(pages) if p.kind == "stage"][4]
    presentation.go(stage)
    app.processEvents()
    presentation.grab().save(str(OUT / "presentation-stage.png"))

    shop.voting.reveal()  # brings the ranking up on the projector, the slides make room
    app.processEvents()
    top = journey.annotation(shop.voting.ranked_ids()[0])
    top_stage = journey.touchpoint(top.target).stage_id
    presentation.go_to_stage([s.id for s in journey.stages()].index(top_stage) + 1)
    app.processEvents()
    presentation.grab().save(str(OUT / "voting-revealed.png"))
    presentation.close()
    document.undo_stack.setClean()
    window.hide()  # votes made the map modified: closing would ask to save
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
