"""The PDF poster page: stages wrapped into rows that fill the page, title and legend scaled to it.

``plan_poster`` decides, for a page size (or ``auto``: the smallest of A3–A0 that keeps the
map's smallest text at 6 pt or more on paper), how many rows of stages fill the page best,
lays out each row (every row with its own stage headers and lane names) and the scale;
``draw_plan`` draws it with any painter. The emotion lane grows with the number of personas.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass

from ..layout import LayoutOptions, MapLayout, Theme, compute_layout
from ..layout.cards import grid_columns
from ..layout.emotion import plot_height
from ..layout.options import visible
from ..model import JourneyMap
from ..render.draw_map import draw_map
from ..render.grid import draw_runs
from ..render.painter import Painter, Transformed, scaled
from ..words.labels import labels_for
from .poster import LEGEND_ROW, draw_legend, poster_frame

MM = 72 / 25.4
ISO_PAGES: dict[str, tuple[float, float]] = {
    "A4": (297 * MM, 210 * MM),
    "A3": (420 * MM, 297 * MM),
    "A2": (594 * MM, 420 * MM),
    "A1": (841 * MM, 594 * MM),
    "A0": (1189 * MM, 841 * MM),
}
AUTO_PAGES = ("A3", "A2", "A1", "A0")
MIN_TEXT_PT = 6.0
ROW_GAP = 14.0
MAX_ROWS = 12
PERSONA_GROWTH = 16.0  # more plot height per persona beyond three


@dataclass(frozen=True)
class PosterPlan:
    """Page size, title/legend scale, the rows of the map with their top left corners, map scale."""

    page: tuple[float, float]
    head_scale: float
    rows: list[tuple[MapLayout, float, float]]
    scale: float
    legend_y: float
    frame_width: float
    smallest_text: float  # the map's smallest type on paper, in points


def poster_options(journey: JourneyMap, options: LayoutOptions, theme: Theme) -> LayoutOptions:
    """``options`` with an emotion plot that grows with the number of personas shown."""
    personas = len(visible(journey, options).personas)
    extra = max(0, personas - 3) * PERSONA_GROWTH * theme.small_size / 7.0
    base = plot_height(journey.emotion_scale, theme)
    return dataclasses.replace(options, emotion_height=base + extra) if extra else options


def _groups(widths: list[float], rows: int) -> list[list[int]]:
    """Consecutive stages split into ``rows`` groups of about equal width."""
    target = sum(widths) / rows
    groups: list[list[int]] = [[]]
    used = 0.0
    for i, w in enumerate(widths):
        left = len(widths) - i
        if groups[-1] and used + w / 2 > target and len(groups) < rows and left >= 1:
            groups.append([])
            used = 0.0
        groups[-1].append(i)
        used += w
    return groups


def _head_scale(page: tuple[float, float]) -> float:
    a3w, a3h = ISO_PAGES["A3"]
    return max(1.0, math.sqrt(page[0] * page[1] / (a3w * a3h)))


def _stage_widths(journey: JourneyMap, stage_ids: list[str], theme: Theme) -> list[float]:
    """Each stage column's width, as the layout engine gives it (without laying anything out)."""
    step = theme.card_width + theme.card_gap
    return [grid_columns(len(journey.touchpoints(sid))) * step for sid in stage_ids]


def _sample_height(journey: JourneyMap, options: LayoutOptions, stage_ids: list[str]) -> MapLayout:
    """The layout of the stages with the most cards and the most notes: a row's likely height."""
    cards = max(stage_ids, key=lambda sid: len(journey.touchpoints(sid)))
    targets: dict[str, int] = {}
    for note in journey.annotations():
        targets[note.target] = targets.get(note.target, 0) + 1
    stage_of = {tp.id: tp.stage_id for sid in stage_ids for tp in journey.touchpoints(sid)}
    per_stage: dict[str, int] = {}
    for target, count in targets.items():
        sid = stage_of.get(target, target)
        per_stage[sid] = per_stage.get(sid, 0) + count
    notes = max(stage_ids, key=lambda sid: per_stage.get(sid, 0))
    return compute_layout(journey, dataclasses.replace(options, stage_ids=[cards, notes]))


def plan_poster(
    journey: JourneyMap,
    options: LayoutOptions,
    theme: Theme,
    page: tuple[float, float],
    margin: float,
) -> PosterPlan:
    """The best rows of stages for ``page``: the map as large as the page allows.

    The number of rows is chosen from the stage widths and the height of a sample row, so
    only the rows themselves are laid out in full.
    """
    options = poster_options(journey, options, theme)
    width, height = page
    k = _head_scale(page)
    frame_width = (width - 2 * margin) / k + 2 * theme.margin
    ids = [s.id for s in visible(journey, options).stages]
    sample = _sample_height(journey, options, ids) if ids else compute_layout(journey, options)
    shown = set(ids)
    kinds = {f.kind for f in journey.flows() if journey.touchpoint(f.source).stage_id in shown}
    frame = poster_frame(journey, sample, theme, frame_width, kinds)
    top = margin + frame.map_y * k + 4
    legend_h = frame.legend_rows * LEGEND_ROW * k
    room_w, room_h = width - 2 * margin, height - top - margin - legend_h - 6
    if sample.is_empty:
        return PosterPlan(page, k, [], 1.0, top + 80, frame_width, theme.small_size)
    widths = _stage_widths(journey, ids, theme)
    extra = 2 * theme.margin + theme.label_width
    row_h = sample.height
    best_rows, best = 1, min(room_w / (extra + sum(widths)), room_h / row_h)
    for rows in range(2, min(len(widths), MAX_ROWS) + 1):
        groups = _groups(widths, rows)
        est_w = extra + max(sum(widths[i] for i in g) for g in groups)
        est_h = len(groups) * row_h + (len(groups) - 1) * ROW_GAP
        scale = min(room_w / est_w, room_h / est_h)
        if scale > best * 1.05:
            best_rows, best = rows, scale
    if best_rows == 1:
        layouts = [compute_layout(journey, options)]
    else:
        layouts = [
            compute_layout(journey, dataclasses.replace(options, stage_ids=[ids[i] for i in g]))
            for g in _groups(widths, best_rows)
        ]
    total_h = sum(lay.height for lay in layouts) + (len(layouts) - 1) * ROW_GAP
    scale = max(0.01, min(room_w / max(lay.width for lay in layouts), room_h / total_h))
    placed: list[tuple[MapLayout, float, float]] = []
    y = top
    for lay in layouts:
        placed.append((lay, margin, y))
        y += (lay.height + ROW_GAP) * scale
    smallest = scale * min(theme.small_size, theme.meta_size, theme.card_body_size)
    return PosterPlan(page, k, placed, scale, y - ROW_GAP * scale + 6, frame_width, smallest)


def auto_page(
    journey: JourneyMap, options: LayoutOptions, theme: Theme, margin: float
) -> PosterPlan:
    """The smallest of A3–A0 whose plan keeps the map's text at 6 pt or more (else A0)."""
    plan = None
    for name in AUTO_PAGES:
        plan = plan_poster(journey, options, theme, ISO_PAGES[name], margin)
        if plan.smallest_text >= MIN_TEXT_PT - 1e-6:
            return plan
    assert plan is not None
    return plan


def draw_plan(
    painter: Painter,
    journey: JourneyMap,
    plan: PosterPlan,
    theme: Theme,
    colours: Mapping[str, str],
    margin: float,
) -> None:
    """Title, the rows of the map and the legend, on a page of ``plan.page``."""
    k = plan.head_scale
    full_for_legend = plan.rows[0][0] if plan.rows else None
    shift = margin - theme.margin * k
    head = Transformed(painter, k, shift, shift)
    layout_for_frame = full_for_legend or compute_layout(journey, LayoutOptions())
    frame = poster_frame(journey, layout_for_frame, theme, plan.frame_width)
    draw_runs(head, frame.title_runs, theme, theme.ink)
    if not plan.rows:
        words = labels_for(journey.language.value)
        painter.text(
            margin, plan.legend_y - 40, words["empty"], theme.label_size * k, False, theme.muted_ink
        )
        return
    for layout, x, y in plan.rows:
        with scaled(painter, plan.scale, x, y) as row:
            draw_map(row, journey, layout, theme, colours)
    legend_layout = _legend_source(plan)
    draw_legend(
        head, journey, legend_layout, theme, colours, (plan.legend_y - shift) / k, plan.frame_width
    )


def _legend_source(plan: PosterPlan) -> MapLayout:
    """A layout whose personas and flow kinds are those of every row together."""
    first = plan.rows[0][0]
    arrows = [a for layout, _x, _y in plan.rows for a in layout.arrows]
    return dataclasses.replace(first, arrows=arrows)
