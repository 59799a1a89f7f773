"""An emotion chart on a slide: scale, gridlines, thick curves, markers, lowest moments ringed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from ...model import JourneyMap, Touchpoint
from ..curves import monotone_segments
from ..emotion import crowd_look, crowd_marks
from ..geometry import CrowdLook, Rect
from ..persona_style import TO_BE_DASH, PersonaStyle
from ..text import baseline, line_height, measure, wrap
from ..theme import Theme
from .items import (
    Box,
    ChartItem,
    ChartLine,
    Circle,
    CrowdCurve,
    Curve,
    Item,
    MarkerItem,
    Polyline,
    TextBlock,
    TextLine,
)


@dataclass(frozen=True)
class ChartSpec:
    """Where the chart goes and what it shows.

    ``columns`` are (touchpoint id, x) left to right; ``gutter`` holds the scale labels
    (words when ``scale_words``, else signed numbers); ``callouts`` are (persona id,
    touchpoint id) of the lowest moments to ring and label; ``crowd`` are (stage id, x) of
    the stages whose room ratings the crowd curve shows, labelled ``crowd_label``.
    """

    plot: Rect
    gutter: Rect
    columns: Sequence[tuple[str, float]]
    persona_ids: Sequence[str]
    styles: Mapping[str, PersonaStyle]
    size: float
    scale_words: bool = False
    callouts: frozenset[tuple[str, str]] = frozenset()
    to_be: bool = True
    states: tuple[str, str] = ("as is", "to be")  # the series' names, in the map's language
    crowd: Sequence[tuple[str, float]] = ()
    crowd_label: str = ""


def value_y(journey: JourneyMap, plot: Rect, value: float) -> float:
    """The y of an emotion ``value`` in ``plot`` (highest value at the top, a margin inside)."""
    scale = journey.emotion_scale
    span = max(1, scale.maximum - scale.minimum)
    inner = plot.h - 16
    return plot.y + 8 + (scale.maximum - value) / span * inner


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else (f"−{-value}" if value < 0 else "0")


def _scale(journey: JourneyMap, spec: ChartSpec, theme: Theme) -> list[Item]:
    items: list[Item] = []
    scale = journey.emotion_scale
    plot, size = spec.plot, spec.size
    last_top = -1e9
    for value in reversed(scale.values()):
        y = value_y(journey, plot, value)
        colour = theme.zero_line if value == 0 else theme.grid
        dash = () if value == 0 else (2.0, 2.0)
        items.append(Polyline(((plot.x, y), (plot.right, y)), colour, 0.8, dash))
        text = scale.label(value) if spec.scale_words else _signed(value)
        if spec.scale_words and text != str(value):
            text = f"{_signed(value)} {text}"
        lines = wrap(text, spec.gutter.w - 6, size, False, 2)[0]
        height = line_height(size) * len(lines)
        top = min(max(y - height / 2, plot.y), plot.bottom - height)
        if top < last_top:
            continue  # labels would touch: keep every other one
        last_top = top + height + 1
        block = []
        for i, line in enumerate(lines):
            x = spec.gutter.right - 6 - measure(line, size)
            block.append(
                TextLine(
                    x,
                    baseline(top + i * line_height(size), size),
                    line,
                    size,
                    False,
                    theme.muted_ink,
                    "scale",
                )
            )
        items.append(TextBlock(tuple(block)))
    return items


def _values(cards: list[Touchpoint], persona_id: str, attr: str) -> list[float | None]:
    """The persona's ``attr`` (as-is or to-be) value on each column's card, None for none."""
    values: list[float | None] = []
    for card in cards:
        emotion = card.emotions.get(persona_id)
        values.append(getattr(emotion, attr) if emotion is not None else None)
    return values


def _points(
    spec: ChartSpec,
    values: list[float | None],
    offset: float,
    y_of: Callable[[float], float],
) -> list[tuple[str, float, float, float]]:
    return [
        (tp_id, x + offset, y_of(value), float(value))
        for value, (tp_id, x) in zip(values, spec.columns, strict=True)
        if value is not None
    ]


def emotion_chart(journey: JourneyMap, spec: ChartSpec, theme: Theme) -> list[Item]:
    """The chart's items back to front: scale, the room's crowd curve, the personas' curves,
    to-be rings, as-is markers, callouts.

    Personas at the same value are spread sideways a little so no marker hides another;
    a to-be value equal to the as-is one is drawn as a larger hollow marker around it.
    """
    r = spec.size * 0.42
    width = max(theme.curve_width, spec.size / 4)
    items = _scale(journey, spec, theme)
    if spec.crowd:
        items += _crowd(journey, spec, crowd_look(theme, width, r))
    cards = [journey.touchpoint(tp_id) for tp_id, _x in spec.columns]
    states = ("as_is", "to_be") if spec.to_be else ("as_is",)
    data = {(pid, attr): _values(cards, pid, attr) for pid in spec.persona_ids for attr in states}
    heights: dict[float, float] = {}  # the scale has a handful of values

    def y_of(value: float) -> float:
        y = heights.get(value)
        if y is None:
            y = heights[value] = value_y(journey, spec.plot, value)
        return y

    drawn: list[Item] = []
    n = len(spec.persona_ids)
    spacing = min(
        (b - a for (_i, a), (_j, b) in zip(spec.columns, spec.columns[1:], strict=False)),
        default=60.0,
    )
    step = min(r * 1.3, spacing * 0.6 / max(1, n))
    markers: list[Item] = []
    low_points: list[tuple[float, float, float]] = []
    for index, persona_id in enumerate(spec.persona_ids):
        style = spec.styles[persona_id]
        offset = (index - (n - 1) / 2) * step
        as_is = _points(spec, data[persona_id, "as_is"], offset, y_of)
        to_be = _points(spec, data[persona_id, "to_be"], offset, y_of) if spec.to_be else []
        same = {tp for tp, _x, _y, v in to_be for tq, _a, _b, w in as_is if tp == tq and v == w}
        for points, dash, line_w in ((to_be, TO_BE_DASH, width * 0.6), (as_is, style.dash, width)):
            xy = [(x, y) for _tp, x, y, _v in points]
            if len(xy) > 1:
                segments = monotone_segments(xy, spec.plot.y, spec.plot.bottom)
                drawn.append(Curve(xy[0], tuple(segments), style.colour, line_w, dash))
        for tp, x, y, _v in to_be:
            radius = r * 1.75 if tp in same else r
            markers.append(MarkerItem(style.marker, x, y, radius, theme.background, style.colour))
        for tp, x, y, _v in as_is:
            markers.append(MarkerItem(style.marker, x, y, r, style.colour, style.colour))
            if (persona_id, tp) in spec.callouts:
                low_points.append((x, y, _v))
    items.append(_chart_item(journey, spec, cards, data, [*drawn, *markers]))
    items += _callouts(journey, spec, theme, low_points, r)
    return items


def _crowd(journey: JourneyMap, spec: ChartSpec, look: CrowdLook) -> list[Item]:
    """The room's crowd curve (mean and ±1σ band per rated stage) under the personas' curves,
    drawn as the map and the poster draw it; named in the slide's legend, not on the crowded
    chart, where a label would cross the personas' curves."""
    marks = crowd_marks(journey.crowd, dict(spec.crowd), partial(value_y, journey, spec.plot))
    return [CrowdCurve(tuple(marks), spec.crowd_label, look)] if marks else []


def _chart_item(
    journey: JourneyMap,
    spec: ChartSpec,
    cards: list[Touchpoint],
    data: Mapping[tuple[str, str], list[float | None]],
    drawn: list[Item],
) -> ChartItem:
    """The curves and markers with the data they show, for formats with native charts."""
    scale = journey.emotion_scale
    lines = []
    for persona_id in spec.persona_ids:
        persona, style = journey.persona(persona_id), spec.styles[persona_id]
        states = (("as_is", False, spec.states[0]), ("to_be", True, spec.states[1]))
        for attr, dashed, state in states[: 2 if spec.to_be else 1]:
            values = [None if v is None else float(v) for v in data[persona_id, attr]]
            if any(v is not None for v in values):
                name = f"{persona.name} ({state})"
                lines.append(ChartLine(name, style.colour, dashed, style.marker, tuple(values)))
    columns = tuple((card.name, x) for card, (_id, x) in zip(cards, spec.columns, strict=True))
    top = value_y(journey, spec.plot, scale.maximum)
    bottom = value_y(journey, spec.plot, scale.minimum)
    shapes = tuple(item for item in drawn if isinstance(item, Curve | MarkerItem))
    return ChartItem(columns, top, bottom, scale.minimum, scale.maximum, tuple(lines), shapes)


def _callouts(
    journey: JourneyMap,
    spec: ChartSpec,
    theme: Theme,
    points: Iterable[tuple[float, float, float]],
    r: float,
) -> list[Item]:
    """A ring around each lowest moment and its value on a pill below (or above) it."""
    items: list[Item] = []
    placed: list[Rect] = []
    size = spec.size
    height = line_height(size)
    for x, y, value in points:
        items.append(Circle(x, y, r * 2.4, None, theme.ink, 1.5))
        text = "▼ " + journey.emotion_scale.label(int(value))
        w = measure(text, size, True) + 8  # drawn bold
        for top in (y + r * 2.4 + 3, y - r * 2.4 - 3 - height):
            left = min(max(x - w / 2, spec.plot.x), spec.plot.right - w)
            box = Rect(left, top, w, height)
            inside = top >= spec.plot.y and box.bottom <= spec.plot.bottom
            if inside and not any(box.intersects(other) for other in placed):
                placed.append(box)
                items.append(
                    Box(box.x, box.y, box.w, box.h, theme.background, theme.ink, 0.8, height / 2)
                )
                line = TextLine(
                    box.x + 4, baseline(top, size), text, size, True, theme.ink, "callout"
                )
                items.append(TextBlock((line,)))
                break
    return items
