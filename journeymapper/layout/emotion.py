"""The emotion chart: plot area, gridlines per scale value and one curve per persona."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from ..model import EmotionScale, Persona, Touchpoint
from ..model.crowd import CrowdRatings, crowd_points
from .cards import StageCards
from .geometry import CrowdLook, CrowdMark, Curve, CurvePoint, EmotionBox, Rect, TextRun
from .identity_memo import IdentityMemo
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
    stages: list[tuple[StageCards, tuple[float, ...]]],
    theme: Theme,
) -> EmotionBox:
    """Gridlines with scale labels in the label column, and a point per touchpoint at the x
    given with it, stage by stage."""
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
    pids = tuple(persona.id for persona in personas)
    params = (pids, lo, hi, plot.y, plot.h)
    curves = [Curve(pid, [], []) for pid in pids]
    for stage, xs in stages:
        box.slots.extend(zip([tp.id for tp in stage.touchpoints], xs, strict=True))
        compute = functools.partial(_stage_points, box, stage.touchpoints, xs, pids)
        chunk = _STAGE_POINTS.get((stage,), (xs, params), compute)
        for curve, (as_is, to_be) in zip(curves, chunk, strict=True):
            curve.as_is.extend(as_is)
            curve.to_be.extend(to_be)
    box.curves.extend(curves)
    return box


CROWD_WORD = {"en": "Room", "ru": "Комната", "uk": "Кімната", "lv": "Telpa"}


def crowd_look(theme: Theme, curve_width: float, marker_radius: float) -> CrowdLook:
    """The theme's crowd colours, a little lighter than the personas' curves it is drawn
    beside (their ``curve_width`` and ``marker_radius``)."""
    return CrowdLook(
        theme.crowd_ink, theme.crowd_band, theme.background, curve_width * 0.8, marker_radius * 0.8
    )


def crowd_marks(
    ratings: CrowdRatings, centres: dict[str, float], value_to_y: Callable[[float], float]
) -> list[CrowdMark]:
    """A mark per rated stage at its column's centre: the mean and the ±1σ band's edges."""
    return [
        CrowdMark(
            point.stage_id,
            centres[point.stage_id],
            value_to_y(point.mean),
            value_to_y(point.low),
            value_to_y(point.high),
            point.mean,
            point.count,
        )
        for point in crowd_points(ratings, list(centres))
    ]


def crowd_label(count: int, language: str) -> str:
    """The crowd curve's label on a chart: "Room (12)", the most answers any stage had."""
    return f"{CROWD_WORD.get(language, CROWD_WORD['en'])} ({count})"


def add_crowd(
    box: EmotionBox,
    ratings: CrowdRatings,
    centres: dict[str, float],
    language: str,
    theme: Theme,
) -> None:
    """The room's crowd curve: a mark per rated stage at its column's centre, and its label."""
    box.crowd.extend(crowd_marks(ratings, centres, box.value_to_y))
    if box.crowd:
        first = box.crowd[0]
        text = crowd_label(max(mark.count for mark in box.crowd), language)
        top = max(box.rect.y, first.high_y - line_height(theme.small_size) - 2)
        x = first.x + theme.marker_size
        box.crowd_runs.append(
            TextRun(x, baseline(top, theme.small_size), text, theme.small_size, True, "crowd")
        )


Points = tuple[list[CurvePoint], list[CurvePoint]]
# One stage's points per persona; an edit elsewhere leaves them as they were.
_STAGE_POINTS: IdentityMemo[tuple[Points, ...]] = IdentityMemo(8192)


def _stage_points(
    box: EmotionBox, tps: tuple[Touchpoint, ...], xs: tuple[float, ...], pids: tuple[str, ...]
) -> tuple[Points, ...]:
    """The as-is and to-be points of each persona at one stage's touchpoints."""
    lo, hi = box.minimum, box.maximum
    chunk = []
    for pid in pids:
        as_is: list[CurvePoint] = []
        to_be: list[CurvePoint] = []
        for tp, x in zip(tps, xs, strict=True):
            emotion = tp.emotions.get(pid)
            if emotion is None:
                continue
            now, goal = emotion.as_is, emotion.to_be
            if now is not None and lo <= now <= hi:
                as_is.append(CurvePoint(x, box.value_to_y(now), tp.id, now))
            if goal is not None and lo <= goal <= hi:
                to_be.append(CurvePoint(x, box.value_to_y(goal), tp.id, goal))
        chunk.append((as_is, to_be))
    return tuple(chunk)


def clear_caches() -> None:
    """Forget memoised stage points."""
    _STAGE_POINTS.clear()
