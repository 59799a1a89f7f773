"""Smooth emotion curves: monotone cubic Béziers through every point, without overshoot."""

from __future__ import annotations

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]  # first control, second control, end point


def _secant(points: list[Point], i: int) -> float:
    (x0, y0), (x1, y1) = points[i], points[i + 1]
    return (y1 - y0) / (x1 - x0) if x1 != x0 else 0.0


def _tangent(a: float, b: float) -> float:
    """The tangent between secants ``a`` and ``b``: their harmonic mean, 0 at an extremum."""
    return 0.0 if a * b <= 0 else 2 / (1 / a + 1 / b)


def slope_at(points: list[Point], i: int) -> float:
    """Fritsch-Butland tangent at point ``i``: the harmonic mean of its secants, 0 at extrema."""
    if i == 0:
        return _secant(points, 0)
    if i == len(points) - 1:
        return _secant(points, i - 1)
    return _tangent(_secant(points, i - 1), _secant(points, i))


def _piece(
    points: list[Point], i: int, slope0: float, slope1: float, top: float, bottom: float
) -> Segment:
    """The piece from point ``i`` to ``i + 1`` for the tangents there (see ``monotone_piece``)."""
    (x0, y0), (x1, y1) = points[i], points[i + 1]
    if len(points) == 2:
        return ((x0, y0), (x1, y1), (x1, y1))
    h = (x1 - x0) / 3
    c1 = (x0 + h, min(max(y0 + slope0 * h, top), bottom))
    c2 = (x1 - h, min(max(y1 - slope1 * h, top), bottom))
    return (c1, c2, (x1, y1))


def monotone_piece(points: list[Point], i: int, top: float, bottom: float) -> Segment:
    """The Bézier piece (c1, c2, end) from point ``i`` to ``i + 1`` (O(1), for lazy drawing).

    The piece stays within the y range of the two points it joins: the tangent is at most
    twice either secant, so both controls lie between the end values. Controls are also
    clamped to ``top``..``bottom``, the plot area. A curve of two points is straight.
    """
    return _piece(points, i, slope_at(points, i), slope_at(points, i + 1), top, bottom)


def monotone_segments(points: list[Point], top: float, bottom: float) -> list[Segment]:
    """Every piece of the monotone curve from ``points[0]`` through each point (each secant
    and tangent worked out once, as ``monotone_piece`` would)."""
    if len(points) < 2:
        return []
    secants = [_secant(points, i) for i in range(len(points) - 1)]
    slopes = [
        secants[0],
        *(_tangent(a, b) for a, b in zip(secants, secants[1:], strict=False)),
        secants[-1],
    ]
    return [
        _piece(points, i, slopes[i], slopes[i + 1], top, bottom) for i in range(len(points) - 1)
    ]


def flatten(start: Point, segments: list[Segment], steps: int = 8) -> list[Point]:
    """The Bézier pieces as a polyline with ``steps`` straight pieces per segment."""
    out = [start]
    x0, y0 = start
    for (ax, ay), (bx, by), (x1, y1) in segments:
        if ax == x0 and ay == y0 and bx == x1 and by == y1:
            out.append((x1, y1))
        else:
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                w0, w1, w2, w3 = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
                out.append(
                    (w0 * x0 + w1 * ax + w2 * bx + w3 * x1, w0 * y0 + w1 * ay + w2 * by + w3 * y1)
                )
        x0, y0 = x1, y1
    return out
