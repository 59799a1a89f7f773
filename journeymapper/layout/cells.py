"""Cells of text lanes and metrics lanes: one wrapped block of text per stage."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from ..model import JourneyMap, Lane, LaneKind, Stage, Touchpoint
from .cards import StageCards
from .geometry import CellBox, Rect, TextRun
from .identity_memo import IdentityMemo
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


def metrics_text(journey: JourneyMap, stage: Stage, labels: Mapping[str, str] | None = None) -> str:
    """One line per touchpoint with metrics: ``name: CSAT 72 · conversion 2.4 %``."""
    return _metrics_lines(tuple(journey.touchpoints(stage.id)), labels or {})


def _metrics_lines(tps: tuple[Touchpoint, ...], labels: Mapping[str, str]) -> str:
    lines = []
    for tp in tps:
        if tp.metrics:
            values = " · ".join(
                metric_value(name, value, labels) for name, value in tp.metrics.items()
            )
            lines.append(f"{tp.name}: {values}")
    return "\n".join(lines)


def cell_texts(
    lane: Lane,
    stages: list[Stage],
    cards: Mapping[str, StageCards],
    widths: dict[str, float],
    theme: Theme,
    metric_labels: Mapping[str, str] | None = None,
) -> dict[str, tuple[list[str], bool]]:
    """Wrapped lines per stage id of a text or metrics lane (``cards`` by stage id)."""
    result: dict[str, tuple[list[str], bool]] = {}
    labels = tuple(sorted((metric_labels or {}).items()))
    for stage in stages:
        if lane.kind is LaneKind.METRICS:
            entry = cards[stage.id]
            compute = functools.partial(_metrics_lines, entry.touchpoints, metric_labels or {})
            text = _METRICS_TEXT.get((entry,), labels, compute)
        else:
            text = lane.cells.get(stage.id, "")
        room = widths[stage.id] - 2 * theme.padding
        result[stage.id] = wrap(text, room, theme.cell_size, False, CELL_LINES)
    return result


# A stage's metrics text, kept while none of its touchpoints changes.
_METRICS_TEXT: IdentityMemo[str] = IdentityMemo(8192)


def clear_caches() -> None:
    """Forget memoised metrics texts."""
    _METRICS_TEXT.clear()


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
