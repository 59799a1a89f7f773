"""Draw the deck's slides (16:9, in points, y down) with any painter: PDF or PowerPoint."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from ..layout import LayoutOptions, MapLayout, Rect, Theme, compute_layout, get_theme
from ..layout import note_meta as note_meta_text
from ..layout.geometry import TextRun
from ..layout.text import baseline, line_height, wrap
from ..model import AnnotationKind, JourneyMap
from ..model.analysis import lowest_moments, ranked_annotations
from ..render.draw_map import draw_map, persona_colours
from ..render.painter import NO_GROUPS, Groups, Line, Painter, Transformed
from ..render.words import labels_for
from .deck import PERSONA_LANES, STAGE_LANES, Slide, elided_texts
from .options import ExportOptions
from .resolve import layout_options

SLIDE_W, SLIDE_H = 960.0, 540.0
MARGIN = 40.0
CONTENT = Rect(MARGIN, 84.0, SLIDE_W - 2 * MARGIN, SLIDE_H - 84.0 - 36.0)
MAX_ZOOM = 1.6


@dataclass(frozen=True)
class DeckContext:
    """What every slide needs: the map, its whole-map layout, the theme and the words."""

    journey: JourneyMap
    layout: MapLayout
    options: LayoutOptions
    theme: Theme
    colours: Mapping[str, str]
    memo: dict[str, float] = dataclasses.field(default_factory=dict, compare=False)

    @property
    def words(self) -> Mapping[str, str]:
        return labels_for(self.journey.language.value)


def deck_context(journey: JourneyMap, options: ExportOptions) -> DeckContext:
    """The whole-map layout and theme every slide of the PDF or PowerPoint deck draws from."""
    theme = get_theme(options.theme)
    base: LayoutOptions = layout_options(journey, options)
    layout = compute_layout(journey, base)
    return DeckContext(journey, layout, base, theme, persona_colours(journey, theme))


def _lines(
    painter: Painter,
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    bold: bool,
    colour: str,
    max_lines: int | None = None,
) -> float:
    """Wrapped text from ``top`` as one block; returns the y below it."""
    lines = []
    for line in wrap(text, width, size, bold, max_lines)[0]:
        lines.append(Line(x, baseline(top, size), line, size, bold, colour))
        top += line_height(size)
    if lines:
        painter.block(lines)
    return top


def _frame(
    painter: Painter, slide: Slide, ctx: DeckContext, number: int, groups: Groups
) -> None:
    theme = ctx.theme
    painter.rect(0, 0, SLIDE_W, SLIDE_H, theme.background, None, 0)
    if slide.kind != "title":
        with groups.part("title"):
            _lines(painter, slide.title, MARGIN, 26, SLIDE_W - 2 * MARGIN, 22, True, theme.ink, 1)
        painter.rect(MARGIN, 64, 60, 3, theme.header_fill, None, 0)
    footer = f"{ctx.journey.title} · {number}"
    _lines(
        painter, footer, MARGIN, SLIDE_H - 26, SLIDE_W - 2 * MARGIN, 8, False, theme.muted_ink, 1
    )


def _fit(
    painter: Painter, ctx: DeckContext, layout: MapLayout, area: Rect, groups: Groups = NO_GROUPS
) -> None:
    if layout.is_empty:
        _lines(painter, ctx.words["empty"], area.x, area.y, area.w, 14, False, ctx.theme.muted_ink)
        return
    scale = min(area.w / layout.width, area.h / layout.height, MAX_ZOOM)
    dx = area.x + (area.w - layout.width * scale) / 2
    moved = Transformed(painter, scale, dx, area.y)
    draw_map(moved, ctx.journey, layout, ctx.theme, ctx.colours, groups)


def _title(painter: Painter, ctx: DeckContext, groups: Groups) -> None:
    journey, theme = ctx.journey, ctx.theme
    painter.rect(0, 0, 14, SLIDE_H, theme.header_fill, None, 0)
    with groups.part("title"):
        top = _lines(painter, journey.title, 70, 150, 820, 34, True, theme.ink, 3) + 12
    with groups.part("subtitle"):
        top = _lines(painter, journey.description, 70, top, 820, 15, False, theme.muted_ink, 6)
    top += 16
    words = ctx.words
    counts = (
        f"{words['stages']}: {len(ctx.layout.stage_ids)} · "
        f"{words['touchpoints']}: {len(ctx.layout.cards)}"
    )
    top = _lines(painter, counts, 70, top, 820, 12, False, theme.ink, 1)
    if journey.author:
        _lines(
            painter,
            f"{words['author']}: {journey.author}",
            70,
            top + 4,
            820,
            12,
            False,
            theme.ink,
            1,
        )
    if ctx.layout.is_empty:
        _lines(painter, words["empty"], 70, top + 40, 820, 14, False, theme.muted_ink)


def _visible_notes(ctx: DeckContext, kind: AnnotationKind) -> list[tuple[str, str, str]]:
    """(meta, text, where) of visible annotations of ``kind``, worst first."""
    journey, layout = ctx.journey, ctx.layout
    shown = set(layout.stage_ids)
    result = []
    for note in ranked_annotations(journey, kind):
        if note.target in layout.cards:
            tp = journey.touchpoint(note.target)
            where = f"{journey.stage(tp.stage_id).name} › {tp.name}"
        elif note.target in shown:
            where = journey.stage(note.target).name
        else:
            continue
        result.append((note_meta_text(journey, note), note.text, where))
    return result


def _ranking(painter: Painter, ctx: DeckContext) -> None:
    theme = ctx.theme
    width = (CONTENT.w - 30) / 2
    columns = (
        (AnnotationKind.PAIN_POINT, "pain_points", theme.pain_border),
        (AnnotationKind.OPPORTUNITY, "opportunities", theme.opportunity_border),
    )
    for index, (kind, key, colour) in enumerate(columns):
        x = CONTENT.x + index * (width + 30)
        top = _lines(painter, ctx.words[key], x, CONTENT.y, width, 15, True, colour, 1) + 6
        items = _visible_notes(ctx, kind)
        if not items:
            _lines(painter, ctx.words["none"], x, top, width, 11, False, theme.muted_ink, 1)
        for meta, text, where in items:
            needed = line_height(8) + line_height(11) * 2 + 8
            if top + needed > CONTENT.bottom:
                break
            _lines(
                painter, f"{meta}  ·  {where}", x + 8, top, width - 8, 8, False, theme.muted_ink, 1
            )
            bottom = _lines(
                painter, text, x + 8, top + line_height(8), width - 8, 11, False, theme.ink, 2
            )
            painter.rect(x, top, 3, bottom - top, colour, None, 0)
            top = bottom + 8


def _persona(painter: Painter, slide: Slide, ctx: DeckContext, groups: Groups) -> None:
    journey, theme = ctx.journey, ctx.theme
    assert slide.persona_id is not None
    persona = journey.persona(slide.persona_id)
    colour = ctx.colours.get(persona.id, theme.ink)
    left = 270.0
    painter.rect(CONTENT.x, CONTENT.y, 6, 40, colour, None, 0)
    top = _lines(
        painter, persona.name, CONTENT.x + 14, CONTENT.y, left - 14, 15, True, theme.ink, 2
    )
    top = (
        _lines(
            painter,
            persona.description,
            CONTENT.x + 14,
            top + 4,
            left - 14,
            10.5,
            False,
            theme.muted_ink,
            8,
        )
        + 14
    )
    top = _lines(painter, ctx.words["lowest"], CONTENT.x, top, left, 12, True, theme.ink, 1) + 2
    emotion_scale = journey.emotion_scale
    for point in lowest_moments(journey).get(persona.id, []):
        if point.touchpoint_id not in ctx.layout.cards:
            continue
        name = journey.touchpoint(point.touchpoint_id).name
        value = emotion_scale.label(int(point.value))
        top = (
            _lines(painter, f"{name} — {value}", CONTENT.x, top, left, 10, False, theme.ink, 2) + 3
        )
    options = dataclasses.replace(ctx.options, persona_ids=[persona.id], lane_kinds=PERSONA_LANES)
    area = Rect(CONTENT.x + left + 20, CONTENT.y, CONTENT.w - left - 20, CONTENT.h)
    plot = ctx.memo.get("persona_plot")
    if plot is None:  # the same for every persona: measure the chart once per deck
        layout = compute_layout(journey, options)
        plot = 0.0
        if layout.width > 0 and layout.emotion is not None:
            scale = min(area.w / layout.width, MAX_ZOOM)
            rest = (layout.height - layout.emotion.rect.h) * scale
            plot = max(60.0, (area.h * 0.8 - rest) / scale)
        ctx.memo["persona_plot"] = plot
    if plot > 0:
        options = dataclasses.replace(options, emotion_height=plot)
    _fit(painter, ctx, compute_layout(journey, options), area, groups)


def appendix_pages(ctx: DeckContext) -> list[list[TextRun]]:
    """The full texts, wrapped and split over as many slides as they need."""
    pages: list[list[TextRun]] = [[]]
    top = CONTENT.y
    for heading, text in elided_texts(ctx.journey, ctx.layout):
        blocks = [(heading, 11.0, True), (text, 9.5, False)]
        for part, size, bold in blocks:
            for line in wrap(part, CONTENT.w, size, bold)[0]:
                if top + line_height(size) > CONTENT.bottom:
                    pages.append([])
                    top = CONTENT.y
                pages[-1].append(TextRun(CONTENT.x, baseline(top, size), line, size, bold))
                top += line_height(size)
        top += 8
    return pages


def draw_slide(
    painter: Painter,
    slide: Slide,
    ctx: DeckContext,
    number: int,
    appendix: list[TextRun] | None = None,
    groups: Groups = NO_GROUPS,
) -> None:
    """One slide (or one page of the appendix) on a 960 × 540 point page."""
    _frame(painter, slide, ctx, number, groups)
    if slide.kind == "title":
        _title(painter, ctx, groups)
    elif slide.kind == "map":
        _fit(painter, ctx, ctx.layout, CONTENT, groups)
    elif slide.kind == "stages":
        options = dataclasses.replace(
            ctx.options, stage_ids=slide.stage_ids, lane_kinds=STAGE_LANES
        )
        _fit(painter, ctx, compute_layout(ctx.journey, options), CONTENT, groups)
    elif slide.kind == "ranking":
        _ranking(painter, ctx)
    elif slide.kind == "persona":
        _persona(painter, slide, ctx, groups)
    elif slide.kind == "appendix" and appendix:
        ink = ctx.theme.ink
        painter.block([Line(r.x, r.baseline, r.text, r.size, r.bold, ink) for r in appendix])
