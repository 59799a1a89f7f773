"""Draw a laid-out map with any painter: rows, headers, cards, cells, emotion curves, arrows."""

from __future__ import annotations

from collections.abc import Mapping

from ..layout import MapLayout, Theme
from ..layout.curves import monotone_segments
from ..layout.geometry import EmotionBox, TextRun
from ..layout.persona_style import TO_BE_DASH, persona_styles
from ..layout.text import line_height, measure
from ..model import FlowKind, JourneyMap
from .cards import draw_card, note_look, role_colour, touchpoint_look
from .emotion_chart import emotion_chart
from .painter import NO_GROUPS, Charting, Groups, Line, Painter, arrow_head, draw_marker


def draw_runs(painter: Painter, runs: list[TextRun], theme: Theme, colour: str = "") -> None:
    """The runs of one box (a card, a cell, a header) as one block of text."""
    if runs:
        painter.block(
            [
                Line(r.x, r.baseline, r.text, r.size, r.bold, colour or role_colour(r, theme))
                for r in runs
            ]
        )


def _label(painter: Painter, text: str, x: float, y: float, theme: Theme, colour: str) -> None:
    """A small label centred on (x, y) on a background pill so it stays legible over lines.

    The pill's outline has the flow's colour; the text is in ink, since the lighter flow
    colours (shortcut, going back, drop-off) are below a 4.5:1 contrast as small text."""
    size = theme.small_size
    width = measure(text, size)
    height = line_height(size)
    painter.rect(
        x - width / 2 - 3,
        y - height / 2,
        width + 6,
        height,
        theme.background,
        colour,
        0.5,
        height / 2,
    )
    painter.text(x - width / 2, y + size * 0.36, text, size, False, theme.ink)


def persona_colours(journey: JourneyMap, theme: Theme) -> dict[str, str]:
    """Each persona's curve colour in this theme (palette by position when the theme says so)."""
    return {p.id: theme.persona_colour(p, i) for i, p in enumerate(journey.personas())}


def draw_map(
    painter: Painter,
    journey: JourneyMap,
    layout: MapLayout,
    theme: Theme,
    persona_colours: Mapping[str, str],
    groups: Groups = NO_GROUPS,
) -> None:
    """Everything of the map layout, back to front (``groups`` marks lanes, stages, cards...)."""
    for index, lane in enumerate(layout.lanes):
        with groups.part("lane", lane.lane_id):
            fill = theme.row_fill if index % 2 == 0 else theme.row_alt_fill
            r = lane.row_rect
            painter.rect(r.x, r.y, r.w, r.h, fill, None, 0)
            lr = lane.label_rect
            painter.rect(lr.x, lr.y, lr.w, lr.h, theme.label_fill, None, 0)
            painter.polyline([(lr.x, r.bottom), (r.right, r.bottom)], theme.rule, theme.grid_width)
            draw_runs(painter, lane.runs, theme)
    for header in layout.stage_headers:
        with groups.part("stage", header.stage_id):
            r = header.rect
            painter.rect(r.x, r.y, r.w, r.h, theme.header_fill, None, 0)
            stage = journey.stage(header.stage_id)
            if stage.colour and theme.name != "print":
                painter.rect(r.x, r.bottom - 4, r.w, 4, stage.colour, None, 0)
            c = header.column
            painter.polyline([(c.x, c.y), (c.x, c.bottom)], theme.rule, theme.grid_width)
            draw_runs(painter, header.runs, theme)
    if layout.stage_headers:
        last = layout.stage_headers[-1].column
        painter.polyline(
            [(last.right, last.y), (last.right, last.bottom)], theme.rule, theme.grid_width
        )
    for cell in layout.cells:
        with groups.part("cell", cell.lane_id):
            draw_runs(painter, cell.runs, theme)
    if layout.emotion is not None:
        _emotion(painter, journey, layout, theme, persona_colours, groups)
    with groups.part("flows"):
        _arrows(painter, layout, theme)
    for tp_id, box in layout.cards.items():
        with groups.part("card", tp_id):
            draw_card(painter, box, theme, touchpoint_look(journey.touchpoint(tp_id), theme))
    for note_id, box in layout.annotation_cards.items():
        with groups.part("note", note_id):
            draw_card(painter, box, theme, note_look(journey.annotation(note_id), theme))
    for marker in layout.exit_markers:
        colour = theme.flow_colours[FlowKind.EXIT]
        size = theme.marker_size + 1
        painter.circle(marker.x, marker.y, size, theme.background, colour, theme.arrow_width)
        d = size * 0.5
        painter.polyline(
            [(marker.x - d, marker.y - d), (marker.x + d, marker.y + d)], colour, theme.arrow_width
        )
        painter.polyline(
            [(marker.x - d, marker.y + d), (marker.x + d, marker.y - d)], colour, theme.arrow_width
        )
    with groups.part("flows"):
        _flow_labels(painter, layout, theme)


def _arrows(painter: Painter, layout: MapLayout, theme: Theme) -> None:
    for arrow in layout.arrows:
        colour = theme.flow_colours[arrow.kind]
        dash = theme.flow_dashes[arrow.kind]
        painter.polyline(arrow.points, colour, theme.arrow_width, dash)
        head = arrow_head(arrow.points, 4 + theme.arrow_width * 2)
        if head is not None and arrow.target_id is not None:
            painter.polygon(head, colour)


def _flow_labels(painter: Painter, layout: MapLayout, theme: Theme) -> None:
    """Flow labels over everything else: never under a card; a drop-off's right of its ⊗."""
    for arrow in layout.arrows:
        if arrow.label:
            colour = theme.flow_colours[arrow.kind]
            x, y = arrow.label_pos
            if arrow.target_id is None:
                marker_x = arrow.points[0][0]
                x = marker_x + theme.marker_size + 1 + theme.arrow_width + 5
                x += measure(arrow.label, theme.small_size) / 2
            _label(painter, arrow.label, x, y, theme, colour)


def draw_crowd(painter: Painter, emotion: EmotionBox, theme: Theme) -> None:
    """The room's crowd curve under the personas' curves: spread band, dotted mean, marks."""
    marks = emotion.crowd
    if not marks:
        return
    if len(marks) > 1:
        band = [(m.x, m.high_y) for m in marks] + [(m.x, m.low_y) for m in reversed(marks)]
        painter.polygon(band, theme.crowd_band)
        painter.polyline([(m.x, m.y) for m in marks], theme.crowd_ink, theme.curve_width * 0.8,
                         (1.0, 2.5))  # fmt: skip
    for m in marks:
        if m.high_y < m.low_y:
            painter.polyline([(m.x, m.high_y), (m.x, m.low_y)], theme.crowd_ink, 0.8)
        painter.circle(m.x, m.y, theme.marker_size * 0.8, theme.background, theme.crowd_ink, 1.2)
    painter.block([Line(r.x, r.baseline, r.text, r.size, r.bold, theme.crowd_ink)
                   for r in emotion.crowd_runs])  # fmt: skip


def _emotion(
    painter: Painter,
    journey: JourneyMap,
    layout: MapLayout,
    theme: Theme,
    colours: Mapping[str, str],
    groups: Groups,
) -> None:
    """Gridlines, every curve, then every marker: to-be rings under as-is dots, and markers of
    personas at the same value spread sideways so none hides another."""
    emotion = layout.emotion
    assert emotion is not None
    left, right = emotion.rect.x, emotion.rect.right
    for value, y, _label_text in emotion.gridlines:
        colour = theme.zero_line if value == 0 else theme.grid
        painter.polyline(
            [(left, y), (right, y)], colour, theme.grid_width, () if value == 0 else (2.0, 2.0)
        )
    draw_runs(painter, emotion.label_runs, theme)
    draw_crowd(painter, emotion, theme)
    if isinstance(painter, Charting):  # PowerPoint: the curves as a native, editable chart
        chart = emotion_chart(journey, layout, colours)
        if chart is not None and painter.line_chart(chart):
            return
    top, bottom = emotion.rect.y, emotion.rect.bottom
    styles = persona_styles(journey.personas(), theme)
    r = theme.marker_size
    spots: dict[tuple[int, int], list[tuple[str, float, float, bool, bool]]] = {}
    for curve in emotion.curves:
        style = styles[curve.persona_id]
        colour = colours.get(curve.persona_id, style.colour)
        as_is = {(round(p.x), round(p.y)) for p in curve.as_is}
        with groups.part("persona", curve.persona_id):
            for points, dash, solid, state in (
                (curve.to_be, TO_BE_DASH, False, "to_be"),
                (curve.as_is, style.dash, True, "as_is"),
            ):
                with groups.part(state):
                    if len(points) > 1:
                        width = theme.curve_width if solid else theme.curve_width * 0.7
                        xy = [(p.x, p.y) for p in points]
                        painter.curve(
                            xy[0], monotone_segments(xy, top, bottom), colour, width, dash
                        )
                for p in points:
                    key = (round(p.x), round(p.y))
                    ring = not solid and key in as_is
                    spots.setdefault(key, []).append((curve.persona_id, p.x, p.y, solid, ring))
    looks = {pid: (style.marker, colours.get(pid, style.colour)) for pid, style in styles.items()}
    shifts = []  # per spot: each persona's sideways offset there
    for group in spots.values():
        personas = list(dict.fromkeys(pid for pid, *_rest in group))
        middle = (len(personas) - 1) / 2
        shifts.append({pid: (i - middle) * r * 2.2 for i, pid in enumerate(personas)})
    for filled in (False, True):  # every to-be ring, then every as-is dot over them
        for group, shift in zip(spots.values(), shifts, strict=True):
            for pid, x, y, solid, ring in group:
                if solid is not filled:
                    continue
                marker, colour = looks[pid]
                fill = colour if solid else theme.background
                size = r * 1.7 if ring else r
                if groups is NO_GROUPS:
                    draw_marker(painter, marker, x + shift[pid], y, size, fill, colour)
                    continue
                with groups.part("persona", pid), groups.part("as_is" if solid else "to_be"):
                    draw_marker(painter, marker, x + shift[pid], y, size, fill, colour)
