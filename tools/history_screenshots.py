"""Render the History panel and the deck's "What changed since" slide for the README.

Usage: ``QT_QPA_PLATFORM=offscreen python tools/history_screenshots.py`` (writes
docs/screenshots/history-panel.png and deck-changes-ru.png).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def _panel(temp: Path) -> None:
    from journeymapper.commands import ChangeSetting
    from journeymapper.io.history import SnapshotKind
    from journeymapper.io.recovery import RecoverySlot
    from journeymapper.templates import build_template
    from journeymapper.ui.document import Document
    from journeymapper.ui.history_actions import install_history
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.settings_store import SettingsStore

    settings = SettingsStore(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
    document = Document(build_template("e-shop", "en"))
    window = MainWindow(document, settings, RecoverySlot(temp / "recovery"), autosave_ms=10**7)
    history = install_history(window)
    window.resize(1200, 800)
    window.show()
    history.take(SnapshotKind.WORKSHOP_START)
    window.context.push(ChangeSetting(document.journey, "title", "Buying sneakers (workshop)"))
    history.take(SnapshotKind.WORKSHOP_END)
    history.take(SnapshotKind.MANUAL, "post-workshop baseline")
    window.context.push(ChangeSetting(document.journey, "title", "Buying sneakers v2"))
    history.take(SnapshotKind.PUBLISHED, "Shared with the board")
    history.dock.show()
    history.dock.resize(520, 240)
    history.panel.tree.setCurrentItem(history.panel.tree.topLevelItem(1))
    QApplication.processEvents()
    history.dock.grab().save(str(OUT / "history-panel.png"))


def _deck(temp: Path) -> None:
    from journeymapper.io.history import History, SnapshotKind, take_snapshot
    from journeymapper.io.jmap import save_map
    from journeymapper.model import AnnotationKind
    from journeymapper.templates import build_template

    journey = build_template("e-shop", "ru")
    history = take_snapshot(journey, History(), SnapshotKind.MANUAL, "после воркшопа")
    stages = journey.stages()
    journey.add_touchpoint(stages[2].id, "Примерка дома", channel="courier")
    card = journey.touchpoints(stages[1].id)[0]
    journey.update(card.id, name="Поиск с фильтром по размеру")
    journey.move_touchpoint(journey.touchpoints(stages[3].id)[0].id, stages[2].id)
    pain = journey.annotations(kind=AnnotationKind.PAIN_POINT)[0]
    journey.update(pain.id, severity=2)
    persona = journey.personas()[0]
    for tp in journey.touchpoints(stages[3].id):
        journey.set_emotion(tp.id, persona.id, 1)
    source, deck = temp / "shop.jmap", temp / "deck.pdf"
    save_map(journey, source, history)
    subprocess.run([sys.executable, "-m", "journeymapper", "export", str(source), str(deck),
                    "--changes-since", "после воркшопа"], check=True)  # fmt: skip
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "3", "-l", "3", "-singlefile", str(deck),
                    str(OUT / "deck-changes-ru")], check=True)  # fmt: skip


def main() -> int:
    sys.path.insert(0, str(ROOT))
    QApplication.instance() or QApplication([])
    temp = Path(tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    _panel(temp)
    _deck(temp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
