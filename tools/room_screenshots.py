"""Render the room-mode screenshots: the phone page (notes, vote, rate), the projector's QR
window and the editor with the Room panel and the crowd curve.

Usage: ``QT_QPA_PLATFORM=offscreen python tools/room_screenshots.py`` (writes into
docs/screenshots/; needs /usr/bin/chromium). The map is the bundled e-shop template.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def phone_pages(temp: Path) -> None:
    from playwright.sync_api import sync_playwright

    from journeymapper.templates import build_template
    from tests.browser import ARGS, CHROMIUM
    from tests.room_helpers import headless_room

    kinds = ("card", "pain_point", "opportunity")
    journey = build_template("e-shop", "en")
    with headless_room(journey, temp / "phone.jmap", phase="all", dots=3, show_results=True,
                       note_kinds=kinds) as room, sync_playwright() as playwright:  # fmt: skip
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 760}, is_mobile=True,
                                      has_touch=True, device_scale_factor=1)  # fmt: skip
        page = context.new_page()
        page.goto(room.server.url)
        page.fill("#name", "Marta")
        page.click("#join-button")
        page.wait_for_selector("#room:not([hidden])")
        page.select_option("#note-kind", "pain_point")
        page.fill("#note-text", "Nobody tells me when the courier comes")
        shots = []
        page.screenshot(path=str(temp / "notes.png"))
        shots.append(temp / "notes.png")
        page.click("#tabs button[data-tab='vote']")
        page.locator(".item button.give").nth(1).click()
        page.locator(".item button.give").nth(6).click()
        page.wait_for_selector("#dots:has-text('1 of 3')")
        time.sleep(0.3)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(temp / "vote.png"))
        shots.append(temp / "vote.png")
        page.click("#tabs button[data-tab='rate']")
        for i, value in enumerate((1, 0, -1)):
            page.locator(".rate").nth(i).locator("button", has_text=f"{value:+d}" if value
                                                 else "0").first.click()  # fmt: skip
        time.sleep(0.5)
        page.screenshot(path=str(temp / "rate.png"))
        shots.append(temp / "rate.png")
        browser.close()
    subprocess.run(["convert", *map(str, shots), "-bordercolor", "#c8ccd4", "-border", "1",
                    "+append", str(OUT / "room-phone.png")], check=True)  # fmt: skip


def desktop(temp: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDockWidget

    from journeymapper.io.recovery import RecoverySlot
    from journeymapper.templates import build_template
    from journeymapper.ui.document import Document
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.settings_store import SettingsStore
    from journeymapper.workshop import install_workshop

    app = QApplication.instance() or QApplication([])
    settings = SettingsStore(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
    journey = build_template("e-shop", "en")
    rng = random.Random(7)
    for stage, centre in zip(journey.stages(), (1, 0, -1, -2, 1, 1), strict=False):
        for person in range(14):
            value = max(-2, min(2, round(rng.gauss(centre, 0.9))))
            journey.set_crowd_rating(stage.id, f"Guest {person + 1}", value)
    document = Document(journey)
    window = MainWindow(document, settings, RecoverySlot(temp / "recovery"), autosave_ms=10**7)
    shop = install_workshop(window)
    window.resize(1600, 1000)
    window.show()
    shop.room.configure(phase="vote", queue=True)
    shop.room.open("127.0.0.1", 0)
    shop.room_dock.show()
    for dock in (window.findChildren(QDockWidget)):
        if dock is not shop.room_dock and dock.objectName() != "workshop_room":
            dock.hide()
    server = shop.room.server
    assert server is not None
    projector = shop.room_panel.show_projector()
    assert projector is not None
    projector.resize(900, 1000)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    projector.grab().save(str(OUT / "room-projector.png"))
    box = document.scene.layout.emotion
    if box is not None:
        window.view.centerOn(box.rect.x + 420, box.rect.y + 40)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(OUT / "room-editor.png"))
    projector.close()
    shop.room.close()
    window.close()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    OUT.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp())
    phone_pages(temp)
    desktop(temp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
