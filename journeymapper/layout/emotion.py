"""The emotion chart: plot area, gridlines per scale value and one curve per persona."""

from __future__ import annotations

import math

from ..model import EmotionScale, Persona, Touchpoint
from .geometry import Curve, CurvePoint, EmotionBox, Rect, TextRun
from .text import baseline, line_height, measure, wrap
from .theme import Theme

MIN_PLOT = 110.0
MAX_PLOT = 320.0
STEP = 26.0


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
    for persona in personas:
        as_is: list[CurvePoint] = []
        to_be: list[CurvePoint] = []
        for tp, x in ordered:
            emotion = tp.emotions.get(persona.id)
            if emotion is None:
                continue
            if emotion.as_is is not None and scale.contains(emotion.as_is):
                as_is.append(CurvePoint(x, box.value_to_y(emotion.as_is), tp.id, emotion.as_is))
            if emotion.to_be is not None and scale.contains(emotion.to_be):
                to_be.append(CurvePoint(x, box.value_to_y(emotion.to_be), tp.id, emotion.to_be))
        box.curves.append(Curve(persona.id, as_is, to_be))
    return box
