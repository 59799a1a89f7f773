"""Co-editing in the editor: two windows on 127.0.0.1, a rename on one until the other's canvas
shows it (queued wake-up, CRDT round trip, model events, layout), and the time to join."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.generate import make_map  # noqa: E402
from bench.timing import table  # noqa: E402
from journeymapper.commands import ChangeAttributes, push  # noqa: E402
from journeymapper.io.recovery import RecoverySlot  # noqa: E402
from journeymapper.scene.card_items import CardItem  # noqa: E402
from journeymapper.ui.document import Document  # noqa: E402
from journeymapper.ui.main_window import MainWindow  # noqa: E402
from journeymapper.ui.settings_store import SettingsStore  # noqa: E402
from journeymapper.workshop import install_workshop  # noqa: E402
from journeymapper.workshop.coedit_control import _WINDOWS  # noqa: E402

EDITS = 5
SIZES = (100, 1_000)


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _wait(app: QApplication, done: Callable[[], bool], limit: float = 600.0) -> None:
    end = time.perf_counter() + limit
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the other window never showed the change")
        app.processEvents()
        time.sleep(0.0002)


def _rows(app: QApplication, folder: Path, size: int) -> list[list[str]]:
    settings = SettingsStore(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    document = Document(make_map(size, max(3, size // 100)))
    host = MainWindow(document, settings, RecoverySlot(folder / "r"), autosave_ms=3_600_000)
    workshop = install_workshop(host)
    host.show()
    workshop.coedit.start_sharing("127.0.0.1", 0)
    session = workshop.coedit.session
    assert session is not None
    start = time.perf_counter()
    dialog = workshop.coedit.join()
    dialog.link.setText(session.link)
    dialog.join.click()
    _wait(app, lambda: len(_WINDOWS) == 1)
    joined = time.perf_counter() - start
    guest = next(iter(_WINDOWS))
    rows = [[f"{size:,} cards: join until the window is open", f"{joined:.2f} s"]]
    for name, source, target in (("host → joiner", host, guest), ("joiner → host", guest, host)):
        times = []
        for i, card in enumerate(source.document.journey.touchpoints()[:EDITS]):
            text = f"{name} {i}"
            began = time.perf_counter()
            push(source.document.undo_stack,
                 ChangeAttributes(source.document.journey, card.id, {"name": text}))  # fmt: skip
            scene = target.document.scene
            item = scene.mirror.cards[card.id]  # what the other canvas draws

            def shown(i: CardItem = item, t: str = text) -> bool:
                return getattr(i.source, "name", None) == t

            _wait(app, shown)
            times.append(time.perf_counter() - began)
        median = statistics.median(times) * 1000
        rows.append([f"{size:,} cards: rename {name}, on its canvas (median / max)",
                     f"{median:.0f} / {max(times) * 1000:.0f} ms"])  # fmt: skip
    for window in (guest, host):
        window.document.mark_saved()
        window.close()
    app.processEvents()
    return rows


def main() -> str:
    app = _app()
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            rows += _rows(app, Path(folder), size)
    return table("Co-editing in the editor (two offscreen windows, 127.0.0.1)",
                 ["Scenario", "Time"], rows)  # fmt: skip


if __name__ == "__main__":
    print(main())  # noqa: T201
