"""A PowerPoint painter that writes DrawingML shape XML directly (fast, native, editable).

python-pptx builds each shape through several XML manipulations (tens of
milliseconds for a whole card); here a slide's shapes are collected as XML text and
parsed into its shape tree at once. Every card, cell, header and paragraph is ONE
text box with a paragraph per line; curves are freeforms of cubic Béziers; runs of
identically styled small polygons and circles (the curve markers, arrow heads) are
merged into one freeform so a map of thousands of points stays a few shapes.
"""

from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

from ..layout.curves import Segment
from ..layout.text import measure
from ..render.painter import Line, Point, hex_rgb

FONT = "DejaVu Sans"
EMU = 12700  # per point
KAPPA = 0.5522847498
LANGUAGES = {"en": "en-US", "ru": "ru-RU", "uk": "uk-UA", "lv": "lv-LV"}
MIN_TEXT = 1.0
ASCENT = 0.8  # where PowerPoint puts the baseline within an exactly spaced line
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
Style = tuple[str | None, str | None, float, tuple[float, ...]]


def _e(value: float) -> int:
    return round(value * EMU)


@functools.lru_cache(maxsize=1024)
def _hex(colour: str) -> str:
    r, g, b = hex_rgb(colour)
    return f"{r:02X}{g:02X}{b:02X}"


@functools.lru_cache(maxsize=1024)
def _solid(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{_hex(colour)}"/></a:solidFill>'


def _line(stroke: str | None, width: float, dash: tuple[float, ...] = ()) -> str:
    if not stroke:
        return "<a:ln><a:noFill/></a:ln>"
    dashed = '<a:prstDash val="dash"/>' if dash else ""
    return f'<a:ln w="{_e(max(width, 0.25))}">{_solid(stroke)}{dashed}<a:round/></a:ln>'


class PptxPainter:
    """Collects one slide's shapes as DrawingML; ``xml()`` returns them, ready to insert."""

    def __init__(self, language: str = "en") -> None:
        self.parts: list[str] = []
        self.next_id = 2
        self.lang = LANGUAGES.get(language, "en-US")
        self.pending: tuple[Style, bool, list[tuple[list[Point], bool]]] | None = None

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def _sp(self, name: str, x: float, y: float, w: float, h: float, body: str) -> None:
        i = self._id()
        self.parts.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="{name} {i}"/><p:cNvSpPr/><p:nvPr/>'
            f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{_e(x)}" y="{_e(y)}"/>'
            f'<a:ext cx="{max(1, _e(w))}" cy="{max(1, _e(h))}"/></a:xfrm>{body}</p:sp>'
        )

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
        self._flush()
        if radius > 0 and min(w, h) > 0:
            adj = round(min(0.5, radius / min(w, h)) * 100000)
            geom = f'<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {adj}"/>'
            geom += "</a:avLst></a:prstGeom>"
        else:
            geom = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        paint = (_solid(fill) if fill else "<a:noFill/>") + _line(stroke, width)
        self._sp("Rectangle", x, y, w, h, f"{geom}{paint}</p:spPr>")

    def _queue(self, style: Style, closed: bool, points: list[Point], cubic: bool) -> None:
        """Merge this path into the pending freeform when it is styled the same."""
        pending = self.pending
        if pending is not None and pending[0] == style and pending[1] == closed:
            pending[2].append((points, cubic))
            return
        self._flush()
        self.pending = (style, closed, [(points, cubic)])

    def _flush(self) -> None:
        """Write the pending paths as one freeform shape at their bounding box."""
        if self.pending is None:
            return
        (fill, stroke, width, dash), closed, paths = self.pending
        self.pending = None
        xs = [x for points, _cubic in paths for x, _y in points]
        ys = [y for points, _cubic in paths for _x, y in points]
        left, top = min(xs), min(ys)
        w, h = max(max(xs) - left, 0.01), max(max(ys) - top, 0.01)
        geometry = []
        end = "<a:close/>" if closed else ""
        ox, oy = left * EMU - 0.5, top * EMU - 0.5  # int(v - o) rounds v - left·EMU
        for points, cubic in paths:
            pts = [f'<a:pt x="{int(x * EMU - ox)}" y="{int(y * EMU - oy)}"/>' for x, y in points]
            if cubic:
                rest = "".join(
                    f"<a:cubicBezTo>{pts[i]}{pts[i + 1]}{pts[i + 2]}</a:cubicBezTo>"
                    for i in range(1, len(pts) - 2, 3)
                )
            else:
                rest = "".join(f"<a:lnTo>{p}</a:lnTo>" for p in pts[1:])
            geometry.append(f"<a:moveTo>{pts[0]}</a:moveTo>{rest}{end}")
        body = (
            f'<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" '
            f'b="b"/><a:pathLst><a:path w="{max(1, _e(w))}" h="{max(1, _e(h))}">'
            + "".join(geometry)
            + "</a:path></a:pathLst></a:custGeom>"
            + (_solid(fill) if fill else "<a:noFill/>")
            + _line(stroke, width, dash)
            + "</p:spPr>"
        )
        self._sp("Freeform", left, top, w, h, body)

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        if len(points) >= 2:
            self._queue((None, colour, width, dash), False, points, False)

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        if segments:
            points = [start]
            for c1, c2, end in segments:
                points += (c1, c2, end)
            self._flush()
            self._queue((None, colour, width, dash), False, points, True)
            self._flush()

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        if len(points) >= 2:
            self._queue((fill, stroke, width, ()), True, points, False)

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        k = r * KAPPA
        path: list[Point] = [
            (x + r, y),
            *((x + r, y + k), (x + k, y + r), (x, y + r)),
            *((x - k, y + r), (x - r, y + k), (x - r, y)),
            *((x - r, y - k), (x - k, y - r), (x, y - r)),
            *((x + k, y - r), (x + r, y - k), (x + r, y)),
        ]
        self._queue((fill, stroke, width, ()), True, path, True)

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        self.block([Line(x, baseline, text, size, bold, colour)])

    def block(self, lines: list[Line]) -> None:
        """One text box, a paragraph per line, each line exactly spaced to its baseline."""
        lines = [line for line in lines if line.text and line.size >= MIN_TEXT]
        if not lines:
            return
        self._flush()
        left = min(line.x for line in lines)
        right = max(line.x + measure(line.text, line.size, line.bold) * 1.04 + 2 for line in lines)
        first = lines[0]
        pitch = first.size * 1.2
        top = first.baseline - pitch * ASCENT
        paragraphs = []
        previous = top + pitch * ASCENT - pitch
        for line in lines:
            spacing = max(line.baseline - previous, line.size)
            previous = line.baseline
            indent = f' marL="{_e(line.x - left)}"' if line.x - left > 0.05 else ""
            bold = ' b="1"' if line.bold else ""
            size = max(100, round(line.size * 2) * 50)
            text = escape(_NOT_XML.sub("", line.text))
            paragraphs.append(
                f'<a:p><a:pPr{indent}><a:lnSpc><a:spcPts val="{round(spacing * 100)}"/></a:lnSpc>'
                f'<a:spcBef><a:spcPts val="0"/></a:spcBef></a:pPr><a:r><a:rPr lang="{self.lang}" '
                f'sz="{size}"{bold} dirty="0">{_solid(line.colour)}<a:latin typeface="{FONT}"/>'
                f'<a:cs typeface="{FONT}"/></a:rPr><a:t>{text}</a:t></a:r></a:p>'
            )
        bottom = lines[-1].baseline + lines[-1].size * 0.3
        i = self._id()
        self.parts.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="Text {i}"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
            f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{_e(left)}" y="{_e(top)}"/>'
            f'<a:ext cx="{_e(right - left)}" cy="{_e(bottom - top)}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            '<p:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0">'
            "<a:noAutofit/></a:bodyPr><a:lstStyle/>" + "".join(paragraphs) + "</p:txBody></p:sp>"
        )

    def shapes(self) -> str:
        """Every shape drawn so far, as XML for the inside of a slide's ``p:spTree``."""
        self._flush()
        return "".join(self.parts)
