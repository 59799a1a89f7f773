"""The emotion lane as chart data: touchpoints as categories, a series per persona and state."""

from __future__ import annotations

from collections.abc import Mapping

from ..layout import MapLayout
from ..model import JourneyMap
from .painter import ChartSeries, LineChart
from .words import labels_for


def _slots(xs: list[float]) -> list[float]:
    """The category positions: ``xs`` on their regular card grid, gaps as empty slots."""
    if len(xs) < 2:
        return xs
    step = min(b - a for a, b in zip(xs, xs[1:], strict=False))
    slots = [xs[0]]
    for x in xs[1:]:
        missing = round((x - slots[-1]) / step) - 1
        slots.extend(slots[-1] + step * (i + 1) for i in range(max(0, missing)))
        slots.append(x)
    return slots


def emotion_chart(
    journey: JourneyMap, layout: MapLayout, colours: Mapping[str, str]
) -> LineChart | None:
    """The chart of ``layout``'s emotion lane, placed over its plot; None without curves."""
    emotion = layout.emotion
    if emotion is None or not emotion.curves:
        return None
    names: dict[float, str] = {}
    for tp_id, card in layout.cards.items():
        names.setdefault(round(card.rect.x + card.rect.w / 2, 2), journey.touchpoint(tp_id).name)
    for curve in emotion.curves:
        for point in (*curve.as_is, *curve.to_be):
            names.setdefault(round(point.x, 2), journey.touchpoint(point.touchpoint_id).name)
    if not names:
        return None
    slots = _slots(sorted(names))
    index = {round(x, 2): i for i, x in enumerate(slots)}
    words = labels_for(journey.language.value)
    series = []
    for curve in emotion.curves:
        persona = journey.persona(curve.persona_id)
        for points, dashed, word in ((curve.as_is, False, "as_is"), (curve.to_be, True, "to_be")):
            if not points:
                continue
            values: list[float | None] = [None] * len(slots)
            for point in points:
                at = index.get(round(point.x, 2))
                if at is not None and values[at] is None:
                    values[at] = point.value
            colour = colours.get(persona.id, persona.colour)
            name = f"{persona.name} ({words[word]})"
            series.append(ChartSeries(name, colour, dashed, persona.marker, tuple(values)))
    categories = tuple(names.get(round(x, 2), "") for x in slots)
    left, right = slots[0], slots[-1]
    if right - left < 1:
        left, right = left - 20, right + 20
    plot = (left, emotion.rect.y, right - left, emotion.rect.h)
    return LineChart(plot, categories, tuple(series), emotion.minimum, emotion.maximum)
