"""The deck's pages: title, overview, one per stage, ranking, one per persona, story, each in items.

Each builder returns whole pages (a frame with title and footer comes later, in
``deck``); text that does not fit goes on to another page of the same kind, never smaller.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

from ...model import (
    Annotation,
    AnnotationKind,
    Emotion,
    EntityKind,
    JourneyMap,
    LaneKind,
    Stage,
    Touchpoint,
)
from ...model.analysis import LowPoint, ranked_annotations
from ...model.crowd import crowd_points
from ..emotion import crowd_label
from ..geometry import Rect
from ..options import Shown, Visible
from ..persona_style import PersonaStyle
from ..text import baseline, line_height, measure, wrap
from .chart import ChartSpec, emotion_chart
from .flow import Flow, Piece, Row, para
from .items import Box, Item, Polyline, SlidePage, TextBlock, TextLine
from .legend import legend, legend_entries, legend_height
from .spec import SlideSpec

GAP = 16.0
OVERVIEW_MIN_COLUMN = 120.0
CHART_MIN_COLUMN = 76.0
STAGE_MIN_COLUMN = 180.0  # at 12 pt; a narrow screen (the ranking beside it) gets fewer columns
MAX_CHART_PAGES = 3  # per persona; longer journeys chart the lowest of every few touchpoints


@dataclass(frozen=True)
class DeckData:
    """The map as the deck sees it: visible stages, lanes, personas, and their styles.

    What every stage or card asks again (rankings, notes per stage, the personas shown,
    a persona's feeling as rows) is worked out once per deck.
    """

    journey: JourneyMap
    spec: SlideSpec
    shown: Shown  # what the view shows: stages, lanes, personas, cards, notes
    styles: dict[str, PersonaStyle]
    lows: dict[str, list[LowPoint]]
    memo: dict[str, list[Item]] = field(default_factory=dict, compare=False)
    rankings: dict[AnnotationKind, list[Annotation]] = field(default_factory=dict, compare=False)
    notes_by_stage: dict[AnnotationKind, dict[str, list[str]]] = field(
        default_factory=dict, compare=False
    )
    feelings: dict[tuple[str, float | None, float | None, float], list[Row]] = field(
        default_factory=dict, compare=False
    )

    def ranked(self, kind: AnnotationKind) -> list[Annotation]:
        """``ranked_annotations`` of the map, worked out once per deck (every stage asks)."""
        found = self.rankings.get(kind)
        if found is None:
            found = self.rankings[kind] = ranked_annotations(self.journey, kind)
        return found

    def stage_notes(self, stage_id: str, kind: AnnotationKind) -> list[str]:
        """The ids of the ranked notes of ``kind`` on the stage or one of its cards, best first."""
        by_stage = self.notes_by_stage.get(kind)
        if by_stage is None:
            owner = {st.id: st.id for st in self.journey.stages()}
            owner |= {tp.id: tp.stage_id for tp in self.journey.touchpoints()}
            by_stage = self.notes_by_stage[kind] = {}
            for note in self.ranked(kind):
                if note.target in owner:
                    by_stage.setdefault(owner[note.target], []).append(note.id)
        return by_stage.get(stage_id, [])

    @property
    def visible(self) -> Visible:
        return self.shown.visible

    def lane_of(self, kind: LaneKind) -> bool:
        return kind in self.lane_kinds

    @functools.cached_property
    def lane_kinds(self) -> frozenset[LaneKind]:
        return frozenset(lane.kind for lane in self.visible.lanes)

    @property
    def persona_ids(self) -> list[str]:
        return self.shown.persona_ids

    def touchpoints(self, stage: Stage) -> list[Touchpoint]:
        return self.shown.cards.get(stage.id, [])

    @functools.cached_property
    def cards(self) -> tuple[Touchpoint, ...]:
        """Every shown card, stage by stage (several slides ask)."""
        return tuple(tp for stage in self.visible.stages for tp in self.touchpoints(stage))


def _text(
    x: float, top: float, text: str, size: float, bold: bool, colour: str, role: str = "body"
) -> TextBlock:
    return TextBlock((TextLine(x, baseline(top, size), text, size, bold, colour, role),))


def _columns(area: Rect, count: int) -> list[Rect]:
    w = (area.w - GAP * (count - 1)) / count
    return [Rect(area.x + i * (w + GAP), area.y, w, area.h) for i in range(count)]


def _pages(kind: str, title: str, flow: Flow, **extra: object) -> list[SlidePage]:
    return [
        SlidePage(kind, title, items, continued=i, **extra)  # type: ignore[arg-type]
        for i, items in enumerate(flow.pages)
        if items or i == 0
    ]


def title_pages(data: DeckData) -> list[SlidePage]:
    journey, spec = data.journey, data.spec
    s, theme, words = spec.sizes, spec.theme, spec.words
    w, h = spec.page
    x = spec.margin + 30
    area = Rect(x, h * 0.24, w - x - spec.margin, h * 0.76 - 40)
    flow = Flow([area], padded=False)
    flow.add(Piece(para(journey.title, area.w, s.cover, True, theme.ink), gap_after=14))
    flow.add(
        Piece(
            para(journey.description, area.w, s.heading, False, theme.muted_ink, role="body"),
            keep=1,
            gap_after=16,
        )
    )
    counts = (
        f"{words['stages']}: {len(data.visible.stages)} · "
        f"{words['touchpoints']}: {len(data.cards)} · "
        f"{words['personas']}: {len(data.visible.personas)}"
    )
    facts = para(counts, area.w, s.body, False, theme.ink)
    if journey.author:
        facts += para(f"{words['author']}: {journey.author}", area.w, s.body, False, theme.ink)
    if not data.visible.stages:
        facts += para(words["empty"], area.w, s.body, False, theme.muted_ink)
    flow.add(Piece(facts, keep=1))
    pages = _pages("title", journey.title, flow)
    pages[0].items.insert(0, Box(0, 0, 14, h, theme.header_fill, None, 0))
    return pages


def overview_pages(data: DeckData) -> list[SlidePage]:
    """Stage names, card titles and every persona's curve; as many stages a page as stay legible."""
    spec, journey, theme, s = data.spec, data.journey, data.spec.theme, data.spec.sizes
    area = spec.content
    stages = data.visible.stages
    felt = [p for p in data.persona_ids if any(tp.emotions.get(p) for tp in data.cards)]
    crowd = _crowd_label(journey, stages)
    charted = bool(felt or crowd)
    gutter = 40.0 if charted else 0.0
    min_column = OVERVIEW_MIN_COLUMN * s.small / 12
    per_page = max(1, int((area.w - gutter + GAP) // (min_column + GAP)))
    count = max(1, math.ceil(len(stages) / per_page))
    per_page = math.ceil(len(stages) / count) if stages else 1
    pages = []
    entries = legend_entries(journey, felt, spec.words, spec.flow_names, crowd=crowd)
    legend_h = legend_height(entries, area.w, s.small)
    for index in range(count):
        group = stages[index * per_page : (index + 1) * per_page]
        page = SlidePage(
            "overview",
            spec.words["whole_map"],
            continued=index,
            stage_ids=tuple(s_.id for s_ in group),
        )
        pages.append(page)
        if not group:
            page.items.append(
                _text(area.x, area.y, spec.words["empty"], s.body, False, theme.muted_ink)
            )
            continue
        grid = Rect(
            area.x + gutter, area.y, area.w - gutter, area.h - legend_h - (8 if legend_h else 0)
        )
        cols = _columns(grid, len(group))
        head_lines = max(len(wrap(st.name, cols[0].w - 12, s.body, True, 3)[0]) for st in group)
        head_h = head_lines * line_height(s.body) + 12
        most = max(len(data.touchpoints(st)) for st in group)
        counted = _counted_kinds(data)
        counts_h = len(counted) * (line_height(s.small) + 4)
        cards_h = head_h + 6 + most * (2 * line_height(s.small) + 12) + counts_h
        chart_h = max(150.0, grid.h - cards_h - 10) if charted else 0.0
        cards_bottom = grid.bottom - chart_h - (10 if chart_h else 0)
        xs: list[tuple[str, float]] = []
        for stage, col in zip(group, cols, strict=True):
            page.items.append(Box(col.x, col.y, col.w, head_h, theme.header_fill, None, 0, 3))
            if stage.colour and theme.name != "print":
                page.items.append(Box(col.x, col.y + head_h - 4, col.w, 4, stage.colour, None, 0))
            lines = wrap(stage.name, col.w - 12, s.body, True, 3)[0]
            page.items.append(
                TextBlock(
                    tuple(
                        TextLine(
                            col.x + 6,
                            baseline(col.y + 6 + i * line_height(s.body), s.body),
                            t,
                            s.body,
                            True,
                            theme.header_ink,
                            "header",
                        )
                        for i, t in enumerate(lines)
                    )
                )
            )
            tps = data.touchpoints(stage)
            for i, tp in enumerate(tps):
                xs.append((tp.id, col.x + (i + 0.5) * col.w / len(tps)))
            room = cards_bottom - col.y - head_h - 6 - counts_h
            page.items += _card_titles(data, tps, Rect(col.x, col.y + head_h + 6, col.w, room))
            page.items += _counts(
                data, stage, counted, Rect(col.x, cards_bottom - counts_h, col.w, counts_h)
            )
        if chart_h:
            plot = Rect(grid.x, cards_bottom + 10, grid.w, chart_h)
            callouts: frozenset[tuple[str, str]] = frozenset()
            chart = ChartSpec(
                plot,
                Rect(area.x, plot.y, gutter, plot.h),
                xs,
                felt,
                data.styles,
                s.small,
                callouts=callouts,
                states=(spec.words["as_is"], spec.words["to_be"]),
                crowd=[(st.id, col.x + col.w / 2) for st, col in zip(group, cols, strict=True)]
                if crowd
                else (),
                crowd_label=crowd,
            )
            page.items += emotion_chart(journey, chart, theme)
        if entries:
            page.items += legend(
                entries, area.x, area.bottom - legend_h, area.w, s.small, data.styles, theme
            )
    return pages


def _crowd_label(journey: JourneyMap, stages: list[Stage]) -> str:
    """The crowd curve's label ("Room (12)") when the room rated a shown stage, else ""."""
    points = crowd_points(journey.crowd, [stage.id for stage in stages]) if journey.crowd else []
    count = max((point.count for point in points), default=0)
    return crowd_label(count, journey.language.value) if count else ""


def _counted_kinds(data: DeckData) -> list[tuple[AnnotationKind, str]]:
    """The note kinds the overview counts per stage: those whose lane is shown."""
    kinds = (
        (AnnotationKind.PAIN_POINT, "pain_points"),
        (AnnotationKind.OPPORTUNITY, "opportunities"),
    )
    return [(kind, word) for kind, word in kinds if kind in data.shown.note_kinds]


def _counts(
    data: DeckData, stage: Stage, counted: list[tuple[AnnotationKind, str]], room: Rect
) -> list[Item]:
    """ "Pain points: 3" and "Opportunities: 2" under a stage's cards on the overview."""
    theme, s, words = data.spec.theme, data.spec.sizes, data.spec.words
    items: list[Item] = []
    top = room.y
    for kind, word in counted:
        pain = kind is AnnotationKind.PAIN_POINT
        count = len(data.stage_notes(stage.id, kind))
        count_text = f": {count}"  # the count stays whole when a long word must be cut
        room_for_word = room.w - 12 - measure(count_text, s.small, True)
        text = wrap(words[word], room_for_word, s.small, True, 1)[0][0] + count_text
        h = line_height(s.small)
        fill = theme.pain_fill if pain else theme.opportunity_fill
        border = theme.pain_border if pain else theme.opportunity_border
        items.append(Box(room.x, top, room.w, h + 2, fill, None, 0, 3))
        items.append(Box(room.x, top, 4, h + 2, border, None, 0))
        items.append(_text(room.x + 9, top + 1, text, s.small, True, theme.ink))
        top += h + 4
    return items


def _card_titles(data: DeckData, tps: list[Touchpoint], room: Rect) -> list[Item]:
    theme, s = data.spec.theme, data.spec.sizes
    items: list[Item] = []
    top = room.y
    more = line_height(s.small) + 4
    for index, tp in enumerate(tps):
        lines = wrap(tp.name, room.w - 16, s.small, False, 2)[0]
        h = len(lines) * line_height(s.small) + 8
        rest = len(tps) - index - 1
        if top + h + (more if rest else 0) > room.bottom:
            text = f"+{len(tps) - index} …"
            items.append(_text(room.x + 4, top, text, s.small, True, theme.muted_ink))
            break
        items.append(Box(room.x, top, room.w, h, theme.card_fill, theme.card_border, 0.8, 3))
        items.append(Box(room.x, top, 4, h, theme.channel_colour(tp.channel), None, 0))
        items.append(
            TextBlock(
                tuple(
                    TextLine(
                        room.x + 9,
                        baseline(top + 4 + i * line_height(s.small), s.small),
                        t,
                        s.small,
                        False,
                        theme.ink,
                    )
                    for i, t in enumerate(lines)
                )
            )
        )
        top += h + 4
    return items


def _severity(data: DeckData, note_id: str, severity: int) -> str:
    words = data.spec.words
    votes = data.journey.shown_votes(note_id)
    dots = "●" * severity + "○" * (5 - severity)
    return f"{dots}  {words['severity']} {severity}/5 · +{votes} {words['votes']}"


def _note_piece(data: DeckData, note_id: str, width: float, where: str = "") -> Piece:
    journey, theme, s = data.journey, data.spec.theme, data.spec.sizes
    note = journey.annotation(note_id)
    pain = note.kind is AnnotationKind.PAIN_POINT
    meta = _severity(data, note_id, note.severity) + (f" · {where}" if where else "")
    rows = para(meta, width - 14, s.small, False, theme.muted_ink, role="meta")
    rows += para(note.text, width - 14, s.body, False, theme.ink)
    fill = theme.pain_fill if pain else theme.opportunity_fill
    border = theme.pain_border if pain else theme.opportunity_border
    return Piece(rows, fill, None, border, keep=2)


def _values(value: float) -> str:
    return f"{value:g}"


def _emotion_rows(data: DeckData, tp: Touchpoint, width: float) -> list[Row]:
    rows: list[Row] = []
    for pid in data.persona_ids:
        emotion = tp.emotions.get(pid)
        if emotion is None or (emotion.as_is is None and emotion.to_be is None):
            continue
        key = (pid, emotion.as_is, emotion.to_be, width)
        found = data.feelings.get(key)
        if found is None:  # a handful of values per persona: each worded and wrapped once
            found = data.feelings[key] = _feeling_rows(data, pid, emotion, width)
        rows += found
    return rows


def _feeling_rows(data: DeckData, pid: str, emotion: Emotion, width: float) -> list[Row]:
    """A persona's feeling on a card ("Anna: as is −1 Annoyed → to be 1"), its marker first."""
    theme, s, scale = data.spec.theme, data.spec.sizes, data.journey.emotion_scale
    parts = []
    if emotion.as_is is not None:
        parts.append(
            f"{data.spec.words['as_is']} {_values(emotion.as_is)} "
            f"{scale.labels.get(int(emotion.as_is), '')}".rstrip()
        )
    if emotion.to_be is not None:
        parts.append(f"{data.spec.words['to_be']} {_values(emotion.to_be)}")
    style = data.styles[pid]
    text = f"{data.journey.persona(pid).name}: " + " → ".join(parts)
    return para(
        text,
        width - 14,
        s.small,
        False,
        theme.ink,
        indent=16,
        marker=(style.marker, style.colour, True),
    )


def _metric_rows(data: DeckData, tp: Touchpoint, width: float) -> list[Row]:
    if not tp.metrics or not data.lane_of(LaneKind.METRICS):
        return []
    names = data.spec.metric_names
    text = " · ".join(f"{names.get(k, k)} {_values(v)}" for k, v in tp.metrics.items())
    return para(text, width - 14, data.spec.sizes.small, True, data.spec.theme.ink, role="meta")


def _card_piece(data: DeckData, tp: Touchpoint, width: float) -> Piece:
    theme, s = data.spec.theme, data.spec.sizes
    w = width - 14
    rows = para(tp.name, w, s.card, True, theme.ink)
    meta = " · ".join(
        t for t in (data.spec.channel_names.get(tp.channel.value, tp.channel.value), tp.owner) if t
    )
    rows += para(meta, w, s.small, False, theme.muted_ink, role="meta")
    rows += para(tp.description, w, s.body, False, theme.ink)
    rows += _emotion_rows(data, tp, width)
    rows += _metric_rows(data, tp, width)
    return Piece(rows, theme.card_fill, theme.card_border, theme.channel_colour(tp.channel), keep=3)


def _cell_pieces(data: DeckData, stage: Stage, width: float) -> list[Piece]:
    theme, s = data.spec.theme, data.spec.sizes
    pieces = []
    for lane in data.visible.lanes:
        text = lane.cells.get(stage.id, "") if lane.kind is LaneKind.TEXT else ""
        if text.strip():
            rows = para(lane.name, width, s.small, True, theme.muted_ink, role="meta")
            rows += para(text, width, s.body, False, theme.ink)
            pieces.append(Piece(rows, keep=2))
    return pieces


def _flowed(seq: list[tuple[Piece, Piece | None]], cols: list[Rect]) -> Flow:
    flow = Flow(cols)
    for piece, then in seq:
        flow.add(piece, then)
    return flow


def _balanced(seq: list[tuple[Piece, Piece | None]], cols: list[Rect]) -> Flow:
    """The pieces down the columns; content that fits one page is spread evenly across them."""
    flow = _flowed(seq, cols)
    if len(flow.pages) > 1 or len(cols) == 1:
        return flow
    full = cols[0].h
    total = sum(r.gap + line_height(r.size) for piece, _t in seq for r in piece.rows)
    height = max(total / len(cols), 40.0)
    while height < full:
        short = [Rect(c.x, c.y, c.w, height) for c in cols]
        trial = _flowed(seq, short)
        if len(trial.pages) == 1:
            return trial
        height += 24.0
    return flow


def stage_pages(data: DeckData, stage: Stage) -> list[SlidePage]:
    """A stage filling its slide in three columns: goal, lane texts, cards, pains, opportunities."""
    spec, theme, s = data.spec, data.spec.theme, data.spec.sizes
    area = spec.content
    entries = legend_entries(
        data.journey, data.persona_ids, spec.words, spec.flow_names, to_be=True
    )
    tps = data.touchpoints(stage)
    shows_personas = any(tp.emotions.get(p) for tp in tps for p in data.persona_ids)
    legend_h = legend_height(entries, area.w, s.small) if shows_personas else 0.0
    body = Rect(area.x, area.y, area.w, area.h - legend_h - (6 if legend_h else 0))
    fit = int((area.w + GAP) // (STAGE_MIN_COLUMN * s.small / 12 + GAP))
    cols = _columns(body, max(1, min(3, fit)))
    width = cols[0].w
    seq: list[tuple[Piece, Piece | None]] = []
    intro = "\n".join(t for t in (stage.goal, stage.description) if t)
    if intro:
        seq.append((Piece(para(intro, width, s.body, True, theme.ink), keep=1), None))
    seq += [(piece, None) for piece in _cell_pieces(data, stage, width)]
    cards = [_card_piece(data, tp, width) for tp in tps]
    lane = next((la for la in data.visible.lanes if la.kind is LaneKind.TOUCHPOINTS), None)
    if cards and lane is not None and lane.name.strip():  # the lane's name over its cards
        heading = para(lane.name, width, s.card, True, theme.ink)
        seq.append((Piece(heading, keep=1, gap_after=4), cards[0]))
    seq += [(card, None) for card in cards]
    for kind, word in (
        (AnnotationKind.PAIN_POINT, "pain_points"),
        (AnnotationKind.OPPORTUNITY, "opportunities"),
    ):
        notes = data.stage_notes(stage.id, kind) if kind in data.shown.note_kinds else []
        names = {tp.id: tp.name for tp in tps}
        for i, note_id in enumerate(notes):
            where = names.get(data.journey.annotation(note_id).target, "")
            piece = _note_piece(data, note_id, width, where)
            if i == 0:
                heading = para(spec.words[word], width, s.card, True, theme.ink)
                seq.append((Piece(heading, keep=1, gap_after=4), piece))
            seq.append((piece, None))
    if not seq:
        seq.append((Piece(para(spec.words["none"], width, s.body, False, theme.muted_ink)), None))
    flow = _balanced(seq, cols)
    full = "\n\n".join(f"{tp.name}\n{tp.description}".strip() for tp in tps)
    pages = _pages("stage", stage.name, flow, stage_ids=(stage.id,), notes=full)
    if legend_h:
        key = legend_items = data.memo.get("stage_legend")
        if key is None:  # the same on every stage slide
            legend_items = legend(
                entries, area.x, area.bottom - legend_h, area.w, s.small, data.styles, theme
            )
            data.memo["stage_legend"] = legend_items
        for page in pages:
            page.items += legend_items or []
    return pages


def ranking_pages(data: DeckData) -> list[SlidePage]:
    """Pain points and opportunities worst first, side by side, under a key to dots and votes."""
    spec, journey, theme, s = data.spec, data.journey, data.spec.theme, data.spec.sizes
    area = spec.content
    key = para(spec.words["ranking_key"], area.w, s.small, False, theme.muted_ink, role="meta")
    key_h = sum(line_height(r.size) for r in key) + 8
    body = Rect(area.x, area.y + key_h, area.w, area.h - key_h)
    left, right = _columns(body, 2)
    flows = []
    for kind, word, col in (
        (AnnotationKind.PAIN_POINT, "pain_points", left),
        (AnnotationKind.OPPORTUNITY, "opportunities", right),
    ):
        flow = Flow([col])
        heading = Piece(
            para(spec.words[word], col.w, s.heading, True, theme.ink), keep=1, gap_after=6
        )
        flow.add(heading)
        notes = [a for a in data.ranked(kind) if a.id in data.shown.note_ids]
        for note in notes:  # on a card (whose lane may be hidden) or a stage
            on_card = journey.kind_of(note.target) is EntityKind.TOUCHPOINT
            owner = journey.touchpoint(note.target) if on_card else journey.stage(note.target)
            flow.add(_note_piece(data, note.id, col.w, owner.name))
        if not notes:
            flow.add(Piece(para(spec.words["none"], col.w, s.body, False, theme.muted_ink)))
        flows.append(flow)
    count = max(len(f.pages) for f in flows)
    pages = []
    for i in range(count):
        items: list[Item] = [
            TextBlock(
                tuple(
                    TextLine(
                        r.x if False else area.x,
                        baseline(area.y + j * line_height(r.size), r.size),
                        r.text,
                        r.size,
                        False,
                        r.colour,
                        "meta",
                    )
                    for j, r in enumerate(key)
                )
            )
        ]
        for flow in flows:
            if i < len(flow.pages):
                items += flow.pages[i]
        pages.append(SlidePage("ranking", spec.words["ranking"], items, continued=i))
    return pages


def _sampled(tps: list[Touchpoint], persona_id: str, limit: int) -> tuple[list[Touchpoint], int]:
    """At most ``limit`` touchpoints: in order, the lowest of every ``n`` when there are more."""
    if len(tps) <= limit:
        return tps, 1
    n = math.ceil(len(tps) / limit)

    def low(tp: Touchpoint) -> float:
        emotion = tp.emotions.get(persona_id)
        value = emotion.as_is if emotion is not None else None
        return float(value) if value is not None else math.inf

    return [min(tps[i : i + n], key=low) for i in range(0, len(tps), n)], n


def persona_pages(data: DeckData, persona_id: str) -> list[SlidePage]:
    """One persona's chart: touchpoints named along x, the scale in words, lowest moments ringed."""
    spec, journey, theme, s = data.spec, data.journey, data.spec.theme, data.spec.sizes
    area = spec.content
    persona = journey.persona(persona_id)
    tps = [tp for tp in data.cards if tp.emotions.get(persona_id)]
    entries = legend_entries(journey, [persona_id], spec.words, spec.flow_names)
    legend_h = legend_height(entries, area.w, s.small)
    gutter = 130.0 if spec.theme.name != "projector" else 170.0
    plot_w = area.w - gutter
    per_page = max(1, int(plot_w // (CHART_MIN_COLUMN * s.small / 12)))
    words = {word for tp in tps for word in tp.name.split()}  # each word measured once
    longest = max((measure(word, s.small) for word in words), default=0.0)
    while per_page > 3 and plot_w / per_page - 8 < longest:  # no word broken in two
        per_page -= 1
    tps, bucket = _sampled(tps, persona_id, per_page * MAX_CHART_PAGES)
    count = max(1, math.ceil(len(tps) / per_page))
    per_page = max(1, math.ceil(len(tps) / count))
    lows = data.lows.get(persona_id, [])
    callouts = frozenset((persona_id, p.touchpoint_id) for p in lows)
    title = f"{spec.words['persona']}: {persona.name}"
    pages = []
    about = persona.description
    if bucket > 1:
        about = (about + "\n" if about else "") + spec.words["sampled"].format(n=bucket)
    desc = [line for part in about.split("\n") for line in wrap(part, area.w, s.small, False, 2)[0]]
    for index in range(count):
        group = tps[index * per_page : (index + 1) * per_page]
        page = SlidePage("persona", title, persona_id=persona_id, continued=index)
        pages.append(page)
        top = area.y
        if desc:
            page.items.append(
                TextBlock(
                    tuple(
                        TextLine(
                            area.x,
                            baseline(top + i * line_height(s.small), s.small),
                            t,
                            s.small,
                            False,
                            theme.muted_ink,
                        )
                        for i, t in enumerate(desc)
                    )
                )
            )
            top += len(desc) * line_height(s.small) + 6
        page.items += legend(entries, area.x, top, area.w, s.small, data.styles, theme)
        top += legend_h + 6
        if not group:
            page.items.append(
                _text(area.x, top, spec.words["none"], s.body, False, theme.muted_ink)
            )
            continue
        col_w = plot_w / len(group)
        label_lines = max(len(wrap(tp.name, col_w - 8, s.small, False, 4)[0]) for tp in group)
        labels_h = label_lines * line_height(s.small) + 8
        plot = Rect(area.x + gutter, top, plot_w, area.bottom - top - labels_h)
        xs = [(tp.id, plot.x + (i + 0.5) * col_w) for i, tp in enumerate(group)]
        chart = ChartSpec(
            plot,
            Rect(area.x, plot.y, gutter, plot.h),
            xs,
            [persona_id],
            data.styles,
            s.small,
            True,
            callouts,
            states=(spec.words["as_is"], spec.words["to_be"]),
        )
        page.items += emotion_chart(journey, chart, theme)
        for tp_id, x in xs:
            lines = wrap(journey.touchpoint(tp_id).name, col_w - 8, s.small, False, 4)[0]
            page.items.append(
                Polyline(((x, plot.bottom), (x, plot.bottom + 4)), theme.muted_ink, 0.8)
            )
            page.items.append(
                TextBlock(
                    tuple(
                        TextLine(
                            x - measure(t, s.small) / 2,
                            baseline(plot.bottom + 6 + i * line_height(s.small), s.small),
                            t,
                            s.small,
                            False,
                            theme.ink,
                            "axis",
                        )
                        for i, t in enumerate(lines)
                    )
                )
            )
        label = journey.emotion_scale.label
        page.notes = "\n".join(
            f"{journey.touchpoint(p.touchpoint_id).name}: {label(int(p.value))}" for p in lows
        )
    return pages


def story_pages(data: DeckData) -> list[SlidePage]:
    """One page per lowest moment: the moment, every persona's feeling, the quote, the metric,
    the worst pain there and the best opportunity."""
    spec, journey, theme, s = data.spec, data.journey, data.spec.theme, data.spec.sizes
    shown = {tp.id for tp in data.cards}
    moments: dict[str, float] = {}
    for pid in data.persona_ids:
        for point in data.lows.get(pid, []):
            if point.touchpoint_id in shown:
                moments[point.touchpoint_id] = min(
                    point.value, moments.get(point.touchpoint_id, point.value)
                )
    pages: list[SlidePage] = []
    for tp_id, _value in sorted(moments.items(), key=lambda kv: kv[1]):
        tp = journey.touchpoint(tp_id)
        stage = journey.stage(tp.stage_id)
        left, right = _columns(spec.content, 2)
        width = left.w
        first: list[tuple[Piece, Piece | None]] = [
            (
                Piece(para(stage.name, width, s.body, True, theme.muted_ink, role="meta"), keep=1),
                None,
            )
        ]
        feelings: list[Row] = []
        for pid in data.persona_ids:
            emotion = tp.emotions.get(pid)
            if emotion is not None and emotion.as_is is not None:
                style = data.styles[pid]
                label = journey.emotion_scale.label(int(emotion.as_is))
                text = f"{journey.persona(pid).name}: {label} ({_values(emotion.as_is)})"
                marker = (style.marker, style.colour, True)
                feelings += para(text, width, s.heading, True, theme.ink, 22, marker)
        first.append((Piece(feelings, keep=1, gap_after=12), None))
        first += [(piece, None) for piece in _cell_pieces(data, stage, width)]
        second: list[tuple[Piece, Piece | None]] = []
        targets = {tp.id, stage.id}
        for kind, word in (
            (AnnotationKind.PAIN_POINT, "pain_points"),
            (AnnotationKind.OPPORTUNITY, "opportunities"),
        ):
            best = [a for a in data.ranked(kind) if a.target in targets]
            if best and kind in data.shown.note_kinds:
                piece = _note_piece(data, best[0].id, width)
                heading = para(spec.words[word], width, s.heading, True, theme.ink)
                second += [(Piece(heading, keep=1, gap_after=4), piece), (piece, None)]
        card = (_card_piece(data, tp, width), None)
        flow, notes = _flowed(first, [left]), _flowed([*second, card], [right])
        if len(notes.pages) > 1:  # the card may fit under the lane texts instead
            moved = _flowed([*first, card], [left])
            if len(moved.pages) == 1:
                flow, notes = moved, _flowed(second, [right])
        title = f"{spec.words['lowest_moment']}: {tp.name}"
        for i, extra in enumerate(notes.pages):
            if i < len(flow.pages):
                flow.pages[i] += extra
            else:
                flow.pages.append(extra)
        pages += _pages("story", title, flow, stage_ids=(stage.id,))
    return pages
