"""compute_layout: stage columns, lane rows, cards, cells, the emotion chart and flow arrows."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model import (
    Annotation,
    AnnotationKind,
    Channel,
    EntityKind,
    JourneyMap,
    Lane,
    LaneKind,
    Stage,
    Touchpoint,
)
from . import arrows as _arrows
from . import cards as _cards
from . import cells as _cells
from . import emotion as _emotion
from . import text as _text
from .arrows import route_flows
from .cards import (
    StageCards,
    card_height,
    grid_cell,
    grid_columns,
    grid_rows,
    note_text,
    place_card,
    room_mark,
    touchpoint_text,
)
from .cells import cell_box, cell_texts
from .emotion import add_crowd, emotion_box, plot_height
from .geometry import CardBox, CellBox, EmotionBox, LaneBox, MapLayout, Rect, StageBox, TextRun
from .identity_memo import IdentityMemo
from .options import LayoutOptions, Visible, visible
from .text import baseline, line_height, measure, wrap
from .theme import Theme, get_theme

HEADER_LINES = 3
LABEL_LINES = 4
ARC_ROOM = 24.0
EXIT_ROOM = 22.0
MIN_ROW = 36.0


@dataclass
class _Grid:
    """Stage columns and where each touchpoint's card goes, before lanes are stacked."""

    x: dict[str, float] = field(default_factory=dict)
    width: dict[str, float] = field(default_factory=dict)
    stages: dict[str, StageCards] = field(default_factory=dict)
    card_h: float = 0.0
    right: float = 0.0

    def card_x(self, stage_id: str, column: int, gap: float, card_w: float) -> float:
        return card_left(self.x[stage_id], column, gap, card_w)


def card_left(stage_x: float, column: int, gap: float, card_w: float) -> float:
    """The left edge of a card in grid ``column`` of the stage starting at ``stage_x``."""
    return stage_x + gap / 2 + column * (card_w + gap)


def _grid(journey: JourneyMap, vis: Visible, theme: Theme, options: LayoutOptions) -> _Grid:
    grid = _Grid()
    x = theme.margin + theme.label_width
    min_h = 2 * theme.padding + line_height(theme.meta_size) + line_height(theme.card_title_size)
    grid.card_h = min_h
    labels = tuple(sorted(options.channel_labels.items()))
    for stage in vis.stages:
        tps = tuple(journey.touchpoints(stage.id))
        compute = functools.partial(_stage_texts, tps, theme, options.channel_labels)
        entry = grid.stages[stage.id] = _STAGE_TEXTS.get(tps, (theme.name, labels), compute)
        grid.card_h = max(grid.card_h, entry.tallest)
        grid.x[stage.id] = x
        grid.width[stage.id] = grid_columns(len(tps)) * (theme.card_width + theme.card_gap)
        x += grid.width[stage.id]
    grid.right = x
    return grid


# Per stage: its cards' texts and the tallest card, and its placed cards (an edit in one stage
# leaves the others' as they were, so a big map is not laid out card by card again).
_STAGE_TEXTS: IdentityMemo[StageCards] = IdentityMemo(8192)
_STAGE_CARDS: IdentityMemo[tuple[dict[str, CardBox], int]] = IdentityMemo(8192)


def _stage_texts(
    tps: tuple[Touchpoint, ...], theme: Theme, labels: Mapping[Channel, str]
) -> StageCards:
    texts = {tp.id: touchpoint_text(tp, theme, labels) for tp in tps}
    tallest = max((card_height(text, theme) for text in texts.values()), default=0.0)
    return StageCards(tps, texts, tallest)


def _header(
    stages: list[Stage], grid: _Grid, theme: Theme
) -> tuple[float, dict[str, tuple[list[str], bool]]]:
    size = theme.header_size
    lines = {
        s.id: wrap(s.name, grid.width[s.id] - 2 * theme.padding, size, True, HEADER_LINES)
        for s in stages
    }
    count = max((len(v[0]) for v in lines.values()), default=1)
    return 2 * theme.padding + max(count, 1) * line_height(size), lines


def _label(lane: Lane, theme: Theme, y: float) -> tuple[list[str], bool, list[TextRun], float]:
    room = theme.label_width - 2 * theme.padding
    lines, cut = wrap(lane.name, room, theme.label_size, True, LABEL_LINES)
    runs, top = [], y + theme.padding
    for line in lines:
        runs.append(
            TextRun(
                theme.margin + theme.padding,
                baseline(top, theme.label_size),
                line,
                theme.label_size,
                True,
                "label",
            )
        )
        top += line_height(theme.label_size)
    return lines, cut, runs, top - y + theme.padding


@functools.lru_cache(maxsize=4096)
def _curve_xs(left: float, count: int, card_width: float, card_gap: float) -> tuple[float, ...]:
    """Where a stage's points go: inside each card's span, spread by grid row so the curve
    runs left to right (``left`` is the stage's x)."""
    rows = grid_rows(count)
    xs = []
    for index in range(count):
        column, row = grid_cell(index, count)
        in_column = min(rows, count - column * rows)
        x = card_left(left, column, card_gap, card_width)
        xs.append(x + card_width * (row + 0.5) / in_column)
    return tuple(xs)


def _touchpoint_row(
    lane: Lane,
    y: float,
    grid: _Grid,
    theme: Theme,
    cards: dict[str, CardBox],
    blocks: list[dict[str, CardBox]],
) -> float:
    top = y + ARC_ROOM
    rows = 0
    for stage_id, stage in grid.stages.items():
        params = (lane.id, stage_id, grid.x[stage_id], top, grid.card_h)
        compute = functools.partial(_stage_cards, stage, grid, stage_id, top, theme, lane.id)
        stage_cards, stage_rows = _STAGE_CARDS.get((stage,), params, compute)
        cards.update(stage_cards)
        blocks.append(stage_cards)
        rows = max(rows, stage_rows)
    body = rows * (grid.card_h + theme.row_gap) - theme.row_gap if rows else 0.0
    return ARC_ROOM + body + EXIT_ROOM


def _stage_cards(
    stage: StageCards,
    grid: _Grid,
    stage_id: str,
    top: float,
    theme: Theme,
    lane_id: str,
) -> tuple[dict[str, CardBox], int]:
    """One stage's cards in their grid, and how many rows they take."""
    cards = {}
    tps, texts = stage.touchpoints, stage.texts
    for index, tp in enumerate(tps):
        column, row = grid_cell(index, len(tps))
        cx = grid.card_x(stage_id, column, theme.card_gap, theme.card_width)
        cy = top + row * (grid.card_h + theme.row_gap)
        cards[tp.id] = place_card(texts[tp.id], cx, cy, grid.card_h, theme, stage_id, lane_id)
    return cards, grid_rows(len(tps)) if tps else 0


def _notes_by_stage(journey: JourneyMap, kind: AnnotationKind) -> dict[str, list[Annotation]]:
    """Notes of ``kind`` by the stage they sit in (their own, or their touchpoint's)."""
    found: dict[str, list[Annotation]] = {}
    for note in journey.annotations(kind=kind):
        stage_id = note.target
        if journey.kind_of(stage_id) is EntityKind.TOUCHPOINT:
            stage_id = journey.touchpoint(note.target).stage_id
        found.setdefault(stage_id, []).append(note)
    return found


def clear_caches() -> None:
    """Forget every memoised wrap, measurement and placed card (layouts stay identical)."""
    _text.clear_caches()
    _cards.clear_caches()
    _arrows.clear_caches()
    _emotion.clear_caches()
    _cells.clear_caches()
    _curve_xs.cache_clear()
    _STAGE_TEXTS.clear()
    _STAGE_CARDS.clear()
    _STAGE_NOTES.clear()


def note_meta(journey: JourneyMap, note: Annotation) -> str:
    """Severity as dots, then the vote count: ``●●●●○  +3``."""
    dots = "●" * note.severity + "○" * (5 - note.severity)
    votes = journey.shown_votes(note.id)
    meta = f"{dots}  +{votes}" if votes else dots
    return meta + room_mark(note.room, note.author)


def _annotation_row(
    journey: JourneyMap,
    lane: Lane,
    y: float,
    grid: _Grid,
    theme: Theme,
    notes: dict[str, CardBox],
    blocks: list[dict[str, CardBox]],
) -> float:
    kind = (
        AnnotationKind.PAIN_POINT
        if lane.kind is LaneKind.PAIN_POINTS
        else AnnotationKind.OPPORTUNITY
    )
    by_stage = _notes_by_stage(journey, kind)
    voting = journey.voting  # the vote counts the cards show
    tallest = 0.0
    for stage_id, stage in grid.stages.items():
        stage_notes = by_stage.get(stage_id)
        if not stage_notes:
            continue
        objects = (voting, stage, *stage_notes)
        params = (lane.id, stage_id, grid.x[stage_id], y)
        compute = functools.partial(
            _stage_notes, journey, lane.id, stage_id, y, grid, theme, stage.touchpoints, stage_notes
        )
        stage_cards, stage_tallest = _STAGE_NOTES.get(objects, params, compute)
        notes.update(stage_cards)
        blocks.append(stage_cards)
        tallest = max(tallest, stage_tallest)
    return 2 * theme.padding + max(tallest, 0.0)


_STAGE_NOTES: IdentityMemo[tuple[dict[str, CardBox], float]] = IdentityMemo(8192)


def _stage_notes(
    journey: JourneyMap,
    lane_id: str,
    stage_id: str,
    y: float,
    grid: _Grid,
    theme: Theme,
    tps: tuple[Touchpoint, ...],
    stage_notes: list[Annotation],
) -> tuple[dict[str, CardBox], float]:
    """One stage's notes stacked under their cards (notes on the stage fill the lowest stack),
    the most severe first, and the height of the tallest stack."""
    by_target: dict[str, list[Annotation]] = {}
    for note in stage_notes:
        by_target.setdefault(note.target, []).append(note)
    for group in by_target.values():
        group.sort(key=lambda a: -a.severity)
    stacks = [0.0] * grid_columns(len(tps))
    placed: list[tuple[int, Annotation]] = []
    for index, tp in enumerate(tps):
        column = grid_cell(index, len(tps))[0]
        placed.extend((column, note) for note in by_target.get(tp.id, []))
    for note in by_target.get(stage_id, []):
        placed.append((stacks.index(min(stacks)), note))
        stacks[placed[-1][0]] += 1e-6
    stacks = [0.0] * len(stacks)
    cards = {}
    for column, note in placed:
        text = note_text(note.id, note.text, note_meta(journey, note), theme)
        height = card_height(text, theme)
        cx = grid.card_x(stage_id, column, theme.card_gap, theme.card_width)
        top = y + theme.padding + stacks[column]
        cards[note.id] = place_card(text, cx, top, height, theme, stage_id, lane_id)
        stacks[column] += height + theme.row_gap
    return cards, max(stacks, default=0.0) - theme.row_gap


def compute_layout(journey: JourneyMap, options: LayoutOptions | None = None) -> MapLayout:
    """Lay out ``journey`` (filtered by the options' view and personas) in points, y down."""
    options = options or LayoutOptions()
    theme = get_theme(options.theme)
    vis = visible(journey, options)
    grid = _grid(journey, vis, theme, options)
    header_h, header_lines = _header(vis.stages, grid, theme)
    header_rect = Rect(
        grid.x[vis.stages[0].id] if vis.stages else grid.right,
        theme.margin,
        grid.right - (theme.margin + theme.label_width),
        header_h,
    )
    y = theme.margin + header_h
    cards: dict[str, CardBox] = {}
    notes: dict[str, CardBox] = {}
    blocks: list[dict[str, CardBox]] = []
    cells: list[CellBox] = []
    lanes: list[LaneBox] = []
    emotion: EmotionBox | None = None
    content_w = grid.right - (theme.margin + theme.label_width)
    for lane in vis.lanes:
        lines, cut, runs, label_h = _label(lane, theme, y)
        height = MIN_ROW
        if lane.kind is LaneKind.TOUCHPOINTS and not cards:
            height = _touchpoint_row(lane, y, grid, theme, cards, blocks)
        elif lane.kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
            height = _annotation_row(journey, lane, y, grid, theme, notes, blocks)
        elif lane.kind in (LaneKind.TEXT, LaneKind.METRICS):
            texts = cell_texts(
                lane, vis.stages, grid.stages, grid.width, theme, options.metric_labels
            )
            tallest = max((len(v[0]) for v in texts.values()), default=0)
            height = 2 * theme.padding + tallest * line_height(theme.cell_size)
            height = max(height, label_h, MIN_ROW)
            for stage in vis.stages:
                rect = Rect(grid.x[stage.id], y, grid.width[stage.id], height)
                cell_lines, cell_cut = texts[stage.id]
                cells.append(cell_box(lane.id, stage.id, rect, cell_lines, cell_cut, theme))
        elif lane.kind is LaneKind.EMOTION and emotion is None:
            plot_top = y + max(label_h, theme.padding + line_height(theme.small_size))
            plot_h = options.emotion_height or plot_height(journey.emotion_scale, theme)
            plot = Rect(theme.margin + theme.label_width, plot_top, content_w, plot_h)
            card_w, gap = theme.card_width, theme.card_gap
            points = [
                (stage, _curve_xs(grid.x[stage_id], len(stage.touchpoints), card_w, gap))
                for stage_id, stage in grid.stages.items()
            ]
            label_column = Rect(theme.margin, y, theme.label_width, 0)
            emotion = emotion_box(
                lane.id, plot, label_column, journey.emotion_scale, vis.personas, points, theme
            )
            if journey.crowd:
                centres = {sid: grid.x[sid] + grid.width[sid] / 2 for sid in grid.stages}
                add_crowd(emotion, journey.crowd, centres, journey.language.value, theme)
            height = plot_top - y + plot_h + theme.padding + line_height(theme.small_size) / 2
        height = max(height, label_h, MIN_ROW)
        label_rect = Rect(theme.margin, y, theme.label_width, height)
        row_rect = Rect(theme.margin + theme.label_width, y, content_w, height)
        lanes.append(LaneBox(lane.id, lane.kind, label_rect, row_rect, lines, cut, runs))
        y += height
    bottom = y
    stage_boxes = []
    for stage in vis.stages:
        rect = Rect(grid.x[stage.id], theme.margin, grid.width[stage.id], header_h)
        lines, cut = header_lines[stage.id]
        runs, top = [], rect.y + theme.padding
        for line in lines:
            x = rect.x + (rect.w - measure(line, theme.header_size, True)) / 2
            runs.append(
                TextRun(
                    x, baseline(top, theme.header_size), line, theme.header_size, True, "header"
                )
            )
            top += line_height(theme.header_size)
        column = Rect(rect.x, rect.y, rect.w, bottom - rect.y)
        stage_boxes.append(StageBox(stage.id, rect, lines, cut, runs, column))
    arrows, exits = route_flows(
        journey.flows(), cards, theme.card_gap, theme.row_gap, theme.small_size, blocks
    )
    return MapLayout(
        width=grid.right + theme.margin,
        height=bottom + theme.margin,
        header_rect=header_rect,
        label_column=Rect(
            theme.margin,
            theme.margin + header_h,
            theme.label_width,
            bottom - theme.margin - header_h,
        ),
        stage_headers=stage_boxes,
        lanes=lanes,
        cards=cards,
        annotation_cards=notes,
        cells=cells,
        emotion=emotion,
        arrows=arrows,
        exit_markers=exits,
        stage_ids=[s.id for s in vis.stages],
        lane_ids=[lane.id for lane in vis.lanes],
        persona_ids=[p.id for p in vis.personas],
        card_blocks=blocks,
    )
