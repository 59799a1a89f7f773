"""The drawing surface every vector or raster exporter implements, in layout points (y down)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import NamedTuple, Protocol, Self, runtime_checkable

from ..layout.curves import Segment
from ..model import Marker

Point = tuple[float, float]


class Line(NamedTuple):
    """One line of text at its baseline, in layout points."""

    x: float
    baseline: float
    text: str
    size: float
    bold: bool
    colour: str


class Painter(Protocol):
    """Primitive drawing calls; implementations map layout points to their device."""

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
    ) -> None: ...

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None: ...

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        """Stroke cubic Bézier pieces (c1, c2, end) from ``start``."""

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None: ...

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None: ...

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None: ...

    def block(self, lines: list[Line]) -> None:
        """The lines of one card, cell or paragraph: one text box where the format has them."""


class ChartSeries(NamedTuple):
    """One line of a chart: a persona's as-is or to-be emotions, None where it has none."""

    name: str
    colour: str
    dashed: bool
    marker: Marker
    values: tuple[float | None, ...]


class LineChart(NamedTuple):
    """An emotion chart: touchpoints as categories, the scale as the value axis.

    ``plot`` is (x, y, w, h): the first category sits at x, the last at x + w, the scale's
    maximum at y and its minimum at y + h.
    """

    plot: tuple[float, float, float, float]
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    minimum: int
    maximum: int


@runtime_checkable
class Charting(Protocol):
    """A painter that draws charts natively (PowerPoint); True when it drew ``chart``."""

    def line_chart(self, chart: LineChart) -> bool: ...


class Groups(Protocol):
    """Marks which part of the map the drawing calls inside ``part`` belong to.

    Formats that can group shapes (the interactive HTML page) wrap them per card, persona
    curve or legend entry; every other format draws through ``NO_GROUPS``, which does nothing.
    """

    def part(self, role: str, key: str = "") -> AbstractContextManager[None]: ...


class _NoGroups:
    def part(self, role: str, key: str = "") -> AbstractContextManager[None]:
        return nullcontext()


NO_GROUPS: Groups = _NoGroups()


def each_line(painter: Painter, lines: list[Line]) -> None:
    """``block`` for formats without text boxes: every line on its own."""
    for line in lines:
        painter.text(*line)


# The star's ten corners from the top, clockwise: reach (times r) and direction.
_STAR = tuple(
    (1.35 if i % 2 == 0 else 0.6, math.cos(angle), math.sin(angle))
    for i, angle in ((i, -math.pi / 2 + i * math.pi / 5) for i in range(10))
)


def marker_polygon(marker: Marker, x: float, y: float, r: float) -> list[Point] | None:
    """The outline of a persona marker around (x, y); None for a circle."""
    if marker is Marker.SQUARE:
        return [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    if marker is Marker.TRIANGLE:
        return [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
    if marker is Marker.DIAMOND:
        return [(x, y - r * 1.3), (x + r * 1.1, y), (x, y + r * 1.3), (x - r * 1.1, y)]
    if marker is Marker.STAR:
        points = []
        for reach, cos, sin in _STAR:
            radius = r * reach
            points.append((x + radius * cos, y + radius * sin))
        return points
    if marker is Marker.CROSS:
        a, b = r * 0.4, r * 1.2
        return [
            (x - a, y - b),
            (x + a, y - b),
            (x + a, y - a),
            (x + b, y - a),
            (x + b, y + a),
            (x + a, y + a),
            (x + a, y + b),
            (x - a, y + b),
            (x - a, y + a),
            (x - b, y + a),
            (x - b, y - a),
            (x - a, y - a),
        ]
    return None


def draw_marker(
    painter: Painter, marker: Marker, x: float, y: float, r: float, fill: str, stroke: str
) -> None:
    shape = marker_polygon(marker, x, y, r)
    if shape is None:
        painter.circle(x, y, r, fill, stroke, 0.8)
    else:
        painter.polygon(shape, fill, stroke, 0.8)


def arrow_head(points: list[Point], size: float) -> list[Point] | None:
    """A triangle at the end of a polyline, pointing along its last segment."""
    if len(points) < 2:
        return None
    (x0, y0), (x1, y1) = points[-2], points[-1]
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1e-6:
        return None
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    bx, by = x1 - ux * size, y1 - uy * size
    return [
        (x1, y1),
        (bx - uy * size * 0.5, by + ux * size * 0.5),
        (bx + uy * size * 0.5, by - ux * size * 0.5),
    ]


def hex_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


class Transformed:
    """A painter that scales by ``scale``, then shifts by (dx, dy), then draws on ``inner``."""

    def __init__(self, inner: Painter, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0):
        self.inner, self.s, self.dx, self.dy = inner, scale, dx, dy

    def _p(self, points: list[Point]) -> list[Point]:
        return [(self.dx + x * self.s, self.dy + y * self.s) for x, y in points]

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
        self.inner.rect(
            self.dx + x * s, self.dy + y * s, w * s, h * s, fill, stroke, width * s, radius * s
        )

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        self.inner.polyline(
            self._p(points), colour, width * self.s, tuple(d * self.s for d in dash)
        )

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        s, dx, dy = self.s, self.dx, self.dy
        moved = [
            ((dx + a * s, dy + b * s), (dx + c * s, dy + d * s), (dx + e * s, dy + f * s))
            for (a, b), (c, d), (e, f) in segments
        ]
        self.inner.curve(
            (dx + start[0] * s, dy + start[1] * s),
            moved,
            colour,
            width * s,
            tuple(x * s for x in dash),
        )

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        self.inner.polygon(self._p(points), fill, stroke, width * self.s)

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        s = self.s
        self.inner.circle(self.dx + x * s, self.dy + y * s, r * s, fill, stroke, width * s)

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        s = self.s
        self.inner.text(self.dx + x * s, self.dy + baseline * s, text, size * s, bold, colour)

    def block(self, lines: list[Line]) -> None:
        s, dx, dy = self.s, self.dx, self.dy
        self.inner.block(
            [Line(dx + x * s, dy + b * s, t, z * s, bold, c) for x, b, t, z, bold, c in lines]
        )

    def line_chart(self, chart: LineChart) -> bool:
        if not isinstance(self.inner, Charting):
            return False
        x, y, w, h = chart.plot
        s = self.s
        plot = (self.dx + x * s, self.dy + y * s, w * s, h * s)
        return self.inner.line_chart(chart._replace(plot=plot))


@runtime_checkable
class Transforming(Protocol):
    """A painter whose device scales and shifts (a PDF ``cm``): no point is moved in Python."""

    def transformed(
        self, scale: float, dx: float, dy: float
    ) -> AbstractContextManager[Painter]: ...


class SelfTransforming:
    """A painter that scales and shifts points itself (same arithmetic as ``Transformed``, so the
    same bytes), with no wrapper call per shape: ``s``, ``dx``, ``dy`` apply to every point."""

    s: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    @contextmanager
    def transformed(self, scale: float, dx: float, dy: float) -> Iterator[Self]:
        """Inside the block, layout points are scaled by ``scale``, then shifted by (dx, dy)."""
        saved = s, x, y = self.s, self.dx, self.dy
        self.s, self.dx, self.dy = s * scale, x + dx * s, y + dy * s
        try:
            yield self
        finally:
            self.s, self.dx, self.dy = saved


def scaled(
    painter: Painter, scale: float, dx: float, dy: float
) -> AbstractContextManager[Painter]:
    """``painter`` scaled by ``scale``, then shifted by (dx, dy), inside the ``with`` block."""
    if isinstance(painter, Transforming):
        return painter.transformed(scale, dx, dy)
    return nullcontext(Transformed(painter, scale, dx, dy))
