"""Draw a laid-out slide page (``layout.slides``) with any Painter: PDF, PowerPoint or Qt."""

from __future__ import annotations

from ..layout.slides import (
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
)
from .painter import Charting, Line, Painter, draw_marker
from .slide_chart import line_chart


def paint_item(painter: Painter, item: Item) -> None:
    """One item; an emotion chart natively where the painter can (PowerPoint), else its curves."""
    if isinstance(item, TextBlock):
        painter.block([Line(t.x, t.baseline, t.text, t.size, t.bold, t.colour) for t in item.lines])
    elif isinstance(item, Box):
        painter.rect(
            item.x, item.y, item.w, item.h, item.fill, item.stroke, item.width, item.radius
        )
    elif isinstance(item, Polyline):
        painter.polyline(list(item.points), item.colour, item.width, item.dash)
    elif isinstance(item, Curve):
        painter.curve(item.start, list(item.segments), item.colour, item.width, item.dash)
    elif isinstance(item, MarkerItem):
        draw_marker(painter, item.marker, item.x, item.y, item.r, item.fill, item.stroke)
    elif isinstance(item, Circle):
        painter.circle(item.x, item.y, item.r, item.fill, item.stroke, item.width)
    elif isinstance(item, Polygon):
        painter.polygon(list(item.points), item.fill, item.stroke, item.width)
    elif isinstance(item, ChartItem):
        chart = line_chart(item) if isinstance(painter, Charting) else None
        if chart is None or not isinstance(painter, Charting) or not painter.line_chart(chart):
            for part in item.items:
                paint_item(painter, part)


def paint_page(painter: Painter, page: SlidePage) -> None:
    """Every item of ``page``, back to front."""
    for item in page.items:
        paint_item(painter, item)
