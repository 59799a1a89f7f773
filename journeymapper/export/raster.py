"""A Pillow painter: anti-aliased text from the bundled fonts, shapes supersampled when small.

Small text (most of a map) is set from a glyph cache: each character is rendered once
per size, weight and quarter-pixel phase and stamped at its advance, which is about
six times faster than FreeType laying out every string (kerning is not applied at
those sizes; large text such as titles is laid out whole).
"""

from __future__ import annotations

import functools
import unicodedata

from PIL import Image, ImageDraw, ImageFont

from ..layout.curves import Segment, flatten
from ..layout.fonts import font_path
from ..render.painter import Line, Point, each_line, hex_rgb

RGBA = tuple[int, int, int, int]
GLYPH_MAX_PX = 24.0
PHASES = 4
Glyph = tuple[object, int, int, float]  # mask (a core image), x and y offset, advance


@functools.lru_cache(maxsize=256)
def _font(size_tenths: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(bold)), max(1, size_tenths) / 10)


@functools.lru_cache(maxsize=1024)
def _rgba(colour: str | None) -> RGBA | None:
    if colour is None:
        return None
    r, g, b = hex_rgb(colour)
    return (r, g, b, 255)


@functools.lru_cache(maxsize=4096)
def _simple(char: str) -> bool:
    """True when a character can be set on its own (not a combining mark or a control)."""
    return unicodedata.combining(char) == 0 and unicodedata.category(char)[0] not in "MC"


def _dashed(points: list[Point], dash: tuple[float, ...]) -> list[list[Point]]:
    """Split a polyline into the drawn pieces of a dash pattern."""
    pieces: list[list[Point]] = []
    index, left, on = 0, dash[0], True
    current: list[Point] = [points[0]]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        done = 0.0
        while length - done > left:
            done += left
            t = done / length
            point = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if on:
                current.append(point)
                pieces.append(current)
            current = [point]
            on = not on
            index = (index + 1) % len(dash)
            left = dash[index]
        left -= length - done
        current.append((x1, y1))
    if on and len(current) > 1:
        pieces.append(current)
    return pieces


class PillowPainter:
    """Draws in device pixels: layout points times ``scale`` (dpi / 72)."""

    def __init__(self, image: Image.Image, scale: float) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.s = scale
        self.glyphs: dict[tuple[str, int, bool, int], Glyph] = {}
        self.inks: dict[str, int] = {}

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
        s = self.s
        box = (x * s, y * s, max(x * s, (x + w) * s - 1), max(y * s, (y + h) * s - 1))
        line = max(1, round(width * s)) if stroke else 0
        # a corner no bigger than the box allows: Pillow refuses a tiny pill with a big radius
        corner = min(radius * s, (box[2] - box[0]) / 2 - 1, (box[3] - box[1]) / 2 - 1)
        if corner >= 1:
            self.draw.rounded_rectangle(box, corner, _rgba(fill), _rgba(stroke), line)
        else:
            self.draw.rectangle(box, _rgba(fill), _rgba(stroke), line)

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        if len(points) < 2:
            return
        line = max(1, round(width * self.s))
        pieces = _dashed(points, dash) if dash and all(d > 0 for d in dash) else [points]
        for piece in pieces:
            xy = [(x * self.s, y * self.s) for x, y in piece]
            self.draw.line(xy, _rgba(colour), line, joint="curve")

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        span = abs(segments[-1][2][0] - start[0]) * self.s if segments else 0.0
        steps = max(1, min(32, round(span / max(1, len(segments)) / 6)))  # ~6 px chords
        self.polyline(flatten(start, segments, steps), colour, width, dash)

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        xy = [(x * self.s, y * self.s) for x, y in points]
        self.draw.polygon(xy, _rgba(fill), _rgba(stroke), max(1, round(width * self.s)))

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        s = self.s
        box = ((x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s)
        self.draw.ellipse(box, _rgba(fill), _rgba(stroke), max(1, round(width * s)))

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        px = size * self.s
        if px < 2 or not text:
            return
        tenths = round(px * 10)
        if px > GLYPH_MAX_PX or not all(map(_simple, text)):
            font = _font(tenths, bold)
            self.draw.text((x * self.s, baseline * self.s), text, _rgba(colour), font, anchor="ls")
            return
        ink = self.inks.get(colour)
        if ink is None:
            ink = self.inks[colour] = self.draw.draw.draw_ink(_rgba(colour))
        glyphs, stamp = self.glyphs, self.draw.draw.draw_bitmap
        pos, y = x * self.s, round(baseline * self.s)
        for char in text:
            whole = int(pos)
            phase = int((pos - whole) * PHASES)
            key = (char, tenths, bold, phase)
            glyph = glyphs.get(key)
            if glyph is None:
                glyph = glyphs[key] = self._glyph(char, tenths, bold, phase)
            mask, dx, dy, advance = glyph
            if mask is not None:
                stamp((whole + dx, y + dy), mask, ink)
            pos += advance

    @staticmethod
    def _glyph(char: str, tenths: int, bold: bool, phase: int) -> Glyph:
        font = _font(tenths, bold)
        advance = font.getlength(char)
        if char.isspace():
            return (None, 0, 0, advance)
        mask, (dx, dy) = font.getmask2(char, "L", anchor="ls", start=(phase / PHASES, 0.0))
        return (mask if mask.size[0] and mask.size[1] else None, dx, dy, advance)

    def block(self, lines: list[Line]) -> None:
        each_line(self, lines)
