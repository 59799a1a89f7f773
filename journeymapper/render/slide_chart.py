"""A slide's emotion chart as native chart data: touchpoints as categories on a grid."""

from __future__ import annotations

import bisect

from ..layout.slides import ChartItem
from .painter import ChartSeries, LineChart


def _slots(xs: list[float]) -> list[float]:
    """Category positions: ``xs`` on a regular grid fine enough to keep them in place."""
    if len(xs) < 2:
        return xs
    gaps = [b - a for a, b in zip(xs, xs[1:], strict=False) if b - a > 0.5]
    step = min(gaps, default=1.0)
    if max(gaps, default=step) - step > 0.5:
        step /= 2  # uneven columns: a finer grid places each point within a quarter gap
    slots = [xs[0]]
    for x in xs[1:]:
        missing = round((x - slots[-1]) / step) - 1
        slots.extend(slots[-1] + step * (i + 1) for i in range(max(0, missing)))
        slots.append(max(x, slots[-1] + step))
    return slots


def _nearest(slots: list[float], x: float) -> int:
    """The index of the slot nearest ``x`` (``slots`` ascending)."""
    i = bisect.bisect_left(slots, x)
    if i == len(slots) or (i > 0 and x - slots[i - 1] <= slots[i] - x):
        return max(0, i - 1)
    return i


def line_chart(item: ChartItem) -> LineChart | None:
    """The chart's data laid over its plot; None when it has no line."""
    if not item.lines or not item.columns:
        return None
    xs = [x for _name, x in item.columns]
    slots = _slots(xs)
    at = [_nearest(slots, x) for x in xs]
    categories = [""] * len(slots)
    for (name, _x), index in zip(item.columns, at, strict=True):
        categories[index] = categories[index] or name
    series = []
    for line in item.lines:
        values: list[float | None] = [None] * len(slots)
        for value, index in zip(line.values, at, strict=True):
            if values[index] is None:
                values[index] = value
        series.append(ChartSeries(line.name, line.colour, line.dashed, line.marker, tuple(values)))
    left, right = slots[0], slots[-1]
    if right - left < 1:
        left, right = left - 20, right + 20
    plot = (left, item.top, right - left, item.bottom - item.top)
    return LineChart(plot, tuple(categories), tuple(series), item.minimum, item.maximum)
