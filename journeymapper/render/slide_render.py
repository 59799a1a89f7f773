"""Draw a laid-out slide page (``layout.slides``) with any Painter: PDF, PowerPoint or Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..layout.slides import (
    Box,
    ChartItem,
    Circle,
    CrowdCurve,
    CrowdKey,
    Curve,
    Item,
    MarkerItem,
    Polygon,
    Polyline,
    SlidePage,
    TextBlock,
)
from .emotion import draw_crowd_key, paint_crowd
from .painter import Charting, Line, Painter, draw_marker
from .slide_chart import line_chart


def _text(painter: Painter, item: TextBlock) -> None:
    painter.block([Line(t.x, t.baseline, t.text, t.size, t.bold, t.colour) for t in item.lines])


def _box(painter: Painter, item: Box) -> None:
    painter.rect(item.x, item.y, item.w, item.h, item.fill, item.stroke, item.width, item.radius)


def _polyline(painter: Painter, item: Polyline) -> None:
    painter.polyline(list(item.points), item.colour, item.width, item.dash)


def _curve(painter: Painter, item: Curve) -> None:
    painter.curve(item.start, list(item.segments), item.colour, item.width, item.dash)


def _marker(painter: Painter, item: MarkerItem) -> None:
    draw_marker(painter, item.marker, item.x, item.y, item.r, item.fill, item.stroke)


def _circle(painter: Painter, item: Circle) -> None:
    painter.circle(item.x, item.y, item.r, item.fill, item.stroke, item.width)


def _polygon(painter: Painter, item: Polygon) -> None:
    painter.polygon(list(item.points), item.fill, item.stroke, item.width)


def _crowd(painter: Painter, item: CrowdCurve) -> None:
    paint_crowd(painter, item.marks, (), item.look)  # named in the legend, not on the chart


def _crowd_key(painter: Painter, item: CrowdKey) -> None:
    draw_crowd_key(painter, item.x, item.mid, item.length, item.look)


def _chart(painter: Painter, item: ChartItem) -> None:
    """Natively where the painter can (PowerPoint), else its curves and markers."""
    chart = line_chart(item) if isinstance(painter, Charting) else None
    if chart is None or not isinstance(painter, Charting) or not painter.line_chart(chart):
        for part in item.items:
            paint_item(painter, part)


# How each kind of item is drawn: one look-up per item, whatever its kind.
_PAINT: dict[type, Callable[[Painter, Any], None]] = {
    TextBlock: _text,
    Box: _box,
    Polyline: _polyline,
    Curve: _curve,
    MarkerItem: _marker,
    Circle: _circle,
    Polygon: _polygon,
    ChartItem: _chart,
    CrowdCurve: _crowd,
    CrowdKey: _crowd_key,
}


def paint_item(painter: Painter, item: Item) -> None:
    """One item; an emotion chart natively where the painter can (PowerPoint), else its curves."""
    _PAINT[type(item)](painter, item)


def paint_page(painter: Painter, page: SlidePage) -> None:
    """Every item of ``page``, back to front."""
    for item in page.items:
        _PAINT[type(item)](painter, item)
