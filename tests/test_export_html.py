"""The interactive HTML export opened in headless Chromium: offline, complete, interactive."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from journeymapper.export.html import export_html
from journeymapper.export.options import ExportOptions
from journeymapper.model import JourneyMap, LaneKind
from journeymapper.templates import build_template

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

AXE = Path(__file__).resolve().parent.parent / ".venv/axe/node_modules/axe-core/axe.min.js"


class Opened:
    """A page showing an exported file, with every request and console problem it caused."""

    def __init__(self, page: Page, path: Path) -> None:
        self.page, self.path = page, path
        self.requests: list[str] = []
        self.problems: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on(
            "console",
            lambda msg: (
                self.problems.append(msg.text) if msg.type in ("error", "warning") else None
            ),
        )
        page.on("pageerror", lambda error: self.problems.append(str(error)))
        page.on("dialog", lambda dialog: self.problems.append("dialog: " + dialog.message))
        page.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith("file:") else route.abort()
            ),
        )
        page.goto(path.as_uri())

    def view_box(self) -> list[float]:
        return [float(v) for v in self.page.get_attribute("#jm-map", "viewBox").split()]


@pytest.fixture
def open_map(chromium_browser: Browser, tmp_path: Path) -> Iterator[object]:
    pages: list[Page] = []

    def opener(
        journey: JourneyMap,
        options: ExportOptions | None = None,
        size: tuple[int, int] = (1280, 800),
    ) -> Opened:
        out = tmp_path / f"map{len(pages)}.html"
        export_html(journey, out, options or ExportOptions())
        page = chromium_browser.new_page(viewport={"width": size[0], "height": size[1]})
        pages.append(page)
        return Opened(page, out)

    yield opener
    for page in pages:
        page.close()


def test_the_page_asks_for_nothing_but_itself_and_reports_no_error(open_map) -> None:
    shown = open_map(build_template("e-shop", "en"))
    page = shown.page
    page.evaluate("document.fonts.ready")
    assert shown.requests == [shown.path.as_uri()]
    assert shown.problems == []
    # Nothing added later can reach out either: the page's Content-Security-Policy refuses.
    refused = page.evaluate(
        """async () => {
            const seen = [];
            document.addEventListener(
                'securitypolicyviolation', e => seen.push(e.effectiveDirective));
            const img = new Image(); img.src = 'http://127.0.0.1:9/x.png';
            try { await fetch('http://127.0.0.1:9/'); } catch (e) { seen.push('fetch failed'); }
            await new Promise(r => setTimeout(r, 50));
            return seen.sort();
        }"""
    )
    assert refused == ["connect-src", "fetch failed", "img-src"]
    assert shown.path.stat().st_size < 300_000
    fonts = page.evaluate(
        "document.fonts.ready.then(() => [...document.fonts].filter(f => f.status === 'loaded')"
        ".map(f => f.family + ' ' + f.weight))"
    )
    assert sorted(fonts) == ["DejaVu Sans 400", "DejaVu Sans 700"]


def test_every_stage_and_touchpoint_is_on_the_page_in_the_maps_language(open_map) -> None:
    journey = build_template("e-shop", "uk")
    page = open_map(journey).page
    assert page.get_attribute("html", "lang") == "uk"
    stage_buttons = page.locator("nav button").all_inner_texts()
    assert stage_buttons == [s.name for s in journey.stages()]
    labels = page.eval_on_selector_all(".jm-card", "cards => cards.map(c => c.ariaLabel)")
    for tp in journey.touchpoints():
        assert any(label.startswith(tp.name) for label in labels), tp.name
    drawn = page.eval_on_selector_all("#jm-map text", "ts => ts.map(t => t.textContent).join(' ')")
    for stage in journey.stages():
        assert stage.name.split()[0] in drawn  # real SVG text, not a picture
    assert page.get_attribute("#jm-zoom-in", "aria-label") == "Збільшити"
    assert page.inner_text("#jm-fit") == "Умістити у вікно"


def test_a_card_shows_its_details_on_focus_hover_and_tap(open_map) -> None:
    journey = build_template("e-shop", "en")
    page = open_map(journey).page
    first = journey.touchpoint(page.get_attribute(".jm-card", "data-id"))
    page.focus("#jm-viewport")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('data-id')")
    assert focused == first.id
    details = page.inner_text("#jm-details-body")
    for text in (first.name, first.need, first.tools, first.owner):
        assert text and text in details
    other = page.locator(".jm-card").nth(3)
    other_tp = journey.touchpoint(other.get_attribute("data-id"))
    other.hover()
    assert other_tp.name in page.inner_text("#jm-details-body")
    page.mouse.move(1, 1)  # leaving a card shows the chosen one again
    assert first.name in page.inner_text("#jm-details-body")
    noted = next(tp for tp in journey.touchpoints() if journey.annotations(target=tp.id))
    page.locator(f'.jm-card[data-id="{noted.id}"]').click()
    body = page.inner_text("#jm-details-body")
    for note in journey.annotations(target=noted.id):
        assert note.text in body and f"severity {note.severity} of 5" in body


def _until(page: Page, condition: str, frames: int = 600) -> None:
    """Wait frame by frame until ``condition`` holds in the page (the page's policy forbids
    the string evaluation playwright's own waiting uses)."""
    for _ in range(frames):
        if page.evaluate(condition):
            return
        page.evaluate("new Promise(done => requestAnimationFrame(done))")
    raise AssertionError(f"never true: {condition}")


def _visible(page: Page, selector: str) -> int:
    return page.eval_on_selector_all(
        selector, "nodes => nodes.filter(n => n.getBoundingClientRect().width > 0).length"
    )


def test_persona_toggles_and_the_as_is_to_be_switch_change_the_drawing(open_map) -> None:
    journey = build_template("e-shop", "en")
    page = open_map(journey).page
    first = journey.personas()[0]
    curve = f'.jm-persona[data-id="{first.id}"] path'
    legend = f'.jm-legend-persona[data-id="{first.id}"] text'
    assert _visible(page, curve) == 2 and _visible(page, legend) == 1
    before = page.locator("#jm-viewport").screenshot()
    page.get_by_label(first.name).uncheck()
    assert _visible(page, curve) == 0 and _visible(page, legend) == 0
    assert _visible(page, ".jm-persona path") == 2  # the other persona stays
    assert page.locator("#jm-viewport").screenshot() != before
    page.get_by_label(first.name).check()
    page.get_by_label("To be", exact=True).check()
    assert _visible(page, ".jm-as_is path") == 0 and _visible(page, ".jm-to_be path") == 2
    page.get_by_label("As is", exact=True).check()
    assert _visible(page, ".jm-as_is path") == 2 and _visible(page, ".jm-to_be path") == 0


def test_zoom_buttons_keys_and_ctrl_wheel_change_the_view(open_map) -> None:
    page_view = open_map(build_template("e-shop", "en"))
    page = page_view.page
    card = page.locator(".jm-card").first
    start, width = page_view.view_box(), card.bounding_box()["width"]
    page.click("#jm-zoom-in")
    assert page_view.view_box()[2] == pytest.approx(start[2] / 1.25, rel=1e-3)
    assert card.bounding_box()["width"] == pytest.approx(width * 1.25, rel=0.02)
    page.click("#jm-zoom-out")
    page.click("#jm-zoom-out")
    assert page_view.view_box()[2] > start[2]
    page.mouse.move(640, 400)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -300)
    page.keyboard.up("Control")
    _until(page, f"document.getElementById('jm-map').viewBox.baseVal.width < {start[2]}")
    page.click("#jm-fit")
    fitted = page_view.view_box()
    whole = page.evaluate(
        "(() => { const b = document.getElementById('jm-map').getBBox();"
        " return {width: b.width, height: b.height}; })()"
    )
    assert fitted[2] >= whole["width"] - 1 and fitted[3] >= whole["height"] - 1
    page.focus("#jm-viewport")
    page.keyboard.press("+")
    assert page_view.view_box()[2] < fitted[2]
    page.keyboard.press("0")
    assert page_view.view_box() == fitted
    page.mouse.move(600, 400)
    page.mouse.down()
    page.mouse.move(500, 350, steps=4)
    page.mouse.up()
    moved = page_view.view_box()
    assert moved[0] > fitted[0] and moved[1] > fitted[1]
    # two fingers moving apart zoom in around their middle
    page.evaluate(_PINCH)
    _until(page, f"document.getElementById('jm-map').viewBox.baseVal.width < {moved[2] / 1.5}")


_PINCH = """() => {
  const port = document.getElementById('jm-viewport'), box = port.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const send = (type, id, dx) => port.dispatchEvent(new PointerEvent(type, {pointerId: id,
    pointerType: 'touch', clientX: x + dx, clientY: y, bubbles: true, isPrimary: id === 1}));
  send('pointerdown', 1, -20); send('pointerdown', 2, 20);
  for (let step = 1; step <= 4; step++) { send('pointermove', 1, -20 - 10 * step);
    send('pointermove', 2, 20 + 10 * step); }
  send('pointerup', 1, -60); send('pointerup', 2, 60);
}"""


def test_search_highlights_matching_cards_and_stages_jump(open_map) -> None:
    journey = build_template("e-shop", "en")
    page = open_map(journey).page
    target = journey.touchpoints()[5]
    pinned = page.locator("#jm-pinned")
    assert not pinned.is_visible()  # the lane names are on the map itself
    page.fill("#jm-search", target.name.lower())
    hits = page.eval_on_selector_all(".jm-hit", "ns => ns.map(n => n.getAttribute('data-id'))")
    assert target.id in hits
    assert len(hits) < len(journey.touchpoints())
    assert page.inner_text("#jm-count") == f"{len(hits)} matching cards"
    assert page.locator(".jm-dim").count() > 0
    page.fill("#jm-search", "")
    assert page.locator(".jm-hit, .jm-dim").count() == 0
    last = journey.stages()[-1]
    page.click(f"nav button >> text={last.name}")
    focused = page.evaluate("document.activeElement.getAttribute('data-id')")
    assert journey.touchpoint(focused).stage_id == last.id
    box = page.locator(f'.jm-stage[data-id="{last.id}"]').bounding_box()
    port = page.locator("#jm-viewport").bounding_box()
    assert port["x"] <= box["x"] and box["x"] + box["width"] <= port["x"] + port["width"] + 1
    # panned past them, the lane names stay pinned to the left edge of the map
    assert pinned.is_visible() and pinned.bounding_box()["x"] == pytest.approx(port["x"], abs=1)
    pinned_names = pinned.locator("text").all_text_contents()
    for lane in journey.lanes():
        assert any(n.startswith(lane.name.split()[0]) for n in pinned_names), lane.name


def test_hostile_text_stays_text(open_map) -> None:
    nasty = "</text><script>alert(1)</script>]]><!-- \u202eevil\u202c 👍🏽 \x07bell"
    journey = JourneyMap(nasty, language="ru")
    journey.add_lane(LaneKind.TOUCHPOINTS, "Точки")
    stage = journey.add_stage(nasty)
    journey.add_touchpoint(stage.id, nasty, description="</script><b>&amp;</b>", need=nasty)
    shown = open_map(journey)
    page = shown.page
    assert shown.problems == []
    assert page.locator("script").count() == 2  # the data and ours, nothing injected
    assert page.inner_text("h1") == nasty.replace("\x07", "")
    page.focus(".jm-card")
    details = page.inner_text("#jm-details-body")
    assert "</script><b>&amp;</b>" in details and "👍🏽" in details
    assert page.inner_text("nav button") == nasty.replace("\x07", "")


def test_a_view_exports_only_what_it_shows(open_map) -> None:
    journey = build_template("e-shop", "en")
    lanes = journey.lanes()
    hidden_lane = next(lane for lane in lanes if lane.kind is LaneKind.TEXT)
    shown_lanes = [lane.id for lane in lanes if lane.id != hidden_lane.id]
    stages = journey.stages()
    personas = journey.personas()
    journey.add_view(
        "Board", lanes=shown_lanes, stages=[s.id for s in stages[:2]], personas=[personas[0].id]
    )
    shown = open_map(journey, ExportOptions(view="Board"))
    text = shown.path.read_text("utf-8")
    assert hidden_lane.name not in text
    for cell in hidden_lane.cells.values():
        assert not cell or cell not in text
    for stage in stages[2:]:
        assert stage.name not in text
        for tp in journey.touchpoints(stage.id):
            assert tp.name not in text and (not tp.description or tp.description not in text)
    assert personas[1].name not in text
    page = shown.page
    assert page.locator("nav button").all_inner_texts() == [s.name for s in stages[:2]]
    assert page.locator("input[data-persona]").count() == 1
    assert shown.problems == []


def test_accessibility(open_map) -> None:
    """Named map and controls, a real data table, keyboard order, contrast; axe-core if present."""
    journey = build_template("e-shop", "lv")
    page = open_map(journey).page
    svg = page.locator("#jm-map")
    title = page.text_content("#jm-svg-title")
    assert title == journey.title and svg.get_attribute("aria-labelledby") == "jm-svg-title"
    assert "6" in page.text_content("#jm-svg-desc")
    for control in page.locator("button, input").all():
        name = page.evaluate(
            "el => el.ariaLabel || el.labels?.[0]?.innerText || el.innerText",
            control.element_handle(),
        )
        assert name.strip(), control
    rows = page.locator("#jm-table tbody tr")
    assert rows.count() == len(journey.touchpoints())
    persona = journey.personas()[0]
    tp = journey.touchpoints()[0]
    cells = rows.first.locator("td").all_inner_texts()
    feeling = tp.emotions[persona.id]
    assert cells[0] == str(feeling.as_is).replace("-", "−")
    assert page.locator("#jm-table th[scope]").count() == page.locator("#jm-table th").count()
    # Tab walks the cards in map order.
    page.focus("#jm-viewport")
    order = []
    for _ in range(4):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.getAttribute('data-id')"))
    assert order == [t.id for t in journey.touchpoints()[:4]]
    # arrow keys go to the nearest card that way: right is the next card of the row, down from
    # a card with a pain point is that note (stacked under its card)
    first = journey.touchpoints()[0]
    page.focus(f'.jm-card[data-id="{first.id}"]')
    page.keyboard.press("ArrowRight")
    assert (
        page.evaluate("document.activeElement.getAttribute('data-id')")
        == journey.touchpoints()[1].id
    )
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.getAttribute('data-id')") == first.id
    noted = next(tp for tp in journey.touchpoints() if journey.annotations(target=tp.id))
    page.focus(f'.jm-card[data-id="{noted.id}"]')
    page.keyboard.press("ArrowDown")
    below = page.evaluate("document.activeElement.getAttribute('data-id')")
    assert below in {n.id for n in journey.annotations(target=noted.id)}
    for selector in ("h1", "nav button", "#jm-keys", "label", "#jm-table td", "footer"):
        ratio = page.eval_on_selector(selector, _CONTRAST)
        assert ratio >= 4.5, (selector, ratio)
    # every text drawn in the map stands out from the shape under it (axe skips SVG text)
    page.click("#jm-fit")
    worst = page.evaluate(_SVG_CONTRAST)
    assert worst[2] > 100 and worst[0] >= 4.5, worst
    if not AXE.exists():
        return
    context = page.context.browser.new_context(bypass_csp=True)
    checked = context.new_page()
    checked.goto(page.url)
    checked.add_script_tag(content=AXE.read_text("utf-8"))
    found = checked.evaluate("axe.run(document).then(r => r.violations.map(v => v.id))")
    context.close()
    assert found == []


_CONTRAST = """el => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let node = el, bg = 'rgb(255, 255, 255)';
  while (node) { const c = getComputedStyle(node).backgroundColor;
    if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') { bg = c; break; }
    node = node.parentElement; }
  const a = lum(getComputedStyle(el).color), b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


_SVG_CONTRAST = """() => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const x = lum(a), y = lum(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  let worst = [99, ''], checked = 0;
  for (const text of document.querySelectorAll('#jm-map text')) {
    const box = text.getBoundingClientRect();
    const under = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      .find(el => el !== text && ['rect', 'polygon', 'circle'].includes(el.localName)
        && getComputedStyle(el).fill !== 'none');
    if (!under) continue;
    checked += 1;
    const r = ratio(getComputedStyle(text).fill, getComputedStyle(under).fill);
    if (r < worst[0]) worst = [r, text.textContent];
  }
  return [worst[0], worst[1], checked];
}"""


def test_phone_size_and_print(open_map) -> None:
    journey = build_template("e-shop", "ru")
    page = open_map(journey, size=(390, 844)).page
    port = page.locator("#jm-viewport").bounding_box()
    assert port["width"] <= 390 and port["height"] > 300
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.click("#jm-zoom-in")
    page.fill("#jm-search", journey.touchpoints()[0].name)
    zoomed, hits = page.get_attribute("#jm-map", "viewBox"), page.locator(".jm-hit").count()
    assert hits > 0
    # printed: the whole map on the first page (every stage name in its text), controls gone
    first_page = PdfReader(io.BytesIO(page.pdf())).pages[0].extract_text()
    for stage in journey.stages():
        assert stage.name.split()[0] in first_page
    assert journey.title in first_page and "Уместить" not in first_page
    assert page.get_attribute("#jm-map", "viewBox") == zoomed  # the view comes back
    assert page.locator(".jm-hit").count() == hits  # and the search marks
    page.emulate_media(media="print")
    assert not page.locator("nav").is_visible() and not page.locator("#jm-zoom-in").is_visible()
