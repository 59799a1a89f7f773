"""Emotion curves: monotone Bézier pieces through every point, drawn as curves in each format."""

from __future__ import annotations

import random
import re
from pathlib import Path

from journeymapper.export.options import ExportOptions
from journeymapper.export.svg import export_svg
from journeymapper.layout.curves import Segment, flatten, monotone_piece, monotone_segments
from journeymapper.templates import build_template

TOP, BOTTOM = 0.0, 100.0


def _cubic(p0: tuple[float, float], seg: Segment, t: float) -> tuple[float, float]:
    (ax, ay), (bx, by), (x1, y1) = seg
    u = 1 - t
    x = u**3 * p0[0] + 3 * u * u * t * ax + 3 * u * t * t * bx + t**3 * x1
    y = u**3 * p0[1] + 3 * u * u * t * ay + 3 * u * t * t * by + t**3 * y1
    return x, y


def _check(points: list[tuple[float, float]]) -> None:
    segments = monotone_segments(points, TOP, BOTTOM)
    assert len(segments) == len(points) - 1
    start = points[0]
    for seg, end in zip(segments, points[1:], strict=True):
        assert seg[2] == end  # every piece ends on the next point
        lo, hi = min(start[1], end[1]), max(start[1], end[1])
        previous_x = start[0]
        for k in range(1, 50):
            x, y = _cubic(start, seg, k / 50)
            assert lo - 1e-9 <= y <= hi + 1e-9  # no overshoot beyond the two values it joins
            assert start[0] - 1e-9 <= x <= end[0] + 1e-9 and x >= previous_x - 1e-9
            previous_x = x
        start = end


def test_curve_passes_through_every_point_without_overshoot() -> None:
    rng = random.Random(5)
    for _ in range(200):
        n = rng.randint(2, 12)
        xs = sorted(rng.sample(range(2000), n))
        _check([(float(x), float(rng.choice([0, 20, 40, 60, 80, 100]))) for x in xs])


def test_plateaus_and_extremes_stay_flat() -> None:
    points = [(0.0, 50.0), (10.0, 50.0), (20.0, 0.0), (30.0, 100.0), (40.0, 100.0), (50.0, 60.0)]
    _check(points)
    segments = monotone_segments(points, TOP, BOTTOM)
    assert segments[0][0][1] == segments[0][1][1] == 50.0  # a plateau stays a straight line


def test_the_canvas_pieces_and_the_exported_curve_are_the_same_curve() -> None:
    """The canvas draws a curve piece by piece (monotone_piece), exports all at once."""
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(2, 14)
        xs = sorted(float(rng.choice([rng.randrange(40), rng.uniform(0, 900)])) for _ in range(n))
        points = [(x, rng.choice([rng.uniform(-5, 105), 20.0, 60.0])) for x in xs]
        pieces = [monotone_piece(points, i, TOP, BOTTOM) for i in range(n - 1)]
        assert monotone_segments(points, TOP, BOTTOM) == pieces


def test_two_points_are_a_straight_piece_and_flatten_keeps_the_ends() -> None:
    segments = monotone_segments([(0.0, 10.0), (30.0, 40.0)], TOP, BOTTOM)
    assert segments == [((0.0, 10.0), (30.0, 40.0), (30.0, 40.0))]
    line = flatten((0.0, 10.0), segments)
    assert line == [(0.0, 10.0), (30.0, 40.0)]
    curve = flatten((0.0, 50.0), monotone_segments([(0.0, 50.0), (9, 0), (20, 80)], 0, 100), 6)
    assert curve[0] == (0.0, 50.0) and curve[-1] == (20, 80) and len(curve) == 13


def test_svg_draws_the_curves_as_cubic_paths(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    export_svg(build_template("e-shop", "en"), out, ExportOptions())
    paths = re.findall(r'<path d="M[^"]*"', out.read_text(encoding="utf-8"))
    assert paths and all(" " in p and "C" in p for p in paths)
