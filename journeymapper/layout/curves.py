"""Smooth emotion curves: monotone cubic Béziers through every point, without overshoot."""

from __future__ import annotations

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]  # first control, second control, end point


def _slopes(points: list[Point]) -> list[float]:
    """Fritsch-Butland tangents: the harmonic mean of neighbouring secants, 0 at extrema."""
    secants = []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        secants.append((y1 - y0) / (x1 - x0) if x1 != x0 else 0.0)
    slopes = [secants[0]] + [0.0] * (len(points) - 2) + [secants[-1]]
    for i in range(1, len(points) - 1):
        a, b = secants[i - 1], secants[i]
        slopes[i] = 0.0 if a * b <= 0 else 2 / (1 / a + 1 / b)
    return slopes


def monotone_segments(points: list[Point], top: float, bottom: float) -> list[Segment]:
    """Cubic Bézier pieces (c1, c2, end) of a monotone curve from ``points[0]`` through each point.

    Each piece stays within the y range of the two points it joins (the tangent is at most
    twice either secant, so both controls lie between the end values), and controls are
    clamped to ``top``..``bottom``, the plot area. Two points make a straight piece.
    """
    if len(points) < 2:
        return []
    if len(points) == 2:
        (x0, y0), (x1, y1) = points
        return [((x0, y0), (x1, y1), (x1, y1))]
    slopes = _slopes(points)
    result: list[Segment] = []
    for i in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        h = (x1 - x0) / 3
        c1 = (x0 + h, min(max(y0 + slopes[i] * h, top), bottom))
        c2 = (x1 - h, min(max(y1 - slopes[i + 1] * h, top), bottom))
        result.append((c1, c2, (x1, y1)))
    return result


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
