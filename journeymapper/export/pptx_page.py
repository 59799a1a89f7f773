"""A laid-out slide page drawn as PowerPoint structure: placeholders, groups, native charts.

The slide layout (``layout.slides``) is renderer-neutral; here its items are read as a
PowerPoint user expects them: the page title (and the cover's title and description) in
the layout's placeholders, a box with the text and marks inside it (a card, a stage header)
as one group, an emotion chart as a native chart (``PptxPainter.line_chart``).
"""

from __future__ import annotations

import functools

from ..layout.slides import (
    Box,
    ChartItem,
    Circle,
    CrowdCurve,
    Curve,
    Item,
    MarkerItem,
    Polygon,
    Polyline,
    SlidePage,
    TextBlock,
)
from ..layout.text import BASELINE, LINE_SPACING, measure
from ..render.painter import Painter
from ..render.slide_render import paint_item
from .pptx_shapes import PptxPainter

SLACK = 1.0  # points an item may stick out of its box and still belong to it


Bounds = tuple[float, float, float, float]  # left, top, right, bottom


def _bounds(box: Box) -> Bounds:
    """The area whose items belong to ``box``: the box give or take ``SLACK``."""
    return box.x - SLACK, box.y - SLACK, box.x + box.w + SLACK, box.y + box.h + SLACK


def _inside(item: Item, bounds: Bounds) -> bool:
    """Whether all of ``item`` lies within ``bounds`` (a box's, ``_bounds``); never a chart."""
    left, top, right, bottom = bounds
    if isinstance(item, TextBlock):
        for line in item.lines:  # each line's box: a line height tall, as wide as its text
            x, size = line.x, line.size
            y = line.baseline - size * BASELINE
            if (
                x < left
                or y < top
                or y + size * LINE_SPACING > bottom
                or x + measure(line.text, size, line.bold) > right
            ):
                return False
        return bool(item.lines)
    if isinstance(item, Box):
        x0, x1 = sorted((item.x, item.x + item.w))
        y0, y1 = sorted((item.y, item.y + item.h))
        return x0 >= left and y0 >= top and x1 <= right and y1 <= bottom
    if isinstance(item, MarkerItem | Circle):
        r = abs(item.r)
        return (
            item.x - r >= left and item.y - r >= top and item.x + r <= right
            and item.y + r <= bottom
        )  # fmt: skip
    points: tuple[tuple[float, float], ...]
    if isinstance(item, Polyline | Polygon):
        points = item.points
    elif isinstance(item, Curve):
        points = (item.start, *(p for segment in item.segments for p in segment))
    else:
        return False
    if not points:
        return False
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    xs, ys = zip(*points, strict=True)
    return min(xs) >= left and min(ys) >= top and max(xs) <= right and max(ys) <= bottom


def _holds(box: Box, page_size: tuple[float, float]) -> bool:
    """Whether ``box`` is a card or header that what follows inside it belongs to."""
    w, h = page_size
    return box.w >= 24 and box.h >= 14 and not (box.w > w * 0.8 and box.h > h * 0.8)


def _text_kind(page: SlidePage, block: TextBlock, index: int, description: str) -> str:
    """``title`` or ``subtitle`` for the texts the layout's placeholders hold, else ""."""
    if all(line.role == "title" for line in block.lines):
        return "title"
    if page.kind != "title" or page.continued:
        return ""
    if index == 0:
        return "title"  # the cover: the map's title first
    first = block.lines[0].text.strip()
    return "subtitle" if index == 1 and first and description.strip().startswith(first) else ""


def _runs(page: SlidePage, page_size: tuple[float, float]) -> list[tuple[str, list[Item]]]:
    """The page's items back to front, each run with the group it forms ("" for loose items)."""
    runs: list[tuple[str, list[Item]]] = []
    bounds: Bounds | None = None  # of the box the current run is in
    for item in page.items:
        if bounds is not None and (
            isinstance(item, ChartItem | CrowdCurve) or not _inside(item, bounds)
        ):
            bounds = None
        if bounds is not None:
            runs[-1][1].append(item)
        elif isinstance(item, CrowdCurve):
            runs.append(("crowd", [item]))  # the room's curve: one group to select and move
        elif isinstance(item, Box) and _holds(item, page_size):
            bounds = _bounds(item)
            runs.append(("card" if item.stroke else "stage", [item]))
        else:
            runs.append(("", [item]))
    return runs


def paint_pptx_page(
    painter: PptxPainter,
    page: SlidePage,
    page_size: tuple[float, float],
    description: str,
) -> None:
    """Every item of ``page`` back to front, grouped and placed as PowerPoint holds them.

    Loose items up to and including a text (where the painter has nothing pending) are drawn
    through ``painter.repeat``, so a legend that recurs on every slide is drawn once.
    """
    texts = 0
    loose: list[Item] = []
    for kind, items in _runs(page, page_size):
        first = items[0]
        if not kind and isinstance(first, TextBlock):
            kind = _text_kind(page, first, texts, description)
        texts += sum(isinstance(item, TextBlock) for item in items)
        if not kind:
            loose += items
            if isinstance(first, TextBlock) and not any(isinstance(i, ChartItem) for i in loose):
                painter.repeat(tuple(loose), functools.partial(_paint_all, painter, loose))
                loose = []
            continue
        _paint_all(painter, loose)
        loose = []
        name = first.name if isinstance(first, CrowdCurve) else ""
        with painter.group(kind, name):
            _paint_all(painter, items)
    _paint_all(painter, loose)


def _paint_all(painter: Painter, items: list[Item]) -> None:
    for item in items:
        paint_item(painter, item)
