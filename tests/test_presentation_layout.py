"""Presentation slides, read as the back row sees them: type floor, no overlaps, free places.

Every page of the projector deck laid out for a screen (``export.slides.screen_spec``) is
checked from its laid-out items at the screen's scale: no text under 1/40 of the screen
height, titles larger, no two texts on each other, boxes nested or apart, nothing off the
page, the timer's place empty and the badge's place holding only the badge.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from journeymapper.export.options import ExportOptions
from journeymapper.export.slides import screen_spec, slide_pages
from journeymapper.layout import Rect
from journeymapper.layout.slides import (
    Box,
    ChartItem,
    Circle,
    Curve,
    Item,
    MarkerItem,
    Polygon,
    Polyline,
    SlidePage,
    TextBlock,
    deck_pages,
)
from journeymapper.model import JourneyMap, LaneKind
from journeymapper.templates import build_template

# Screens: 1080p, 720p, a 16:10 laptop, and both 16:9 ones with the vote ranking beside
# the slides (the window's 2/5 taken by it).
SCREENS = [(1920, 1080), (1280, 720), (1600, 1000), (1152, 1080), (768, 720)]
EPS = 0.5


def _drawn(items: list[Item]) -> list[Item]:
    """The items as drawn: an emotion chart's curves and markers in place of the chart."""
    return [
        part for item in items for part in (item.items if isinstance(item, ChartItem) else (item,))
    ]


def _bounds(item: Item) -> Rect | None:
    if isinstance(item, Box):
        return Rect(item.x, item.y, item.w, item.h)
    if isinstance(item, Circle | MarkerItem):
        r = item.r * 1.4 if isinstance(item, MarkerItem) else item.r
        return Rect(item.x - r, item.y - r, 2 * r, 2 * r)
    points: list[tuple[float, float]] = []
    if isinstance(item, Polyline | Polygon):
        points = list(item.points)
    elif isinstance(item, Curve):
        points = [item.start] + [p for seg in item.segments for p in seg]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _overlap(a: Rect, b: Rect) -> bool:
    return (
        min(a.right, b.right) - max(a.x, b.x) > EPS
        and min(a.bottom, b.bottom) - max(a.y, b.y) > EPS
    )


def _inside(inner: Rect, outer: Rect) -> bool:
    return (
        inner.x >= outer.x - EPS
        and inner.y >= outer.y - EPS
        and inner.right <= outer.right + EPS
        and inner.bottom <= outer.bottom + EPS
    )


@pytest.fixture(scope="module")
def shop() -> JourneyMap:
    return build_template("e-shop", "en")


def _big_map() -> JourneyMap:
    """Fourteen stages of four touchpoints each: more than one overview page."""
    journey = build_template("e-shop", "uk")
    persona = journey.personas()[0]
    for s in range(8):
        stage = journey.add_stage(f"Етап {s + 1} з довгою назвою")
        for t in range(4):
            tp = journey.add_touchpoint(stage.id, f"Точка {t + 1}", description="Опис " * 30)
            journey.set_emotion(tp.id, persona.id, (t % 5) - 2)
    return journey


def _check_page(page: SlidePage, spec_page: tuple[float, float], screen: tuple[int, int]) -> None:
    w, h = spec_page
    scale = min(screen[0] / w, screen[1] / h)
    floor_px = screen[1] / 40
    full = Rect(0, 0, w, h)
    lines = page.text_lines()
    assert lines, page.title
    for line in lines:
        assert line.size * scale >= floor_px - 1e-6, (page.title, line.text, line.size * scale)
        assert _inside(line.box, full), (page.title, line.text)
    titles = [line for line in lines if line.role == "title"]
    body = [line for line in lines if line.role not in ("title", "footer", "badge")]
    if titles and body:
        assert min(t.size for t in titles) > max(b.size for b in body)
    boxes = [(line.box, line) for line in lines]
    for i, (a, la) in enumerate(boxes):
        for b, lb in boxes[i + 1 :]:
            assert not _overlap(a, b), (page.title, la.text, lb.text)
    drawn = _drawn(page.items[1:])  # [0] is the page's background
    shapes = [_bounds(item) for item in drawn]
    for item, rect in zip(drawn, shapes, strict=True):
        if rect is not None:
            assert _inside(rect, full), (page.title, item)
    rects = [
        Rect(item.x, item.y, item.w, item.h)
        for item in drawn
        if isinstance(item, Box) and item.fill is not None
    ]
    for line in lines:
        if line.role == "callout":  # a lowest moment's value on its pill, not over its edge
            start = Rect(line.box.x, line.box.y + line.box.h / 2, 0, 0)
            assert any(_inside(start, r) and _inside(line.box, r) for r in rects), line.text
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if _overlap(a, b):
                assert _inside(a, b) or _inside(b, a), (page.title, a, b)


def _check_places(page: SlidePage, timer: Rect, badge: Rect) -> None:
    for item in _drawn(page.items[1:]):
        rect = _bounds(item)
        if rect is not None:
            assert not _overlap(rect, timer), (page.title, item)
            assert not _overlap(rect, badge), (page.title, item)
        if isinstance(item, TextBlock):
            for line in item.lines:
                assert not _overlap(line.box, timer), (page.title, line.text)
                if line.role == "badge":
                    assert _inside(line.box, badge)
                else:
                    assert not _overlap(line.box, badge), (page.title, line.text)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_slide_is_readable_and_tidy_on_the_screen(
    shop: JourneyMap, screen: tuple[int, int]
) -> None:
    spec = screen_spec(shop, None, *screen)
    assert spec.timer_place is not None and spec.badge_place is not None
    pages = deck_pages(shop, spec)
    w, h = spec.page
    assert abs(w / h - max(screen[0] / screen[1], 1.0)) < 0.01  # the screen's proportions
    kinds = {page.kind for page in pages}
    assert {"title", "overview", "stage", "ranking", "persona"} <= kinds
    for number, page in enumerate(pages, start=1):
        _check_page(page, spec.page, screen)
        _check_places(page, spec.timer_place, spec.badge_place)
        badges = [line.text for line in page.text_lines() if line.role == "badge"]
        assert badges == [f"{number}/{len(pages)}"]


def test_a_long_stage_continues_numbered_and_no_card_is_cut(shop: JourneyMap) -> None:
    spec = screen_spec(shop, None, 1920, 1080)
    pages = deck_pages(shop, spec)
    for stage in shop.stages():
        own = [p for p in pages if p.kind == "stage" and p.stage_ids == (stage.id,)]
        assert own, stage.name
        titles = [line.text for p in own for line in p.text_lines() if line.role == "title"]
        if len(own) > 1:
            assert titles == [f"{stage.name} ({i}/{len(own)})" for i in range(1, len(own) + 1)]
        else:
            assert titles == [stage.name]
        texts = [" ".join(line.text for line in p.text_lines()) for p in own]
        for tp in shop.touchpoints(stage.id):
            holding = [t for t in texts if tp.description in t]  # the card whole on one page
            assert len(holding) == 1, tp.name
            assert tp.name in holding[0]
    assert any(
        len([p for p in pages if p.stage_ids == (s.id,) and p.kind == "stage"]) > 1
        for s in shop.stages()
    )


def test_lane_names_and_a_stage_s_whole_story_are_on_its_slides(shop: JourneyMap) -> None:
    spec = screen_spec(shop, None, 1280, 720)
    pages = deck_pages(shop, spec)
    stage = shop.stages()[3]
    words = " ".join(
        line.text for p in pages if p.stage_ids == (stage.id,) for line in p.text_lines()
    )
    for lane in shop.lanes():
        if lane.kind is LaneKind.TOUCHPOINTS or (
            lane.kind is LaneKind.TEXT and lane.cells.get(stage.id)
        ):
            assert lane.name in words, lane.name
    for persona in shop.personas():
        assert persona.name in words
    assert "severity" in words and "votes" in words


def test_the_overview_names_stages_cards_personas_and_counts_notes(shop: JourneyMap) -> None:
    pages = [
        p for p in deck_pages(shop, screen_spec(shop, None, 1920, 1080)) if p.kind == "overview"
    ]
    text = [line.text for p in pages for line in p.text_lines()]
    for stage in shop.stages():
        assert stage.name in text
    for persona in shop.personas():
        assert persona.name in text
    assert any(t.startswith("Pain points: ") for t in text)
    assert any(t.startswith("Opportunities: ") for t in text)
    shown = set(text)
    assert sum(tp.name in shown for tp in shop.touchpoints()) >= len(shop.touchpoints()) - 2


def test_a_big_map_gets_several_overview_pages_all_readable() -> None:
    journey = _big_map()
    spec = screen_spec(journey, None, 1280, 720)
    pages = deck_pages(journey, spec)
    overviews = [p for p in pages if p.kind == "overview"]
    assert len(overviews) >= 3
    placed = [sid for p in overviews for sid in p.stage_ids]
    assert placed == [s.id for s in journey.stages()]
    assert spec.timer_place is not None and spec.badge_place is not None
    for page in overviews:
        _check_page(page, spec.page, (1280, 720))
        _check_places(page, spec.timer_place, spec.badge_place)


def test_the_projector_pdf_is_the_presentation(shop: JourneyMap, tmp_path: Path) -> None:
    """``export --layout slides --theme projector`` writes the pages a 16:9 screen shows."""
    shown = deck_pages(shop, screen_spec(shop, None, 1920, 1080))
    exported = slide_pages(shop, ExportOptions(theme="projector", layout="slides"))
    assert [p.items for p in exported] == [p.items for p in shown]
    path = tmp_path / "shop.jmap"
    from journeymapper.io.jmap import save_map

    save_map(shop, path)
    pdf = tmp_path / "deck.pdf"
    cli = [
        "journeymapper",
        "export",
        str(path),
        str(pdf),
        "--layout",
        "slides",
        "--theme",
        "projector",
    ]
    from journeymapper.cli import main

    assert main(cli[1:]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "6", "-l", "6", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sixth = shown[5]
    assert f"6/{len(shown)}" in text
    assert sixth.title in text
