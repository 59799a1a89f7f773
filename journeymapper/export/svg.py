"""SVG export: the poster as vector shapes with real, searchable <text> elements."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..io.atomic import write_atomic
from ..io.safe_text import xml_text
from ..layout import compute_layout, get_theme
from ..layout.curves import Segment
from ..model import JourneyMap
from ..render.draw_map import persona_colours
from ..render.painter import Line, Point, SelfTransforming, each_line
from .gcpause import gc_paused
from .options import ExportOptions
from .poster import draw_poster, poster_frame
from .resolve import layout_options

FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif"


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


_ZEROS = re.compile(r"\.00(?!\d)|(?<=\.\d)0(?!\d)")  # what rstrip("0").rstrip(".") drops


def _trim(numbers: str) -> str:
    """``_n`` applied to every ``%.2f`` number in ``numbers`` in one pass (not a call each)."""
    return _ZEROS.sub("", numbers)


def _coords(points: list[Point]) -> str:
    """``x,y x,y ...`` with each number as ``_n`` writes it."""
    flat = tuple(v for point in points for v in point)
    return _trim(("%.2f,%.2f " * len(points) % flat)[:-1])


def _paint(fill: str | None, stroke: str | None, width: float) -> str:
    parts = [f'fill="{fill or "none"}"']
    if stroke:
        parts.append(f'stroke="{stroke}" stroke-width="{_n(width)}"')
    return " ".join(parts)


class SvgPainter(SelfTransforming):
    """Collects SVG elements in layout points.

    ``transformed`` scales and shifts what is drawn inside it as ``render.painter.Transformed``
    would, with the same arithmetic (so the same bytes), without a wrapper call per shape.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.s, self.dx, self.dy = 1.0, 0.0, 0.0

    def _moved(self, points: list[Point]) -> list[Point]:
        s, dx, dy = self.s, self.dx, self.dy
        return [(dx + x * s, dy + y * s) for x, y in points]

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
        radius *= s
        corner = f' rx="{_n(radius)}"' if radius else ""
        self.parts.append(
            f'<rect x="{_n(self.dx + x * s)}" y="{_n(self.dy + y * s)}" width="{_n(w * s)}" '
            f'height="{_n(h * s)}"{corner} {_paint(fill, stroke, width * s)}/>'
        )

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        s = self.s
        dashes = f' stroke-dasharray="{" ".join(_n(d * s) for d in dash)}"' if dash else ""
        coords = _coords(self._moved(points))
        self.parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{colour}" '
            f'stroke-width="{_n(width * s)}" stroke-linejoin="round"{dashes}/>'
        )

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        if not segments:
            return
        s, dx, dy = self.s, self.dx, self.dy
        dashes = f' stroke-dasharray="{" ".join(_n(d * s) for d in dash)}"' if dash else ""
        flat = tuple(
            v
            for point in (start, *(p for segment in segments for p in segment))
            for v in (dx + point[0] * s, dy + point[1] * s)
        )
        path = _trim(("M%.2f,%.2f" + "C%.2f,%.2f %.2f,%.2f %.2f,%.2f" * len(segments)) % flat)
        self.parts.append(
            f'<path d="{path}" fill="none" stroke="{colour}" '
            f'stroke-width="{_n(width * s)}" stroke-linejoin="round"{dashes}/>'
        )

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        coords = _coords(self._moved(points))
        self.parts.append(f'<polygon points="{coords}" {_paint(fill, stroke, width * self.s)}/>')

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        s = self.s
        self.parts.append(
            f'<circle cx="{_n(self.dx + x * s)}" cy="{_n(self.dy + y * s)}" r="{_n(r * s)}" '
            f"{_paint(fill, stroke, width * s)}/>"
        )

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        s = self.s
        weight = ' font-weight="bold"' if bold else ""
        clean = xml_text(text)
        self.parts.append(
            f'<text x="{_n(self.dx + x * s)}" y="{_n(self.dy + baseline * s)}" '
            f'font-size="{_n(size * s)}"{weight} fill="{colour}">{clean}</text>'
        )

    def block(self, lines: list[Line]) -> None:
        each_line(self, lines)


def render_svg(journey: JourneyMap, options: ExportOptions) -> bytes:
    theme = get_theme(options.theme)
    layout = compute_layout(journey, layout_options(journey, options))
    frame = poster_frame(journey, layout, theme)
    painter = SvgPainter()
    if not options.transparent:
        painter.rect(0, 0, frame.width, frame.height, theme.background, None, 0)
    draw_poster(painter, journey, layout, theme, frame, persona_colours(journey, theme))
    w, h = _n(frame.width), _n(frame.height)
    title = xml_text(journey.title)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}pt" height="{h}pt" '
        f'viewBox="0 0 {w} {h}" font-family={quoteattr(FONT_FAMILY)} '
        f'xml:lang="{journey.language.value}">\n<title>{title}</title>\n'
    )
    return (head + "\n".join(painter.parts) + "\n</svg>\n").encode("utf-8")


def export_svg(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the SVG atomically; returns notes for the user (none)."""
    with gc_paused():
        data = render_svg(journey, options)
    write_atomic(path, data)
    return []
