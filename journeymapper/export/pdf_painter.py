"""A reportlab painter: vector shapes and selectable text in the embedded DejaVu fonts."""

from __future__ import annotations

import functools

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from ..layout.fonts import font_name, register_fonts
from .painter import Point


@functools.lru_cache(maxsize=512)
def _colour(value: str) -> Color:
    return HexColor(value)


class PdfPainter:
    """Draws layout points (y down) on a page of height ``page_h`` (reportlab's y goes up)."""

    def __init__(self, canvas: Canvas, page_h: float) -> None:
        register_fonts()
        self.c = canvas
        self.h = page_h

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None,
        stroke: str | None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        c = self.c
        if fill:
            c.setFillColor(_colour(fill))
        if stroke:
            c.setStrokeColor(_colour(stroke))
            c.setLineWidth(width)
            c.setDash()
        top = self.h - y - h
        if radius > 0:
            c.roundRect(x, top, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, top, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def _path(self, points: list[Point], close: bool) -> object:
        path = self.c.beginPath()
        path.moveTo(points[0][0], self.h - points[0][1])
        for x, y in points[1:]:
            path.lineTo(x, self.h - y)
        if close:
            path.close()
        return path

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        if len(points) < 2:
            return
        c = self.c
        c.setStrokeColor(_colour(colour))
        c.setLineWidth(width)
        c.setLineJoin(1)
        if dash:
            c.setDash(list(dash))
        else:
            c.setDash()
        c.drawPath(self._path(points, False), stroke=1, fill=0)

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        c = self.c
        if fill:
            c.setFillColor(_colour(fill))
        if stroke:
            c.setStrokeColor(_colour(stroke))
            c.setLineWidth(width)
            c.setDash()
        c.drawPath(self._path(points, True), stroke=1 if stroke else 0, fill=1 if fill else 0)

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        c = self.c
        if fill:
            c.setFillColor(_colour(fill))
        if stroke:
            c.setStrokeColor(_colour(stroke))
            c.setLineWidth(width)
            c.setDash()
        c.circle(x, self.h - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        if not text or size <= 0:
            return
        c = self.c
        c.setFillColor(_colour(colour))
        c.setFont(font_name(bold), size)
        c.drawString(x, self.h - baseline, text)
