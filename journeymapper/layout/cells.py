"""Cells of text lanes and metrics lanes: one wrapped block of text per stage."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import JourneyMap, Lane, LaneKind, Stage
from .geometry import CellBox, Rect, TextRun
from .text import baseline, line_height, wrap
from .theme import Theme

CELL_LINES = 8


DEFAULT_METRIC_LABELS = {
    "csat": "CSAT", "nps": "NPS", "ces": "CES", "conversion": "conversion", "drop_off": "drop-off",
}  # fmt: skip
PERCENT_METRICS = frozenset({"conversion", "drop_off"})


def metric_value(name: str, value: float, labels: Mapping[str, str]) -> str:
    """``CSAT 72`` or ``conversion 2.4 %`` (percentages carry their sign)."""
    label = labels.get(name) or DEFAULT_METRIC_LABELS.get(name, name)
    unit = " %" if name in PERCENT_METRICS else ""
    return f"{label} {value:g}{unit}"


def metrics_text(
    journey: JourneyMap, stage: Stage, labels: Mapping[str, str] | None = None
) -> str:
    """One line per touchpoint with metrics: ``name: CSAT 72 · conversion 2.4 %``."""
    lines = []
    for tp in journey.touchpoints(stage.id):
        if tp.metrics:
            values = " · ".join(
                metric_value(name, value, labels or {}) for name, value in tp.metrics.items()
            )
            lines.append(f"{tp.name}: {values}")
    return "\n".join(lines)


def cell_texts(
    journey: JourneyMap,
    lane: Lane,
    stages: list[Stage],
    widths: dict[str, float],
    theme: Theme,
    metric_labels: Mapping[str, str] | None = None,
) -> dict[str, tuple[list[str], bool]]:
    """Wrapped lines per stage id of a text or metrics lane."""
    result: dict[str, tuple[list[str], bool]] = {}
    for stage in stages:
        if lane.kind is LaneKind.METRICS:
            text = metrics_text(journey, stage, metric_labels)
        else:
            text = lane.cells.get(stage.id, "")
        room = widths[stage.id] - 2 * theme.padding
        result[stage.id] = wrap(text, room, theme.cell_size, False, CELL_LINES)
    return result


def cell_box(
    lane_id: str, stage_id: str, rect: Rect, lines: list[str], elided: bool, theme: Theme
) -> CellBox:
    runs = []
    top = rect.y + theme.padding
    for line in lines:
        runs.append(
            TextRun(
                rect.x + theme.padding,
                baseline(top, theme.cell_size),
                line,
                theme.cell_size,
                False,
                "cell",
            )
        )
        top += line_height(theme.cell_size)
    return CellBox(lane_id, stage_id, rect, lines, elided, runs)
