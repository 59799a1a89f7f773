"""The emotion chart: plot area, gridlines per scale value and one curve per persona."""

from __future__ import annotations

import functools
import math

from ..model import EmotionScale, Persona, Touchpoint
from .geometry import Curve, CurvePoint, EmotionBox, Rect, TextRun
from .text import baseline, line_height, measure, wrap
from .theme import Theme

MIN_PLOT = 110.0
MAX_PLOT = 320.0
STEP = 26.0


@functools.lru_cache(maxsize=200_000)
def _point(x: float, y: float, tp_id: str, value: float) -> CurvePoint:
    """Points repeat from one layout to the next; reuse them rather than build 10,000 again."""
    return CurvePoint(x, y, tp_id, value)


def plot_height(scale: EmotionScale, theme: Theme) -> float:
    span = scale.maximum - scale.minimum
    step = STEP * theme.small_size / 7.0
    return max(MIN_PLOT, min(MAX_PLOT, span * step))


def emotion_box(
    lane_id: str,
    plot: Rect,
    label_column: Rect,
    scale: EmotionScale,
    personas: list[Persona],
    ordered: list[tuple[Touchpoint, float]],
    theme: Theme,
) -> EmotionBox:
    """Gridlines with scale labels in the label column, and points at the given x per touchpoint."""
    lo, hi = scale.minimum, scale.maximum
    span = hi - lo
    step = plot.h / span
    every = max(1, math.ceil(line_height(theme.small_size) / step))
    box = EmotionBox(lane_id, plot, lo, hi, [], [])
    right = label_column.right - theme.padding
    room = label_column.w - 2 * theme.padding
    for value in range(lo, hi + 1):
        y = box.value_to_y(value)
        label = scale.label(value) if (value - lo) % every == 0 else ""
        box.gridlines.append((value, y, label))
        if label:
            number = f"{value:+d}" if value else "0"
            text = f"{label} {number}" if label != str(value) else number
            lines, _cut = wrap(text, room, theme.small_size, False, 1)
            if lines:
                width = measure(lines[0], theme.small_size)
                top = y - line_height(theme.small_size) / 2
                box.label_runs.append(
                    TextRun(
                        right - width,
                        baseline(top, theme.small_size),
                        lines[0],
                        theme.small_size,
                        False,
                        "scale",
                    )
                )
    ys: dict[float, float] = {value: box.value_to_y(value) for value in range(lo, hi + 1)}
    point = _point
    for persona in personas:
        as_is: list[CurvePoint] = []
        to_be: list[CurvePoint] = []
        pid = persona.id
        for tp, x in ordered:
            emotion = tp.emotions.get(pid)
            if emotion is None:
                continue
            now, goal = emotion.as_is, emotion.to_be
            if now is not None and lo <= now <= hi:
                as_is.append(point(x, ys.get(now) or box.value_to_y(now), tp.id, now))
            if goal is not None and lo <= goal <= hi:
                to_be.append(point(x, ys.get(goal) or box.value_to_y(goal), tp.id, goal))
        box.curves.append(Curve(pid, as_is, to_be))
    return box
