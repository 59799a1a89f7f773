"""How the map's grid looks on every surface: lane rows and labels, stage headers, column rules."""

from __future__ import annotations

from ..layout import LaneBox, Rect, StageBox, Theme
from ..layout.geometry import TextRun
from .cards import role_colour
from .painter import Line, Painter

STAGE_STRIP = 4.0  # the stage's own colour as a strip along its header's bottom edge


def draw_runs(painter: Painter, runs: list[TextRun], theme: Theme, colour: str = "") -> None:
    """The runs of one box (a card, a cell, a header) as one block of text."""
    if runs:
        painter.block(
            [
                Line(r.x, r.baseline, r.text, r.size, r.bold, colour or role_colour(r, theme))
                for r in runs
            ]
        )


def draw_lane_row(painter: Painter, lane: LaneBox, index: int, theme: Theme) -> None:
    """A lane's row (alternating fills), its label's box and the rule under both."""
    fill = theme.row_fill if index % 2 == 0 else theme.row_alt_fill
    r = lane.row_rect
    painter.rect(r.x, r.y, r.w, r.h, fill, None, 0)
    lr = lane.label_rect
    painter.rect(lr.x, lr.y, lr.w, lr.h, theme.label_fill, None, 0)
    painter.polyline([(lr.x, r.bottom), (r.right, r.bottom)], theme.rule, theme.grid_width)


def draw_column_rule(painter: Painter, x: float, column: Rect, theme: Theme) -> None:
    """The rule between two stage columns, from the header to the map's bottom."""
    painter.polyline([(x, column.y), (x, column.bottom)], theme.rule, theme.grid_width)


def draw_stage_header(painter: Painter, header: StageBox, stage_colour: str, theme: Theme) -> None:
    """A stage's header: its fill, the stage's colour as a strip (not in print), rule, name."""
    r = header.rect
    painter.rect(r.x, r.y, r.w, r.h, theme.header_fill, None, 0)
    if stage_colour and theme.name != "print":
        painter.rect(r.x, r.bottom - STAGE_STRIP, r.w, STAGE_STRIP, stage_colour, None, 0)
    draw_column_rule(painter, header.column.x, header.column, theme)
    draw_runs(painter, header.runs, theme)
