"""Draw a laid-out slide page (``layout.slides``) with any Painter: PDF, PowerPoint or Qt."""

from __future__ import annotations

from ..layout.slides import (
    Box,
    Circle,
    Curve,
    MarkerItem,
    Polygon,
    Polyline,
    SlidePage,
    TextBlock,
)
from ..render.painter import Line, Painter, draw_marker


def paint_page(painter: Painter, page: SlidePage) -> None:
    """Every item of ``page``, back to front."""
    for item in page.items:
        if isinstance(item, TextBlock):
            painter.block(
                [Line(t.x, t.baseline, t.text, t.size, t.bold, t.colour) for t in item.lines]
            )
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
