"""Screenshots of the interactive HTML export in headless Chromium: desktop and phone size.

Usage: ``.venv/bin/python tools/html_screenshots.py`` writes docs/screenshots/html-desktop.png
(1440×900, a card's details shown, one persona switched off, search for "form") and
html-phone.png (390×844, Russian e-shop map).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from journeymapper.export.html import export_html  # noqa: E402
from journeymapper.export.options import ExportOptions  # noqa: E402
from journeymapper.templates import build_template  # noqa: E402
from tests.browser import ARGS, CHROMIUM  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        english = Path(tmp) / "en.html"
        journey = build_template("e-shop", "en")
        export_html(journey, english, ExportOptions())
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(english.as_uri())
        page.get_by_label(journey.personas()[1].name).uncheck()
        page.fill("#jm-search", "form")
        checkout = next(tp for tp in journey.touchpoints() if "Checkout" in tp.name)
        page.focus(f'.jm-card[data-id="{checkout.id}"]')
        page.screenshot(path=str(OUT / "html-desktop.png"))
        russian = Path(tmp) / "ru.html"
        export_html(build_template("e-shop", "ru"), russian, ExportOptions())
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        phone.goto(russian.as_uri())
        phone.screenshot(path=str(OUT / "html-phone.png"))
        browser.close()


if __name__ == "__main__":
    main()
