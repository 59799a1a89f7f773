"""A reportlab painter: vector shapes and selectable text in the embedded DejaVu fonts.

For speed it writes PDF content operators straight into the canvas's page stream
(reportlab's public drawing calls cost tens of microseconds each: a path object, a
text object and float formatting per call). Fonts, subsetting and the file structure
stay reportlab's; state (colours, line width, dash, font) is tracked here and only
emitted when it changes. Encoded strings are cached per document in ``TextCache``; a
slide deck, which repeats one grid on every page, is drawn by ``GridPdfPainter``, which
also keeps each shape's path by place (``ShapeCache``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, groupby
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ..layout.curves import Segment
from ..layout.fonts import font, register_fonts
from ..render.painter import Line, Point, SelfTransforming, each_line, hex_rgb

KAPPA = 0.5522847498
TextCache = dict[tuple[bool, str], str]
ShapeCache = dict[tuple[Any, ...], str]  # see GridPdfPainter

rl_config.useA85 = 0  # binary (deflated) streams: ASCII85 is a slow pure-Python pass, 25 % larger


def _rgb(colour: str) -> str:
    r, g, b = hex_rgb(colour)
    return f"{r / 255:.3f} {g / 255:.3f} {b / 255:.3f}"


_COLOURS: dict[str, str] = {}


def _c(colour: str) -> str:
    value = _COLOURS.get(colour)
    if value is None:
        value = _COLOURS[colour] = _rgb(colour)
    return value


# reportlab's escapePDF, one str.translate instead of a Python loop over each byte (its C
# accelerator is not installed): octal for controls and bytes ≥ 127, backslash before \ ( ).
_ESCAPES = {c: f"\\{c:03o}" for c in (*range(32), *range(127, 256))} | {
    ord(c): "\\" + c for c in "\\()"
}


def escape_pdf(chunk: bytes) -> str:
    """``chunk`` as the inside of a PDF literal string, exactly as reportlab's escapePDF."""
    return chunk.decode("latin-1").translate(_ESCAPES)


def _split(ttf: TTFont, text: str, doc: object) -> list[tuple[int, bytes]]:
    """``ttf.splitString(text, doc)``, quicker when every character already has its code
    (then reportlab's loop changes nothing either): one lookup per character, no branches."""
    state = ttf.state.get(doc)
    if state is not None:
        assignments = state.assignments
        try:
            codes = [assignments[c] for c in map(ord, text)]
        except KeyError:  # a character new to the subsets (or a no-break space): reportlab's way
            pass
        else:
            if max(codes, default=0) < 256:
                return [(0, bytes(codes))] if codes else []
            return [(k, bytes(n & 0xFF for n in g)) for k, g in groupby(codes, lambda n: n >> 8)]
    result: list[tuple[int, bytes]] = ttf.splitString(text, doc)
    return result


class _Outside(Exception):
    """A character without a code in a font's first subset (yet)."""


class _FirstSubset(dict[int, str]):
    """Character → its code in a font's first subset, escaped for a PDF string, for
    ``str.translate``: a text whose every character is there is coded in one call."""

    def __missing__(self, key: int) -> str:
        raise _Outside  # not a LookupError, which translate would take as "keep the character"


# per document and font (bold or not): the first subset's table and how many codes it holds
_FIRST_SUBSETS: WeakKeyDictionary[object, dict[bool, tuple[_FirstSubset, int]]]
_FIRST_SUBSETS = WeakKeyDictionary()


def _first_subset(ttf: TTFont, doc: object, bold: bool) -> _FirstSubset | None:
    """The table of ``ttf``'s first subset in ``doc`` as it stands (rebuilt when it grew)."""
    state = ttf.state.get(doc)
    if state is None:
        return None
    tables = _FIRST_SUBSETS.setdefault(doc, {})
    known = tables.get(bold)
    if known is None or known[1] != len(state.assignments):
        table = _FirstSubset(
            (char, _ESCAPES.get(code, chr(code)))
            for char, code in state.assignments.items()
            if code < 256
        )
        known = tables[bold] = (table, len(state.assignments))
    return known[0]


class PdfPainter(SelfTransforming):
    """Draws layout points (y down) on a page of height ``page_h`` (PDF's y goes up).

    ``transformed`` scales and shifts what is drawn inside it as ``render.painter.Transformed``
    would, with the same arithmetic (so the same bytes), without a wrapper call per shape.
    """

    def __init__(self, canvas: Canvas, page_h: float, cache: TextCache | None = None) -> None:
        register_fonts()
        self.c = canvas
        self.h = page_h
        self.s, self.dx, self.dy = 1.0, 0.0, 0.0
        self.texts: TextCache = {} if cache is None else cache
        self.fill: str | None = None
        self.stroke: str | None = None
        self.width: float | None = None
        self.dash: tuple[float, ...] | None = None
        self.code: list[str] = canvas._code  # noqa: SLF001 - the page's content stream
        self.code.append("1 j")  # round joins throughout, like the canvas

    def _fill(self, colour: str) -> None:
        if colour != self.fill:
            self.fill = colour
            self.code.append(_c(colour) + " rg")

    def _stroke(self, colour: str, width: float, dash: tuple[float, ...] = ()) -> None:
        code = self.code
        if colour != self.stroke:
            self.stroke = colour
            code.append(_c(colour) + " RG")
        if width != self.width:
            self.width = width
            code.append(f"{width:.2f} w")
        if dash != self.dash:
            self.dash = dash
            code.append("[" + " ".join(f"{d:.2f}" for d in dash) + "] 0 d")

    def _paint(self, fill: str | None, stroke: str | None, width: float, close: bool) -> str:
        if fill:
            self._fill(fill)
        if stroke:
            self._stroke(stroke, width)
        if fill and stroke:
            return "b" if close else "B"
        if fill:
            return "f"
        if stroke:
            return "s" if close else "S"
        return "n"

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
        op = self._paint(fill, stroke, width * self.s, False)
        self.code.append(self._rect_path(x, y, w, h, radius) + " " + op)

    def _rect_path(self, x: float, y: float, w: float, h: float, radius: float) -> str:
        s = self.s
        x, y, w, h = self.dx + x * s, self.dy + y * s, w * s, h * s
        bottom = self.h - y - h
        radius = min(radius * s, w / 2, h / 2)
        if radius <= 0:
            return f"{x:.2f} {bottom:.2f} {w:.2f} {h:.2f} re"
        r, k = radius, radius * KAPPA
        x1, y1, top = x + w, bottom, bottom + h
        # each coordinate formatted once (it recurs up to four times in the path)
        left, left_ctrl, left_in, right_in, right_ctrl, right = [
            f"{v:.2f}" for v in (x, x + r - k, x + r, x1 - r, x1 - r + k, x1)
        ]
        low, low_ctrl, low_in, high_in, high_ctrl, high = [
            f"{v:.2f}" for v in (y1, y1 + r - k, y1 + r, top - r, top - r + k, top)
        ]
        return (
            f"{left_in} {low} m {right_in} {low} l "
            f"{right_ctrl} {low} {right} {low_ctrl} {right} {low_in} c "
            f"{right} {high_in} l "
            f"{right} {high_ctrl} {right_ctrl} {high} {right_in} {high} c "
            f"{left_in} {high} l "
            f"{left_ctrl} {high} {left} {high_ctrl} {left} {high_in} c "
            f"{left} {low_in} l "
            f"{left} {low_ctrl} {left_ctrl} {low} {left_in} {low} c h"
        )

    def _path(self, points: Sequence[Point]) -> str:
        h, s, dx, dy = self.h, self.s, self.dx, self.dy
        flat: list[float] = []
        for x, y in points:
            flat += (dx + x * s, h - (dy + y * s))
        return ("%.2f %.2f m" + " %.2f %.2f l" * (len(points) - 1)) % tuple(flat)

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        if len(points) < 2:
            return
        s = self.s
        self._stroke(colour, width * s, tuple(d * s for d in dash) if dash else dash)
        self.code.append(self._path(points) + " S")

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
        h, s, dx, dy = self.h, self.s, self.dx, self.dy
        self._stroke(colour, width * s, tuple(d * s for d in dash) if dash else dash)
        flat: list[float] = [dx + start[0] * s, h - (dy + start[1] * s)]
        for segment in segments:
            for x, y in segment:
                flat += (dx + x * s, h - (dy + y * s))
        path = ("%.2f %.2f m" + " %.2f %.2f %.2f %.2f %.2f %.2f c" * len(segments)) % tuple(flat)
        self.code.append(path + " S")

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        if len(points) < 2:
            return
        op = self._paint(fill, stroke, width * self.s, True)
        self.code.append(self._path(points) + " " + op)

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        op = self._paint(fill, stroke, width * self.s, True)
        self.code.append(self._circle_path(x, y, r) + " " + op)

    def _circle_path(self, x: float, y: float, r: float) -> str:
        s = self.s
        x, cy, r = self.dx + x * s, self.h - (self.dy + y * s), r * s
        k = r * KAPPA
        # each coordinate formatted once (it recurs up to four times in the path)
        left, left_k, mid_x, right_k, right = [f"{v:.2f}" for v in (x - r, x - k, x, x + k, x + r)]
        low, low_k, mid_y, high_k, high = [f"{v:.2f}" for v in (cy - r, cy - k, cy, cy + k, cy + r)]
        return (
            f"{right} {mid_y} m "
            f"{right} {high_k} {right_k} {high} {mid_x} {high} c "
            f"{left_k} {high} {left} {high_k} {left} {mid_y} c "
            f"{left} {low_k} {left_k} {low} {mid_x} {low} c "
            f"{right_k} {low} {right} {low_k} {right} {mid_y} c"
        )

    def _encoded(self, text: str, bold: bool) -> str:
        """``/F1+0 <size> Tf (…) Tj`` pieces with NUL as the size (never in an escaped string)."""
        key = (bold, text)
        found = self.texts.get(key)
        if found is None:
            ttf = font(bold)
            doc = self.c._doc  # noqa: SLF001
            table = _first_subset(ttf, doc, bold)
            if table is not None:
                try:
                    body = text.translate(table)
                except _Outside:
                    pass
                else:
                    found = f"{ttf.getSubsetInternalName(0, doc)} \0 Tf ({body}) Tj"
                    self.texts[key] = found
                    return found
            found = " ".join(
                f"{ttf.getSubsetInternalName(subset, doc)} \0 Tf ({escape_pdf(chunk)}) Tj"
                for subset, chunk in _split(ttf, text, doc)
            )
            self.texts[key] = found
        return found

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        if not text or size <= 0:
            return
        s = self.s
        size *= s
        if size <= 0:
            return
        self._fill(colour)
        body = self._encoded(text, bold).replace("\0", f"{size:.2f}")
        x, y = self.dx + x * s, self.h - (self.dy + baseline * s)
        self.code.append(f"BT {x:.2f} {y:.2f} Td {body} ET")

    def block(self, lines: list[Line]) -> None:
        each_line(self, lines)


class GridPdfPainter(PdfPainter):
    """A ``PdfPainter`` for slide decks, whose pages repeat one grid: every path is formatted
    once per place, scale and shift and then taken from the document's ``ShapeCache``.

    The 10,000-card deck draws 114,000 markers at 8,000 places and 34,000 boxes at 610. The
    cache holds paths without their paint operator (fill and stroke are set apart).
    """

    def __init__(self, canvas: Canvas, page_h: float, texts: TextCache, shapes: ShapeCache) -> None:
        super().__init__(canvas, page_h, texts)
        self.shapes = shapes

    def _keep(self, key: tuple[Any, ...], path: str) -> str:
        """``path`` remembered by ``key`` (kind, page height, dx, dy, scale, layout values…)
        unless the scale or a value is zero: 0.0 == -0.0 as keys, but one may print "0.00", the
        other "-0.00" (the shift's sign only shows when the scaled value is zero)."""
        if 0.0 not in key[4:]:
            self.shapes[key] = path
        return path

    def _rect_path(self, x: float, y: float, w: float, h: float, radius: float) -> str:
        key = ("rect", self.h, self.dx, self.dy, self.s, x, y, w, h, radius)
        return self.shapes.get(key) or self._keep(key, super()._rect_path(x, y, w, h, radius))

    def _circle_path(self, x: float, y: float, r: float) -> str:
        key = ("circle", self.h, self.dx, self.dy, self.s, x, y, r)
        return self.shapes.get(key) or self._keep(key, super()._circle_path(x, y, r))

    def _path(self, points: Sequence[Point]) -> str:
        key = ("path", self.h, self.dx, self.dy, self.s, *chain.from_iterable(points))
        return self.shapes.get(key) or self._keep(key, super()._path(points))
