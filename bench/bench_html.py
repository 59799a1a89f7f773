"""HTML export benchmark: file size, export time and Chromium's first render and zoom step."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bench.generate import make_map
from bench.timing import best_of, table
from journeymapper.export.html import export_html
from journeymapper.export.options import ExportOptions
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests.browser import ARGS, CHROMIUM

# First paint with content, and the time the script has drawn and fitted the map (both from
# navigation start); a zoom step is the click on "+" until the next frame is painted.
_TIMES = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
  const ready = performance.now();
  const found = entries => entries.find(e => e.name === 'first-contentful-paint');
  const now = found(performance.getEntriesByType('paint'));
  if (now) { done({fcp: now.startTime, ready: ready}); return; }
  new PerformanceObserver(list => { const e = found(list.getEntries());
    if (e) done({fcp: e.startTime, ready: ready}); }).observe({type: 'paint', buffered: true});
  setTimeout(() => done({fcp: -1, ready: ready}), 3000);
})))"""
_ZOOM = """() => new Promise(done => {
  const start = performance.now();
  document.getElementById('jm-zoom-in').click();
  requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
})"""
# Ten ctrl+wheel notches in the middle of the map, one per frame: the mean frame time.
_WHEEL = """() => new Promise(done => {
  const port = document.getElementById('jm-viewport'), box = port.getBoundingClientRect();
  const start = performance.now();
  let left = 10;
  const notch = () => {
    if (left-- === 0) { done((performance.now() - start) / 10); return; }
    port.dispatchEvent(new WheelEvent('wheel', {deltaY: -40, ctrlKey: true, bubbles: true,
      cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2}));
    requestAnimationFrame(notch);
  };
  requestAnimationFrame(notch);
})"""


def _browser_times(browser: Any, path: Path) -> list[float]:
    """Best of three: first contentful paint, map ready, zoom button step, wheel step (ms)."""
    runs = []
    for _ in range(3):
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(path.as_uri())
        times = page.evaluate(_TIMES)
        zoom = min(page.evaluate(_ZOOM) for _ in range(3))
        wheel = page.evaluate(_WHEEL)
        runs.append((times["fcp"], times["ready"], zoom, wheel))
        page.close()
    return [min(r[i] for r in runs) for i in range(4)]


def _row(name: str, journey: JourneyMap, folder: Path, browser: Any) -> list[object]:
    out = folder / f"{name}.html"
    seconds = best_of(lambda: export_html(journey, out, ExportOptions()), 1)
    size = out.stat().st_size / 1024
    if browser is None:
        return [name, f"{seconds:.2f}", f"{size:,.0f}", "no Chromium", "", "", ""]
    return [name, f"{seconds:.2f}", f"{size:,.0f}"] + [
        f"{ms:.0f}" for ms in _browser_times(browser, out)
    ]


def main() -> str:
    maps = [
        ("e-shop template", build_template("e-shop", "en")),
        ("1,000 touchpoints", make_map(1_000, 40)),
    ]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if Path(CHROMIUM).exists():
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=ARGS
                )
                rows = [_row(name, journey, Path(tmp), browser) for name, journey in maps]
                browser.close()
        else:
            rows = [_row(name, journey, Path(tmp), None) for name, journey in maps]
    header = [
        "map",
        "export s",
        "file KB",
        "first paint ms",
        "map ready ms",
        "zoom button ms",
        "ctrl+wheel frame ms",
    ]
    return table("Interactive HTML (headless Chromium, 1440×900, best of 3)", header, rows)


if __name__ == "__main__":
    print(main())  # noqa: T201
