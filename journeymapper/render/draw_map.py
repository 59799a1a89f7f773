"""Draw a laid-out map with any painter: rows, headers, cards, cells, emotion curves, arrows.

Each part's look is decided in its own module (grid, cards, emotion, flows), which the
canvas's items call too; this module only puts the parts together, back to front."""

from __future__ import annotations

from collections.abc import Mapping

from ..layout import MapLayout, Theme
from ..layout.persona_style import persona_styles
from ..model import JourneyMap
from .cards import draw_card, note_look, touchpoint_look
from .emotion import draw_emotion
from .flows import draw_arrow, draw_exit_marker, draw_flow_label
from .grid import draw_column_rule, draw_lane_row, draw_runs, draw_stage_header
from .painter import NO_GROUPS, Groups, Painter


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
            draw_lane_row(painter, lane, index, theme)
            draw_runs(painter, lane.runs, theme)
    for header in layout.stage_headers:
        with groups.part("stage", header.stage_id):
            draw_stage_header(painter, header, journey.stage(header.stage_id).colour, theme)
    if layout.stage_headers:
        last = layout.stage_headers[-1].column
        draw_column_rule(painter, last.right, last, theme)
    for cell in layout.cells:
        with groups.part("cell", cell.lane_id):
            draw_runs(painter, cell.runs, theme)
    if layout.emotion is not None:
        styles = persona_styles(journey.personas(), theme)
        draw_emotion(painter, layout.emotion, styles, theme, persona_colours, groups)
    with groups.part("flows"):
        for arrow in layout.arrows:
            draw_arrow(painter, arrow, theme)
    for tp_id, box in layout.cards.items():
        with groups.part("card", tp_id):
            draw_card(painter, box, theme, touchpoint_look(journey.touchpoint(tp_id), theme))
    for note_id, box in layout.annotation_cards.items():
        with groups.part("note", note_id):
            draw_card(painter, box, theme, note_look(journey.annotation(note_id), theme))
    for marker in layout.exit_markers:
        draw_exit_marker(painter, marker, theme)
    with groups.part("flows"):  # labels over everything else: never under a card
        for arrow in layout.arrows:
            draw_flow_label(painter, arrow, theme)
